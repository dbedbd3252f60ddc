"""The certification pages of the Oscar dashboard.

Staff: the verification queue, a certification's page with its history and
the verify / reject / revoke actions, bulk verify. Producers: their own
certifications and the submission (or renewal) form. Supporting documents
are only ever served through ``CertificationDocumentView``, which checks
who is asking.
"""

import datetime

from django.contrib import messages
from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView
from shop.catalogue.models import Product

from marketplace.storefront.categories import category_label

from ..models import Certification, CertificationStatus, CertificationStatusChange
from ..selectors import (
    certifications_queue,
    certifications_visible_to,
    certifications_with_status_note,
    product_latest_certification,
    products_eligible,
    products_managed_by,
)
from ..services import (
    CertificationTransitionError,
    certification_reject,
    certification_revoke,
    certification_submit,
    certification_verify,
    transition_allowed,
)
from ..validators import document_type_of
from .access import user_is_certification_staff, user_is_producer
from .forms import BulkVerifyForm, CertificationSubmitForm, QueueFilterForm, ReasonForm, StandardApprovalFormSet

LOGIN_URL = reverse_lazy("dashboard:login")


# --- Access -------------------------------------------------------------------


class _DashboardAccessMixin(AccessMixin):
    """Anonymous visitors go to the dashboard log-in; signed-in users without the right get 403."""

    login_url = LOGIN_URL

    def has_access(self, user) -> bool:
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated or not self.has_access(request.user):
            return self.handle_no_permission()
        return super().dispatch(request, *args, **kwargs)


class StaffRequiredMixin(_DashboardAccessMixin):
    def has_access(self, user) -> bool:
        return user_is_certification_staff(user)


class ProducerRequiredMixin(_DashboardAccessMixin):
    def has_access(self, user) -> bool:
        return user_is_producer(user)

    def handle_no_permission(self):
        # The menu offers "My certifications" to staff too; those who act for no producer
        # are sent to the queue rather than shown a bare 403.
        if user_is_certification_staff(self.request.user):
            messages.info(self.request, _("You do not act for any producer; here is the verification queue."))
            return HttpResponseRedirect(reverse("certification-dashboard:queue"))
        return super().handle_no_permission()


class VisibleCertificationMixin(_DashboardAccessMixin):
    """A certification the user may see: any for staff, their own products' for producers, else 404."""

    def has_access(self, user) -> bool:
        return True  # signed in; which rows are visible decides the rest (404 for others' ids)

    def get_queryset(self) -> QuerySet[Certification]:
        return certifications_visible_to(self.request.user).select_related(
            "product__producer__province", "submitted_by", "verified_by"
        )

    def get_certification(self) -> Certification:
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])


def _category_label(product: Product) -> str:
    categories = list(product.categories.all())
    if not categories:
        return ""
    category = categories[0]
    return category_label(category.slug) if category.depth == 1 else category.name


