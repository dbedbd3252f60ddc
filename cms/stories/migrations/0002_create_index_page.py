from django.db import migrations

from cms.core.pagetree import create_index_page, remove_index_page


def create(apps, schema_editor):
    create_index_page(
        apps, "stories", "StoryIndexPage", "stories",
        title="เรื่องเล่าภูมิปัญญา",
        title_en="Stories of local wisdom",
        intro="เรื่องราวของผู้ผลิตและภูมิปัญญาท้องถิ่นจากทั่วประเทศ โดยกรมการพัฒนาชุมชน",
        intro_en="Stories about producers and local wisdom from all over Thailand, by the Community Development Department.",
    )


def remove(apps, schema_editor):
    remove_index_page(apps, "stories", "StoryIndexPage", "stories")


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("home", "0002_create_homepage"),
    ]
    operations = [migrations.RunPython(create, remove)]
