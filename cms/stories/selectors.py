"""Which stories to show where; every product shown is asked of the eligibility rule."""

from django.db.models import Case, IntegerField, Q, Value, When

from cms.producers.selectors import producers_linked
from marketplace.certification.selectors import products_eligible, products_for_cards

from .models import StoryPage


def _live():
    return StoryPage.objects.live().public().select_related("hero_image", "province")


def stories_mentioning_product(product, limit: int = 3) -> list[StoryPage]:
    """Stories that feature the product first, then stories about its producer."""
    mentions = Q(related_products__product=product)
    if product.producer_id:
        mentions |= Q(related_producers__producer_id=product.producer_id)
    featured = StoryPage.objects.filter(related_products__product=product).values("pk")
    return list(
        _live().filter(mentions).distinct()
        .annotate(rank=Case(When(pk__in=featured, then=Value(0)), default=Value(1), output_field=IntegerField()))
        .order_by("rank", "-date", "-pk")[:limit]
    )


def stories_about_producer(producer, limit: int = 3) -> list[StoryPage]:
    about = Q(related_producers__producer=producer) | Q(related_products__product__producer=producer)
    return list(_live().filter(about).distinct().order_by("-date", "-pk")[:limit])


def story_producers(page: StoryPage) -> list:
    """The active producers a story names, in the editor's order."""
    return producers_linked(page.related_producers)


def story_products(page: StoryPage) -> list:
    """The story's products that may be sold now, in the editor's order, ready for cards."""
    ids = [link.product_id for link in page.related_products.order_by("sort_order")]
    by_id = {p.pk: p for p in products_for_cards(products_eligible().filter(pk__in=ids))}
    return [by_id[pk] for pk in dict.fromkeys(ids) if pk in by_id]
