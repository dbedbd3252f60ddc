"""Thailand, the only country the marketplace ships to."""

from django.db import migrations


def add_thailand(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    Country.objects.update_or_create(
        iso_3166_1_a2="TH",
        defaults={
            "iso_3166_1_a3": "THA",
            "iso_3166_1_numeric": "764",
            "printable_name": "Thailand",
            "name": "Kingdom of Thailand",
            "display_order": 1,
            "is_shipping_country": True,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("address", "0007_useraddress_code")]
    operations = [migrations.RunPython(add_thailand, migrations.RunPython.noop)]
