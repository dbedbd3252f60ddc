"""Saving products to a shopper's wishlist (the heart), also for someone who logs in to do it."""

from django.utils.translation import gettext

from marketplace.certification.selectors import products_eligible
from shop.catalogue.models import Product

from .models import Line, WishList

#: A signed-out shopper's heart, kept in their session until they log in.
PENDING_SESSION_KEY = "wishlist_pending_product"


def wishlist_default_for(user) -> WishList:
    """The list the heart adds to: the shopper's first, created on first use."""
    wishlist = WishList.objects.filter(owner=user).order_by("pk").first()
    if wishlist is None:
        wishlist = WishList.objects.create(owner=user, name=gettext("My wishlist"))
    return wishlist


def wishlist_add_product(user, product: Product) -> None:
    """Saves the product once (a second heart changes nothing); the caller checks it is on sale."""
    if not Line.objects.filter(wishlist__owner=user, product=product).exists():
        wishlist_default_for(user).add(product)


def wishlist_remove_product(user, product: Product) -> None:
    """Takes the product off every list of the shopper (the heart shows it saved if any has it)."""
    Line.objects.filter(wishlist__owner=user, product=product).delete()


def wishlist_remember_for_login(session, product: Product) -> None:
    session[PENDING_SESSION_KEY] = product.pk


def wishlist_add_remembered(user, session) -> Product | None:
    """After log-in: saves the product the shopper hearted while signed out, if it is still on sale."""
    product_pk = session.pop(PENDING_SESSION_KEY, None)
    if product_pk is None:
        return None
    product = products_eligible().filter(pk=product_pk).first()
    if product is not None:
        wishlist_add_product(user, product)
    return product
