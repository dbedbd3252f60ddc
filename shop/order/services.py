"""Changing a producer's parcel: shipped (with carrier and tracking number), delivered.

The rows are locked here, order first and then the parcel (the order the
payment webhook and refunds lock in too), so two clicks on "Mark as shipped"
or a refund arriving meanwhile are decided one after the other.
"""

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from . import statuses

Order = get_model("order", "Order")
Shipment = get_model("order", "Shipment")
Carrier = get_class("order.models", "Carrier")
ShipmentStatus = get_class("order.models", "ShipmentStatus")
EventHandler = get_class("order.processing", "EventHandler")


class ShipmentRefused(Exception):
    """The parcel can't make this move; the message says why, for the person who asked."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def shipment_default_carrier(shipment) -> str:
    """The carrier of the delivery service the buyer paid for ("" when it is not one of the carriers)."""
    return shipment.method_code if shipment.method_code in Carrier.values else ""


def _locked(shipment_id: int):
    order_id = Shipment.objects.values_list("order_id", flat=True).get(pk=shipment_id)
    order = Order.objects.select_for_update().get(pk=order_id)
    shipment = Shipment.objects.select_for_update().get(pk=shipment_id)
    shipment.order = order
    return shipment


def shipment_mark_shipped(shipment_id: int, carrier: str, tracking_number: str, user=None):
    """Ships the producer's parcel: their lines still to be sent are shipped, the buyer is e-mailed.

    Refused for an unpaid order, a parcel already shipped, and a parcel whose every line was refunded.
    """
    with transaction.atomic():
        shipment = _locked(shipment_id)
        if shipment.order.status not in statuses.PAID_STATUSES:
            raise ShipmentRefused(_("Ship once the order is paid."))
        if shipment.status != ShipmentStatus.AWAITING:
            raise ShipmentRefused(_("This parcel has already been marked as shipped."))
        if not EventHandler(user=user).handle_shipment_shipped(shipment, carrier, tracking_number, user=user):
            raise ShipmentRefused(_("Every item in this parcel was refunded: there is nothing to ship."))
    return shipment


def shipment_mark_delivered(shipment_id: int, user=None):
    with transaction.atomic():
        shipment = _locked(shipment_id)
        if not EventHandler(user=user).handle_shipment_delivered(shipment):
            raise ShipmentRefused(_("Only a shipped parcel can be marked as delivered."))
    return shipment
