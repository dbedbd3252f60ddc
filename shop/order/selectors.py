"""Reading orders: each producer's parcel with its own lines, and what is still to be shipped of each line.

A line refunded in full is not to be shipped; one refunded in part still is,
for what remains. Refunds are made per line by amount (the dashboard's
*Refunds* tab), so what remains is shown in units when the refund is a whole
number of units, otherwise as an amount.
"""

from decimal import Decimal

from oscar.core.loading import get_class, get_model

from marketplace.payments.selectors import lines_refunded

Line = get_model("order", "Line")
ShipmentStatus = get_class("order.models", "ShipmentStatus")

ZERO = Decimal("0.00")


def _with_refunds(line, refunded: Decimal):
    price, unit = line.line_price_incl_tax, line.unit_price_incl_tax
    line.refunded_amount = refunded
    line.is_refunded = ZERO < price <= refunded
    line.is_partly_refunded = ZERO < refunded < price
    line.amount_remaining = max(price - refunded, ZERO)
    line.quantity_to_ship = 0 if line.is_refunded else line.quantity
    if line.is_partly_refunded:
        units = refunded / unit if unit else None
        whole = units is not None and units == units.to_integral_value()
        line.quantity_to_ship = line.quantity - int(units) if whole else None  # None: shown as an amount
    return line


def order_lines_with_refunds(lines) -> list:
    """The lines, each with ``refunded_amount``, ``is_refunded``, ``is_partly_refunded``, ``amount_remaining``
    and ``quantity_to_ship`` (None when a partial refund is not a whole number of units)."""
    lines = list(lines)
    refunded = lines_refunded(line.pk for line in lines)
    return [_with_refunds(line, refunded.get(line.pk, ZERO)) for line in lines]


def _attach(shipments, lines) -> list:
    """Puts each parcel's lines on it (``order_lines``) and says whether anything of it is left to send."""
    by_parcel: dict[tuple[int, int | None], list] = {}
    for line in lines:
        by_parcel.setdefault((line.order_id, line.partner_id), []).append(line)
    for shipment in shipments:
        shipment.order_lines = by_parcel.get((shipment.order_id, shipment.partner_id), [])
        shipment.nothing_to_ship = bool(
            shipment.status == ShipmentStatus.AWAITING and shipment.order_lines
            and all(line.is_refunded for line in shipment.order_lines)
        )
    return shipments


def order_shipments_with_lines(order, lines=None, shipments=None) -> list:
    """The order's parcels (or those given), each with ``order_lines``: its producer's lines (of those given).

    ``shipment.nothing_to_ship`` is true for a parcel still awaiting shipment whose every line was refunded.
    """
    lines = order_lines_with_refunds(order.lines.all() if lines is None else lines)
    shipments = list(order.shipments.select_related("partner") if shipments is None else shipments)
    return _attach(shipments, lines)


def shipments_with_lines(shipments) -> list:
    """Parcels of any orders, each with its lines and ``nothing_to_ship``, in three queries whatever their number."""
    shipments = list(shipments)
    pairs = {(shipment.order_id, shipment.partner_id) for shipment in shipments}
    lines = Line.objects.filter(order_id__in={order_id for order_id, _partner in pairs})
    lines = [line for line in lines if (line.order_id, line.partner_id) in pairs]
    return _attach(shipments, order_lines_with_refunds(lines))
