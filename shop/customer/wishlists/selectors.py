"""What a shopper has saved: the hearts on product cards and pages, and the wishlist page."""

from django.db.models import QuerySet

from marketplace.certification.selectors import products_eligible, products_for_cards
from shop.catalogue.models import Product

from .models import Line


def product_ids_wished_by(user) -> frozenset[int]:
    if not user.is_authenticated:
        return frozenset()
    return frozenset(Line.objects.filter(wishlist__owner=user, product__isnull=False).values_list("product_id", flat=True))


def product_ids_wished_in(request) -> frozenset[int]:
    """``product_ids_wished_by`` the request's user, asked once per request (every heart on a page shares it)."""
    if not hasattr(request, "_wished_product_ids"):
        request._wished_product_ids = product_ids_wished_by(request.user)
    return request._wished_product_ids


def wishlist_lines_of(user) -> QuerySet[Line]:
    """Every line of the user's wishlists, latest first (a product in two lists shows once, see below)."""
    return Line.objects.filter(wishlist__owner=user).select_related("product").order_by("-pk")


def wishlist_products_on_sale(user) -> QuerySet[Product]:
    """The saved products that may be bought now, as cards."""
    ids = Line.objects.filter(wishlist__owner=user, product__isnull=False).values("product_id")
    return products_for_cards(products_eligible(Product.objects.filter(pk__in=ids)))


def wishlist_lines_unavailable(user) -> list[Line]:
    """Saved products that may not be sold now (certificate lapsed, withdrawn, deleted), once each."""
    on_sale = set(wishlist_products_on_sale(user).values_list("pk", flat=True))
    seen, lines = set(), []
    for line in wishlist_lines_of(user):
        key = line.product_id or f"title:{line.title}"
        if line.product_id in on_sale or key in seen:
            continue
        seen.add(key)
        lines.append(line)
    return lines
