"""``{% cachedfragment "name" vary1 vary2 %}…{% endcachedfragment %}``: a storefront fragment cached per language.

The key comes from ``marketplace.storefront.cache_keys.cache_key_for``: the active language, the
catalogue generation (bumped by every product, stock, price, certificate, producer or CMS change),
today's date, the fragment's name and the values given after it. Name there everything the
fragment's HTML depends on. A fragment holding something of the signed-in visitor's own (the
wishlist hearts of a product grid) ends with ``signed_out_only``: it is cached only for visitors
who are not signed in, and rendered afresh for the others. Forms' CSRF tokens are shared as
placeholders; each visitor gets their own.
"""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from ..cache_keys import FRAGMENT_SECONDS, cache_key_for, csrf_tokens_in, csrf_tokens_out

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on, signed_out_only):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.signed_out_only = signed_out_only

    def render(self, context):
        request = context.get("request")
        if self.signed_out_only and (request is None or request.user.is_authenticated):
            return self.nodelist.render(context)
        key = cache_key_for(f"fragment:{self.name.resolve(context)}", *(v.resolve(context) for v in self.vary_on))
        html = cache.get(key)
        if html is None:
            html = csrf_tokens_out(self.nodelist.render(context))
            cache.set(key, html, FRAGMENT_SECONDS)
        return mark_safe(csrf_tokens_in(html, request))


@register.tag
def cachedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("cachedfragment needs a name: {% cachedfragment \"name\" vary… %}")
    signed_out_only = bits[-1] == "signed_out_only"
    if signed_out_only:
        bits = bits[:-1]
    nodelist = parser.parse(("endcachedfragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]],
                              signed_out_only)
