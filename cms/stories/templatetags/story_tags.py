"""Links from the shop to the stories about it: on product pages and storefronts."""

from django import template

from cms.stories.selectors import stories_about_producer, stories_mentioning_product

register = template.Library()


@register.simple_tag
def stories_for_product(product, limit: int = 3):
    """Live stories that feature the product, then those about its producer."""
    return stories_mentioning_product(product, limit=limit)


@register.simple_tag
def stories_for_producer(producer, limit: int = 3):
    """Live stories about the producer or any of their products, newest first."""
    return stories_about_producer(producer, limit=limit)
