from collections.abc import Iterable
from typing import TypeVar

from django.db.models import Q
from pythainlp.util import collate

from marketplace.i18n import in_english

from .models import Province

P = TypeVar("P")  # a Province or a ProvinceRecord (geography.data): anything with name_th and name_en


def province_lookup(name_or_code: str) -> Province | None:
    """The province named in Thai or English (any case), or given by ISO code."""
    value = " ".join(name_or_code.split())
    if not value:
        return None
    return Province.objects.filter(
        Q(code__iexact=value) | Q(name_th=value) | Q(name_en__iexact=value)
    ).first()


def provinces_in_name_order(provinces: Iterable[P]) -> list[P]:
    """Provinces as a reader looks for them: Thai dictionary order on Thai pages, A–Z on English ones.

    Thai order is PyThaiNLP's collation, which skips the leading vowels (เ แ โ ใ ไ), so
    เชียงใหม่ sorts with ช, not after ฮ as a code-point sort puts it.
    """
    provinces = list(provinces)
    if in_english():
        return sorted(provinces, key=lambda p: p.name_en.casefold())
    rank = {name: i for i, name in enumerate(collate([p.name_th for p in provinces]))}
    return sorted(provinces, key=lambda p: rank[p.name_th])
