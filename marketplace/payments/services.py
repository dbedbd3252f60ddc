"""Taking payment for an order with Stripe, and keeping the order in step with the PaymentIntent.

The checkout opens a PaymentIntent for the server-computed order total
(``payment_intent_open``) before the order is written; the buyer pays on the
pay page once it is written. From then on every trigger (the webhook, the
buyer returning from 3-D Secure, the card confirmation, the expiry job) ends
in ``payment_sync``: re-fetch the PaymentIntent from Stripe and let the
order's ``EventHandler`` make the allowed moves. Nothing is ever taken from
the webhook's payload but the PaymentIntent's id.
"""

import datetime
import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.apps.payment.models import Source, SourceType

from shop.order import statuses
from shop.order.models import Order
from shop.order.processing import EventHandler

from . import stripe_gateway as gateway
from .declines import decline_message
from .methods import PaymentMethod
from .models import Refund, RefundStatus
from .money import CURRENCY, from_minor_units, to_minor_units
from .outside_refunds import refunds_outside_fetch, refunds_record_outside

logger = logging.getLogger(__name__)

SOURCE_TYPE_CODES = {PaymentMethod.CARD: "stripe-card", PaymentMethod.PROMPTPAY: "stripe-promptpay"}
SOURCE_TYPE_NAMES = {PaymentMethod.CARD: "Stripe card", PaymentMethod.PROMPTPAY: "Stripe PromptPay"}


class PaymentNotPossible(Exception):
    """The buyer can't pay this order now; the message may be shown."""


class SyncOutcome(str, Enum):
    UNKNOWN = "unknown-payment-intent"  # not one of ours: acknowledged and ignored
    MISMATCH = "order-mismatch"  # the PaymentIntent says another order or amount: left for a human
    UNCHANGED = "unchanged"
    CHANGED = "changed"


@dataclass(frozen=True)
class CardConfirmation:
    status: str  # "succeeded", "processing", "requires_action", "declined"
    client_secret: str = ""
    message: str = ""


def _key(order_number: str, action: str) -> str:
    """Idempotency keys are derived from the order number, so a retried request can't pay twice."""
    return f"otop-order-{order_number}-{action}"


def stripe_source_type(method: str) -> SourceType:
    method = PaymentMethod(method)
    source_type, _created = SourceType.objects.get_or_create(
        code=SOURCE_TYPE_CODES[method], defaults={"name": SOURCE_TYPE_NAMES[method]}
    )
    return source_type


def order_stripe_source(order) -> Source | None:
    return order.sources.filter(source_type__code__in=SOURCE_TYPE_CODES.values()).order_by("pk").first()


# --- Checkout -------------------------------------------------------------------------------


def payment_intent_open(order_number: str, total: Decimal, currency: str, method: str) -> gateway.PaymentIntent:
    """The order's PaymentIntent for ``total`` (the server's own total, never one sent by the browser)."""
    if currency != CURRENCY:
        raise PaymentNotPossible(_("Payments are taken in Thai baht only."))
    method = PaymentMethod(method)
    return gateway.payment_intent_create(
        amount=to_minor_units(total), currency=currency, method=method.value, order_number=order_number,
        idempotency_key=_key(order_number, "create"),
    )


def payment_source_unsaved(intent: gateway.PaymentIntent, method: str, total: Decimal, currency: str) -> Source:
    """Oscar's payment source for the order, saved together with the order."""
    return Source(source_type=stripe_source_type(method), currency=currency, amount_allocated=total,
                  reference=intent.id, label=PaymentMethod(method).value)


def payment_intent_abandon(payment_intent_id: str, order_number: str) -> None:
    """The order could not be placed: the PaymentIntent (never confirmed) is cancelled."""
    try:
        gateway.payment_intent_cancel(payment_intent_id, idempotency_key=_key(order_number, "cancel"))
    except gateway.GatewayError:
        logger.warning("Order #%s: could not cancel PaymentIntent %s", order_number, payment_intent_id, exc_info=True)


def payment_card_confirm(order, payment_method_id: str) -> CardConfirmation:
    """Charges the card the buyer entered on the pay page, then brings the order up to date."""
    source = order_stripe_source(order)
    if source is None or order.status != statuses.PENDING:
        raise PaymentNotPossible(_("This order is not waiting for a payment."))
    if source.label != PaymentMethod.CARD:
        raise PaymentNotPossible(_("This order is paid with PromptPay."))
    if not payment_method_id or len(payment_method_id) > 255:
        raise PaymentNotPossible(_("Please enter your card details."))
    try:
        intent = gateway.payment_intent_confirm_card(
            source.reference, payment_method_id=payment_method_id,
            idempotency_key=_key(order.number, f"confirm-{payment_method_id}"),
        )
    except gateway.PaymentDeclined as exc:
        logger.info("Order #%s: card declined: %s", order.number, exc)
        return CardConfirmation(status="declined", message=decline_message(exc.code, exc.decline_code))
    except gateway.GatewayError as exc:
        logger.error("Order #%s: card confirmation failed: %s", order.number, exc)
        raise PaymentNotPossible(_("The payment could not be processed. No money was taken; please try again."))
    payment_apply(order.pk, intent)
    if intent.status == "requires_payment_method":
        return CardConfirmation(status="declined", message=decline_message(intent.error_code, intent.decline_code))
    return CardConfirmation(status=intent.status, client_secret=intent.client_secret)


