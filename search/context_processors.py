from django.urls import reverse

from .forms import ProductSearchForm


def search_form(request):
    """The header search box on every storefront page, keeping what was typed.

    Not in Wagtail's admin: its page headers draw any ``search_form`` in the context as their own search
    and filter bar, so a view of its own without one (the workflow reports) showed the shop's product
    facets (category, province, region, stars, prices, sort) in English.
    """
    if request.path.startswith(reverse("wagtailadmin_home")):
        return {}
    return {"search_form": ProductSearchForm(request.GET or None)}
