from decimal import Decimal, InvalidOperation

from django import template

from marketplace.i18n import pick
from marketplace.baht import format_baht

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


# --- Listing pages: pagination (the filter panel is search/presenters.py) ------------

@register.filter
def dict_get(mapping, key):
    """``mapping[key]`` in a template, or "" when there is none."""
    try:
        return mapping.get(key, "")
    except AttributeError:
        return ""


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
