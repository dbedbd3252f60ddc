from django import forms
from django.utils.translation import gettext_lazy as _

from shop.partner.models import Partner


class PayoutFilterForm(forms.Form):
    date_from = forms.DateField(label=_("Paid from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Paid until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    partner = forms.ModelChoiceField(label=_("Producer"), required=False, queryset=Partner.objects.order_by("name"),
                                     empty_label=_("All producers"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            raise forms.ValidationError(_("The start date is after the end date."))
        return cleaned
