"""No overselling and no colliding order numbers under concurrency, on PostgreSQL.

Skipped on SQLite (which serialises all writers anyway); ``.ci/run`` runs these
on a PostgreSQL server with ``-m postgres``.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from marketplace.payments.services import order_stripe_source
from shop.order.models import Order
from shop.order.utils import OrderNumberGenerator
from shop.partner.models import StockRecord
from tests.shop.checkout.steps import checkout_to_preview
from tests.factories import eligible_product
from tests.postgres import on_postgres

pytestmark = [*on_postgres(), pytest.mark.usefixtures("english_by_default")]

BUYERS = 20
UNITS = 5


@pytest.fixture
def no_index_updates(monkeypatch):
    # The embedded search index is a SQLite file shared by every thread; its updates are not under test.
    import search.receivers

    monkeypatch.setattr(search.receivers, "_schedule", lambda product_ids: None)


def _in_thread(fn):
    def run(*args):
        try:
            return fn(*args)
        finally:
            connection.close()
    return run


def test_twenty_buyers_for_the_last_five_units_exactly_five_get_them(fake_stripe, no_index_updates):
    product = eligible_product(stock=UNITS)
    clients = []
    for n in range(BUYERS):
        client = Client(raise_request_exception=False)
        checkout_to_preview(client, [(product, 1)], guest_email=f"buyer{n}@example.th")
        clients.append(client)
    start = threading.Barrier(BUYERS)

    @_in_thread
    def buy(client):
        start.wait(timeout=30)
        return client.post("/checkout/preview/", {"action": "place_order"})

    with ThreadPoolExecutor(max_workers=BUYERS) as pool:
        responses = list(pool.map(buy, clients, timeout=120))

    codes = [r.status_code for r in responses]
    assert 500 not in codes
    winners = [r for r in responses if r.status_code == 302 and r["Location"] == "/checkout/pay/"]
    losers = [r for r in responses if r.status_code == 200]
    assert (len(winners), len(losers)) == (UNITS, BUYERS - UNITS)
    assert all("sold out while you were checking out" in r.content.decode() for r in losers)
    record = StockRecord.objects.get(product=product)
    assert (record.num_in_stock, record.num_allocated) == (UNITS, UNITS)
    orders = list(Order.objects.all())
    assert len(orders) == UNITS and len({o.number for o in orders}) == UNITS
    assert sum(line.quantity for o in orders for line in o.lines.all()) == UNITS
    kept = {order_stripe_source(o).reference for o in orders}
    assert all(i.status == "canceled" for i in fake_stripe.intents.values() if i.id not in kept)


def test_order_numbers_handed_out_concurrently_never_collide():
    @_in_thread
    def take(_):
        return [OrderNumberGenerator().order_number() for _ in range(10)]

    with ThreadPoolExecutor(max_workers=10) as pool:
        numbers = [n for batch in pool.map(take, range(10)) for n in batch]
    assert len(numbers) == len(set(numbers)) == 100


def test_a_double_click_on_place_order_places_one_order(fake_stripe, no_index_updates):
    product = eligible_product(stock=10)
    first = Client(raise_request_exception=False)
    checkout_to_preview(first, [(product, 2)])
    second = Client(raise_request_exception=False)
    second.cookies = first.cookies  # the same browser: same session, same basket
    start = threading.Barrier(2)

    @_in_thread
    def click(client):
        start.wait(timeout=30)
        return client.post("/checkout/preview/", {"action": "place_order"})

    with ThreadPoolExecutor(max_workers=2) as pool:
        responses = list(pool.map(click, [first, second], timeout=120))

    assert 500 not in [r.status_code for r in responses]
    assert Order.objects.count() == 1
    assert StockRecord.objects.get(product=product).num_allocated == 2
