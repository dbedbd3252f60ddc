"""Refunds made in Stripe's own Dashboard, recorded like ours so that the producers' ledger stays right.

Stripe tells us about them only through the charge's total refunded (the
``charge.refunded`` / ``refund.*`` webhooks end in ``services.payment_apply``).
The ledger counts refunds per order line and per producer's shipping charge
(``RefundItem``), so each such refund becomes a ``Refund`` of ours, keyed by
its Stripe id (recorded once, however often the webhook comes), split over
what was still refundable of each line and shipping charge: in proportion to
it, with leftover satang going to the largest fractional shares first, then
to the earlier line, so the same refund always splits the same way.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext

from . import stripe_gateway as gateway
from .models import ACTIVE_REFUND_STATUSES, Refund, RefundItem, RefundStatus
from .money import from_minor_units, to_minor_units
from .selectors import RefundableItem, order_refundable_items

logger = logging.getLogger(__name__)

#: Stripe refund statuses that still (or already) take money back from the charge.
_STATUS_FROM_STRIPE = {
    "succeeded": RefundStatus.SUCCEEDED,
    "pending": RefundStatus.PROCESSING,
    "requires_action": RefundStatus.PROCESSING,  # PromptPay: Stripe asks the buyer where to send the money
}


@dataclass(frozen=True)
class RefundShare:
    item: RefundableItem
    amount: Decimal


def refund_split(amount: Decimal, items: list[RefundableItem]) -> list[RefundShare]:
    """``amount`` split over ``items`` in proportion to what is left to refund of each, to the satang.

    Never more than is left of an item; what can't be placed (more than is
    left of the whole order) is left out, and the caller told by the sum.
    """
    weights = [(item, to_minor_units(item.remaining)) for item in items if item.remaining > 0]
    total = sum(weight for _, weight in weights)
    wanted = to_minor_units(amount)
    if total <= 0 or wanted <= 0:
        return []
    if wanted >= total:
        return [RefundShare(item, from_minor_units(weight)) for item, weight in weights]
    shares = [wanted * weight // total for _, weight in weights]
    leftover = wanted - sum(shares)
    # Largest remainder first; among equals, the item listed first (lines in order, then shipping).
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(wanted * weights[i][1] % total), i))
    for i in by_remainder[:leftover]:
        shares[i] += 1
    return [RefundShare(item, from_minor_units(share)) for (item, _), share in zip(weights, shares) if share > 0]


def refunds_outside_fetch(order_id: int, intent: gateway.PaymentIntent) -> list[gateway.Refund]:
    """Stripe's list of the PaymentIntent's refunds, asked only when its refunded total is more than ours.

    Called before the order row is locked: no lock is held while Stripe answers.
    """
    known = (Refund.objects.filter(order_id=order_id, status__in=ACTIVE_REFUND_STATUSES)
             .exclude(stripe_refund_id="").aggregate(total=Sum("amount"))["total"]) or Decimal("0.00")
    if intent.amount_refunded <= to_minor_units(known):
        return []  # all of Stripe's refunded total is ours: no need to ask Stripe for the list
    return gateway.refund_list(intent.id)


def refunds_record_outside(order, source, stripe_refunds: list[gateway.Refund]) -> list[Refund]:
    """Records the refunds in ``stripe_refunds`` that were not made here. The caller holds the order row locked."""
    ours = Refund.objects.filter(order=order)
    known_ids = set(ours.exclude(stripe_refund_id="").values_list("stripe_refund_id", flat=True))
    our_references = {f"refund-{pk}" for pk in ours.values_list("pk", flat=True)}
    recorded = []
    for stripe_refund in stripe_refunds:
        status = _STATUS_FROM_STRIPE.get(stripe_refund.status)
        if status is None or stripe_refund.id in known_ids or stripe_refund.reference in our_references:
            continue
        recorded.append(_refund_record(order, source, stripe_refund, status))
    return recorded


def _refund_record(order, source, stripe_refund: gateway.Refund, status: str) -> Refund:
    amount = from_minor_units(stripe_refund.amount)
    shares = refund_split(amount, order_refundable_items(order))
    placed = sum((share.amount for share in shares), Decimal("0.00"))
    if placed != amount:
        logger.error("Order #%s: Stripe refund %s of %s is more than is left to refund (%s); the rest is not "
                     "in the ledger", order.number, stripe_refund.id, amount, placed)
    refund = Refund.objects.create(
        order=order, source=source, amount=amount, status=status, stripe_refund_id=stripe_refund.id,
        reason=gettext("Refunded in Stripe's Dashboard")[:255],
    )
    RefundItem.objects.bulk_create([
        RefundItem(refund=refund, amount=share.amount, line_id=share.item.line_id, shipment_id=share.item.shipment_id)
        for share in shares
    ])
    logger.info("Order #%s: recorded Stripe refund %s of %s made outside the marketplace", order.number,
                stripe_refund.id, amount)
    return refund
