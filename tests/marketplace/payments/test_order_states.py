"""The order's payment states: pending → paid → partly/fully refunded; pending → failed; nothing else."""

import datetime
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone
from oscar.apps.order.exceptions import InvalidOrderStatus

from marketplace.payments.services import order_stripe_source, orders_expire_unpaid
from shop.order import statuses
from shop.order.models import Order
from shop.order.processing import EventHandler
from shop.partner.models import StockRecord
from tests.order_factory import order_paid, order_place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


def test_the_status_pipeline_allows_only_the_payment_moves():
    assert Order.pipeline == {
        statuses.PENDING: (statuses.PAID, statuses.FAILED),
        statuses.PAID: (statuses.PARTLY_REFUNDED, statuses.REFUNDED),
        statuses.PARTLY_REFUNDED: (statuses.REFUNDED,),
        statuses.REFUNDED: (),
        statuses.FAILED: (),
    }


def test_a_paid_order_cannot_go_back_to_pending_or_fail(fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    order = order_paid([(silk, 1)], fake_stripe)
    for status in (statuses.PENDING, statuses.FAILED):
        with pytest.raises(InvalidOrderStatus):
            order.set_status(status)
    assert EventHandler().handle_payment_failed(order) is False
    order.refresh_from_db()
    assert order.status == statuses.PAID


def test_payment_received_twice_is_recorded_once(fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    order = order_paid([(silk, 1)], fake_stripe)
    source = order_stripe_source(order)
    with transaction.atomic():
        assert EventHandler().handle_payment_received(order, source, order.total_incl_tax, "pi_again") is False
    assert source.amount_debited == order.total_incl_tax
    assert order.ledger_entries.filter(kind="line").count() == 1


def test_placing_an_order_allocates_stock_and_paying_keeps_it_allocated(fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    order = order_place([(silk, 3)])
    record = StockRecord.objects.get(product=silk)
    assert (record.num_in_stock, record.num_allocated) == (10, 3)
    assert order.lines.get().status == ""
    order = order_paid([(silk, 1)], fake_stripe)
    assert order.lines.get().status == statuses.LINE_AWAITING


def test_unpaid_orders_expire_their_payment_is_cancelled_and_the_stock_released(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    old = order_place([(silk, 2), (chili, 1)])
    Order.objects.filter(pk=old.pk).update(date_placed=timezone.now() - datetime.timedelta(hours=2))
    fresh = order_place([(silk, 1)])

    assert orders_expire_unpaid(datetime.timedelta(minutes=60)) == 1

    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.status, fresh.status) == (statuses.FAILED, statuses.PENDING)
    assert fake_stripe.intents[order_stripe_source(old).reference].status == "canceled"
    assert fake_stripe.posts_of("cancel") == [f"otop-order-{old.number}-expire"]
    assert StockRecord.objects.get(product=silk).num_allocated == 1
    assert StockRecord.objects.get(product=chili).num_allocated == 0


def test_an_expiring_order_that_was_paid_meanwhile_is_marked_paid_not_failed(fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    order = order_place([(silk, 1)])
    Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - datetime.timedelta(hours=2))
    fake_stripe.settle(order_stripe_source(order).reference)  # the webhook has not arrived yet

    orders_expire_unpaid(datetime.timedelta(minutes=60))

    order.refresh_from_db()
    assert order.status == statuses.PAID


def test_the_expiry_command(fake_stripe, two_producers_products):
    from django.core.management import call_command

    silk, _ = two_producers_products
    order = order_place([(silk, 1)])
    Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - datetime.timedelta(days=1))
    call_command("expire_unpaid_orders", "--minutes", "30")
    order.refresh_from_db()
    assert order.status == statuses.FAILED


def test_amounts_are_sent_to_stripe_in_satang():
    from marketplace.payments.money import from_minor_units, to_minor_units

    assert to_minor_units(Decimal("1290.00")) == 129000
    assert to_minor_units(Decimal("0.015")) == 2
    assert from_minor_units(129050) == Decimal("1290.50")
