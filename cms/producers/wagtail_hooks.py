from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem

from cms.roles.services import MANAGE_STOREFRONTS, user_manages_all_storefronts
from marketplace.producers.selectors import producer_managed_q

from marketplace.storefront.page_cache import page_cache_allow

from . import views
from .models import ProducerIndexPage, ProducerPage

onboarding_urls = (
    [
        path("", views.OnboardingIndexView.as_view(), name="index"),
        path("new/", views.OnboardingCreateView.as_view(), name="create"),
        path("<int:pk>/hand-over/", views.OnboardingHandoverView.as_view(), name="handover"),
    ],
    "storefront_onboarding",
)


@hooks.register("register_admin_urls")
def register_onboarding_urls():
    return [path("producer-onboarding/", include(onboarding_urls))]


class OfficersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MANAGE_STOREFRONTS)


@hooks.register("register_admin_menu_item")
def register_onboarding_menu_item():
    return OfficersMenuItem(_("Producer onboarding"), reverse("storefront_onboarding:index"),
                            icon_name="group", order=250)


@hooks.register("before_move_page")
def refuse_moves_the_user_may_not_make(request, page, destination):
    """Wagtail checks the move only when it is confirmed; its confirmation page itself showed any page."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


@hooks.register("construct_page_chooser_queryset")
def hide_other_producers_pages(pages, request):
    """A producer browsing or searching the page chooser sees no other producer's storefront that is not live."""
    user = request.user
    if user.is_superuser or user_manages_all_storefronts(user):
        return pages
    # By id: the chooser's search runs this queryset through Wagtail's search backend, which takes
    # plain field lookups only (a lookup across the producer's users became an 'Exists' it cannot read).
    hidden = ProducerPage.objects.filter(live=False).exclude(producer_managed_q(user))
    return pages.exclude(pk__in=list(hidden.values_list("pk", flat=True)))


@hooks.register("before_serve_page")
def storefronts_cached_whole(page, request, serve_args, serve_kwargs):
    """A storefront, the storefront index and a register record's page are the same for every signed-out
    visitor but the header's basket (marketplace/storefront/page_cache.py): cached whole, unless restricted."""
    if isinstance(page, (ProducerPage, ProducerIndexPage)) and not page.get_view_restrictions().exists():
        page_cache_allow(request)
