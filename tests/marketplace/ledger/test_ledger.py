"""What each producer is owed: line total, less refunds, less the platform's commission on the rest."""

from decimal import Decimal

import pytest

from marketplace.ledger.models import LedgerEntry
from marketplace.ledger.selectors import ledger_rows, producer_payouts
from marketplace.payments.refunds import (
    RefundRequestItem,
    refund_create,
    refund_request_full,
)
from tests.order_factory import order_paid, order_place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


@pytest.fixture
def paid_order(fake_stripe, two_producers_products, settings):
    settings.MARKETPLACE_COMMISSION_RATE = "0.10"
    silk, chili = two_producers_products
    return order_paid([(silk, 1), (chili, 2)], fake_stripe)


def _row(rows, kind, producer):
    return next(r for r in rows if r.kind == kind and r.partner_id == producer.partner_id)


def test_each_paid_line_earns_its_producer_the_price_less_commission(paid_order, two_producers_products):
    silk, chili = two_producers_products
    rows = ledger_rows()

    silk_row = _row(rows, "line", silk.producer)
    assert (silk_row.gross, silk_row.commission, silk_row.owed) == (Decimal("1290.00"), Decimal("129.00"),
                                                                    Decimal("1161.00"))
    chili_row = _row(rows, "line", chili.producer)
    assert (chili_row.gross, chili_row.quantity, chili_row.owed) == (Decimal("700.00"), 2, Decimal("630.00"))


def test_each_producers_shipping_is_passed_on_without_commission(paid_order, two_producers_products):
    silk, _ = two_producers_products
    shipment = paid_order.shipments.get(partner=silk.producer.partner)
    row = _row(ledger_rows(), "shipping", silk.producer)
    assert (row.gross, row.commission, row.owed) == (shipment.charge, Decimal("0.00"), shipment.charge)


def test_refunds_come_off_what_the_producer_is_owed(paid_order, two_producers_products):
    silk, _ = two_producers_products
    line = paid_order.lines.get(product=silk)
    refund_create(paid_order, [RefundRequestItem(f"line-{line.pk}", Decimal("290.00"))])

    row = _row(ledger_rows(), "line", silk.producer)
    assert (row.refunded, row.net, row.commission, row.owed) == (Decimal("290.00"), Decimal("1000.00"),
                                                                 Decimal("100.00"), Decimal("900.00"))


def test_a_fully_refunded_order_owes_nothing_to_anyone(paid_order):
    refund_create(paid_order, refund_request_full(paid_order))
    assert all(row.owed == 0 and row.commission == 0 for row in ledger_rows())


def test_the_commission_rate_of_the_day_of_payment_stays_with_the_line(paid_order, settings, two_producers_products):
    silk, _ = two_producers_products
    settings.MARKETPLACE_COMMISSION_RATE = "0.25"
    assert _row(ledger_rows(), "line", silk.producer).commission_rate == Decimal("0.1000")


def test_unpaid_orders_are_not_in_the_ledger(fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    order_place([(silk, 1)])
    assert not LedgerEntry.objects.exists()


def test_payouts_sum_per_producer(paid_order, fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    order_paid([(silk, 2)], fake_stripe)
    payouts = {p.partner_id: p for p in producer_payouts(ledger_rows())}

    silk_payout = payouts[silk.producer.partner_id]
    assert silk_payout.orders == 2
    shipping = sum(r.gross for r in ledger_rows(partner_id=silk.producer.partner_id) if r.kind == "shipping")
    assert silk_payout.gross == Decimal("1290.00") * 3 + shipping
    assert silk_payout.owed == Decimal("3483.00") + shipping
    assert payouts[chili.producer.partner_id].owed == Decimal("630.00") + paid_order.shipments.get(
        partner=chili.producer.partner).charge


def test_the_commission_rate_setting_is_checked(settings):
    from django.core.exceptions import ImproperlyConfigured

    from marketplace.ledger.services import commission_rate_current

    for bad in ("1.5", "-0.1", "ten percent"):
        settings.MARKETPLACE_COMMISSION_RATE = bad
        with pytest.raises(ImproperlyConfigured):
            commission_rate_current()


def test_the_ledger_hears_of_payments_through_the_order_events_only():
    """The order domain announces (shop/order/events.py); it never calls into the ledger."""
    from pathlib import Path

    import shop.order.processing as processing
    from shop.order.events import order_paid

    assert "marketplace.ledger" not in Path(processing.__file__).read_text()
    assert any("ledger" in str(receiver[0]) for receiver in order_paid.receivers)
