"""The wishlist heart: ``{% load wishlist_hearts %}{% wishlist_heart product %}`` on product cards and the product page.

Not named ``wishlist_tags``: Oscar has a tag library of that name (``wishlists_containing_product``),
and two libraries of one name hide one of them (templates.W003 on every command).
"""

import re

from django import template

from shop.customer.wishlists.selectors import product_ids_wished_in

register = template.Library()


@register.inclusion_tag("oscar/customer/wishlists/partials/heart.html", takes_context=True)
def wishlist_heart(context, product, next_url=None, large=False):
    """A POST form with CSRF that works without JavaScript; ``next_url`` is where to come back (this page)."""
    request = context["request"]
    return {
        "product": product,
        "wished": product.pk in product_ids_wished_in(request),
        "signed_in": request.user.is_authenticated,
        "next_url": next_url or request.get_full_path(),
        "large": large,
        "csrf_token": context.get("csrf_token"),
    }


# A heart form of heart.html: its product, then its body up to the form's end.
_HEART_FORM = re.compile(r'(<form class="wish-form[^>]*data-wishlist-heart="(\d+)"[^>]*>)(.*?</form>)', re.DOTALL)


def hearts_marked_wished(html: str, product_ids: frozenset[int]) -> str:
    """``html`` whose hearts were all rendered unsaved, with those of ``product_ids`` saved (pressed,
    and their form removing instead of adding): a fragment shared by signed-in visitors made their own."""
    if not product_ids:
        return html

    def marked(match: re.Match) -> str:
        if int(match[2]) not in product_ids:
            return match[0]
        body = match[3].replace('name="action" value="add"', 'name="action" value="remove"', 1)
        return match[1] + body.replace('aria-pressed="false"', 'aria-pressed="true"', 1)

    return _HEART_FORM.sub(marked, html)
