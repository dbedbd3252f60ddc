"""The image collections of an earlier deploy, recorded by their part and renamed in Thai.

Until now the code found them by name ("Producers", "CDD editorial", and each producer's slug under
"Producers"), so those English names were what editors and producers read in Wagtail's image chooser,
with Wagtail's "Root" above them. Each one is recorded in SiteCollection (the code finds it there from
now on) and renamed in Thai; nothing is created, so a redeploy duplicates nothing. The names are written
out here rather than imported: a migration keeps what it did.
"""

from django.db import migrations

ROOT = ("Root", "คลังกลาง")
PARTS = {"producers": ("Producers", "ผู้ผลิต"), "editorial": ("CDD editorial", "กองบรรณาธิการ พช.")}


def _producer_name(Producer, producer) -> str:
    namesakes = Producer.objects.filter(name_th=producer.name_th).exclude(pk=producer.pk)
    if producer.district_th and namesakes.exists():
        return f"{producer.name_th} ({producer.district_th})"
    return producer.name_th


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    SiteCollection = apps.get_model("cms_roles", "SiteCollection")
    Producer = apps.get_model("producers", "Producer")

    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    if root.name == ROOT[0]:
        Collection.objects.filter(pk=root.pk).update(name=ROOT[1])
    children = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("path")
    for key, (former, name) in PARTS.items():
        collection = children.filter(name=former).first()
        if collection is None or SiteCollection.objects.filter(key=key).exists():
            continue
        Collection.objects.filter(pk=collection.pk).update(name=name)
        SiteCollection.objects.create(key=key, collection=collection)

    producers = SiteCollection.objects.filter(key="producers").first()
    if producers is None:
        return
    parent = producers.collection
    for collection in Collection.objects.filter(depth=parent.depth + 1, path__startswith=parent.path):
        producer = Producer.objects.filter(slug=collection.name).first()
        if producer is None:
            continue
        key = f"producer-{producer.pk}"
        if SiteCollection.objects.filter(key=key).exists():
            continue
        Collection.objects.filter(pk=collection.pk).update(name=_producer_name(Producer, producer))
        SiteCollection.objects.create(key=key, collection=collection)


def backwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    SiteCollection = apps.get_model("cms_roles", "SiteCollection")
    Producer = apps.get_model("producers", "Producer")

    Collection.objects.filter(depth=1, name=ROOT[1]).update(name=ROOT[0])
    for part in SiteCollection.objects.select_related("collection"):
        if part.key in PARTS:
            former = PARTS[part.key][0]
        else:
            producer = Producer.objects.filter(pk=part.key.removeprefix("producer-")).first()
            if producer is None:
                continue
            former = producer.slug
        Collection.objects.filter(pk=part.collection_id).update(name=former)
    SiteCollection.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms_roles", "0001_initial"),
        ("producers", "0002_producer_unique_name_per_district"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
