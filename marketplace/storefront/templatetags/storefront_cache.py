"""``{% cachedfragment "name" vary1 vary2 %}…{% endcachedfragment %}``: a storefront fragment cached per language.

The key comes from ``marketplace.storefront.cache_keys.cache_key_for``: the active language, the
catalogue generation (bumped by every product, stock, price, certificate, producer or CMS change),
today's date, the fragment's name and the values given after it. Name there everything the
fragment's HTML depends on. A fragment holding wishlist hearts (a product grid) ends with
``hearts_per_visitor``: it is cached once for signed-out visitors and once for signed-in ones,
the latter with every heart rendered unsaved, and each signed-in visitor's copy gets their own
saved hearts marked (``hearts_marked_wished``, from one query per request). Forms' CSRF tokens
are shared as placeholders; each visitor gets their own.
"""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from shop.customer.templatetags.wishlist_hearts import hearts_marked_wished
from shop.customer.wishlists.selectors import product_ids_wished_in

from ..cache_keys import FRAGMENT_SECONDS, cache_key_for, csrf_tokens_in, csrf_tokens_out

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on, hearts_per_visitor):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.hearts_per_visitor = hearts_per_visitor

    def render(self, context):
        request = context.get("request")
        vary_on = [v.resolve(context) for v in self.vary_on]
        signed_in = False
        if self.hearts_per_visitor:
            if request is None:
                return self.nodelist.render(context)
            signed_in = request.user.is_authenticated
            vary_on.append("signed-in" if signed_in else "signed-out")
        key = cache_key_for(f"fragment:{self.name.resolve(context)}", *vary_on)
        html = cache.get(key)
        if html is None:
            html = csrf_tokens_out(self._render_hearts_unsaved(context, request) if signed_in
                                   else self.nodelist.render(context))
            cache.set(key, html, FRAGMENT_SECONDS)
        html = csrf_tokens_in(html, request)
        if signed_in:
            html = hearts_marked_wished(html, product_ids_wished_in(request))
        return mark_safe(html)

    def _render_hearts_unsaved(self, context, request) -> str:
        """The fragment as any signed-in visitor would see it with nothing saved."""
        had, wished = hasattr(request, "_wished_product_ids"), getattr(request, "_wished_product_ids", None)
        request._wished_product_ids = frozenset()  # what product_ids_wished_in answers while rendering
        try:
            return self.nodelist.render(context)
        finally:
            if had:
                request._wished_product_ids = wished
            else:
                del request._wished_product_ids


@register.tag
def cachedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("cachedfragment needs a name: {% cachedfragment \"name\" vary… %}")
    hearts_per_visitor = bits[-1] == "hearts_per_visitor"
    if hearts_per_visitor:
        bits = bits[:-1]
    nodelist = parser.parse(("endcachedfragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]],
                              hearts_per_visitor)
