"""Links from the shop to the villages it comes from ("buy it" ↔ "visit it"): product pages and storefronts."""

from django import template

from cms.villages.selectors import village_of_product, villages_of_producer

register = template.Library()


@register.simple_tag
def village_for_product(product):
    """The tourism village the product (or its producer) comes from, if there is a page for it."""
    return village_of_product(product)


@register.simple_tag
def villages_for_producer(producer):
    """The tourism villages the producer belongs to."""
    return villages_of_producer(producer)
