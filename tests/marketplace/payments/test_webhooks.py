"""Stripe's webhook: signed triggers only, re-fetch, idempotent, any order, allowed moves only."""

import time

import pytest
from django.core import mail

from marketplace.payments.models import WebhookDelivery
from marketplace.payments.services import order_stripe_source
from shop.order import statuses
from tests.fake_stripe import post_event, stripe_event
from tests.order_factory import order_place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


@pytest.fixture
def pending_order(stripe_account, fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    return order_place([(silk, 1), (chili, 2)], method="promptpay")


def _pi(order):
    return order_stripe_source(order).reference


def _succeeded(order, **extra):
    return stripe_event("payment_intent.succeeded", {"id": _pi(order), "object": "payment_intent", **extra})


def test_a_signed_succeeded_event_marks_the_order_paid_from_the_refetched_payment_intent(
    client, pending_order, fake_stripe
):
    fake_stripe.settle(_pi(pending_order))

    response = post_event(client, _succeeded(pending_order))

    assert response.status_code == 200
    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PAID
    assert order_stripe_source(pending_order).amount_debited == pending_order.total_incl_tax


def test_the_event_payload_is_only_a_trigger_it_cannot_pay_an_order_stripe_has_not_charged(
    client, pending_order, fake_stripe
):
    # The payload claims success; Stripe, asked again, says the customer has not paid yet.
    event = _succeeded(pending_order, status="succeeded", amount_received=999999)

    assert post_event(client, event).status_code == 200

    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PENDING


@pytest.mark.parametrize("case", ["unsigned", "wrong secret", "tampered", "stale", "garbage header"])
def test_unsigned_forged_tampered_or_stale_events_are_refused_with_400(client, pending_order, fake_stripe, case):
    fake_stripe.settle(_pi(pending_order))
    event = _succeeded(pending_order)
    if case == "unsigned":
        response = client.post("/payments/stripe/webhook/", data=event, content_type="application/json")
    elif case == "wrong secret":
        response = post_event(client, event, secret="whsec_someone_else")
    elif case == "tampered":
        from tests.fake_stripe import signed

        body, header = signed(event)
        response = client.post("/payments/stripe/webhook/", data=body.replace("succeeded", "canceled"),
                               content_type="application/json", HTTP_STRIPE_SIGNATURE=header)
    elif case == "stale":
        response = post_event(client, event, timestamp=int(time.time()) - 3600)
    else:
        response = client.post("/payments/stripe/webhook/", data=event, content_type="application/json",
                               HTTP_STRIPE_SIGNATURE="t=abc,v1=nothex")

    assert response.status_code == 400
    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PENDING
    assert not WebhookDelivery.objects.exists()


def test_without_a_configured_secret_every_event_is_refused(client, pending_order, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    assert post_event(client, _succeeded(pending_order)).status_code == 400


def test_the_same_event_delivered_ten_times_changes_the_order_once(
    client, pending_order, fake_stripe, django_capture_on_commit_callbacks
):
    fake_stripe.settle(_pi(pending_order))
    event = _succeeded(pending_order)

    with django_capture_on_commit_callbacks(execute=True):
        responses = [post_event(client, event) for _ in range(10)]

    assert {r.status_code for r in responses} == {200}
    assert [r.json()["outcome"] for r in responses][1:] == ["duplicate"] * 9
    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PAID
    assert pending_order.status_changes.count() == 1
    assert pending_order.payment_events.count() == 1
    assert order_stripe_source(pending_order).transactions.count() == 1
    assert len([m for m in mail.outbox if "Payment received" in m.subject]) == 1
    delivery = WebhookDelivery.objects.get(event_id=event["id"])
    assert delivery.deliveries == 10


def test_distinct_events_about_the_same_payment_also_change_it_only_once(client, pending_order, fake_stripe):
    fake_stripe.settle(_pi(pending_order))
    pi = _pi(pending_order)
    post_event(client, stripe_event("payment_intent.succeeded", {"id": pi, "object": "payment_intent"}, "evt_1"))
    post_event(client, stripe_event("charge.succeeded", {"id": "ch_1", "object": "charge", "payment_intent": pi},
                                     "evt_2"))

    pending_order.refresh_from_db()
    assert pending_order.status_changes.count() == 1


def test_a_refund_event_arriving_before_the_payment_event_still_ends_partly_refunded(
    client, pending_order, fake_stripe
):
    pi = _pi(pending_order)
    amount = fake_stripe.intents[pi].amount
    fake_stripe.settle(pi, amount_refunded=amount // 4)
    refunded = stripe_event("charge.refunded", {"id": "ch_1", "object": "charge", "payment_intent": pi}, "evt_r")

    post_event(client, refunded)
    post_event(client, _succeeded(pending_order))

    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PARTLY_REFUNDED
    assert [c.new_status for c in pending_order.status_changes.order_by("pk")] == [
        statuses.PAID, statuses.PARTLY_REFUNDED,
    ]


def test_a_late_failure_event_cannot_take_a_paid_order_back(client, pending_order, fake_stripe):
    pi = _pi(pending_order)
    fake_stripe.settle(pi)
    post_event(client, _succeeded(pending_order))
    post_event(client, stripe_event("payment_intent.payment_failed", {"id": pi, "object": "payment_intent"}))
    post_event(client, stripe_event("payment_intent.canceled", {"id": pi, "object": "payment_intent"}))

    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PAID


def test_a_failed_attempt_leaves_the_order_pending_so_the_buyer_can_pay_again(client, pending_order, fake_stripe):
    pi = _pi(pending_order)
    fake_stripe.settle(pi, status="requires_payment_method", error_message="The QR code expired.")

    post_event(client, stripe_event("payment_intent.payment_failed", {"id": pi, "object": "payment_intent"}))

    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PENDING


def test_a_cancelled_payment_fails_the_order_and_puts_the_stock_back(client, pending_order, fake_stripe):
    line = pending_order.lines.first()
    allocated_before = line.stockrecord.num_allocated
    fake_stripe.settle(_pi(pending_order), status="canceled")

    post_event(client, stripe_event("payment_intent.canceled", {"id": _pi(pending_order), "object": "payment_intent"}))

    pending_order.refresh_from_db()
    assert pending_order.status == statuses.FAILED
    line.stockrecord.refresh_from_db()
    assert line.stockrecord.num_allocated == allocated_before - line.quantity
    # ... and a failed order stays failed, whatever Stripe says later.
    fake_stripe.settle(_pi(pending_order))
    post_event(client, _succeeded(pending_order))
    pending_order.refresh_from_db()
    assert pending_order.status == statuses.FAILED


def test_a_payment_for_another_amount_never_marks_the_order_paid(client, pending_order, fake_stripe):
    pi = _pi(pending_order)
    fake_stripe.settle(pi, amount_received=100)

    assert post_event(client, _succeeded(pending_order)).json()["outcome"] == "order-mismatch"

    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PENDING


def test_an_event_for_a_payment_intent_we_do_not_know_is_acknowledged_and_ignored(client, stripe_account, fake_stripe):
    event = stripe_event("payment_intent.succeeded", {"id": "pi_not_ours", "object": "payment_intent"})

    response = post_event(client, event)

    assert response.status_code == 200
    assert response.json()["outcome"] == "unknown-payment-intent"


@pytest.mark.parametrize("event_type, obj", [
    ("customer.created", {"id": "cus_1", "object": "customer"}),
    ("charge.succeeded", {"id": "ch_1", "object": "charge", "payment_intent": None}),
    ("payout.paid", {"id": "po_1", "object": "payout"}),
])
def test_events_about_other_things_are_acknowledged(client, stripe_account, fake_stripe, event_type, obj):
    response = post_event(client, stripe_event(event_type, obj))
    assert response.status_code == 200
    assert response.json()["outcome"] == "ignored"


def test_when_stripe_cannot_be_reached_the_event_is_left_for_stripe_to_retry(client, pending_order, fake_stripe):
    fake_stripe.settle(_pi(pending_order))
    fake_stripe.unreachable = True
    event = _succeeded(pending_order)

    assert post_event(client, event).status_code == 503

    fake_stripe.unreachable = False
    assert post_event(client, event).status_code == 200
    pending_order.refresh_from_db()
    assert pending_order.status == statuses.PAID


def test_only_post_is_accepted(client, stripe_account):
    assert client.get("/payments/stripe/webhook/").status_code == 405


def test_the_webhook_needs_no_csrf_token_and_no_language_prefix(stripe_account, pending_order, fake_stripe):
    from django.test import Client

    fake_stripe.settle(_pi(pending_order))
    response = post_event(Client(enforce_csrf_checks=True), _succeeded(pending_order))
    assert response.status_code == 200


def test_an_event_about_a_payment_intent_not_ours_is_decided_without_asking_stripe(
    client, stripe_account, fake_stripe, pending_order
):
    fake_stripe.unreachable = True  # asking Stripe would answer 503 ("try again later")

    response = post_event(client, stripe_event("payment_intent.payment_failed",
                                               {"id": "pi_of_another_shop", "object": "payment_intent"}))

    assert response.status_code == 200
    assert response.json()["outcome"] == "unknown-payment-intent"
    assert WebhookDelivery.objects.get().processed_at is not None
