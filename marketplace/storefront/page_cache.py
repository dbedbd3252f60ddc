"""Whole pages from the cache for signed-out visitors, with each visitor's own basket count put in.

The home page, the catalogue, category pages, search results, product pages and the producers'
storefronts (``page_cache_allow``, from the CMS) are the same for
every signed-out visitor of an address in a language, until the catalogue changes, but for the
header's basket link: this middleware serves them from the cache under
``cache_key_for("page", host, address)`` (language, catalogue generation, date), with the basket
link left out of the cached copy and rendered per visitor (``header_basket.py``: the count, one
query, no offers). So a shopper holding a basket, a session and a CSRF cookie gets the cached page
too. It steps aside for anyone signed in (their wishlist hearts and account links are theirs) and
while a message waits to be shown (after adding to the basket, for one), or an add-to-basket form
the product page must show again with its errors; those pages are rendered as usual.

A product page's buy box says how many units are left, which every sale changes. Sales do not bump
the catalogue generation (that would empty every page's cache at each order: receivers.py);
instead the cached product page keeps the product's stock levels read before it was rendered, and
each visitor's copy is served only while one query finds them unchanged. Otherwise the page is
rendered anew. A price bumps the generation (cards show it too); eligibility lapses at midnight
with no row changing, and the key's date covers that.

Each page's CSRF tokens (the language switch and the add-to-basket form post) are left out of the
cached copy and put back per visitor from Django's own ``get_token``, which also sets their CSRF
cookie as usual.
"""

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse

from marketplace.project.invalid_ids import exception_is_an_invalid_id
from shop.catalogue.product_views import product_view_record
from shop.partner.selectors import product_stock_levels

from .cache_keys import FRAGMENT_SECONDS, cache_key_for, csrf_tokens_in, csrf_tokens_out
from .header_basket import header_basket_in, header_basket_out

PRODUCT_ROUTE = "catalogue:detail"
# Route names whose pages hold nothing of a signed-out visitor but the header's basket link and
# messages (and the wishlist hearts, empty for a signed-out visitor).
CACHED_ROUTES = frozenset({"home", "catalogue:index", "catalogue:category", "search:search", PRODUCT_ROUTE})
# Wagtail serves every other CMS page under this one route. Of those, a page is stored only when the
# CMS said, while serving it, that it may be (``page_cache_allow``: the storefronts and their index),
# so only such copies are ever served from the cache.
WAGTAIL_ROUTE = "wagtail_serve"
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")
# Oscar's add-to-basket view keeps a refused form in the session for the product page to show again.
_REFUSED_BASKET_FORM = "add_to_basket_form_post_data_"


def _visitor_has_own_content(request) -> bool:
    """Signed in, a message waiting or a refused add-to-basket form: the page must be rendered for them."""
    if request.user.is_authenticated or request.COOKIES.get("messages"):
        return True
    if not request.COOKIES.get(settings.SESSION_COOKIE_NAME):
        return False
    return bool(len(get_messages(request))) or any(key.startswith(_REFUSED_BASKET_FORM) for key in request.session.keys())


def page_cache_allow(request) -> None:
    """Lets the page being served to ``request`` under Wagtail's route be cached whole (see WAGTAIL_ROUTE).

    For pages that hold nothing of a signed-out visitor but what this middleware fills in, and that
    every visitor may see: no view restriction (those are checked before the page is served).
    """
    request._page_cache_allowed = True


def _live_state(match):
    """What the page shows that changes without the catalogue generation: a product page's stock levels."""
    return product_stock_levels(match.kwargs["pk"]) if match.view_name == PRODUCT_ROUTE else None


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if request.resolver_match is not None and request.resolver_match.view_name == WAGTAIL_ROUTE \
                and not getattr(request, "_page_cache_allowed", False):
            key = None
        if key and response.status_code == 200 and not response.streaming \
                and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}:
            content = header_basket_out(csrf_tokens_out(response.content.decode(response.charset)))
            headers = {h: response[h] for h in _KEPT_HEADERS if response.has_header(h)}
            cache.set(key, (content, headers, request._page_cache_state), FRAGMENT_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "GET" or match is None or (match.view_name not in CACHED_ROUTES
                                                         and match.view_name != WAGTAIL_ROUTE):
            return None
        if _visitor_has_own_content(request):
            return None
        key = cache_key_for("page", request.get_host(), request.is_secure(), request.get_full_path())
        # Read before the page is rendered: a sale during the rendering makes the copy look stale, never fresh.
        try:
            state = _live_state(match)
        except (OverflowError, ValueError) as error:
            if not exception_is_an_invalid_id(error):
                raise
            return None  # an id the database cannot take names no product: the view answers 404
        stored = cache.get(key)
        if stored is None or stored[2] != state:
            request._page_cache_key, request._page_cache_state = key, state
            return None
        content, headers, _state = stored
        if match.view_name == PRODUCT_ROUTE:  # the view counts its views; a copy from the cache, here
            product_view_record(match.kwargs["pk"])
        response = HttpResponse(header_basket_in(csrf_tokens_in(content, request), request))
        for header, value in headers.items():
            response[header] = value
        return response
