"""Which products may be listed, found and sold.

This module is the single home of the marketplace's central rule: a product
is eligible while it has a verified, unexpired certification of at least
``MARKETPLACE_MIN_STARS`` stars, is public, and its producer is active.
Listings, search, the basket strategy and the sitemap all ask here.
"""

import datetime

from django.conf import settings
from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.utils import timezone
from shop.catalogue.models import Category, Product

from marketplace.producers.selectors import producer_managed_q

from .models import Certification, CertificationStatus


def _today() -> datetime.date:
    # Certificates expire at the end of their expiry day, Thai time.
    return timezone.localdate()


def certifications_valid(today: datetime.date | None = None) -> QuerySet[Certification]:
    """Certifications that currently entitle a product to be sold.

    Expiry is checked against the date itself, so a certificate that lapsed
    overnight stops counting before any expiry job has run.
    """
    return Certification.objects.filter(
        status=CertificationStatus.VERIFIED,
        expires_on__gte=today or _today(),
        stars__gte=settings.MARKETPLACE_MIN_STARS,
    )


def certifications_lapsed(today: datetime.date | None = None) -> QuerySet[Certification]:
    """Verified certifications past their expiry date that no expiry job has marked yet."""
    return Certification.objects.filter(status=CertificationStatus.VERIFIED, expires_on__lt=today or _today())


def certification_effective_status(certification: Certification, today: datetime.date | None = None
                                   ) -> CertificationStatus:
    """The status to show: a verified certificate reads "expired" from the day after its expiry date.

    The stored status changes only when ``expire_certifications`` runs (daily);
    everyone sees the effective one before that.
    """
    status = CertificationStatus(certification.status)
    if status == CertificationStatus.VERIFIED and certification.expires_on < (today or _today()):
        return CertificationStatus.EXPIRED
    return status


def certifications_in_status(
    status: str, queryset: QuerySet[Certification] | None = None, today: datetime.date | None = None
) -> QuerySet[Certification]:
    """The certifications whose *effective* status is ``status`` (see ``certification_effective_status``)."""
    queryset = Certification.objects.all() if queryset is None else queryset
    today = today or _today()
    if status == CertificationStatus.VERIFIED:
        return queryset.filter(status=CertificationStatus.VERIFIED, expires_on__gte=today)
    if status == CertificationStatus.EXPIRED:
        lapsed = Q(status=CertificationStatus.VERIFIED, expires_on__lt=today)
        return queryset.filter(Q(status=CertificationStatus.EXPIRED) | lapsed)
    return queryset.filter(status=status)


def product_eligibility_condition(today: datetime.date | None = None) -> Q:
    """The eligibility rule as a filter over ``Product`` rows."""
    has_valid_certification = Exists(certifications_valid(today).filter(product=OuterRef("pk")))
    return Q(has_valid_certification, is_public=True, producer__is_active=True)


def products_eligible(
    queryset: QuerySet[Product] | None = None, today: datetime.date | None = None
) -> QuerySet[Product]:
    """The products that may be listed, found and bought."""
    queryset = Product.objects.all() if queryset is None else queryset
    return queryset.filter(product_eligibility_condition(today)).annotate(
        is_eligible=Value(True, output_field=BooleanField())
    )


def products_with_eligibility(queryset: QuerySet[Product]) -> QuerySet[Product]:
    """Every product of ``queryset``, each annotated ``is_eligible`` (True or False) in the same query.

    For pages that must also show ineligible products to some users (the product page's preview
    for its producer and staff): the rule is then answered once, not once per question asked.
    """
    return queryset.annotate(
        is_eligible=ExpressionWrapper(product_eligibility_condition(), output_field=BooleanField())
    )


def product_is_eligible(product: Product, today: datetime.date | None = None) -> bool:
    # Listings and the product page annotate the answer, to avoid a query per question.
    annotated = getattr(product, "is_eligible", None)
    if annotated is not None and today is None:
        return bool(annotated)
    return products_eligible(Product.objects.filter(pk=product.pk), today).exists()


