"""Over random order histories the producers' books balance, to the satang.

Orders of random quantities from three producers are paid, refunded in part
at random and paid out at random moments. After every history, per producer:
paid out + still owed = earnings − refunds − commission, where the right-hand
side is worked out here, independently, from what the history did.
"""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given, settings as hypothesis_settings, strategies as st

from marketplace.ledger.models import Payout
from marketplace.ledger.payouts import PayoutRefused, payout_record
from marketplace.ledger.selectors import ledger_rows
from marketplace.payments.refunds import RefundRequestItem, refund_create
from marketplace.payments.selectors import order_refundable_items
from tests.factories import eligible_product
from tests.order_factory import order_paid

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]

RATE = Decimal("0.10")
CENT = Decimal("0.01")

orders = st.lists(st.tuples(st.integers(0, 2), st.integers(1, 3)), min_size=1, max_size=3)
steps = st.lists(st.one_of(
    st.tuples(st.just("order"), orders),
    st.tuples(st.just("refund"), st.integers(0, 20), st.integers(0, 20), st.integers(1, 100)),
    st.tuples(st.just("payout"), st.integers(0, 2)),
), min_size=1, max_size=6)


@pytest.fixture
def producers_products(settings):
    settings.MARKETPLACE_COMMISSION_RATE = str(RATE)
    prices = (Decimal("1290.00"), Decimal("333.33"), Decimal("99.99"))
    return [eligible_product(stock=10_000, stock__price=price, weight_grams=300) for price in prices]


def _expected_owed(partner_id: int) -> Decimal:
    """Earnings − refunds − commission, line by line, from the orders and refunds themselves."""
    from marketplace.ledger.models import LedgerEntry
    from marketplace.payments.models import ACTIVE_REFUND_STATUSES, RefundItem

    total = Decimal("0.00")
    for entry in LedgerEntry.objects.filter(partner_id=partner_id):
        items = RefundItem.objects.filter(refund__status__in=ACTIVE_REFUND_STATUSES)
        items = items.filter(line=entry.line_id) if entry.line_id else items.filter(shipment=entry.shipment_id)
        refunded = sum((item.amount for item in items), Decimal("0.00"))
        net = entry.gross - refunded
        total += net - (net * entry.commission_rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return total


@hypothesis_settings(max_examples=15, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate], suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])
@given(history=steps)
def test_paid_out_plus_still_owed_is_earnings_less_refunds_and_commission(history, producers_products,
                                                                          fake_stripe):
    fake_stripe.__init__()  # order numbers start again after each rollback: so does Stripe's idempotency
    savepoint = transaction.savepoint()
    try:
        today = timezone.localdate()
        placed = []
        for step in history:
            if step[0] == "order":
                items = {}
                for index, quantity in step[1]:
                    items[index] = items.get(index, 0) + quantity
                placed.append(order_paid([(producers_products[i], q) for i, q in items.items()], fake_stripe))
            elif step[0] == "refund" and placed:
                order = placed[step[1] % len(placed)]
                refundable = [item for item in order_refundable_items(order) if item.remaining > 0]
                if refundable:
                    item = refundable[step[2] % len(refundable)]
                    amount = max((item.remaining * step[3] / 100).quantize(CENT), CENT)
                    refund_create(order, [RefundRequestItem(item.key, amount)])
                    order.refresh_from_db()
            elif step[0] == "payout":
                partner_id = producers_products[step[1]].producer.partner_id
                try:
                    payout_record(partner_id, today, today, method="bank", account="x", reference="r",
                                  paid_on=today)
                except PayoutRefused:
                    pass

        for product in producers_products:
            partner_id = product.producer.partner_id
            rows = ledger_rows(partner_id=partner_id)
            paid_out = sum((p.amount for p in Payout.objects.filter(partner_id=partner_id)), Decimal("0.00"))
            still_owed = sum((row.outstanding for row in rows), Decimal("0.00"))
            assert paid_out + still_owed == _expected_owed(partner_id)
            assert paid_out == sum((row.paid for row in rows), Decimal("0.00"))
            assert all(p.amount > 0 for p in Payout.objects.filter(partner_id=partner_id))
            assert paid_out.as_tuple().exponent == -2 and still_owed.as_tuple().exponent == -2
    finally:
        transaction.savepoint_rollback(savepoint)
