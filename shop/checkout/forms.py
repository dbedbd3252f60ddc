from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.checkout.forms import GatewayForm as OscarGatewayForm
from oscar.apps.checkout.forms import ShippingAddressForm as OscarShippingAddressForm
from oscar.core.loading import get_class

from marketplace.payments.methods import PaymentMethod

ThaiAddressFormMixin = get_class("address.forms", "ThaiAddressFormMixin")


class ShippingAddressForm(ThaiAddressFormMixin, OscarShippingAddressForm):
    """The delivery address: a Thai address with a Thai phone number."""


class GatewayForm(OscarGatewayForm):
    """Oscar's sign-in-or-guest form, with the e-mail no longer than the order's column (254) holds."""

    username = forms.EmailField(label=_("My email address is"), max_length=254)

    def clean(self):
        """Guests and new customers go on whatever the address: saying "a user with that e-mail
        address already exists" would tell anyone which addresses have accounts (registration
        answers by e-mail, marketplace/accounts/registration.py)."""
        if self.is_guest_checkout() or self.is_new_account_checkout():
            self.errors.pop("password", None)
            return self.cleaned_data
        return super().clean()


class PaymentMethodForm(forms.Form):
    """PromptPay or card."""

    method = forms.ChoiceField(label=_("How would you like to pay?"), widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = [(m.value, m.label) for m in available_payment_methods()]
        self.fields["method"].initial = PaymentMethod.CARD


def available_payment_methods() -> list[PaymentMethod]:
    """PromptPay first (Thais' everyday payment), then card; the local Stripe server offers both too."""
    return [PaymentMethod.PROMPTPAY, PaymentMethod.CARD]