# Of a product's valid certifications, the one that counts: most stars, then latest expiry.
_CURRENT_FIRST = ("-stars", "-expires_on")


def product_current_certification(product: Product) -> Certification | None:
    """The certification that makes the product eligible."""
    return (
        certifications_valid()
        .filter(product=product)
        .prefetch_related("standards")
        .order_by(*_CURRENT_FIRST)
        .first()
    )


def certifications_current_of_outer_product() -> QuerySet[Certification]:
    """For a subquery over products: each product's valid certifications, the current one first."""
    return certifications_valid().filter(product=OuterRef("pk")).order_by(*_CURRENT_FIRST)


def product_latest_certification(product: Product) -> Certification | None:
    """The most recent certification of any status, for the producer's and staff's preview."""
    return product.certifications.prefetch_related("standards").order_by("-submitted_at", "-pk").first()


def products_for_cards(queryset: QuerySet[Product]) -> QuerySet[Product]:
    """Products with what a product card shows: the current stars and selection year, and the
    number of approved buyers' reviews (``review_count``; the average is ``Product.rating``)."""
    from shop.catalogue.reviews.selectors import products_with_review_count

    best = certifications_current_of_outer_product()
    return (
        products_with_review_count(queryset).select_related("producer__province", "product_class")
        .prefetch_related("images", "stockrecords")
        .annotate(
            certified_stars=Subquery(best.values("stars")[:1]),
            certified_year=Subquery(best.values("selection_year")[:1]),
        )
    )


# --- What the dashboard shows whom --------------------------------------------


def products_managed_by(user) -> QuerySet[Product]:
    """The products of every producer ``user`` acts for."""
    return Product.objects.filter(producer_managed_q(user)).distinct()


def certifications_visible_to(user) -> QuerySet[Certification]:
    """Staff see every certification; a producer only those of their own products."""
    if not user.is_authenticated or not user.is_active:
        return Certification.objects.none()
    if user.is_staff:
        return Certification.objects.all()
    return Certification.objects.filter(producer_managed_q(user, "product__producer")).distinct()


def certifications_queue(
    *, status: str = CertificationStatus.PENDING, province=None, category_slug: str = "",
    waiting_days: int | None = None, search: str = "", now: datetime.datetime | None = None,
) -> QuerySet[Certification]:
    """The staff verification queue, oldest submission first, narrowed by the queue's filters.

    ``status`` is the effective status (a lapsed verified certificate is "expired"); blank means every status.
    """
    queryset = (
        Certification.objects.select_related("product__producer__province")
        .prefetch_related(
            "standards",
            "product__images",
            Prefetch("product__categories", queryset=Category.objects.order_by("depth", "path")),
        )
        .order_by("submitted_at", "pk")
    )
    if status:
        queryset = certifications_in_status(status, queryset)
    if province:
        queryset = queryset.filter(product__producer__province=province)
    if category_slug:
        root = Category.objects.filter(depth=1, slug=category_slug).first()
        if root is None:
            return queryset.none()
        queryset = queryset.filter(product__categories__path__startswith=root.path).distinct()
    if waiting_days:
        queryset = queryset.filter(submitted_at__lt=(now or timezone.now()) - datetime.timedelta(days=waiting_days))
    search = search.strip()
    if search:
        queryset = queryset.filter(
            Q(certificate_no__icontains=search) | Q(product__title__icontains=search)
            | Q(product__title_en__icontains=search) | Q(product__upc=search)
        )
    return queryset


def certifications_with_status_note(queryset: QuerySet[Certification]) -> QuerySet[Certification]:
    """Annotates ``status_note``: the note of the change that set the current status (e.g. why revoked)."""
    from .models import CertificationStatusChange

    latest = CertificationStatusChange.objects.filter(
        certification=OuterRef("pk"), to_status=OuterRef("status")
    ).order_by("-changed_at", "-pk")
    return queryset.annotate(status_note=Subquery(latest.values("note")[:1]))
