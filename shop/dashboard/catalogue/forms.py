"""The dashboard's product forms: whose product it is, its English texts and weight, and the
picture form with the marketplace's upload rules (``marketplace/uploads``)."""

from django import forms
from django.forms import inlineformset_factory
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

from marketplace.baht_field import BahtAmountField
from marketplace.date_fields import EraDateField, EraDateTimeField
from marketplace.listings.slugs import product_slug
from marketplace.producers.models import Producer
from marketplace.producers.selectors import producers_managed_by
from marketplace.uploads.services import image_without_metadata
from marketplace.uploads.validators import validate_image_upload

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")


class ProductImageForm(OscarProductImageForm):
    def clean_original(self):
        original = self.cleaned_data.get("original")
        if not original or "original" not in self.changed_data:
            return original
        kind = validate_image_upload(original)
        # Stored (and served from /media/) without EXIF: phone photos carry the workshop's GPS position.
        return image_without_metadata(original, kind)


_BaseProductImageFormSet = inlineformset_factory(Product, ProductImage, form=ProductImageForm, extra=2)


class ProductImageFormSet(_BaseProductImageFormSet):
    def __init__(self, product_class, user, *args, **kwargs):  # Oscar's formset signature
        super().__init__(*args, **kwargs)


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
