"""Links every page can offer: the producers, stories and villages indexes; regions with products."""

from dataclasses import dataclass

from wagtail.models import get_page_models

from marketplace.geography.data import REGIONS
from marketplace.geography.models import Region
from marketplace.i18n import in_english
from marketplace.storefront.cache_keys import cached_links

from .listing import ListingIndexPage


def content_index_urls() -> dict[str, str]:
    """``{"producers": url, "stories": url, "villages": url}`` for the live index pages, in the active language.

    Each page family's index declares its ``nav_key``; the core finds them through their shared
    base class, so it never imports a family.
    """
    return cached_links("cms-index-urls", _index_urls)


def _index_urls() -> dict[str, str]:
    urls = {}
    for model in get_page_models():
        if not issubclass(model, ListingIndexPage) or model._meta.abstract:
            continue
        page = model.objects.live().public().first()
        if page is not None and page.url:
            urls[model.nav_key] = page.url
    return urls


@dataclass(frozen=True)
class RegionLink:
    key: str
    label: str
    count: int


def regions_with_products(provinces: list) -> list[RegionLink]:
    """The regions that have listed products, with how many, from ``provinces_with_products()``."""
    counts: dict[str, int] = {}
    for province, count in provinces:
        counts[province.region] = counts.get(province.region, 0) + count
    links = []
    for key, _label in Region.choices:
        if counts.get(key):
            th, en = REGIONS[key]
            links.append(RegionLink(key, en if in_english() else th, counts[key]))
    return links
