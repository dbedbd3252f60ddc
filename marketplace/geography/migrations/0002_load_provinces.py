from django.db import migrations


def load_provinces(apps, schema_editor):
    from marketplace.geography.data import PROVINCES

    Province = apps.get_model("geography", "Province")
    for record in PROVINCES:
        Province.objects.update_or_create(
            code=record.code,
            defaults={"name_th": record.name_th, "name_en": record.name_en, "region": record.region},
        )


class Migration(migrations.Migration):
    dependencies = [("geography", "0001_initial")]
    operations = [migrations.RunPython(load_provinces, migrations.RunPython.noop)]
