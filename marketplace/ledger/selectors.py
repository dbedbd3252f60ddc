"""What each producer is owed: per order line, and summed per producer for a payout period.

For a line: the buyer paid ``gross``; ``refunded`` of it went back; the
platform keeps ``commission_rate`` of the rest; the producer is owed what is
left. Commission is charged on what the buyer finally paid, so a fully
refunded line owes the producer nothing and costs them nothing. A producer's
shipping charge is passed on whole (no commission), less refunds of it.
"""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import DecimalField, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from marketplace.payments.models import ACTIVE_REFUND_STATUSES, RefundItem

from .models import EntryKind, LedgerEntry

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LedgerRow:
    entry_id: int
    order_number: str
    paid_at: datetime.datetime
    partner_id: int | None
    producer: str
    kind: str
    description: str
    quantity: int
    gross: Decimal
    refunded: Decimal
    commission_rate: Decimal

    @property
    def net(self) -> Decimal:
        return max(self.gross - self.refunded, ZERO)

    @property
    def commission(self) -> Decimal:
        return (self.net * self.commission_rate).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def owed(self) -> Decimal:
        return self.net - self.commission


@dataclass(frozen=True)
class ProducerPayout:
    partner_id: int | None
    producer: str
    orders: int
    gross: Decimal
    refunded: Decimal
    commission: Decimal
    owed: Decimal


def _refunded_subquery(field: str):
    refunds = (RefundItem.objects.filter(**{field: OuterRef(field)}, refund__status__in=ACTIVE_REFUND_STATUSES)
               .values(field).annotate(total=Sum("amount")).values("total"))
    return Coalesce(Subquery(refunds, output_field=DecimalField(max_digits=12, decimal_places=2)),
                    Value(ZERO, output_field=DecimalField(max_digits=12, decimal_places=2)))


def ledger_entries(date_from: datetime.date | None = None, date_to: datetime.date | None = None,
                   partner_id: int | None = None) -> QuerySet[LedgerEntry]:
    """Entries of orders paid between the two dates (inclusive, Thai time), optionally for one producer."""
    queryset = LedgerEntry.objects.select_related("order").annotate(
        refunded_line=_refunded_subquery("line"), refunded_shipment=_refunded_subquery("shipment"),
    )
    if date_from:
        queryset = queryset.filter(recorded_at__date__gte=date_from)
    if date_to:
        queryset = queryset.filter(recorded_at__date__lte=date_to)
    if partner_id:
        queryset = queryset.filter(partner_id=partner_id)
    return queryset.order_by("recorded_at", "pk")


def ledger_rows(date_from=None, date_to=None, partner_id=None) -> list[LedgerRow]:
    return [
        LedgerRow(
            entry_id=entry.pk, order_number=entry.order.number, paid_at=entry.recorded_at, partner_id=entry.partner_id,
            producer=entry.producer_name, kind=entry.kind, description=entry.description, quantity=entry.quantity,
            gross=entry.gross,
            refunded=entry.refunded_line if entry.kind == EntryKind.LINE else entry.refunded_shipment,
            commission_rate=entry.commission_rate,
        )
        for entry in ledger_entries(date_from, date_to, partner_id)
    ]


def producer_payouts(rows: list[LedgerRow]) -> list[ProducerPayout]:
    """The rows summed per producer, largest amount owed first."""
    grouped: dict[tuple[int | None, str], list[LedgerRow]] = {}
    for row in rows:
        grouped.setdefault((row.partner_id, row.producer), []).append(row)
    payouts = [
        ProducerPayout(
            partner_id=partner_id, producer=producer, orders=len({r.order_number for r in group}),
            gross=sum((r.gross for r in group), ZERO), refunded=sum((r.refunded for r in group), ZERO),
            commission=sum((r.commission for r in group), ZERO), owed=sum((r.owed for r in group), ZERO),
        )
        for (partner_id, producer), group in grouped.items()
    ]
    return sorted(payouts, key=lambda p: (-p.owed, p.producer))
