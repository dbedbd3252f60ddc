"""Recording payouts: the money staff send each producer for a period.

A payout for a period covers every ledger entry of the producer paid up to
the period's end that no payout has covered yet (an earlier period skipped is
not forgotten), plus the difference on entries already paid out whose amount
owed changed since: a refund after a payout is carried into the next payout
as a deduction. What a payout paid for each entry is kept (``PayoutLine``),
so at any time, per producer and to the satang::

    paid out + still owed = earnings − refunds − commission
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from shop.partner.models import Partner

from .models import Payout, PayoutLine
from .selectors import ZERO, LedgerRow, ledger_rows


class PayoutRefused(Exception):
    """The payout can't be recorded; the message says why and may be shown to staff."""


@dataclass(frozen=True)
class PayoutDue:
    partner_id: int
    period_start: datetime.date
    period_end: datetime.date
    rows: list[LedgerRow]  # entries not paid out yet, then entries whose amount owed changed since their payout

    @property
    def amount(self) -> Decimal:
        return sum((row.outstanding for row in self.rows), ZERO)

    @property
    def deductions(self) -> Decimal:
        return sum((row.outstanding for row in self.rows if row.outstanding < 0), ZERO)


def payout_due(partner_id: int, period_start: datetime.date, period_end: datetime.date) -> PayoutDue:
    """What a payout to the producer for the period would pay, line by line."""
    if period_start > period_end:
        raise PayoutRefused(_("The start date is after the end date."))
    rows = [row for row in ledger_rows(date_to=period_end, partner_id=partner_id)
            if not row.in_payout or row.outstanding != 0]
    return PayoutDue(partner_id=partner_id, period_start=period_start, period_end=period_end, rows=rows)


def payout_record(partner_id: int, period_start: datetime.date, period_end: datetime.date, *, method: str,
                  account: str, reference: str, paid_on: datetime.date, user=None) -> Payout:
    """Records a payout of what is due, marking the entries it covers as paid out.

    The producer's partner row is locked while the amount is worked out and
    written, so two staff members recording at once can't pay the same lines twice.
    """
    with transaction.atomic():
        partner = Partner.objects.select_for_update().get(pk=partner_id)
        due = payout_due(partner_id, period_start, period_end)
        if due.amount <= 0:
            raise PayoutRefused(_("Nothing is owed to %(producer)s for this period (%(amount)s); any deduction is "
                                  "carried into the next payout.") % {"producer": partner.name, "amount": due.amount})
        payout = Payout.objects.create(
            partner=partner, producer_name=partner.name, period_start=period_start, period_end=period_end,
            amount=due.amount, method=method, account=account[:100], reference=reference[:100], paid_on=paid_on,
            recorded_by=user if getattr(user, "is_authenticated", False) else None,
        )
        PayoutLine.objects.bulk_create([PayoutLine(payout=payout, entry_id=row.entry_id, amount=row.outstanding)
                                        for row in due.rows])
    return payout