def payment_promptpay_qr(order, email: str, return_url: str) -> gateway.PaymentIntent:
    """The PromptPay QR code for the order: confirms the PaymentIntent once, then re-reads it."""
    source = order_stripe_source(order)
    if source is None or source.label != PaymentMethod.PROMPTPAY or order.status != statuses.PENDING:
        raise PaymentNotPossible(_("This order is not waiting for a PromptPay payment."))
    try:
        intent = gateway.payment_intent_retrieve(source.reference)
        if intent.status == "requires_payment_method":
            intent = gateway.payment_intent_confirm_promptpay(
                source.reference, email=email, return_url=return_url,
                idempotency_key=_key(order.number, f"promptpay-{int(timezone.now().timestamp()) // 900}"),
            )
    except gateway.GatewayError as exc:
        logger.error("Order #%s: PromptPay confirmation failed: %s", order.number, exc)
        raise PaymentNotPossible(_("The PromptPay QR code could not be created; please try again."))
    return intent


# --- Keeping the order in step --------------------------------------------------------------


def payment_sync(payment_intent_id: str) -> SyncOutcome:
    """Re-fetches the PaymentIntent and moves its order along the allowed states."""
    source = Source.objects.filter(reference=payment_intent_id, source_type__code__in=SOURCE_TYPE_CODES.values()
                                   ).select_related("order").first()
    if source is None:
        return SyncOutcome.UNKNOWN
    try:
        intent = gateway.payment_intent_retrieve(payment_intent_id)
    except gateway.NotFound:
        logger.error("PaymentIntent %s of order #%s is not known to Stripe", payment_intent_id, source.order.number)
        return SyncOutcome.MISMATCH
    return payment_apply(source.order_id, intent)


def payment_apply(order_id: int, intent: gateway.PaymentIntent) -> SyncOutcome:
    """Applies a freshly fetched PaymentIntent to its order, under a lock on the order row.

    Stripe is asked what it needs to know before the lock is taken (refunds made
    in its Dashboard) and after it is released (refunds still processing): no
    row stays locked while Stripe answers.
    """
    stripe_refunds = refunds_outside_fetch(order_id, intent) if intent.amount_refunded else []
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        source = Source.objects.select_for_update().filter(order=order, reference=intent.id).first()
        if source is None:
            return SyncOutcome.UNKNOWN
        if (intent.order_number and intent.order_number != order.number) or intent.currency != order.currency:
            logger.error("PaymentIntent %s does not belong to order #%s", intent.id, order.number)
            return SyncOutcome.MISMATCH
        handler = EventHandler()
        changed = False
        if intent.status == "succeeded" and order.status == statuses.PENDING:
            if intent.amount_received != to_minor_units(order.total_incl_tax):
                logger.error("Order #%s: PaymentIntent %s received %s, the order is %s", order.number, intent.id,
                             intent.amount_received, order.total_incl_tax)
                return SyncOutcome.MISMATCH
            changed |= handler.handle_payment_received(order, source, order.total_incl_tax, reference=intent.id)
        elif intent.status == "canceled" and order.status == statuses.PENDING:
            changed |= handler.handle_payment_failed(order, reason=_("the payment was cancelled"))
        if intent.amount_refunded and order.status in (statuses.PAID, statuses.PARTLY_REFUNDED):
            changed |= handler.handle_refunds_total(order, source, from_minor_units(intent.amount_refunded),
                                                    reference=intent.id)
        if stripe_refunds and order.status in statuses.PAID_STATUSES:
            # Refunds made in Stripe's Dashboard: split over the producers' lines for the ledger.
            changed |= bool(refunds_record_outside(order, source, stripe_refunds))
    refunds_settle(order_id)
    return SyncOutcome.CHANGED if changed else SyncOutcome.UNCHANGED


def refunds_settle(order_id: int) -> None:
    """Asks Stripe about refunds still processing (no lock held), and records how they ended.

    Each answer is written with a conditional update, so a refund another
    process settled meanwhile is left as it is.
    """
    processing = Refund.objects.filter(order_id=order_id, status=RefundStatus.PROCESSING).exclude(stripe_refund_id="")
    for refund in list(processing):
        try:
            result = gateway.refund_retrieve(refund.stripe_refund_id)
        except gateway.GatewayError:
            continue
        if result.status == "succeeded":
            status = RefundStatus.SUCCEEDED
        elif result.status in ("failed", "canceled"):
            status = RefundStatus.FAILED
        else:
            continue
        Refund.objects.filter(pk=refund.pk, status=RefundStatus.PROCESSING).update(status=status,
                                                                                 updated_at=timezone.now())


def orders_expire_unpaid(older_than: datetime.timedelta) -> int:
    """Cancels the payment of orders left unpaid for too long, so their stock goes back on sale."""
    cutoff = timezone.now() - older_than
    expired = 0
    for order in Order.objects.filter(status=statuses.PENDING, date_placed__lt=cutoff):
        source = order_stripe_source(order)
        if source is None:
            with transaction.atomic():
                locked = Order.objects.select_for_update().get(pk=order.pk)
                expired += EventHandler().handle_payment_failed(locked, reason=_("no payment was started"))
            continue
        try:
            gateway.payment_intent_cancel(source.reference, idempotency_key=_key(order.number, "expire"))
        except gateway.GatewayError as exc:
            logger.info("Order #%s: PaymentIntent not cancelled (%s); syncing instead", order.number, exc)
        if payment_sync(source.reference) == SyncOutcome.CHANGED:
            expired += 1
    return expired
