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

from django.db.models import (
    Count,
    DecimalField,
    OuterRef,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from marketplace.payments.models import ACTIVE_REFUND_STATUSES, RefundItem
from shop.order import statuses
from shop.order.models import Line

from .models import EntryKind, LedgerEntry, PayoutLine

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
    paid: Decimal = ZERO  # paid out to the producer so far (payout lines, deductions included)
    in_payout: bool = False

    @property
    def net(self) -> Decimal:
        return max(self.gross - self.refunded, ZERO)

    @property
    def commission(self) -> Decimal:
        return (self.net * self.commission_rate).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def owed(self) -> Decimal:
        return self.net - self.commission

    @property
    def outstanding(self) -> Decimal:
        """Still to pay: negative when the line was refunded after it was paid out (a deduction to carry)."""
        return self.owed - self.paid


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
    paid = (PayoutLine.objects.filter(entry=OuterRef("pk")).values("entry").annotate(total=Sum("amount"))
            .values("total"))
    queryset = LedgerEntry.objects.select_related("order").annotate(
        refunded_line=_refunded_subquery("line"), refunded_shipment=_refunded_subquery("shipment"),
        paid=Subquery(paid, output_field=DecimalField(max_digits=12, decimal_places=2)),
    )
    if date_from:
        queryset = queryset.filter(recorded_at__date__gte=date_from)
    if date_to:
        queryset = queryset.filter(recorded_at__date__lte=date_to)
    if partner_id:
        queryset = queryset.filter(partner_id=partner_id)
    return queryset.order_by("recorded_at", "pk")


def ledger_rows(date_from=None, date_to=None, partner_id=None) -> list[LedgerRow]:
    return _rows_of(ledger_entries(date_from, date_to, partner_id))


def _satang(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(CENT)


def _rows_of(entries: QuerySet[LedgerEntry]) -> list[LedgerRow]:
    """Rows of entries from ``ledger_entries`` (annotated with what was refunded of each)."""
    return [
        LedgerRow(
            entry_id=entry.pk, order_number=entry.order.number, paid_at=entry.recorded_at, partner_id=entry.partner_id,
            producer=entry.producer_name, kind=entry.kind, description=entry.description, quantity=entry.quantity,
            gross=entry.gross,
            # Sums over a subquery come back from SQLite as floats: back to exact satang.
            refunded=_satang(entry.refunded_line if entry.kind == EntryKind.LINE else entry.refunded_shipment),
            commission_rate=entry.commission_rate, paid=_satang(entry.paid), in_payout=entry.paid is not None,
        )
        for entry in entries
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


# --- A producer's own figures (the dashboard's home page) -------------------------------------


@dataclass(frozen=True)
class ProducerSales:
    """A producer's sales from their own order lines only: never another producer's lines or an order's total."""

    orders: int
    lines: int
    items_sold: int
    revenue: Decimal  # what buyers paid for the producer's lines (paid orders, before refunds)
    refunded: Decimal
    owed: Decimal  # the ledger: after refunds and the platform's commission, shipping included


def producer_sales(partner_ids: list[int], since: datetime.datetime | None = None) -> ProducerSales:
    """Sales of paid orders (paid, even if refunded since) from the lines of the given producers."""
    lines = Line.objects.filter(partner_id__in=partner_ids, order__status__in=statuses.PAID_STATUSES)
    entries = ledger_entries().filter(partner_id__in=partner_ids)
    if since is not None:
        lines = lines.filter(order__date_placed__gte=since)
        entries = entries.filter(order__date_placed__gte=since)
    totals = lines.aggregate(
        orders=Count("order", distinct=True), lines=Count("pk"),
        items=Coalesce(Sum("quantity"), Value(0)),
        revenue=Coalesce(Sum("line_price_incl_tax"), Value(ZERO, output_field=DecimalField(max_digits=12,
                                                                                              decimal_places=2))),
    )
    line_ids = lines.values("pk")
    refunded = (RefundItem.objects.filter(line__in=line_ids, refund__status__in=ACTIVE_REFUND_STATUSES)
                .aggregate(total=Sum("amount"))["total"]) or ZERO
    owed = sum((row.owed for row in _rows_of(entries)), ZERO)
    return ProducerSales(orders=totals["orders"], lines=totals["lines"], items_sold=totals["items"],
                         revenue=totals["revenue"], refunded=refunded, owed=owed)
