from django.db.models import Q
from wagtail import hooks

from marketplace.accounts.roles import user_manages_all_storefronts

from .choosers import producer_chooser_viewset, product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_choosers():
    return [product_chooser_viewset, producer_chooser_viewset]


@hooks.register("construct_page_chooser_queryset")
def hide_other_producers_pages(pages, request):
    """A producer browsing the page chooser sees no other producer's storefront that is not live."""
    user = request.user
    if user.is_superuser or user_manages_all_storefronts(user):
        return pages
    others = Q(producerpage__isnull=False) & ~Q(producerpage__producer__partner__users=user)
    return pages.exclude(others & Q(live=False))