def _safe_next(request, default: str) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def _add_errors(form, error: ValidationError) -> None:
    """Puts a service's validation error on the form: on the field it names if the form has it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _with_age(certifications, now: datetime.datetime | None = None):
    now = now or timezone.now()
    for certification in certifications:
        certification.age_days = (now - certification.submitted_at).days
        certification.category_label = _category_label(certification.product)
    return certifications


# --- Staff: the verification queue ---------------------------------------------


class QueueView(StaffRequiredMixin, ListView):
    """Certifications to verify, oldest first, with filters and bulk verify."""

    template_name = "certification/dashboard/queue.html"
    context_object_name = "certifications"
    paginate_by = 50

    def get_filter_form(self) -> QueueFilterForm:
        if not hasattr(self, "_filter_form"):
            self._filter_form = QueueFilterForm(self.request.GET)
        return self._filter_form

    def get_queryset(self) -> QuerySet[Certification]:
        form = self.get_filter_form()
        if not form.is_valid():
            return certifications_queue()
        data = form.cleaned_data
        return certifications_queue(
            status=data["status"], province=data["province"], category_slug=data["category"],
            waiting_days=int(data["age"]) if data["age"] else None, search=data["q"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        _with_age(context["certifications"])
        context["filter_form"] = self.get_filter_form()
        context["bulk_form"] = kwargs.get("bulk_form") or BulkVerifyForm()
        context["pending"] = CertificationStatus.PENDING
        context["query_string"] = self.request.GET.urlencode()
        context["total_pending"] = Certification.objects.filter(status=CertificationStatus.PENDING).count()
        return context

    def post(self, request, *args, **kwargs):
        """Bulk verify: each selected certification on its own, so one conflict doesn't undo the rest."""
        redirect_to = f"{request.path}?{request.GET.urlencode()}" if request.GET else request.path
        form = BulkVerifyForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return HttpResponseRedirect(redirect_to)
        verified, failures = 0, []
        for certification in form.cleaned_data["certifications"]:
            try:
                certification_verify(certification, by=request.user)
            except CertificationTransitionError as error:
                failures.append(error.message)
            else:
                verified += 1
        if verified:
            messages.success(
                request,
                ngettext("Verified %(count)d certification.", "Verified %(count)d certifications.", verified)
                % {"count": verified},
            )
        for failure in failures:
            messages.warning(request, failure)
        return HttpResponseRedirect(redirect_to)


# --- One certification: details, history and actions ----------------------------


class CertificationDetailView(VisibleCertificationMixin, DetailView):
    """Everything about one certification and its full history; staff act on it here."""

    template_name = "certification/dashboard/detail.html"
    context_object_name = "certification"

    def get_object(self, queryset=None) -> Certification:
        return self.get_certification()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certification = self.object
        is_staff = user_is_certification_staff(self.request.user)
        _with_age([certification])
        context.update(
            is_staff=is_staff,
            history=CertificationStatusChange.objects.filter(certification=certification)
            .select_related("changed_by").order_by("changed_at", "pk"),
            standards=certification.standards.all(),
            can_verify=is_staff and transition_allowed(certification.status, CertificationStatus.VERIFIED),
            can_reject=is_staff and transition_allowed(certification.status, CertificationStatus.REJECTED),
            can_revoke=is_staff and transition_allowed(certification.status, CertificationStatus.REVOKED),
            reject_form=kwargs.get("reject_form") or ReasonForm(prefix="reject"),
            revoke_form=kwargs.get("revoke_form") or ReasonForm(prefix="revoke"),
            back_url=reverse("certification-dashboard:queue" if is_staff else "certification-dashboard:mine"),
        )
        return context

    def post(self, request, *args, **kwargs):
        self.object = certification = self.get_certification()
        if not user_is_certification_staff(request.user):
            raise PermissionDenied
        action = request.POST.get("action")
        detail_url = reverse("certification-dashboard:detail", kwargs={"pk": certification.pk})
        queue_url = reverse("certification-dashboard:queue")
        try:
            if action == "verify":
                certification_verify(certification, by=request.user)
                messages.success(request, _("Certification %(number)s verified; the producer has been told.")
                                 % {"number": certification.certificate_no})
                return HttpResponseRedirect(_safe_next(request, queue_url))
            if action in ("reject", "revoke"):
                form = ReasonForm(request.POST, prefix=action)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(**{f"{action}_form": form}))
                if action == "reject":
                    certification_reject(certification, by=request.user, reason=form.cleaned_data["reason"])
                    messages.success(request, _("Certification %(number)s rejected; the producer has been told why.")
                                     % {"number": certification.certificate_no})
                    return HttpResponseRedirect(_safe_next(request, queue_url))
                certification_revoke(certification, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("Certification %(number)s revoked.")
                                 % {"number": certification.certificate_no})
                return HttpResponseRedirect(detail_url)
        except CertificationTransitionError as error:
            messages.error(request, error.message)
            return HttpResponseRedirect(detail_url)
        messages.error(request, _("Unknown action."))
        return HttpResponseRedirect(detail_url)


