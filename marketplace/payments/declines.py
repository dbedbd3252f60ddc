"""What a buyer is told when their payment is declined, in their own language.

Stripe's own texts (``error.message``) are English; we show ours, chosen by
Stripe's ``code`` and ``decline_code`` (https://docs.stripe.com/declines/codes),
and keep Stripe's text for the log. Every decline says what to do next: the
order is still waiting, so the buyer can pay it with another card.
"""

from django.utils.translation import gettext as _


def decline_message(code: str = "", decline_code: str = "") -> str:
    reason = decline_code or code
    if reason == "insufficient_funds":
        return _("Your card has insufficient funds. Please try another card.")
    if reason in ("expired_card", "invalid_expiry_month", "invalid_expiry_year"):
        return _("Your card has expired, or its expiry date is wrong. Please check it or try another card.")
    if reason in ("incorrect_cvc", "invalid_cvc"):
        return _("The card's security code (CVC) is wrong. Please check it and try again.")
    if reason in ("incorrect_number", "invalid_number"):
        return _("The card number is wrong. Please check it and try again.")
    if reason in ("authentication_required", "payment_intent_authentication_failure"):
        return _("Your bank could not confirm this payment. Please try again or try another card.")
    if reason == "processing_error":
        return _("The card could not be charged just now. Please try again in a moment.")
    return _("Your card was declined. Please try another card or contact the bank that issued it.")
