"""The dashboard's product forms: whose product it is, its English texts and weight, and the
picture form with the marketplace's upload rules (``marketplace/uploads``)."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.forms import inlineformset_factory
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue.forms import (
    ProductForm as OscarProductForm,
)
from oscar.apps.dashboard.catalogue.forms import (
    ProductImageForm as OscarProductImageForm,
)
from oscar.apps.dashboard.catalogue.forms import (
    StockRecordForm as OscarStockRecordForm,
)
from oscar.apps.dashboard.catalogue.formsets import (
    StockRecordFormSet as OscarStockRecordFormSet,
)
from oscar.core.loading import get_model
from oscar.forms.widgets import ImageInput

from marketplace.baht_field import BahtAmountField
from marketplace.date_fields import EraDateField, EraDateTimeField
from marketplace.listings.slugs import product_slug
from marketplace.producers.models import Producer
from marketplace.producers.selectors import producers_managed_by
from marketplace.uploads.pending import pending_upload_as_file, pending_upload_keep, pending_upload_of
from marketplace.uploads.services import image_without_metadata
from marketplace.uploads.validators import validate_image_upload

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")


# Pictures kept between tries of the product form (marketplace/uploads/pending.py) are for this form only.
KEPT_PICTURE_PURPOSE = "dashboard-product-image"


class KeptImageInput(ImageInput):
    """Oscar's picture box, which can also show the picture kept from the last try (clicking it replaces it)."""

    kept_url = ""

    def get_context(self, name, value, attrs):
        return {**super().get_context(name, value, attrs), "kept_url": self.kept_url}


class ProductImageForm(OscarProductImageForm):
    """Oscar's picture form with the upload rules, keeping a chosen picture when the page is refused.

    ``kept_upload`` carries the token of a picture kept from the last try; it counts only for the
    user who chose it (another user's token, or an expired one, is ignored). A new file replaces it.
    """

    kept_upload = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta(OscarProductImageForm.Meta):
        widgets = {**OscarProductImageForm.Meta.widgets, "original": KeptImageInput()}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.kept = None
        original = self.add_prefix("original")
        token_name = self.add_prefix("kept_upload")
        if not self.is_bound or not self.data.get(token_name):
            return
        if not self.files.get(original):
            self.kept = pending_upload_of(user, KEPT_PICTURE_PURPOSE, self.data[token_name])
        if self.kept is None:
            # Replaced by a new file, or not this user's (or expired): the token counts for nothing,
            # and a form holding nothing else stays an empty extra form.
            self.data = self.data.copy()
            self.data[token_name] = ""
        else:
            self.files = self.files.copy()
            self.files[original] = pending_upload_as_file(self.kept)
            self._show_kept()

    def _show_kept(self) -> None:
        self.fields["original"].widget.kept_url = reverse(
            "dashboard:catalogue-kept-picture", kwargs={"token": self.kept.token})

    def clean_original(self):
        original = self.cleaned_data.get("original")
        if not original or "original" not in self.changed_data:
            return original
        kind = validate_image_upload(original)
        if self.kept is not None:
            return original  # stored without its metadata when it was kept
        # Stored (and served from /media/) without EXIF: phone photos carry the workshop's GPS position.
        return image_without_metadata(original, kind)

    def keep_chosen_picture(self) -> None:
        """The rest of the page was refused: keep a new picture that passed the rules for the next try."""
        # Oscar does not check the formsets when the product's own form is refused: this checks the picture.
        if self.kept is not None or self.user is None or not self.is_bound or "original" in self.errors:
            return
        original = self.cleaned_data.get("original")
        if self.cleaned_data.get("DELETE") or not isinstance(original, UploadedFile):
            return
        self.kept = pending_upload_keep(self.user, KEPT_PICTURE_PURPOSE, original)
        self.data = self.data.copy()
        self.data[self.add_prefix("kept_upload")] = self.kept.token
        self._show_kept()

    def save(self, commit=True):
        image = super().save(commit)
        if commit and self.kept is not None:
            self.kept.delete()
        return image


_BaseProductImageFormSet = inlineformset_factory(Product, ProductImage, form=ProductImageForm, extra=2)


class ProductImageFormSet(_BaseProductImageFormSet):
    def __init__(self, product_class, user, *args, **kwargs):  # Oscar's formset signature
        super().__init__(*args, form_kwargs={"user": user}, **kwargs)


class StockRecordForm(OscarStockRecordForm):
    # Typed as people write prices (2,450 or ฿2,450.50), never 0 or less: Oscar's field took -1, and a
    # negative line takes money off the rest of a shopper's basket, other producers' goods included.
    price = BahtAmountField(
        label=_("Price"), required=False,
        error_messages={"positive": _("Enter a price in baht greater than 0.")},
    )


class StockRecordFormSet(OscarStockRecordFormSet):
    form = StockRecordForm

    def set_initial_data(self):
        # Oscar preselects the producer's partner in the first form, taking for granted that there is
        # one: a post without the formset's management fields has none (an empty or cut-off body was
        # a server error). The formset then says that its data is missing, as Django's formsets do.
        if self.forms:
            super().set_initial_data()


class ProductForm(OscarProductForm):
    """Oscar's product form, plus the producer the product belongs to.

    A producer may only choose among the producers they act for (usually just one, preselected);
    staff choose any. A product without a producer could never be certified or sold.
    """

    producer = forms.ModelChoiceField(queryset=Producer.objects.none(), label=_("producer"))

    class Meta(OscarProductForm.Meta):
        fields = ["producer", *OscarProductForm.Meta.fields[:1], "title_en",
                  *OscarProductForm.Meta.fields[1:3], "description_en", "weight_grams",
                  *OscarProductForm.Meta.fields[3:]]

    # A product type's date and date-time attributes (none today; staff may add one) in the page's era, as every
    # date of ours: Oscar's were the browser's date input and its C.E. picker.
    FIELD_FACTORIES = {
        **OscarProductForm.FIELD_FACTORIES,
        "date": lambda attribute: EraDateField(label=attribute.name, required=attribute.required),
        "datetime": lambda attribute: EraDateTimeField(label=attribute.name, required=attribute.required),
    }

    def __init__(self, product_class, *args, user=None, **kwargs):
        super().__init__(product_class, *args, **kwargs)
        if "producer" not in self.fields:  # variants take their parent's producer
            return
        field = self.fields["producer"]
        if user is not None and user.is_staff:
            field.queryset = Producer.objects.order_by("name_th")
        else:
            field.queryset = producers_managed_by(user).order_by("name_th") if user else Producer.objects.none()
            if self.instance.pk is None and len(field.queryset) == 1:
                field.initial = field.queryset[0]

    def clean(self):
        cleaned = super().clean()
        if "slug" in self.fields and not cleaned.get("slug") and cleaned.get("title"):
            cleaned["slug"] = product_slug(cleaned["title"], cleaned.get("title_en", ""))
        return cleaned

    def delete_non_child_fields(self):
        super().delete_non_child_fields()
        for name in ("producer", "description_en"):
            self.fields.pop(name, None)
