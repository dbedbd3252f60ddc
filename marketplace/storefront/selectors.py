"""What the storefront pages show: curated picks, new arrivals, category links."""

from dataclasses import dataclass

from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet
from shop.catalogue.models import Category, Product

from marketplace.certification.selectors import certifications_valid, products_eligible, products_for_cards
from marketplace.geography.models import Province

from .cache_keys import cached_links
from .categories import OTOP_CATEGORIES


@dataclass(frozen=True)
class CategoryLink:
    key: str
    label: str
    url: str


def category_links() -> list[CategoryLink]:
    # The URLs carry the language prefix (/en/catalogue/...): cached per language, like every storefront key.
    urls = cached_links("category-urls", lambda: {
        c.slug: c.get_absolute_url() for c in Category.objects.filter(slug__in=OTOP_CATEGORIES)
    })
    return [CategoryLink(key, str(label), urls[key]) for key, label in OTOP_CATEGORIES.items() if key in urls]


def _for_cards(queryset: QuerySet[Product]) -> QuerySet[Product]:
    return products_for_cards(queryset)


@dataclass(frozen=True)
class HomeProducts:
    five_star: list[Product]
    newest: list[Product]


def products_for_home(limit: int = 8) -> HomeProducts:
    """The home page's 5-star picks (latest updated first) and new arrivals, loaded in one card query."""
    five = certifications_valid().filter(stars=5).values("product_id")
    five_ids = products_eligible().filter(pk__in=five).order_by("-date_updated", "pk").values("pk")[:limit]
    new_ids = products_eligible().order_by("-date_created", "-pk").values("pk")[:limit]
    cards = list(
        _for_cards(products_eligible().filter(Q(pk__in=five_ids) | Q(pk__in=new_ids))).annotate(
            in_five=ExpressionWrapper(Q(pk__in=five_ids), output_field=BooleanField()),
            in_new=ExpressionWrapper(Q(pk__in=new_ids), output_field=BooleanField()),
        )
    )
    return HomeProducts(
        five_star=sorted((p for p in cards if p.in_five), key=lambda p: (-p.date_updated.timestamp(), p.pk)),
        newest=sorted((p for p in cards if p.in_new), key=lambda p: (-p.date_created.timestamp(), -p.pk)),
    )


def products_more_from_producer(product: Product, limit: int = 4) -> list[Product]:
    """Other products of the same producer that are on sale, newest first (the product page's "more from")."""
    if product.producer_id is None:
        return []
    others = products_eligible().filter(producer_id=product.producer_id).exclude(pk=product.pk)
    return list(_for_cards(others).order_by("-date_created", "-pk")[:limit])


def products_of_producer(producer) -> list[Product]:
    return list(_for_cards(products_eligible().filter(producer=producer)).order_by("title"))


def provinces_with_products() -> list[tuple[Province, int]]:
    """Provinces that have eligible products, with how many, busiest first (one query)."""
    rows = (
        products_eligible()
        .values("producer__province", "producer__province__name_th", "producer__province__name_en",
                "producer__province__region")
        .annotate(n=Count("pk"))
        .order_by("-n", "producer__province")
    )
    return [
        (Province(code=row["producer__province"], name_th=row["producer__province__name_th"],
                  name_en=row["producer__province__name_en"], region=row["producer__province__region"]), row["n"])
        for row in rows
        if row["producer__province"]
    ]


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
