"""Which villages to show where; every product shown is asked of the eligibility rule."""

from django.db.models import Q

from cms.producers.selectors import producers_linked
from marketplace.certification.selectors import products_eligible, products_for_cards

from .models import TourismVillagePage

VILLAGE_PRODUCTS_SHOWN = 12


def _live():
    return TourismVillagePage.objects.live().public().select_related("hero_image", "province")


def village_of_product(product) -> TourismVillagePage | None:
    """The village the product comes from: one that lists the product, else one that lists its producer."""
    direct = _live().filter(village_products__product=product).order_by("title").first()
    if direct is not None or not product.producer_id:
        return direct
    return _live().filter(village_producers__producer_id=product.producer_id).order_by("title").first()


def villages_of_producer(producer) -> list[TourismVillagePage]:
    about = Q(village_producers__producer=producer) | Q(village_products__product__producer=producer)
    return list(_live().filter(about).distinct().order_by("title"))


def village_producers(page: TourismVillagePage) -> list:
    return producers_linked(page.village_producers)


def village_products(page: TourismVillagePage) -> list:
    """The products chosen for the village, then its producers' other products; only those on sale now."""
    chosen = [link.product_id for link in page.village_products.order_by("sort_order")]
    producer_ids = [link.producer_id for link in page.village_producers.all()]
    eligible = products_for_cards(
        products_eligible().filter(Q(pk__in=chosen) | Q(producer_id__in=producer_ids))
    ).order_by("title")
    rank = {pk: i for i, pk in enumerate(dict.fromkeys(chosen))}
    ordered = sorted(eligible, key=lambda p: (rank.get(p.pk, len(rank)),))
    return ordered[:VILLAGE_PRODUCTS_SHOWN]
