"""The wishlist heart: ``{% load wishlist_hearts %}{% wishlist_heart product %}`` on product cards and the product page.

Not named ``wishlist_tags``: Oscar has a tag library of that name (``wishlists_containing_product``),
and two libraries of one name hide one of them (templates.W003 on every command).
"""

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
