from django import template

from ..groups import basket_cheapest_shipping, basket_groups_by_producer

register = template.Library()


@register.simple_tag
def basket_producer_groups(basket, formset):
    """The basket page's groups: each producer's lines as ``(index, form)`` pairs (Oscar's basket script
    finds a line's fields by its index in the formset), its subtotal and its parcel with the cheapest service."""
    method = basket_cheapest_shipping(basket)
    groups = basket_groups_by_producer(basket, method)
    forms = {form.instance.pk: (index, form) for index, form in enumerate(formset)}
    for group in groups:
        group.forms = [forms[line.pk] for line in group.lines if line.pk in forms]
    return {"groups": groups, "method": method}
