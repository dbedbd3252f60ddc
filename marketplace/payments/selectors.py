"""Reading payments and refunds."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum

from .models import ACTIVE_REFUND_STATUSES, RefundItem, RefundStatus


@dataclass(frozen=True)
class RefundableItem:
    """An order line, or one producer's shipping charge, with what is left to refund of it."""

    key: str  # "line-<pk>" or "shipment-<pk>"
    label: str
    producer: str
    paid: Decimal
    refunded: Decimal
    line_id: int | None = None
    shipment_id: int | None = None

    @property
    def remaining(self) -> Decimal:
        return max(self.paid - self.refunded, Decimal("0.00"))


def _refunded_by(field: str, order) -> dict[int, Decimal]:
    rows = (RefundItem.objects.filter(refund__order=order, refund__status__in=ACTIVE_REFUND_STATUSES,
                                      **{f"{field}__isnull": False})
            .values(field).annotate(total=Sum("amount")))
    return {row[field]: row["total"] for row in rows}


def order_refundable_items(order) -> list[RefundableItem]:
    line_refunds = _refunded_by("line", order)
    shipment_refunds = _refunded_by("shipment", order)
    items = [
        RefundableItem(key=f"line-{line.pk}", label=f"{line.title} × {line.quantity}", producer=line.partner_name,
                       paid=line.line_price_incl_tax, refunded=line_refunds.get(line.pk, Decimal("0.00")),
                       line_id=line.pk)
        for line in order.lines.all()
    ]
    items += [
        RefundableItem(key=f"shipment-{shipment.pk}", label=shipment.method_name, producer=shipment.partner_name,
                       paid=shipment.charge, refunded=shipment_refunds.get(shipment.pk, Decimal("0.00")),
                       shipment_id=shipment.pk)
        for shipment in order.shipments.all() if shipment.charge > 0
    ]
    return items


def order_refunds_committed(order, source) -> Decimal:
    """Refunded or on its way back to the buyer: our refunds, plus any made directly in Stripe's dashboard."""
    ours = order.refunds.filter(status__in=ACTIVE_REFUND_STATUSES).aggregate(total=Sum("amount"))["total"] or 0
    succeeded = order.refunds.filter(status=RefundStatus.SUCCEEDED).aggregate(total=Sum("amount"))["total"] or 0
    outside = max(source.amount_refunded - succeeded, 0)
    return Decimal(ours) + Decimal(outside)


def order_refundable_amount(order, source) -> Decimal:
    """What can still be refunded: captured minus everything refunded or being refunded."""
    if source is None:
        return Decimal("0.00")
    return max(source.amount_debited - order_refunds_committed(order, source), Decimal("0.00"))


def lines_refunded(line_ids) -> dict[int, Decimal]:
    """What has been refunded (or is being refunded) of each of these order lines; lines without refunds are left out."""
    rows = (RefundItem.objects.filter(line_id__in=list(line_ids), refund__status__in=ACTIVE_REFUND_STATUSES)
            .values("line").annotate(total=Sum("amount")))
    return {row["line"]: row["total"] for row in rows}
