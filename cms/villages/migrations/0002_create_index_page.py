from django.db import migrations

from cms.core.pagetree import create_index_page, remove_index_page


def create(apps, schema_editor):
    create_index_page(
        apps, "villages", "VillageIndexPage", "villages",
        title="หมู่บ้าน OTOP เพื่อการท่องเที่ยว",
        title_en="OTOP villages to visit",
        intro="ไปเที่ยวถึงถิ่นผู้ผลิต ชมการทำงาน ลองลงมือทำ แล้วกลับมาสั่งซื้อออนไลน์ได้ตลอดปี",
        intro_en="Travel to where the products are made, watch the makers at work, try it yourself, then order online all year round.",
    )


def remove(apps, schema_editor):
    remove_index_page(apps, "villages", "VillageIndexPage", "villages")


class Migration(migrations.Migration):
    dependencies = [
        ("villages", "0001_initial"),
        ("home", "0002_create_homepage"),
    ]
    operations = [migrations.RunPython(create, remove)]
