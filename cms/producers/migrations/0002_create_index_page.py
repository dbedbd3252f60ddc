from django.db import migrations

from cms.core.pagetree import create_index_page, remove_index_page


def create(apps, schema_editor):
    create_index_page(
        apps, "producers_pages", "ProducerIndexPage", "producers",
        title="ผู้ผลิต OTOP",
        title_en="OTOP producers",
        intro="รู้จักกลุ่มชุมชนและผู้ผลิตเบื้องหลังสินค้าระดับ 4–5 ดาว ทั้งเรื่องราว ฝีมือ และถิ่นที่มาของพวกเขา",
        intro_en="Meet the community groups and makers behind the 4–5 star products: their stories, their craft and the places they work.",
    )


def remove(apps, schema_editor):
    remove_index_page(apps, "producers_pages", "ProducerIndexPage", "producers")


class Migration(migrations.Migration):
    dependencies = [
        ("producers_pages", "0001_initial"),
        ("home", "0002_create_homepage"),
    ]
    operations = [migrations.RunPython(create, remove)]