class CertificationDocumentView(VisibleCertificationMixin, View):
    """Downloads the supporting document as an attachment, for staff and the owning producer only."""

    def get(self, request, *args, **kwargs):
        certification = self.get_certification()
        if not certification.document:
            raise Http404(_("This certification has no document."))
        try:
            handle = certification.document.open("rb")
        except (FileNotFoundError, OSError) as error:
            raise Http404(_("The document file is missing.")) from error
        kind = document_type_of(handle)
        extension = kind.extension if kind else "bin"
        filename = get_valid_filename(f"certificate-{certification.certificate_no}.{extension}")
        response = FileResponse(
            handle, as_attachment=True, filename=filename,
            content_type=kind.content_type if kind else "application/octet-stream",
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response


# --- Producers: their own certifications ----------------------------------------


class MyCertificationsView(ProducerRequiredMixin, TemplateView):
    template_name = "certification/dashboard/mine.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        products = products_managed_by(user).select_related("producer").order_by("title")
        certifications = certifications_with_status_note(
            Certification.objects.filter(product__in=products)
            .select_related("product__producer")
            .prefetch_related("standards")
            .order_by("-submitted_at", "-pk")
        )
        eligible_ids = set(products_eligible(products).values_list("pk", flat=True))
        product_rows = [
            {"product": product, "is_eligible": product.pk in eligible_ids,
             "latest": product_latest_certification(product)}
            for product in products
        ]
        context.update(certifications=certifications, product_rows=product_rows)
        return context


class CertificationSubmitView(ProducerRequiredMixin, TemplateView):
    """Submit or renew a certification for one of the producer's own products."""

    template_name = "certification/dashboard/submit.html"

    def get_products(self) -> QuerySet[Product]:
        return products_managed_by(self.request.user).order_by("title")

    def _own_product(self, value) -> Product | None:
        """The product named in the request; 404 when it is not one of the user's own."""
        if value in (None, ""):
            return None
        try:
            pk = int(value)
        except (TypeError, ValueError) as error:
            raise Http404 from error
        return get_object_or_404(self.get_products(), pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", kwargs.get("form"))
        context.setdefault("formset", kwargs.get("formset"))
        return context

    def get(self, request, *args, **kwargs):
        product = self._own_product(request.GET.get("product"))
        initial, standards_initial = {}, []
        if product is not None:
            initial["product"] = product.pk
            latest = product_latest_certification(product)
            if latest is not None:
                initial["stars"] = latest.stars
                standards_initial = [
                    {"kind": s.kind, "number": s.number, "expires_on": s.expires_on} for s in latest.standards.all()
                ]
        form = CertificationSubmitForm(initial=initial, products=self.get_products())
        formset = StandardApprovalFormSet(initial=standards_initial or None, prefix="standards")
        return self.render_to_response(self.get_context_data(form=form, formset=formset, product=product))

    def post(self, request, *args, **kwargs):
        product = self._own_product(request.POST.get("product"))  # another producer's id: 404, not a form error
        form = CertificationSubmitForm(request.POST, request.FILES, products=self.get_products())
        formset = StandardApprovalFormSet(request.POST, prefix="standards")
        if form.is_valid() and formset.is_valid():
            try:
                certification = certification_submit(
                    form.cleaned_data["product"], form.certification_data(formset.standards()),
                    form.cleaned_data["document"], submitted_by=request.user,
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(
                    request,
                    _("Certification %(number)s for “%(product)s” was submitted; staff will check it.")
                    % {"number": certification.certificate_no, "product": certification.product.display_title},
                )
                return HttpResponseRedirect(reverse("certification-dashboard:mine"))
        return self.render_to_response(self.get_context_data(form=form, formset=formset, product=product))
