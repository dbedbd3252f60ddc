"""The search facets, defined once: their names, their labels and the price bands.

Every backend counts the same facets over the same price bands; the listing
pages, the JSON API and the filter chips label them from here, in the
reader's language.
"""

from decimal import Decimal
from typing import NamedTuple

from django.conf import settings
from django.utils.translation import gettext

from marketplace import i18n
from marketplace.geography.data import PROVINCES, REGIONS
from marketplace.producers.models import ProducerType
from marketplace.storefront.categories import OTOP_CATEGORIES

# The facets every backend answers, in the order the filter panel shows them.
FACET_NAMES = ("category", "province", "region", "producer_type", "stars", "price")
# Facets counted from a stored column of the product; "price" is counted in bands.
VALUE_FACETS = ("category", "province", "region", "producer_type", "stars")


class PriceBand(NamedTuple):
    key: str  # as sent in facet counts: "200-500", "3000+"
    low: int
    high: int | None  # exclusive; None: no upper bound (a tuple, so ``key, low, high = band`` reads it)

    @property
    def label(self) -> str:
        if self.high is None:
            return f"฿{self.low:,}+"
        return f"฿{self.low:,}–{self.high:,}"


PRICE_BANDS: tuple[PriceBand, ...] = (
    PriceBand("0-200", 0, 200),
    PriceBand("200-500", 200, 500),
    PriceBand("500-1000", 500, 1000),
    PriceBand("1000-3000", 1000, 3000),
    PriceBand("3000+", 3000, None),
)


def price_band_index(price: float | Decimal) -> int:
    """The number of the band a price falls in (a band includes its low bound, not its high one)."""
    for number, band in enumerate(PRICE_BANDS):
        if band.high is None or price < band.high:
            return number
    return len(PRICE_BANDS) - 1


def star_thresholds() -> tuple[int, ...]:
    """The "at least n stars" filters shoppers can choose, most stars first (5, 4 by default)."""
    return tuple(range(5, settings.MARKETPLACE_MIN_STARS - 1, -1))


def star_filter_label(threshold: int) -> str:
    """"5 stars", "4 stars and up": the label of an "at least n stars" filter."""
    if threshold == 5:
        return gettext("5 stars")
    return gettext("%(n)s stars and up") % {"n": threshold}


# Built once per language and process: the labels change only with a release.
_LABELS_BY_LANGUAGE: dict[str, dict[str, dict[str, str]]] = {}


def facet_labels() -> dict[str, dict[str, str]]:
    """Every facet value's label in the active language, by facet name and value (do not modify it)."""
    language = i18n.language()
    labels = _LABELS_BY_LANGUAGE.get(language)
    if labels is None:
        labels = _LABELS_BY_LANGUAGE[language] = _facet_labels_built()
    return labels


def _facet_labels_built() -> dict[str, dict[str, str]]:
    english = i18n.in_english()
    return {
        "category": {k: str(v) for k, v in OTOP_CATEGORIES.items()},
        "province": {p.code: (p.name_en if english else p.name_th) for p in PROVINCES},
        "region": {k: (v[1] if english else v[0]) for k, v in REGIONS.items()},
        "producer_type": {k: str(v) for k, v in ProducerType.choices},
        # A product's own rating: any of 1-5, though only those from MARKETPLACE_MIN_STARS are listed.
        "stars": {str(n): "★" * n for n in range(1, 6)},
        "price": {band.key: band.label for band in PRICE_BANDS},
    }
