from django.db import models
from django.utils.translation import gettext_lazy as _


class PaymentMethod(models.TextChoices):
    """How a buyer pays; the value is Stripe's payment method type."""

    CARD = "card", _("Credit or debit card")
    PROMPTPAY = "promptpay", _("PromptPay QR")
