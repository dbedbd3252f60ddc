"""``{% header_basket %}``: the header's basket link with the visitor's count (``storefront/header_basket.py``)."""

from django import template

from ..header_basket import header_basket_html

register = template.Library()


@register.simple_tag(takes_context=True)
def header_basket(context, hide_count: bool = False):
    request = context.get("request")
    return header_basket_html(request, hide_count) if request is not None else ""
