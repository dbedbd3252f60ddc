"""The filter panel of a listing page: each facet's options, the filters in use, the link that clears them.

The listing views call ``filter_panel`` and hand the template plain values: every option has its
label, count, whether it is chosen, and the link that toggles it (the page number is always reset).
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext

from marketplace.storefront.categories import category_label
from marketplace.storefront.selectors import category_links
from marketplace.storefront.templatetags.marketplace_tags import baht

from .facets import facet_labels, star_filter_label, star_thresholds
from .selectors import SearchResults

FILTER_PARAMS = ("category", "province", "region", "producer_type", "stars", "min_price", "max_price")
# The order of the panel's facets.
PANEL_FACETS = ("stars", "category", "price", "region", "province", "producer_type")


@dataclass(frozen=True)
class FilterPanel:
    facets: dict[str, list[dict]]  # facet name → its options, in the order shown
    chips: list[dict]  # the filters in use, each with the link that removes it
    clear_url: str  # the listing with only the search words kept


def filter_panel(request: HttpRequest, results: SearchResults | None, page_category=None) -> FilterPanel:
    labels = facet_labels()
    facets = {name: _options(request, results, name, labels.get(name, {}), page_category) for name in PANEL_FACETS}
    return FilterPanel(facets=facets, chips=_chips(request, labels, page_category),
                       clear_url=_clear_url(request, page_category))


def _query_string(request: HttpRequest, changes: dict, base: str = "") -> str:
    """``base`` plus the current query string with ``changes`` applied; the page is always reset."""
    params = request.GET.copy()
    params.pop("page", None)
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = str(value)
    encoded = params.urlencode()
    return f"{base}?{encoded}" if encoded else (base or "?")


def _price_bounds(value: str) -> tuple[str, str | None]:
    """"200-500" → ("200", "500"); "3000+" → ("3000", None)."""
    if value.endswith("+"):
        return value[:-1], None
    low, _sep, high = value.partition("-")
    return low, high or None


def _same_amount(a, b) -> bool:
    if a in (None, "") or b in (None, ""):
        return a in (None, "") and b in (None, "")
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except InvalidOperation:
        return False


def _catalogue_url() -> str:
    return reverse("catalogue:index")


def _options(request, results, name: str, labels: dict[str, str], page_category) -> list[dict]:
    """The choices of one facet: label, count, whether chosen, and the link that toggles it."""
    if not results:
        return []
    values = results.facets.get(name, [])
    get = request.GET
    options = []
    if name == "stars":
        counts = {}
        for fv in values:
            try:
                counts[int(fv.value)] = counts.get(int(fv.value), 0) + fv.count
            except ValueError:
                continue
        for threshold in star_thresholds():
            selected = get.get("stars") == str(threshold)
            options.append({
                "value": str(threshold),
                "label": star_filter_label(threshold),
                "stars": threshold,
                "count": sum(n for s, n in counts.items() if s >= threshold),
                "selected": selected,
                "url": _query_string(request, {"stars": None if selected else threshold}),
            })
        return options
    if name == "price":
        for fv in values:
            low, high = _price_bounds(fv.value)
            selected = _same_amount(get.get("min_price"), low) and _same_amount(get.get("max_price"), high)
            changes = {"min_price": None, "max_price": None} if selected else {"min_price": low, "max_price": high}
            options.append({"value": fv.value, "label": labels.get(fv.value, fv.value), "count": fv.count,
                            "selected": selected, "url": _query_string(request, changes)})
        return options
    on_category_page = page_category is not None and name == "category"
    links = {link.key: link.url for link in category_links()} if on_category_page else {}
    for fv in values:
        if on_category_page:
            selected = fv.value == page_category.slug
            base = _catalogue_url() if selected else links.get(fv.value, _catalogue_url())
            url = _query_string(request, {"category": None}, base=base)
        else:
            selected = get.get(name) == fv.value
            url = _query_string(request, {name: None if selected else fv.value})
        options.append({"value": fv.value, "label": labels.get(fv.value, fv.value), "count": fv.count,
                        "selected": selected, "url": url})
    return options


def _chips(request, labels: dict[str, dict[str, str]], page_category) -> list[dict]:
    """The filters in force, each with a link that removes it."""
    get = request.GET
    chips = []
    if page_category is not None:
        chips.append({"label": category_label(page_category.slug),
                      "url": _query_string(request, {"category": None}, base=_catalogue_url())})
    for name in ("category", "region", "province", "producer_type"):
        value = get.get(name)
        if value and not (name == "category" and page_category is not None):
            chips.append({"label": labels.get(name, {}).get(value, value),
                          "url": _query_string(request, {name: None})})
    stars = get.get("stars")
    if stars in {str(n) for n in star_thresholds()}:
        chips.append({"label": star_filter_label(int(stars)), "url": _query_string(request, {"stars": None})})
    low, high = get.get("min_price"), get.get("max_price")
    if low or high:
        if low and high:
            label = f"{baht(low)}–{baht(high)}"
        elif low:
            label = f"{baht(low)}+"
        else:
            label = gettext("up to %(price)s") % {"price": baht(high)}
        chips.append({"label": label, "url": _query_string(request, {"min_price": None, "max_price": None})})
    return chips


def _clear_url(request, page_category) -> str:
    base = _catalogue_url() if page_category is not None else ""
    return _query_string(request, {name: None for name in FILTER_PARAMS}, base=base)
