"""Showing reviews: the summary of a product (cards and pages), the reviewer's public name."""

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.translation import gettext as _

from shop.catalogue.reviews.selectors import products_reviewable_by, review_summary_of_card

register = template.Library()


@register.simple_tag
def review_summary(product):
    """``{% review_summary product as summary %}``: count and average (annotated on cards, else queried)."""
    return review_summary_of_card(product)


@register.simple_tag
def order_reviewable_products(order, user) -> set[int]:
    """``{% order_reviewable_products order user as reviewable %}``: the order's products the buyer may review now."""
    return products_reviewable_by(user, [line.product_id for line in order.lines.all() if line.product_id])


@register.filter
def rounded_stars(average) -> str:
    """★★★★☆ for an average, to the nearest whole star (the number is always shown beside it)."""
    if average is None:
        return ""
    whole = int(Decimal(average).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    return "★" * whole + "☆" * (5 - whole)


@register.filter
def reviewer_name(review) -> str:
    """First name and the initial of the last, never the e-mail address."""
    user = review.user
    if user is None:
        return review.name or _("A buyer")
    first, last = (user.first_name or "").strip(), (user.last_name or "").strip()
    if first and last:
        return f"{first} {last[0]}."
    return first or last or _("A buyer")
