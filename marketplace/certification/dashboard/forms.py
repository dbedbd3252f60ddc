import datetime

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from shop.catalogue.models import Product

from marketplace.date_fields import EraDateField
from marketplace.geography.forms import ProvinceChoiceField
from marketplace.i18n import BUDDHIST_ERA_OFFSET
from marketplace.storefront.categories import OTOP_CATEGORIES

from ..models import Certification, CertificationStatus, StandardKind
from ..services import MAX_STANDARDS, CertificationData, StandardData
from ..validators import DOCUMENT_MAX_BYTES, validate_certificate_document

AGE_CHOICES = [
    ("", _("Any age")),
    ("7", _("Waiting more than 7 days")),
    ("30", _("Waiting more than 30 days")),
]


class QueueFilterForm(forms.Form):
    """The queue's filters; an absent status means pending, an empty one means every status."""

    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *CertificationStatus.choices]
    )
    province = ProvinceChoiceField(label=_("Province"), required=False, empty_label=_("All provinces"))
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("All categories")), *OTOP_CATEGORIES.items()]
    )
    age = forms.ChoiceField(label=_("Age"), required=False, choices=AGE_CHOICES)
    q = forms.CharField(
        label=_("Search"), required=False, max_length=100,
        widget=forms.TextInput(attrs={"placeholder": _("Certificate number or product")}),
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and "status" not in data:
            data = data.copy()
            data["status"] = CertificationStatus.PENDING
        super().__init__(data, *args, **kwargs)


class ReasonForm(forms.Form):
    """Why a certification is rejected or revoked; the producer reads it."""

    reason = forms.CharField(
        label=_("Reason"), max_length=2000, strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent to the producer, so write it for them."),
        error_messages={"required": _("Give a reason: the producer is told it.")},
    )


class BulkVerifyForm(forms.Form):
    certifications = forms.ModelMultipleChoiceField(
        queryset=Certification.objects.filter(status=CertificationStatus.PENDING),
        error_messages={
            "required": _("Select at least one certification."),
            "invalid_choice": _("Certification %(value)s is no longer pending."),
        },
    )


class ProductChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Product) -> str:
        return f"{obj.display_title} ({obj.upc})" if obj.upc else obj.display_title


class CertificationSubmitForm(forms.Form):
    """A producer's submission or renewal of a star certification for one of their products."""

    product = ProductChoiceField(label=_("Product"), queryset=Product.objects.none())
    stars = forms.TypedChoiceField(
        label=_("Stars"), coerce=int, choices=[(n, str(n)) for n in range(5, 0, -1)],
    )
    certificate_no = forms.CharField(label=_("Certificate number"), max_length=64)
    selection_year = forms.IntegerField(
        label=_("Selection year"), min_value=2001, max_value=2200 + BUDDHIST_ERA_OFFSET,
        help_text=_("As on the certificate: Christian era (e.g. 2024) or Buddhist era (e.g. 2567)."),
    )
    expires_on = EraDateField(label=_("Expires on"))
    document = forms.FileField(
        label=_("Certificate document"), validators=[validate_certificate_document],
        help_text=format_lazy(
            _("A scan or photo of the certificate: PDF, JPEG, PNG or WebP, up to {size} MB."),
            size=DOCUMENT_MAX_BYTES // (1024 * 1024),
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png,image/webp"}),
    )

    def __init__(self, *args, products: QuerySet[Product], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = products

    def clean_selection_year(self) -> int:
        year = self.cleaned_data["selection_year"]
        if year > 2400:  # a Buddhist-era year, as printed on Thai certificates
            year -= BUDDHIST_ERA_OFFSET
        if year > timezone.localdate().year:
            raise forms.ValidationError(_("The selection year cannot be in the future."))
        if year < 2001:
            raise forms.ValidationError(_("OTOP selections began in 2001 (B.E. 2544)."))
        return year

    def clean_expires_on(self) -> datetime.date:
        expires_on = self.cleaned_data["expires_on"]
        if expires_on < timezone.localdate():
            raise forms.ValidationError(_("This certificate has already expired."))
        return expires_on

    def certification_data(self, standards: tuple[StandardData, ...]) -> CertificationData:
        data = self.cleaned_data
        return CertificationData(
            stars=data["stars"], certificate_no=data["certificate_no"].strip(),
            selection_year=data["selection_year"], expires_on=data["expires_on"], standards=standards,
        )


class StandardApprovalForm(forms.Form):
    kind = forms.ChoiceField(label=_("Standard"), required=False, choices=[("", "---------"), *StandardKind.choices])
    number = forms.CharField(label=_("Approval number"), required=False, max_length=64)
    expires_on = EraDateField(label=_("Expires on"), required=False)

    def clean(self):
        cleaned = super().clean()
        kind, number = cleaned.get("kind"), (cleaned.get("number") or "").strip()
        if kind and not number:
            self.add_error("number", _("Give the approval number."))
        if number and not kind:
            self.add_error("kind", _("Choose the standard."))
        cleaned["number"] = number
        return cleaned

    @property
    def is_filled(self) -> bool:
        return bool(getattr(self, "cleaned_data", None) and self.cleaned_data.get("kind"))


class BaseStandardApprovalFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        filled = [form for form in self.forms if form.is_filled]
        if not filled:
            raise forms.ValidationError(
                _("Give at least one standards approval (อย., มผช., มอก. or Halal): a star rating requires one.")
            )
        kinds = [form.cleaned_data["kind"] for form in filled]
        if len(set(kinds)) != len(kinds):
            raise forms.ValidationError(_("Give each kind of standards approval only once."))

    def standards(self) -> tuple[StandardData, ...]:
        return tuple(
            StandardData(kind=form.cleaned_data["kind"], number=form.cleaned_data["number"],
                         expires_on=form.cleaned_data.get("expires_on"))
            for form in self.forms
            if form.is_filled
        )


StandardApprovalFormSet = forms.formset_factory(
    StandardApprovalForm, formset=BaseStandardApprovalFormSet,
    extra=MAX_STANDARDS, max_num=MAX_STANDARDS, validate_max=True, absolute_max=MAX_STANDARDS,
)
