from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.core.loading import get_class, get_model

Carrier = get_class("order.models", "Carrier")


class ShipmentForm(forms.Form):
    """A producer's parcel leaving: who carries it and its tracking number."""

    # No carrier is picked in advance unless the buyer paid for one (the view's initial value).
    carrier = forms.ChoiceField(label=_("Carrier"), choices=[("", _("Choose the carrier")), *Carrier.choices],
                                widget=forms.Select(attrs={"class": "form-control"}))
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=64)

    def clean_tracking_number(self):
        value = "".join(self.cleaned_data["tracking_number"].split()).upper()
        if not value.isascii() or not value.replace("-", "").isalnum():
            raise forms.ValidationError(_("A tracking number has only letters, digits and dashes."))
        return value


class OrderSearchForm(OrderSearchForm):  # noqa: F405  (Oscar's, from the star import above)
    """Oscar's order search, with the status filter's options in the reader's language.

    Oscar offers the raw status values; ours are English keys (shop/order/statuses.py).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", "---------")] + [
            (status, _(status)) for status in get_model("order", "Order").all_statuses()
        ]
