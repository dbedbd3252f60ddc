"""Concurrent refunds and webhook deliveries, on PostgreSQL (skipped on SQLite; ``.ci/run`` runs them)."""

import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client

from marketplace.payments.models import Refund
from marketplace.payments.refunds import RefundRefused, RefundRequestItem, refund_create
from marketplace.payments.services import order_stripe_source
from shop.order import statuses
from tests.fake_stripe import post_event, stripe_event
from tests.order_factory import order_paid, order_place
from tests.postgres import on_postgres

pytestmark = [*on_postgres(), pytest.mark.usefixtures("english_by_default")]


@pytest.fixture(autouse=True)
def no_index_updates(monkeypatch):
    import search.receivers

    monkeypatch.setattr(search.receivers, "_schedule", lambda product_ids: None)


def _concurrently(fn, args):
    start = threading.Barrier(len(args))

    def run(arg):
        start.wait(timeout=30)
        try:
            return fn(arg)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(args)) as pool:
        return list(pool.map(run, args, timeout=120))


def test_concurrent_refunds_can_never_exceed_what_was_captured(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    order = order_paid([(silk, 1), (chili, 1)], fake_stripe)
    key = f"line-{order.lines.get(product=silk).pk}"

    def refund(_):
        try:
            return refund_create(order, [RefundRequestItem(key, Decimal("700.00"))])
        except RefundRefused as exc:
            return exc

    results = _concurrently(refund, range(8))

    assert sum(isinstance(r, Refund) for r in results) == 1  # ฿1,290 holds one refund of ฿700
    order.refresh_from_db()
    source = order_stripe_source(order)
    assert source.amount_refunded == Decimal("700.00") <= source.amount_debited
    assert fake_stripe.intents[source.reference].amount_refunded == 70000


def test_the_same_event_delivered_concurrently_pays_the_order_once(stripe_account, fake_stripe,
                                                                   two_producers_products):
    silk, _ = two_producers_products
    order = order_place([(silk, 1)], method="promptpay")
    pi = order_stripe_source(order).reference
    fake_stripe.settle(pi)
    event = stripe_event("payment_intent.succeeded", {"id": pi, "object": "payment_intent"})

    codes = _concurrently(lambda _: post_event(Client(raise_request_exception=False), event).status_code, range(10))

    assert set(codes) == {200}
    order.refresh_from_db()
    assert order.status == statuses.PAID
    assert order.status_changes.count() == 1 and order.payment_events.count() == 1
