"""Creating and updating producers together with their Oscar partner."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from shop.partner.models import Partner

from marketplace.geography.models import Province

from .models import Producer


@dataclass(frozen=True)
class ProducerData:
    name_th: str
    name_en: str
    producer_type: str
    province: Province
    district_th: str = ""
    district_en: str = ""
    subdistrict_th: str = ""
    subdistrict_en: str = ""
    story_th: str = ""
    story_en: str = ""
    phone: str = ""
    slug: str = ""


def _unique_slug(base: str) -> str:
    base = (slugify(base) or "producer")[:70]
    slug, n = base, 2
    while Producer.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def producer_upsert(data: ProducerData) -> tuple[Producer, bool]:
    """The producer with this Thai name in this province, created or updated.

    The official register identifies producers by name and province, so that
    pair is the natural key; returns ``(producer, created)``.
    """
    fields = {
        "name_en": data.name_en,
        "producer_type": data.producer_type,
        "district_th": data.district_th,
        "district_en": data.district_en,
        "subdistrict_th": data.subdistrict_th,
        "subdistrict_en": data.subdistrict_en,
        "story_th": data.story_th,
        "story_en": data.story_en,
        "phone": data.phone,
    }
    producer = Producer.objects.filter(name_th=data.name_th, province=data.province).first()
    if producer is None:
        partner = Partner.objects.create(name=data.name_th[:128])
        producer = Producer.objects.create(
            partner=partner,
            name_th=data.name_th,
            province=data.province,
            slug=data.slug or _unique_slug(data.name_en or data.name_th),
            **fields,
        )
        return producer, True
    changed = [name for name, value in fields.items() if value and getattr(producer, name) != value]
    for name in changed:
        setattr(producer, name, fields[name])
    if changed:
        producer.save(update_fields=changed)
    return producer, False


def producer_user_add(producer: Producer, user) -> None:
    """``user`` now acts for ``producer`` (``marketplace.accounts.roles`` adds the matching groups)."""
    producer.partner.users.add(user)


def producer_user_remove(producer: Producer, user) -> None:
    producer.partner.users.remove(user)
