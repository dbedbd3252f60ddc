"""What the marketplace records about Stripe: webhook deliveries and refunds.

The payment itself is Oscar's ``payment.Source`` of the order (reference: the
PaymentIntent id; amounts debited and refunded), with Oscar's transactions
and payment events; these models add what Oscar has no place for.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class WebhookDelivery(models.Model):
    """One Stripe event, however often it was delivered: a second delivery is acknowledged and skipped."""

    event_id = models.CharField(_("event"), max_length=255, unique=True)
    event_type = models.CharField(_("type"), max_length=100)
    payment_intent_id = models.CharField(_("PaymentIntent"), max_length=255, blank=True, db_index=True)
    outcome = models.CharField(_("outcome"), max_length=40, blank=True)
    deliveries = models.PositiveIntegerField(_("deliveries"), default=1)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)

    class Meta:
        ordering = ("-received_at",)
        verbose_name = _("Stripe webhook delivery")
        verbose_name_plural = _("Stripe webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id}"


class RefundStatus(models.TextChoices):
    PENDING = "pending", _("Sending to Stripe")
    PROCESSING = "processing", _("Processing")
    SUCCEEDED = "succeeded", _("Refunded")
    FAILED = "failed", _("Failed")


#: Refunds that count against what may still be refunded.
ACTIVE_REFUND_STATUSES = (RefundStatus.PENDING, RefundStatus.PROCESSING, RefundStatus.SUCCEEDED)


class Refund(models.Model):
    """A refund asked for in the dashboard, split over order lines and producers' shipping."""

    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="refunds", verbose_name=_("order"))
    source = models.ForeignKey("payment.Source", on_delete=models.PROTECT, related_name="stripe_refunds")
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    status = models.CharField(_("status"), max_length=20, choices=RefundStatus.choices, default=RefundStatus.PENDING)
    stripe_refund_id = models.CharField(_("Stripe refund"), max_length=255, blank=True, db_index=True)
    reason = models.CharField(_("reason"), max_length=255, blank=True)
    error_message = models.TextField(_("error"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("created by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ("order", "pk")
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="refund_amount_positive"),
            # A Stripe refund is recorded once (ours, or one made in Stripe's Dashboard and synced).
            models.UniqueConstraint(fields=["stripe_refund_id"], condition=~Q(stripe_refund_id=""),
                                    name="refund_stripe_id_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.order.number} refund {self.pk}: {self.amount}"

    @property
    def idempotency_key(self) -> str:
        return f"otop-order-{self.order.number}-refund-{self.pk}"


class RefundItem(models.Model):
    """The part of a refund that comes off one order line, or off one producer's shipping charge."""

    refund = models.ForeignKey(Refund, on_delete=models.CASCADE, related_name="items")
    line = models.ForeignKey("order.Line", on_delete=models.PROTECT, null=True, blank=True, related_name="refund_items")
    shipment = models.ForeignKey("order.Shipment", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="refund_items")
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("refund item")
        verbose_name_plural = _("refund items")
        constraints = [
            models.CheckConstraint(
                condition=(Q(line__isnull=False, shipment__isnull=True) | Q(line__isnull=True, shipment__isnull=False)),
                name="refund_item_line_or_shipment",
            ),
            models.CheckConstraint(condition=Q(amount__gt=0), name="refund_item_amount_positive"),
        ]
