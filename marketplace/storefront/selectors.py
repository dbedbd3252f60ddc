"""What the storefront pages show: curated picks, new arrivals, category links."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, QuerySet
from shop.catalogue.models import Category, Product

from marketplace.certification.selectors import certifications_valid, products_eligible, products_for_cards
from marketplace.geography.models import Province

from .categories import OTOP_CATEGORIES


@dataclass(frozen=True)
class CategoryLink:
    key: str
    label: str
    url: str


def category_links() -> list[CategoryLink]:
    urls = cache.get("storefront:category-urls")
    if urls is None:
        urls = {c.slug: c.get_absolute_url() for c in Category.objects.filter(slug__in=OTOP_CATEGORIES)}
        cache.set("storefront:category-urls", urls, 300)
    return [CategoryLink(key, str(label), urls[key]) for key, label in OTOP_CATEGORIES.items() if key in urls]


def _for_cards(queryset: QuerySet[Product]) -> QuerySet[Product]:
    return products_for_cards(queryset)


def products_five_star(limit: int = 8) -> list[Product]:
    five = certifications_valid().filter(stars=5).values("product_id")
    return list(_for_cards(products_eligible().filter(pk__in=five)).order_by("-date_updated", "pk")[:limit])


def products_newest(limit: int = 8) -> list[Product]:
    return list(_for_cards(products_eligible()).order_by("-date_created", "-pk")[:limit])


def products_of_producer(producer) -> list[Product]:
    return list(_for_cards(products_eligible().filter(producer=producer)).order_by("title"))


def provinces_with_products() -> list[tuple[Province, int]]:
    """Provinces that have eligible products, with how many, busiest first."""
    counts = (
        products_eligible()
        .values("producer__province")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    by_code = {row["producer__province"]: row["n"] for row in counts}
    provinces = Province.objects.filter(code__in=by_code)
    return sorted(((p, by_code[p.code]) for p in provinces), key=lambda pair: -pair[1])


def certifications_of_producer(producer) -> list:
    """The current certifications behind the producer's listed products, best first (for the storefront)."""
    listed = products_eligible().filter(producer=producer).values("pk")
    return list(
        certifications_valid()
        .filter(product__in=listed)
        .select_related("product")
        .prefetch_related("standards")
        .order_by("-stars", "product__title", "-expires_on")
    )
