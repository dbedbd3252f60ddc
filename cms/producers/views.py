"""Wagtail admin: assisted onboarding, for CDD officers (``producers_pages.manage_storefronts``)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.roles.services import MANAGE_STOREFRONTS

from .forms import OnboardingForm
from .models import StorefrontOnboarding
from .services import producer_handover, producer_onboard


class _OfficersOnly:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(MANAGE_STOREFRONTS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class OnboardingIndexView(_OfficersOnly, WagtailAdminTemplateMixin, TemplateView):
    template_name = "cms/producers/admin/onboarding_index.html"
    page_title = gettext_lazy("Producer onboarding")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["onboardings"] = (
            StorefrontOnboarding.objects.select_related("producer__province", "user", "created_by",
                                                        "producer__storefront_page")
        )
        return ctx


class OnboardingCreateView(_OfficersOnly, WagtailAdminTemplateMixin, FormView):
    template_name = "cms/producers/admin/onboarding_form.html"
    form_class = OnboardingForm
    page_title = gettext_lazy("Onboard a producer")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items,
                {"url": reverse("storefront_onboarding:index"), "label": _("Producer onboarding")},
                {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["action_url"] = reverse("storefront_onboarding:create")
        ctx["submit_button_label"] = _("Create account and draft storefront")
        return ctx

    def form_valid(self, form):
        try:
            result = producer_onboard(
                email=form.cleaned_data["email"], acting_user=self.request.user,
                producer=form.cleaned_data.get("existing_producer"), data=form.producer_data(),
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _(
            "Account and draft storefront created for %(name)s. Fill in the page, then hand it over."
        ) % {"name": result.producer.name})
        return redirect("wagtailadmin_pages:edit", result.page.pk)


class OnboardingHandoverView(_OfficersOnly, View):
    def post(self, request, pk):
        onboarding = get_object_or_404(StorefrontOnboarding.objects.select_related("producer", "user"), pk=pk)
        producer_handover(onboarding, acting_user=request.user)
        messages.success(request, _("Sent %(email)s a link to set their password and take over the storefront.")
                         % {"email": onboarding.user.email})
        return redirect("storefront_onboarding:index")
