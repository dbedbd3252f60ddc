"""The order's state changes, in one place (Oscar's ``EventHandler``).

Payment: pending → paid → partly refunded / refunded; pending → payment
failed. Each method checks the current status first and does nothing when the
move is not allowed, so a repeated or late trigger (a webhook delivered twice,
out of order) changes nothing. Callers hold the order row locked
(``select_for_update``) while they call these. Other apps hear about the
changes through ``events.py`` (the ledger, of payments), never by being
called from here.
"""

import logging
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.apps.order.processing import EventHandler as OscarEventHandler
from oscar.core.loading import get_class, get_model

from marketplace.baht import format_baht

from . import statuses
from .events import order_paid
from .selectors import order_lines_with_refunds

order_email_send = get_class("order.emails", "order_email_send")

PaymentEventType = get_model("order", "PaymentEventType")
ShippingEventType = get_model("order", "ShippingEventType")
Shipment = get_model("order", "Shipment")
ShipmentStatus = get_class("order.models", "ShipmentStatus")

logger = logging.getLogger(__name__)


def _payment_event_type(name: str):
    event_type, _created = PaymentEventType.objects.get_or_create(name=name)
    return event_type


def _shipping_event_type(name: str):
    event_type, _created = ShippingEventType.objects.get_or_create(name=name)
    return event_type


def _after_commit(fn, *args, **kwargs):
    """E-mails go out only once the change they announce is committed."""
    def run():
        try:
            fn(*args, **kwargs)
        except Exception:  # a mail server problem must not undo or repeat a payment
            logger.exception("Sending %s failed", getattr(fn, "__name__", fn))
    transaction.on_commit(run)


class EventHandler(OscarEventHandler):
    # --- Payment ------------------------------------------------------------------------

    def handle_payment_received(self, order, source, amount: Decimal, reference: str) -> bool:
        """pending → paid: the money is in. Records the debit, the ledger, and tells the buyer."""
        if order.status != statuses.PENDING:
            return False
        source.debit(amount, reference=reference, status="succeeded")
        lines = list(order.lines.all())
        self.handle_payment_event(order, _payment_event_type(statuses.PAYMENT_EVENT_PAID), amount,
                                  lines, [line.quantity for line in lines], reference=reference)
        self.handle_order_status_change(order, statuses.PAID,
                                        note_msg=_("Payment of %(amount)s received (%(reference)s).")
                                        % {"amount": format_baht(amount), "reference": reference})
        for line in lines:
            line.set_status(statuses.LINE_AWAITING)
        order_paid.send(sender=type(order), order=order, paid_at=timezone.now())
        _after_commit(order_email_send, order.pk, "paid")
        return True

    def handle_payment_failed(self, order, reason: str = "") -> bool:
        """pending → payment failed: the payment can no longer complete; the stock goes back on sale."""
        if order.status != statuses.PENDING:
            return False
        lines = [line for line in order.lines.select_related("stockrecord") if line.num_allocated]
        if lines:
            self.cancel_stock_allocations(order, lines, [line.num_allocated for line in lines])
        self.handle_order_status_change(order, statuses.FAILED,
                                        note_msg=_("Payment failed: %(reason)s") % {"reason": reason or "-"})
        return True

    def handle_refunds_total(self, order, source, refunded: Decimal, reference: str = "") -> bool:
        """paid → partly refunded → refunded, from the total refunded so far (never backwards)."""
        if order.status not in (statuses.PAID, statuses.PARTLY_REFUNDED):
            return False
        refunded = min(Decimal(refunded), source.amount_debited)
        if refunded <= source.amount_refunded:
            return False
        newly = refunded - source.amount_refunded
        source.refund(newly, reference=reference, status="succeeded")
        self.handle_payment_event(order, _payment_event_type(statuses.PAYMENT_EVENT_REFUNDED), newly,
                                  reference=reference)
        target = statuses.REFUNDED if refunded >= source.amount_debited else statuses.PARTLY_REFUNDED
        if target != order.status:
            self.handle_order_status_change(order, target)
        self.create_note(order, _("%(amount)s refunded (%(reference)s).") % {"amount": format_baht(newly), "reference": reference})
        _after_commit(order_email_send, order.pk, "refunded", amount=str(newly))
        return True

    # --- Shipping --------------------------------------------------------------------------

    def handle_shipment_shipped(self, shipment, carrier: str, tracking_number: str, user=None) -> bool:
        """A producer's parcel is on its way: their lines still to send are shipped and their stock consumed.

        A line refunded in full is not shipped: its held stock goes back on sale. A parcel whose every line
        was refunded is not shipped at all (returns False, as for an unpaid order or a parcel already sent).
        """
        order = shipment.order
        if order.status not in statuses.PAID_STATUSES or shipment.status != ShipmentStatus.AWAITING:
            return False
        lines = order_lines_with_refunds(shipment.lines.select_related("stockrecord__product"))
        to_ship = [line for line in lines if not line.is_refunded]
        if not to_ship:
            return False
        shipped, consumed, released, released_quantities = [], [], [], []
        for line in lines:
            if not line.num_allocated:
                continue
            keep = line.num_allocated if line.quantity_to_ship is None else min(line.quantity_to_ship,
                                                                                 line.num_allocated)
            if keep:
                shipped.append(line)
                consumed.append(keep)
            if line.num_allocated - keep:
                released.append(line)
                released_quantities.append(line.num_allocated - keep)
        if released:  # refunded units are not sent: back on sale
            self.cancel_stock_allocations(order, released, released_quantities)
        if shipped:
            self.handle_shipping_event(order, _shipping_event_type(statuses.SHIPPING_EVENT_SHIPPED), shipped,
                                       consumed, reference=f"{carrier} {tracking_number}".strip())
            self.consume_stock_allocations(order, shipped, consumed)
        for line in to_ship:
            if statuses.LINE_SHIPPED in line.available_statuses():
                line.set_status(statuses.LINE_SHIPPED)
        shipment.status = ShipmentStatus.SHIPPED
        shipment.carrier = carrier
        shipment.tracking_number = tracking_number
        shipment.shipped_at = timezone.now()
        shipment.shipped_by = user if getattr(user, "is_authenticated", False) else None
        shipment.save(update_fields=["status", "carrier", "tracking_number", "shipped_at", "shipped_by"])
        self.create_note(order, _("%(producer)s shipped their items: %(carrier)s %(tracking)s")
                         % {"producer": shipment.partner_name, "carrier": shipment.get_carrier_display(),
                            "tracking": tracking_number})
        _after_commit(order_email_send, order.pk, "shipped", shipment_id=shipment.pk)
        return True

    def handle_shipment_delivered(self, shipment) -> bool:
        if shipment.status != ShipmentStatus.SHIPPED:
            return False
        for line in shipment.lines.all():
            if statuses.LINE_DELIVERED in line.available_statuses():
                line.set_status(statuses.LINE_DELIVERED)
        shipment.status = ShipmentStatus.DELIVERED
        shipment.delivered_at = timezone.now()
        shipment.save(update_fields=["status", "delivered_at"])
        return True
