"""Refunds from the dashboard, full or partial, never more than was captured.

A refund is first written as *pending* while the order row is locked: the
cap check and the reservation happen in one transaction, so two staff members
refunding at once can't exceed what was captured. Only then is it sent to
Stripe, with an idempotency key derived from the order and the refund, so a
refund that could not be sent (Stripe unreachable) can be sent again safely.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from shop.order import statuses
from shop.order.models import Order

from marketplace.baht import format_baht

from . import stripe_gateway as gateway
from .models import Refund, RefundItem, RefundStatus
from .money import SATANG, to_minor_units
from .selectors import order_refundable_amount, order_refundable_items
from .services import order_stripe_source, payment_sync

logger = logging.getLogger(__name__)


class RefundRefused(Exception):
    """The refund can't be made; the message says why and may be shown to staff."""


@dataclass(frozen=True)
class RefundRequestItem:
    key: str  # a RefundableItem key: "line-<pk>" or "shipment-<pk>"
    amount: Decimal


def refund_request_full(order) -> list[RefundRequestItem]:
    """Everything still refundable of the order."""
    return [RefundRequestItem(item.key, item.remaining) for item in order_refundable_items(order) if item.remaining > 0]


def refund_create(order, items: list[RefundRequestItem], *, user=None, reason: str = "") -> Refund:
    """Reserves and sends a refund of the given amounts per line / shipping charge."""
    items = [item for item in items if item.amount]
    if not items:
        raise RefundRefused(_("Enter an amount to refund."))
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        source = order_stripe_source(order)
        if source is None or order.status not in (statuses.PAID, statuses.PARTLY_REFUNDED):
            raise RefundRefused(_("Only paid orders can be refunded."))
        source = type(source).objects.select_for_update().get(pk=source.pk)
        refundable = {item.key: item for item in order_refundable_items(order)}
        total = Decimal("0.00")
        for requested in items:
            item = refundable.get(requested.key)
            if item is None:
                raise RefundRefused(_("That is not part of this order."))
            if requested.amount < 0 or requested.amount != requested.amount.quantize(SATANG):
                raise RefundRefused(_("Amounts are in baht with at most two decimals."))
            if requested.amount > item.remaining:
                raise RefundRefused(_("At most %(amount)s of “%(item)s” can still be refunded.")
                                    % {"amount": format_baht(item.remaining), "item": item.label})
            total += requested.amount
        cap = order_refundable_amount(order, source)
        if total > cap:
            raise RefundRefused(_("At most %(amount)s of this order can still be refunded.") % {"amount": format_baht(cap)})
        refund = Refund.objects.create(order=order, source=source, amount=total, created_by=user,
                                       reason=reason[:255], status=RefundStatus.PENDING)
        RefundItem.objects.bulk_create([
            RefundItem(refund=refund, amount=requested.amount,
                       line_id=refundable[requested.key].line_id, shipment_id=refundable[requested.key].shipment_id)
            for requested in items
        ])
    return refund_send(refund)


def refund_send(refund: Refund) -> Refund:
    """Sends a pending refund to Stripe (again, if it could not be sent before)."""
    if refund.status != RefundStatus.PENDING:
        return refund
    try:
        result = gateway.refund_create(payment_intent_id=refund.source.reference, amount=to_minor_units(refund.amount),
                                       idempotency_key=refund.idempotency_key, reference=f"refund-{refund.pk}")
    except gateway.GatewayError as exc:
        refund.error_message = str(exc)[:2000]
        if exc.retryable:
            refund.save(update_fields=["error_message", "updated_at"])
            raise RefundRefused(_("Stripe could not be reached. The refund is kept and can be sent again.")) from exc
        refund.status = RefundStatus.FAILED
        refund.save(update_fields=["status", "error_message", "updated_at"])
        logger.error("Order #%s: refund %s refused by Stripe: %s", refund.order.number, refund.pk, exc)
        raise RefundRefused(_("Stripe refused the refund: %(error)s") % {"error": exc}) from exc
    refund.stripe_refund_id = result.id
    if result.status == "succeeded":
        refund.status = RefundStatus.SUCCEEDED
    elif result.status in ("failed", "canceled"):
        refund.status = RefundStatus.FAILED
    else:
        refund.status = RefundStatus.PROCESSING
    refund.save(update_fields=["stripe_refund_id", "status", "updated_at"])
    payment_sync(refund.source.reference)
    return refund
