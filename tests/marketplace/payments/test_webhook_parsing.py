"""Signed but malformed webhook bodies: a 400, nothing stored, never a server error.

A valid signature proves who sent the body, not that it is an event; the
gateway's parser checks its shape before anything reaches the database.
"""

import json
import time

import pytest
import stripe

from marketplace.payments.models import WebhookDelivery
from tests.fake_stripe import WEBHOOK_SECRET, post_event, stripe_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


def post_raw(client, body: str, timestamp: int | None = None):
    header = stripe.WebhookSignature.generate_signature_header(body, WEBHOOK_SECRET,
                                                               timestamp=timestamp or int(time.time()))
    return client.post("/payments/stripe/webhook/", data=body.encode("utf-8", "surrogatepass"),
                       content_type="application/json", HTTP_STRIPE_SIGNATURE=header)


def _event(**changes):
    event = stripe_event("payment_intent.succeeded", {"id": "pi_ours", "object": "payment_intent"})
    event.update(changes)
    return event


@pytest.mark.parametrize("body", [
    "[]", '"an event"', "null", "42", "{", "not json", "[" * 100_000 + "]" * 100_000,
    '{"id": "evt_1", "type": "payment_intent.succeeded", "created": 1, "data": ' + '{"a": ' * 50_000 + "1"
    + "}" * 50_001,
], ids=["array", "string", "null", "number", "truncated", "text", "deep array", "deep object"])
def test_a_signed_body_that_is_not_an_event_object_is_refused(client, stripe_account, body):
    assert post_raw(client, body).status_code == 400
    assert not WebhookDelivery.objects.exists()


@pytest.mark.parametrize("changes", [
    {"type": 123}, {"type": None}, {"type": "x" * 101}, {"type": "payment_intent.succeeded\x00"},
    {"created": "x"}, {"created": None}, {"created": True}, {"created": 10**30},
    {"id": None}, {"id": 123}, {"id": ""}, {"id": "evt_\x00nul"}, {"id": "evt_" + "x" * 300},
    {"id": "evt with spaces"}, {"data": None}, {"data": []}, {"data": {"object": "pi_ours"}},
], ids=repr)
def test_a_signed_event_with_a_malformed_field_is_refused_and_nothing_is_stored(client, stripe_account, changes):
    assert post_raw(client, json.dumps(_event(**changes))).status_code == 400
    assert not WebhookDelivery.objects.exists()


def test_an_event_signed_for_a_time_ten_years_ahead_is_refused(client, stripe_account):
    in_ten_years = int(time.time()) + 10 * 365 * 24 * 3600
    assert post_event(client, _event(), timestamp=in_ten_years).status_code == 400
    assert not WebhookDelivery.objects.exists()


@pytest.mark.parametrize("obj", [
    {"id": "ch_1", "object": "charge", "payment_intent": "pi_\x00nul"},
    {"id": "ch_1", "object": "charge", "payment_intent": "pi_" + "x" * 300},
    {"id": "ch_1", "object": "charge", "payment_intent": {"id": ["pi_1"]}},
    {"id": {"nested": 1}, "object": "payment_intent"},
    {"id": "re_1", "object": ["refund"]},
], ids=["nul", "long", "list", "object id", "object type"])
def test_junk_inside_a_well_formed_event_is_acknowledged_and_ignored(client, stripe_account, fake_stripe, obj):
    response = post_event(client, stripe_event("charge.refunded", obj, event_id="evt_junk_inside"))

    assert response.status_code == 200
    assert response.json()["outcome"] == "ignored"
    assert WebhookDelivery.objects.get().payment_intent_id == ""


def test_a_body_that_is_not_utf8_is_refused(client, stripe_account):
    body = b'{"id": "evt_1\xff"}'
    header = stripe.WebhookSignature.generate_signature_header(body.decode("latin-1"), WEBHOOK_SECRET,
                                                               timestamp=int(time.time()))
    response = client.post("/payments/stripe/webhook/", data=body, content_type="application/json",
                           HTTP_STRIPE_SIGNATURE=header)
    assert response.status_code == 400
