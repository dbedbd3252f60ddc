"""Creating and updating producers together with their Oscar partner."""

import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from shop.partner.models import Partner

from marketplace.geography.models import Province

from .models import Producer

_THAI = re.compile(r"[\u0e00-\u0e7f]")


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


class ProducerAmbiguous(Exception):
    """Several producers share the name in the province, and no district says which one is meant."""

    def __init__(self, candidates: list[Producer]) -> None:
        super().__init__(", ".join(p.district_th or p.district_en or "?" for p in candidates))
        self.candidates = candidates


def producer_pick(candidates: list[Producer], district: str) -> Producer | None:
    """Of the producers with one name in one province, the one in ``district`` (its Thai or English name).

    The register knows a producer by name *and* place: village names repeat, so two community groups
    of the same name in two districts of a province are two producers. A producer whose district is
    not recorded yet (in that language) is taken for the district given, and gets it. Without a
    district, the name alone must be enough (one candidate). Raises ``ProducerAmbiguous`` otherwise.
    """
    if not district:
        if len(candidates) > 1:
            raise ProducerAmbiguous(candidates)
        return candidates[0] if candidates else None
    field = "district_th" if _THAI.search(district) else "district_en"
    for producer in candidates:
        if getattr(producer, field) == district:
            return producer
    unrecorded = [producer for producer in candidates if not getattr(producer, field)]
    if len(unrecorded) > 1:
        raise ProducerAmbiguous(unrecorded)
    return unrecorded[0] if unrecorded else None


def _district(data: ProducerData) -> str:
    return data.district_th or data.district_en


@transaction.atomic
def producer_upsert(data: ProducerData) -> tuple[Producer, bool]:
    """The producer with this Thai name in this province and district, created or updated.

    The official register identifies producers by name and place (``producer_pick``); returns
    ``(producer, created)``. Raises ``ProducerAmbiguous`` when no district tells namesakes apart.
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
    candidates = list(Producer.objects.filter(name_th=data.name_th, province=data.province).order_by("pk"))
    producer = producer_pick(candidates, _district(data))
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
    """``user`` now acts for ``producer`` (``cms.roles.services`` adds the matching groups)."""
    producer.partner.users.add(user)


def producer_user_remove(producer: Producer, user) -> None:
    producer.partner.users.remove(user)
