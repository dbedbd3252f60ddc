"""Thailand Post registered mail and EMS, with starting rates per weight band.

Staff change the bands in the shipping dashboard; this migration only adds the
methods when they are missing, so it never overwrites edited rates.
"""

from decimal import Decimal

from django.db import migrations

METHODS = [
    (
        "thailand-post-registered",
        "ไปรษณีย์ไทย ลงทะเบียน · Thailand Post registered mail",
        "ส่งถึงใน 3–5 วันทำการ · Delivered in 3–5 working days",
        [("0.5", "40"), ("1", "55"), ("2", "75"), ("5", "125"), ("10", "200"), ("20", "320")],
    ),
    (
        "thailand-post-ems",
        "ไปรษณีย์ไทย EMS · Thailand Post EMS",
        "ส่งด่วน ถึงใน 1–2 วันทำการ · Express, delivered in 1–2 working days",
        [("0.5", "50"), ("1", "70"), ("2", "100"), ("5", "170"), ("10", "280"), ("20", "450")],
    ),
]


def add_methods(apps, schema_editor):
    WeightBased = apps.get_model("shipping", "WeightBased")
    WeightBand = apps.get_model("shipping", "WeightBand")
    for code, name, description, bands in METHODS:
        if WeightBased.objects.filter(code=code).exists():
            continue
        method = WeightBased.objects.create(code=code, name=name, description=description,
                                            default_weight=Decimal("0.5"))
        for upper_limit, charge in bands:
            WeightBand.objects.create(method=method, upper_limit=Decimal(upper_limit), charge=Decimal(charge))


class Migration(migrations.Migration):
    dependencies = [("shipping", "0003_auto_20181115_1953")]
    operations = [migrations.RunPython(add_methods, migrations.RunPython.noop)]
