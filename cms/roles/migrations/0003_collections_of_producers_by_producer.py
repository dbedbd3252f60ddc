"""A producer's collection is recorded by the producer itself, not by a key holding their id.

0002 recorded it as "producer-<id>": when a producer was deleted the row stayed, and a producer made later
under the same id (SQLite reuses ids after a flush) took over the other's collection and pictures. Each
such row now points at its producer (deleted with them) or, when the producer is gone, is dropped.
"""

import django.db.models.deletion
from django.db import migrations, models

PREFIX = "producer-"


def forwards(apps, schema_editor):
    SiteCollection = apps.get_model("cms_roles", "SiteCollection")
    Producer = apps.get_model("producers", "Producer")
    for part in SiteCollection.objects.filter(key__startswith=PREFIX):
        producer = Producer.objects.filter(pk=part.key.removeprefix(PREFIX)).first()
        if producer is None or SiteCollection.objects.filter(producer=producer).exists():
            part.delete()
            continue
        part.producer, part.key = producer, None
        part.save(update_fields=["producer", "key"])


def backwards(apps, schema_editor):
    SiteCollection = apps.get_model("cms_roles", "SiteCollection")
    for part in SiteCollection.objects.filter(producer__isnull=False):
        part.key, part.producer = f"{PREFIX}{part.producer_id}", None
        part.save(update_fields=["producer", "key"])


class Migration(migrations.Migration):

    dependencies = [
        ('cms_roles', '0002_collections_in_thai'),
        ('producers', '0002_producer_unique_name_per_district'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='sitecollection',
            name='producer',
            field=models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='producers.producer', verbose_name='producer'),
        ),
        migrations.AlterField(
            model_name='sitecollection',
            name='key',
            field=models.CharField(blank=True, max_length=64, null=True, unique=True, verbose_name='part'),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AddConstraint(
            model_name='sitecollection',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('key__isnull', False), ('producer__isnull', True)), models.Q(('key__isnull', True), ('producer__isnull', False)), _connector='OR'), name='site_collection_is_a_part_or_a_producers'),
        ),
    ]
