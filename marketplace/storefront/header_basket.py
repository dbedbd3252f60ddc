"""The header's basket link and count: the one part of a storefront page that belongs to a signed-out shopper.

Every storefront page shows how many items the visitor's basket holds. That count is all the page
needs of the basket, so it is read without Oscar applying its offers to the basket (the
``request.basket`` of Oscar's BasketMiddleware applies them when first touched: about a tenth of a
product page's CPU). Pages that show totals (the basket, checkout) still touch ``request.basket``
and get them applied; the count shares the same basket object and its lines when they do.

The link is rendered between two markers, so that a page cached whole for everyone
(``page_cache.py``) keeps a placeholder there and each visitor's copy gets their own count.
"""

import re

from django.db.models import Sum
from django.template.loader import get_template
from django.utils.functional import empty
from django.utils.safestring import SafeString, mark_safe
from oscar.apps.basket.middleware import BasketMiddleware
from oscar.core.loading import get_model

Line = get_model("basket", "Line")

_TEMPLATE = "storefront/partials/header_basket.html"
_START, _END = "<!--basket-->", "<!--/basket-->"
_MARKED = re.compile(re.escape(_START) + ".*?" + re.escape(_END), re.DOTALL)
_PLACEHOLDER = "\x00basket\x00"
# Oscar's own way of finding the visitor's open basket (signed cookie, or the user's; merging both
# at sign-in), without its offers. It keeps the basket on the request, where request.basket finds it.
_baskets = BasketMiddleware(get_response=None)


def basket_item_count(request) -> int:
    """How many items the visitor's open basket holds (what Oscar's ``basket.num_items`` says), offers not applied."""
    basket = getattr(request, "basket", None)
    if basket is None:
        return 0
    if getattr(basket, "_wrapped", empty) is not empty:  # already loaded, with its lines: no query
        return basket.num_items
    if not request.user.is_authenticated and _baskets.get_cookie_key(request) not in request.COOKIES:
        return 0
    basket = _baskets.get_basket(request)
    if basket.id is None:
        return 0
    return Line.objects.filter(basket_id=basket.id).aggregate(n=Sum("quantity"))["n"] or 0


def header_basket_html(request, hide_count: bool = False) -> SafeString:
    """The header's basket link for this visitor, between the markers ``header_basket_out`` finds."""
    html = get_template(_TEMPLATE).render({"count": basket_item_count(request), "hide_count": hide_count})
    return mark_safe(f"{_START}{html}{_END}")


def header_basket_out(html: str) -> str:
    """``html`` ready to be shared: the visitor's basket link replaced by a placeholder."""
    return _MARKED.sub(_PLACEHOLDER, html, count=1)


def header_basket_in(html: str, request) -> str:
    """Shared ``html`` for this visitor: the placeholder replaced by their own basket link."""
    if _PLACEHOLDER not in html:
        return html
    return html.replace(_PLACEHOLDER, header_basket_html(request), 1)
