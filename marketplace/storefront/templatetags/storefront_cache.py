"""``{% cachedfragment "name" vary1 vary2 %}…{% endcachedfragment %}``: a storefront fragment cached per language.

The key comes from ``marketplace.storefront.cache_keys.cache_key_for``: the active language, the
catalogue generation (bumped by every product, stock, price, certificate, producer or CMS change),
today's date, the fragment's name and the values given after it. Name there everything the
fragment's HTML depends on; never cache a fragment holding a form's CSRF token or anything of
the signed-in user (a basket, a wishlist) without naming the user.
"""

from django import template
from django.core.cache import cache

from ..cache_keys import FRAGMENT_SECONDS, cache_key_for

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        key = cache_key_for(f"fragment:{self.name.resolve(context)}", *(v.resolve(context) for v in self.vary_on))
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, FRAGMENT_SECONDS)
        return html


@register.tag
def cachedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("cachedfragment needs a name: {% cachedfragment \"name\" vary… %}")
    nodelist = parser.parse(("endcachedfragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]])
