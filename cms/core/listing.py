"""Index pages' province filter and ordering."""

from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf
from pythainlp.util import collate

from marketplace.geography.models import Province

from .models import in_english


def province_filter(request, pages, province_path: str):
    """The provinces present among ``pages`` (for the filter) and the one asked for in ``?province=``.

    An unknown or absent code means "all provinces".
    """
    codes = set(pages.values_list(province_path, flat=True))
    provinces = list(Province.objects.filter(code__in=codes))
    # Thai dictionary order (leading vowels such as เ are not the first letter): PyThaiNLP's collation.
    rank = {name: i for i, name in enumerate(collate([p.name for p in provinces]))}
    provinces.sort(key=lambda p: rank[p.name])
    wanted = request.GET.get("province", "")
    province = next((p for p in provinces if p.code == wanted), None)
    return provinces, province


def by_display_title(pages):
    """Alphabetical in the language shown: the English title on English pages (Thai when it has none)."""
    if in_english():
        return pages.annotate(sort_title=Coalesce(NullIf("title_en", Value("")), "title")).order_by("sort_title", "pk")
    return pages.order_by("title", "pk")
