from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.date_fields import EraDateField
from shop.partner.models import Partner

from ..models import TransferMethod


class PayoutFilterForm(forms.Form):
    date_from = EraDateField(label=_("Paid from"), required=False)
    date_to = EraDateField(label=_("Paid until"), required=False)
    partner = forms.ModelChoiceField(label=_("Producer"), required=False, queryset=Partner.objects.order_by("name"),
                                     empty_label=_("All producers"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            raise forms.ValidationError(_("The start date is after the end date."))
        return cleaned


class PeriodForm(forms.Form):
    """A period of payment dates; both ends required."""

    date_from = EraDateField(label=_("From"))
    date_to = EraDateField(label=_("Until"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            raise forms.ValidationError(_("The start date is after the end date."))
        return cleaned


class PayoutRecordForm(forms.Form):
    method = forms.ChoiceField(label=_("Sent by"), choices=TransferMethod.choices, widget=forms.RadioSelect)
    account = forms.CharField(label=_("Account"), max_length=100,
                              help_text=_("Bank, account number and name, or the PromptPay ID."))
    reference = forms.CharField(label=_("Transfer reference"), max_length=100,
                                help_text=_("The bank's reference for the transfer."))
    paid_on = EraDateField(label=_("Paid on"))
