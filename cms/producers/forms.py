from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.geography.forms import ProvinceChoiceField
from marketplace.producers.models import Producer, ProducerType
from marketplace.producers.services import ProducerData


class OnboardingForm(forms.Form):
    """A CDD officer sets up a producer's account and storefront: an existing producer or a new one."""

    existing_producer = forms.ModelChoiceField(
        label=_("Producer already in the register"),
        queryset=Producer.objects.none(),
        required=False,
        help_text=_("Producers without a storefront yet. Leave empty to register a new producer below."),
    )
    email = forms.EmailField(label=_("The producer's e-mail"),
                             help_text=_("Their log-in. They choose a password when you hand the storefront over."))
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=200, required=False)
    name_en = forms.CharField(label=_("Name (English)"), max_length=200, required=False)
    producer_type = forms.ChoiceField(label=_("Producer type"), choices=[("", "—")] + list(ProducerType.choices),
                                      required=False)
    province = ProvinceChoiceField(label=_("Province"), required=False)
    district_th = forms.CharField(label=_("District (Thai)"), max_length=100, required=False)
    district_en = forms.CharField(label=_("District (English)"), max_length=100, required=False)
    subdistrict_th = forms.CharField(label=_("Subdistrict (Thai)"), max_length=100, required=False)
    subdistrict_en = forms.CharField(label=_("Subdistrict (English)"), max_length=100, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    story_th = forms.CharField(label=_("Story (Thai)"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    story_en = forms.CharField(label=_("Story (English)"), widget=forms.Textarea(attrs={"rows": 4}), required=False)

    NEW_PRODUCER_REQUIRED = ("name_th", "producer_type", "province")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["existing_producer"].queryset = (
            Producer.objects.filter(storefront_page__isnull=True, is_active=True).select_related("province")
            .order_by("name_th")
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("existing_producer") is None:
            for name in self.NEW_PRODUCER_REQUIRED:
                if not cleaned.get(name):
                    self.add_error(name, _("Needed for a new producer (or pick one already in the register)."))
        return cleaned

    def producer_data(self) -> ProducerData | None:
        data = self.cleaned_data
        if data.get("existing_producer") is not None:
            return None
        return ProducerData(
            name_th=data["name_th"].strip(), name_en=data["name_en"].strip(), producer_type=data["producer_type"],
            province=data["province"], district_th=data["district_th"], district_en=data["district_en"],
            subdistrict_th=data["subdistrict_th"], subdistrict_en=data["subdistrict_en"],
            story_th=data["story_th"], story_en=data["story_en"], phone=data["phone"],
        )
