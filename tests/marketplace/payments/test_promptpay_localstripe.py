"""PromptPay end to end over HTTP against the local Stripe-compatible server (localstripe)."""

import urllib.request

import pytest

from marketplace.payments import stripe_gateway as gateway
from marketplace.payments.services import order_stripe_source
from marketplace.payments.thai_qr import payload_crc_valid, payload_fields
from shop.order import statuses
from shop.order.models import Order
from tests.shop.checkout.steps import checkout_to_preview, place
from tests.fake_stripe import post_event, stripe_event

pytestmark = [pytest.mark.django_db, pytest.mark.localstripe, pytest.mark.usefixtures("english_by_default")]


@pytest.fixture
def promptpay_order(client, localstripe_url, two_producers_products):
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)], payment_method="promptpay")
    assert place(client)["Location"] == "/checkout/pay/"
    return Order.objects.get()


def test_the_pay_page_shows_a_thai_qr_code_for_the_order_and_the_test_bank_app(client, promptpay_order,
                                                                                 localstripe_url):
    page = client.get("/checkout/pay/").content.decode()

    intent = gateway.payment_intent_retrieve(order_stripe_source(promptpay_order).reference)
    assert intent.status == "requires_action" and intent.next_action == "promptpay_display_qr_code"
    assert f'src="{intent.promptpay_qr_image_url}"' in page
    assert 'id="promptpay-test-bank-app"' in page and intent.promptpay_qr_hosted_instructions_url in page
    with urllib.request.urlopen(intent.promptpay_qr_image_url) as response:
        assert response.headers["Content-Type"] == "image/png"
    with urllib.request.urlopen(intent.promptpay_qr_hosted_instructions_url) as response:
        bank_app = response.read().decode()
    payload = bank_app.split("<code>")[1].split("</code>")[0]
    assert payload_crc_valid(payload)
    assert payload_fields(payload)["54"] == f"{promptpay_order.total_incl_tax:.2f}"
    # Nothing about a card on a PromptPay payment.
    assert "card number" not in page and "bank's app" in page


def test_the_simulated_bank_app_pays_and_the_signed_webhook_marks_the_order_paid(client, promptpay_order,
                                                                                   localstripe_url, settings):
    client.get("/checkout/pay/")
    intent = gateway.payment_intent_retrieve(order_stripe_source(promptpay_order).reference)
    urllib.request.urlopen(urllib.request.Request(intent.promptpay_qr_hosted_instructions_url + "pay", data=b"",
                                                  method="POST")).read()
    assert client.get("/checkout/pay/status/").json()["paid"] is False  # only the webhook marks it paid

    # What localstripe posts to the site (``make run`` registers the site's webhook URL with it).
    event = stripe_event("payment_intent.succeeded", {"id": intent.id, "object": "payment_intent"})
    response = post_event(client, event, secret=gateway.LOCAL_WEBHOOK_SECRET)

    assert response.status_code == 200
    promptpay_order.refresh_from_db()
    assert promptpay_order.status == statuses.PAID
    assert client.get("/checkout/pay/status/").json()["paid"] is True


def test_a_paid_promptpay_order_is_refunded_through_the_local_server(client, promptpay_order, localstripe_url):
    client.get("/checkout/pay/")
    intent = gateway.payment_intent_retrieve(order_stripe_source(promptpay_order).reference)
    urllib.request.urlopen(urllib.request.Request(intent.promptpay_qr_hosted_instructions_url + "pay", data=b"",
                                                  method="POST")).read()

    refund = gateway.refund_create(payment_intent_id=intent.id, amount=1000, idempotency_key="t-refund",
                                   reference="refund-1")

    assert refund.status == "succeeded"
    assert gateway.payment_intent_retrieve(intent.id).amount_refunded == 1000
