"""What a storefront shows, from the page (if any) and the live catalogue."""

from django.utils.html import strip_tags

from cms.core import structured_data
from cms.core.maps import map_card
from cms.core.sharing import share_image_url
from marketplace.storefront.selectors import certifications_of_producer, products_of_producer


def storefront_context(request, producer, page=None, index_page=None) -> dict:
    """Context for ``cms/producers/producer_page.html``.

    ``page`` is the producer's live ProducerPage, or None for a producer who has
    no storefront page yet (the index then serves their register record).
    """
    if index_page is None:
        from .models import ProducerIndexPage

        index_page = ProducerIndexPage.objects.live().first()  # there is one (max_count); no tree walk for previews
    products = products_of_producer(producer)
    if page is not None:
        seo_title = page.display_seo_title
        description = strip_tags(page.display_search_description)
        image_url = share_image_url(page.banner, request) if page.banner else ""
    else:
        seo_title, description, image_url = producer.name, producer.story, ""
    if not image_url and products:
        original = getattr(products[0].primary_image(), "original", None)
        image_url = request.build_absolute_uri(original.url) if original else ""
    return {
        "producer": producer,
        "storefront": page,
        "index_page": index_page,
        "products": products,
        "certifications": certifications_of_producer(producer),
        "map": map_card(page.latitude, page.longitude) if page is not None else None,
        "seo_title": seo_title,
        "seo_description": description,
        "share_image_url": image_url,
        "og_type": "website",
        "structured_data": structured_data.organization(request, producer, request.path, description, image_url),
    }


def producers_linked(links) -> list:
    """The active producers an editor's links name (a ``ProducerLink`` manager), in the editor's order."""
    producers = [
        link.producer
        for link in links.select_related("producer__province").order_by("sort_order")
        if link.producer.is_active
    ]
    return with_live_storefronts(producers)


def with_live_storefronts(producers: list) -> list:
    """Sets ``live_storefront`` (the live ProducerPage or None) on each producer, for producer cards."""
    from .models import ProducerPage

    pages = {
        page.producer_id: page
        for page in ProducerPage.objects.live().public().filter(producer__in=producers).select_related("banner")
    }
    for producer in producers:
        producer.live_storefront = pages.get(producer.pk)
    return producers
