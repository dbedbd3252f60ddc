"""Refunds made in Stripe's own Dashboard reach the ledger, split over the producers, once."""

from decimal import Decimal

import pytest

from marketplace.ledger.selectors import ledger_rows, producer_payouts
from marketplace.payments.models import Refund, RefundItem, RefundStatus
from marketplace.payments.outside_refunds import refund_split
from marketplace.payments.refunds import RefundRequestItem, refund_create
from marketplace.payments.selectors import RefundableItem, order_refundable_amount
from marketplace.payments.services import order_stripe_source
from shop.order import statuses
from tests.fake_stripe import post_event, stripe_event
from tests.order_factory import order_paid

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


@pytest.fixture
def paid_order(stripe_account, fake_stripe, two_producers_products, settings):
    settings.MARKETPLACE_COMMISSION_RATE = "0.10"
    silk, chili = two_producers_products
    return order_paid([(silk, 1), (chili, 2)], fake_stripe, method="promptpay")


def _pi(order):
    return order_stripe_source(order).reference


def _refunded_event(order, event_id):
    return stripe_event("charge.refunded", {"id": "ch_1", "object": "charge", "payment_intent": _pi(order)}, event_id)


def _refunded_by_producer(rows):
    totals = {}
    for row in rows:
        totals[row.partner_id] = totals.get(row.partner_id, Decimal("0.00")) + row.refunded
    return totals


def _paid_by_producer(order):
    totals = {}
    for line in order.lines.all():
        totals[line.partner_id] = totals.get(line.partner_id, Decimal("0.00")) + line.line_price_incl_tax
    for shipment in order.shipments.all():
        totals[shipment.partner_id] = totals.get(shipment.partner_id, Decimal("0.00")) + shipment.charge
    return totals


def test_a_dashboard_refund_is_split_over_the_producers_in_proportion_to_what_they_were_paid(
    client, paid_order, fake_stripe
):
    fake_stripe.refund_in_dashboard(_pi(paid_order), 50_001)  # ฿500.01: an odd satang to place

    assert post_event(client, _refunded_event(paid_order, "evt_dash_1")).status_code == 200

    paid_order.refresh_from_db()
    assert paid_order.status == statuses.PARTLY_REFUNDED
    refund = Refund.objects.get(order=paid_order)
    assert (refund.amount, refund.status, refund.created_by) == (Decimal("500.01"), RefundStatus.SUCCEEDED, None)
    assert refund.stripe_refund_id.startswith("re_dash")
    assert sum(item.amount for item in refund.items.all()) == Decimal("500.01")

    rows = ledger_rows()
    refunded = _refunded_by_producer(rows)
    paid = _paid_by_producer(paid_order)
    assert sum(refunded.values()) == Decimal("500.01")
    captured = paid_order.total_incl_tax
    for partner_id, amount in refunded.items():
        exact = Decimal("500.01") * paid[partner_id] / captured
        assert abs(amount - exact) < Decimal("0.02"), (partner_id, amount, exact)
    # What the payout report owes is what was paid, less the refund and the commission on the rest.
    owed = sum(p.owed for p in producer_payouts(rows))
    commission = sum(p.commission for p in producer_payouts(rows))
    assert owed + commission == captured - Decimal("500.01")


def test_redelivered_and_related_events_record_the_dashboard_refund_once(client, paid_order, fake_stripe):
    fake_stripe.refund_in_dashboard(_pi(paid_order), 30_000)
    for _ in range(3):
        post_event(client, _refunded_event(paid_order, "evt_dash_1"))
    refund_obj = {"id": "re_x", "object": "refund", "payment_intent": _pi(paid_order)}
    post_event(client, stripe_event("charge.refund.updated", refund_obj, "evt_dash_2"))
    post_event(client, stripe_event("refund.updated", refund_obj, "evt_dash_3"))

    assert Refund.objects.filter(order=paid_order).count() == 1
    assert sum(r.refunded for r in ledger_rows()) == Decimal("300.00")
    assert order_refundable_amount(paid_order, order_stripe_source(paid_order)) == (
        paid_order.total_incl_tax - Decimal("300.00")
    )


def test_our_own_refunds_are_not_taken_for_dashboard_refunds(client, paid_order, fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    line = paid_order.lines.get(product=silk)
    ours = refund_create(paid_order, [RefundRequestItem(f"line-{line.pk}", Decimal("290.00"))])
    post_event(client, _refunded_event(paid_order, "evt_ours"))

    assert list(Refund.objects.filter(order=paid_order)) == [ours]
    assert fake_stripe.lists == []  # Stripe's refunded total was all ours: no need to list its refunds

    fake_stripe.refund_in_dashboard(_pi(paid_order), 10_000)
    post_event(client, _refunded_event(paid_order, "evt_dash"))

    assert Refund.objects.filter(order=paid_order).count() == 2
    assert sum(item.amount for item in RefundItem.objects.exclude(refund=ours)) == Decimal("100.00")
    assert sum(r.refunded for r in ledger_rows()) == Decimal("390.00")


def test_a_dashboard_refund_after_a_partial_refund_splits_what_is_left(client, paid_order, fake_stripe,
                                                                       two_producers_products):
    silk, _ = two_producers_products
    line = paid_order.lines.get(product=silk)
    refund_create(paid_order, [RefundRequestItem(f"line-{line.pk}", line.line_price_incl_tax)])
    rest = paid_order.total_incl_tax - line.line_price_incl_tax
    fake_stripe.refund_in_dashboard(_pi(paid_order), int(rest * 100))

    post_event(client, _refunded_event(paid_order, "evt_rest"))

    paid_order.refresh_from_db()
    assert paid_order.status == statuses.REFUNDED
    assert all(row.refunded == row.gross and row.owed == 0 for row in ledger_rows())


def test_a_failed_dashboard_refund_is_not_recorded(client, paid_order, fake_stripe):
    fake_stripe.refund_in_dashboard(_pi(paid_order), 10_000, status="failed")
    post_event(client, _refunded_event(paid_order, "evt_failed"))
    assert not Refund.objects.filter(order=paid_order).exists()


def _item(key, remaining):
    return RefundableItem(key=key, label=key, producer="p", paid=Decimal(remaining), refunded=Decimal("0.00"),
                          line_id=1)


def test_the_split_places_every_satang_the_same_way_each_time():
    items = [_item("a", "1.00"), _item("b", "1.00"), _item("c", "1.00")]
    shares = refund_split(Decimal("1.00"), items)
    assert [s.amount for s in shares] == [Decimal("0.34"), Decimal("0.33"), Decimal("0.33")]
    assert refund_split(Decimal("1.00"), items) == shares
    # 5 satang over 2:1 is 3.33 and 1.67 satang: the leftover satang goes to the larger fraction.
    assert [s.amount for s in refund_split(Decimal("0.05"), [_item("a", "2.00"), _item("b", "1.00")])] == [
        Decimal("0.03"), Decimal("0.02"),
    ]
    # Never more than is left of an item.
    assert [s.amount for s in refund_split(Decimal("9.00"), [_item("a", "2.00"), _item("b", "1.00")])] == [
        Decimal("2.00"), Decimal("1.00"),
    ]
