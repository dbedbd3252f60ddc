"""A producer's statement: their ledger lines for a period, what was paid out and what is still owed."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language

from .models import Payout
from .selectors import ZERO, LedgerRow, ledger_rows

THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
               "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
BUDDHIST_ERA_OFFSET = 543


def statement_date(day: datetime.date) -> str:
    """28 มีนาคม 2570 on Thai pages (Buddhist era), 28 March 2027 on English ones."""
    if (get_language() or "th").startswith("th"):
        return f"{day.day} {THAI_MONTHS[day.month - 1]} {day.year + BUDDHIST_ERA_OFFSET}"
    return f"{day.day} {day:%B} {day.year}"


@dataclass(frozen=True)
class Statement:
    partner_id: int
    producer: str
    date_from: datetime.date
    date_to: datetime.date
    rows: list[LedgerRow]
    payouts: list[Payout]
    owed_overall: Decimal  # still to pay for every period, deductions carried included

    def _total(self, name: str) -> Decimal:
        return sum((getattr(row, name) for row in self.rows), ZERO)

    @property
    def totals(self) -> dict[str, Decimal]:
        return {name: self._total(name) for name in ("gross", "refunded", "commission", "owed", "paid",
                                                      "outstanding")}

    @property
    def period(self) -> str:
        return f"{statement_date(self.date_from)} – {statement_date(self.date_to)}"


def producer_statement(partner_id: int, producer: str, date_from: datetime.date,
                       date_to: datetime.date) -> Statement:
    return Statement(
        partner_id=partner_id, producer=producer, date_from=date_from, date_to=date_to,
        rows=ledger_rows(date_from, date_to, partner_id),
        payouts=list(Payout.objects.filter(partner_id=partner_id).select_related("recorded_by")),
        owed_overall=sum((row.outstanding for row in ledger_rows(partner_id=partner_id)), ZERO),
    )


def payouts_of_period(date_from: datetime.date, date_to: datetime.date) -> list[Payout]:
    """Payouts paid between the two dates, for one bulk bank transfer file."""
    return list(Payout.objects.filter(paid_on__gte=date_from, paid_on__lte=date_to).order_by("producer_name", "pk"))
