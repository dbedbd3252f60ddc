from django.conf import settings

from .categories import OTOP_CATEGORIES
from .selectors import category_links


def storefront(request):
    return {
        "otop_categories": OTOP_CATEGORIES,
        "category_links": category_links(),
        "min_stars": settings.MARKETPLACE_MIN_STARS,
    }
