from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from oscar.apps.dashboard.orders.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.core.loading import get_class, get_model

from marketplace.date_fields import EraDateField
from marketplace.i18n import format_date

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

    Oscar offers the raw status values; ours are English keys (shop/order/statuses.py). Its date
    picker wrote Christian-era years on Thai pages: the dates are typed in the page's era.
    """

    date_from = EraDateField(required=False, label=_("Date from"))
    date_to = EraDateField(required=False, label=_("Date to"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", "---------")] + [
            (status, _(status)) for status in get_model("order", "Order").all_statuses()
        ]


class OrderStatsForm(OrderStatsForm):  # noqa: F405  (Oscar's, from the star import above)
    """Oscar's order statistics period, typed and said in the page's era (Oscar wrote "since 2027-03-28")."""

    date_from = EraDateField(required=False, label=pgettext_lazy("start date", "From"))
    date_to = EraDateField(required=False, label=pgettext_lazy("end date", "To"))

    def _determine_filter_metadata(self):
        super()._determine_filter_metadata()
        for name in ("date_from", "date_to"):
            value = self.cleaned_data.get(name) if not self.errors else None
            if value:
                self._description = str(self._description).replace(str(value), format_date(value))
