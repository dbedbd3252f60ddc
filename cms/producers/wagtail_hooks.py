from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem

from marketplace.accounts.roles import MANAGE_STOREFRONTS

from . import views

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
