import re

from django.db import migrations

import marketplace.slugs

# Oscar's slugifier wrote Thai letters as escapes ("u0e1cu0e49…"); the product URL ends in its id,
# so the old address still finds the product and Oscar redirects it to the new slug.
_ESCAPED_THAI = re.compile(r"u0e[0-7][0-9a-f]")


def reslug_escaped_thai(apps, schema_editor):
    Product = apps.get_model("catalogue", "Product")
    for product in Product.objects.filter(slug__contains="u0e").only("pk", "slug", "title", "title_en"):
        if _ESCAPED_THAI.search(product.slug) and not product.title_en:
            slug = marketplace.slugs.slugify(product.title)[:255].rstrip("-")
            if slug:
                Product.objects.filter(pk=product.pk).update(slug=slug)


class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0034_product_producer_product_title_en_and_more'),
    ]

    operations = [
        migrations.AlterField(
            model_name='product',
            name='slug',
            field=marketplace.slugs.ThaiSlugField(max_length=255, verbose_name='Slug'),
        ),
        migrations.RunPython(reslug_escaped_thai, migrations.RunPython.noop),
    ]
