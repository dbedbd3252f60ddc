from decimal import Decimal, InvalidOperation

from django import template

from marketplace.i18n import pick
from marketplace.baht import format_baht

from search.facets import star_filter_label, star_thresholds

from ..categories import category_label

register = template.Library()


@register.filter
def baht(value) -> str:
    """฿3,800, or ฿1,234.50 when there are satang: the site's one way of writing prices."""
    return format_baht(value)


@register.filter
def star_string(stars) -> str:
    try:
        n = int(stars)
    except (TypeError, ValueError):
        return ""
    return "★" * n + "☆" * (5 - n)


@register.filter
def category_name(key: str) -> str:
    return category_label(key)


@register.simple_tag
def more_from_producer(product, limit: int = 4) -> list:
    """Up to ``limit`` other products of the product's producer that are on sale."""
    from ..selectors import products_more_from_producer

    return products_more_from_producer(product, limit)


@register.simple_tag
def localized(th: str, en: str) -> str:
    """The English text on English pages when there is one, else the Thai."""
    return pick(th, en)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (or removed when empty)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    if "page" not in changes:
        params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


# --- Listing pages: facets, active filters, pagination ---------------------------
# Added for the storefront theme (templates/oscar/search/results.html and friends).

_FILTER_PARAMS = ("category", "province", "region", "producer_type", "stars", "min_price", "max_price")


@register.filter
def dict_get(mapping, key):
    """``mapping[key]`` in a template, or "" when there is none."""
    try:
        return mapping.get(key, "")
    except AttributeError:
        return ""


def _query_string(request, changes: dict, base: str = "") -> str:
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
    from django.urls import reverse

    return reverse("catalogue:index")


@register.simple_tag(takes_context=True)
def facet_options(context, name: str) -> list[dict]:
    """The choices of one facet on a listing page: label, count, whether chosen, and the link that toggles it."""
    results = context.get("results")
    request = context["request"]
    if not results:
        return []
    values = results.facets.get(name, [])
    labels = (context.get("facet_labels") or {}).get(name, {})
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
    page_category = context.get("category") if name == "category" else None
    links = {link.key: link.url for link in context.get("category_links") or []} if page_category else {}
    for fv in values:
        if page_category is not None:
            selected = fv.value == page_category.slug
            base = _catalogue_url() if selected else links.get(fv.value, _catalogue_url())
            url = _query_string(request, {"category": None}, base=base)
        else:
            selected = get.get(name) == fv.value
            url = _query_string(request, {name: None if selected else fv.value})
        options.append({"value": fv.value, "label": labels.get(fv.value, fv.value), "count": fv.count,
                        "selected": selected, "url": url})
    return options


@register.simple_tag(takes_context=True)
def active_filters(context) -> list[dict]:
    """The filters in force on a listing page, each with a link that removes it."""
    from django.utils.translation import gettext

    request = context["request"]
    get = request.GET
    labels = context.get("facet_labels") or {}
    chips = []
    page_category = context.get("category")
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


@register.simple_tag(takes_context=True)
def clear_filters_url(context) -> str:
    """The listing with only the search words kept."""
    request = context["request"]
    base = _catalogue_url() if context.get("category") is not None else ""
    changes = {name: None for name in _FILTER_PARAMS}
    return _query_string(request, changes, base=base)


@register.simple_tag(takes_context=True)
def page_links(context, results, around: int = 1) -> list[dict]:
    """Numbered page links: the first, the last and a few around the current one, with gaps as None."""
    if not results:
        return []
    request = context["request"]
    current, last = results.request.page, results.num_pages
    shown = sorted({1, last, *range(max(1, current - around), min(last, current + around) + 1)})
    links, previous = [], 0
    for number in shown:
        if number - previous > 1:
            links.append({"gap": True})
        params = request.GET.copy()
        if number == 1:
            params.pop("page", None)
        else:
            params["page"] = str(number)
        encoded = params.urlencode()
        links.append({"number": number, "current": number == current, "url": f"?{encoded}" if encoded else "?"})
        previous = number
    return links
