from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.core.loading import get_class

Carrier = get_class("order.models", "Carrier")


class ShipmentForm(forms.Form):
    """A producer's parcel leaving: who carries it and its tracking number."""

    carrier = forms.ChoiceField(label=_("Carrier"), choices=Carrier.choices)
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=64)

    def clean_tracking_number(self):
        value = "".join(self.cleaned_data["tracking_number"].split()).upper()
        if not value.isascii() or not value.replace("-", "").isalnum():
            raise forms.ValidationError(_("A tracking number has only letters, digits and dashes."))
        return value
