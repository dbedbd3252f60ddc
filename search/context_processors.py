from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from .forms import ProductSearchForm


def search_form(request):
    """The header search box on every storefront page, keeping what was typed.

    Not in Wagtail's admin: its page headers draw any ``search_form`` in the context as their own search
    and filter bar, so a view of its own without one (the workflow reports) showed the shop's product
    facets (category, province, region, stars, prices, sort) in English.

    The header needs only what was typed (``search_query``); the whole form, eleven fields and the
    provinces' choices copied for each instance, is built only if a template asks for it.
    """
    if request.path.startswith(reverse("wagtailadmin_home")):
        return {}
    return {
        "search_form": SimpleLazyObject(lambda: ProductSearchForm(request.GET or None)),
        "search_query": request.GET.get("q", ""),
    }
