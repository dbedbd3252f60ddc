"""Who may review a product, and what shoppers see of its reviews."""

import enum
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Avg, Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from shop.order.models import Line
from shop.order.statuses import PAID_STATUSES

from .models import ProductReview


class ReviewPermission(enum.Enum):
    ALLOWED = "allowed"
    SIGN_IN = "sign_in"
    NOT_A_BUYER = "not_a_buyer"
    ALREADY_REVIEWED = "already_reviewed"


@dataclass(frozen=True)
class ReviewSummary:
    count: int
    average: Decimal | None  # one decimal, None without approved reviews


def product_bought_by(product, user) -> bool:
    """Whether ``user`` has a placed and paid order line of ``product`` (refunded since counts too)."""
    if not user.is_authenticated:
        return False
    return Line.objects.filter(order__user=user, order__status__in=PAID_STATUSES, product=product).exists()


def review_of(product, user) -> ProductReview | None:
    """The user's own review of the product, in any moderation state."""
    if not user.is_authenticated:
        return None
    return ProductReview.objects.filter(product=product, user=user).first()


def review_permission(product, user) -> ReviewPermission:
    """Only buyers review, once each; the caller has already checked that the product is on sale."""
    if not user.is_authenticated:
        return ReviewPermission.SIGN_IN
    if review_of(product, user) is not None:
        return ReviewPermission.ALREADY_REVIEWED
    if not product_bought_by(product, user):
        return ReviewPermission.NOT_A_BUYER
    return ReviewPermission.ALLOWED


def products_reviewable_by(user, product_ids) -> set[int]:
    """Of ``product_ids``, those the user may review now: bought and paid, not reviewed yet, and still on sale
    (the review pages of a product that may not be sold are 404, like the product)."""
    from marketplace.certification.selectors import products_eligible

    if not user.is_authenticated:
        return set()
    bought = set(Line.objects.filter(order__user=user, order__status__in=PAID_STATUSES, product_id__in=product_ids)
                 .values_list("product_id", flat=True))
    reviewed = set(ProductReview.objects.filter(user=user, product_id__in=bought).values_list("product_id", flat=True))
    return set(products_eligible().filter(pk__in=bought - reviewed).values_list("pk", flat=True))


def reviews_approved(product) -> QuerySet[ProductReview]:
    """The reviews shoppers see, newest first, with their photos and reviewers."""
    return (
        ProductReview.objects.approved().filter(product=product)
        .select_related("user").prefetch_related("photos").order_by("-date_created", "-pk")
    )


def _one_decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def product_review_summary(product) -> ReviewSummary:
    """Count and average of the approved reviews (cards annotate ``review_count``, see below)."""
    result = ProductReview.objects.approved().filter(product=product).aggregate(count=Count("pk"), average=Avg("score"))
    return ReviewSummary(count=result["count"] or 0, average=_one_decimal(result["average"]))


def review_summary_of_card(product) -> ReviewSummary:
    """The summary of a product annotated by ``products_with_review_count`` (no query), or else queried."""
    count = getattr(product, "review_count", None)
    if count is None:
        return product_review_summary(product)
    return ReviewSummary(count=count, average=_one_decimal(product.rating) if count else None)


def products_with_review_count(queryset: QuerySet) -> QuerySet:
    """Annotates ``review_count``: approved reviews (the average is Oscar's ``Product.rating``)."""
    approved = (
        ProductReview.objects.approved().filter(product=OuterRef("pk")).order_by()
        .values("product").annotate(n=Count("pk")).values("n")
    )
    return queryset.annotate(review_count=Coalesce(Subquery(approved[:1], output_field=IntegerField()), 0))
