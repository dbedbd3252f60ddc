"""The five OTOP product groups, the marketplace's top-level categories."""

from django.utils.translation import gettext_lazy as _

OTOP_CATEGORIES: dict[str, str] = {
    "food": _("Food"),
    "beverage": _("Beverages"),
    "textile": _("Textiles and garments"),
    "household": _("Household goods, decorations and souvenirs"),
    "herbal": _("Herbal products that are not food"),
}


def category_label(key: str) -> str:
    return str(OTOP_CATEGORIES.get(key, key))
