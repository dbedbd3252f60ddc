"""The card flow end to end over HTTP against the local Stripe-compatible server (localstripe)."""

import json
import urllib.request
from decimal import Decimal

import pytest

from marketplace.payments import stripe_gateway as gateway
from marketplace.payments.services import order_stripe_source
from shop.order import statuses
from shop.order.models import Order
from tests.shop.checkout.steps import checkout_to_preview, place
from tests.factories import UserFactory
from tests.localstripe_server import localstripe_authenticate, localstripe_card

pytestmark = [pytest.mark.django_db, pytest.mark.localstripe, pytest.mark.usefixtures("english_by_default")]


def _pay(client, card_id):
    return client.post("/checkout/pay/card/", json.dumps({"payment_method_id": card_id}),
                       content_type="application/json").json()


@pytest.fixture
def placed_order(client, localstripe_url, two_producers_products):
    silk, chili = two_producers_products
    checkout_to_preview(client, [(silk, 1), (chili, 1)])
    assert place(client)["Location"] == "/checkout/pay/"
    return Order.objects.get()


def test_the_pay_page_loads_the_local_stripe_js_stand_in(client, placed_order, localstripe_url):
    page = client.get("/checkout/pay/").content.decode()
    assert f'<script src="{localstripe_url}/js.stripe.com/v3/"></script>' in page
    assert 'data-local="true"' in page and "4242424242424242" in page
    with urllib.request.urlopen(localstripe_url + "/js.stripe.com/v3/") as response:
        assert b"localstripe" in response.read()


def test_a_card_payment_goes_through_the_local_server(client, placed_order, localstripe_url):
    answer = _pay(client, localstripe_card(localstripe_url))

    assert answer["status"] == "succeeded"
    assert client.get(answer["redirect"])["Location"] == "/checkout/thank-you/"
    placed_order.refresh_from_db()
    assert placed_order.status == statuses.PAID
    intent = gateway.payment_intent_retrieve(order_stripe_source(placed_order).reference)
    assert (intent.status, intent.amount_received, intent.currency) == (
        "succeeded", int(placed_order.total_incl_tax * 100), "THB")
    assert intent.order_number == placed_order.number


def test_3d_secure_through_the_local_server(client, placed_order, localstripe_url):
    answer = _pay(client, localstripe_card(localstripe_url, "4000002500003155"))
    assert answer["status"] == "requires_action"

    localstripe_authenticate(localstripe_url, answer["client_secret"])  # what Stripe.js does in the browser

    assert client.get(answer["redirect"])["Location"] == "/checkout/thank-you/"
    placed_order.refresh_from_db()
    assert placed_order.status == statuses.PAID


def test_a_card_declined_by_the_local_server_leaves_the_order_waiting(client, placed_order, localstripe_url):
    answer = _pay(client, localstripe_card(localstripe_url, "4000000000000341"))
    assert answer["status"] == "declined" and answer["message"]
    placed_order.refresh_from_db()
    assert placed_order.status == statuses.PENDING


def test_a_partial_refund_through_the_local_server(client, placed_order, localstripe_url, two_producers_products):
    silk, _ = two_producers_products
    _pay(client, localstripe_card(localstripe_url))
    client.get("/checkout/pay/return/")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    line = placed_order.lines.get(product=silk)

    client.post(f"/dashboard/orders/{placed_order.number}/", {"order_action": "refund", f"refund-line-{line.pk}": "90"})

    placed_order.refresh_from_db()
    assert placed_order.status == statuses.PARTLY_REFUNDED
    assert order_stripe_source(placed_order).amount_refunded == Decimal("90.00")
    assert gateway.payment_intent_retrieve(order_stripe_source(placed_order).reference).amount_refunded == 9000


def test_after_a_declined_card_the_buyer_pays_the_same_order_with_another_card(client, placed_order,
                                                                                 localstripe_url):
    declined = _pay(client, localstripe_card(localstripe_url, "4000000000000341"))
    assert declined["status"] == "declined"

    answer = _pay(client, localstripe_card(localstripe_url))

    assert answer["status"] == "succeeded"
    placed_order.refresh_from_db()
    assert placed_order.status == statuses.PAID
    assert all(line.num_allocated == line.quantity for line in placed_order.lines.all())


def test_after_a_declined_card_the_buyer_pays_from_their_account(client, localstripe_url, two_producers_products):
    buyer = UserFactory()
    client.force_login(buyer)
    silk, chili = two_producers_products
    checkout_to_preview(client, [(silk, 1)], guest_email=None)
    place(client)
    order = Order.objects.get()
    assert _pay(client, localstripe_card(localstripe_url, "4000000000000341"))["status"] == "declined"

    answer = client.post(f"/checkout/pay/card/?order={order.number}",
                         json.dumps({"payment_method_id": localstripe_card(localstripe_url)}),
                         content_type="application/json").json()

    assert answer["status"] == "succeeded"
    order.refresh_from_db()
    assert order.status == statuses.PAID


def test_the_decline_message_is_in_the_buyers_language(client, placed_order, localstripe_url, settings):
    from django.utils import translation

    settings.LANGUAGE_CODE = "th"
    with translation.override("th"):
        answer = _pay(client, localstripe_card(localstripe_url, "4000000000000341"))
    assert answer["status"] == "declined"
    assert answer["message"] == "บัตรของคุณถูกปฏิเสธ กรุณาลองบัตรใบอื่น หรือติดต่อธนาคารผู้ออกบัตร"
