"""An in-memory Stripe behind ``marketplace.payments.stripe_gateway``, and Stripe's signed webhook events.

``fake_stripe`` replaces the gateway's functions with ``FakeStripe``, which keeps PaymentIntents and
refunds and records every POST with its idempotency key; a test moves a PaymentIntent on Stripe's side
with ``fake_stripe.settle(...)``. ``stripe_account`` configures a real (test-mode) account instead of the
local server. Both are fixtures for every test (``pytest_plugins`` in tests/conftest.py).
"""

import dataclasses
import itertools
import json
import time

import pytest
import stripe

from marketplace.payments import stripe_gateway as gateway

WEBHOOK_SECRET = "whsec_test_secret"


class FakeStripe:
    """Enough of Stripe for the marketplace's gateway functions, with idempotency keys honoured."""

    def __init__(self):
        self.intents: dict[str, gateway.PaymentIntent] = {}
        self.refunds: dict[str, gateway.Refund] = {}
        self.posts: list[tuple[str, str]] = []  # (what, idempotency key)
        self._replies: dict[str, object] = {}
        self._ids = itertools.count(1)
        self.unreachable = False
        self.lists: list[str] = []  # PaymentIntents whose refunds were listed

    def _post(self, what: str, key: str):
        assert key, f"{what} without an idempotency key"
        if self.unreachable:
            raise gateway.GatewayError("connection refused", retryable=True)
        self.posts.append((what, key))
        return self._replies.get(key)

    def _get(self, payment_intent_id: str) -> gateway.PaymentIntent:
        if self.unreachable:
            raise gateway.GatewayError("connection refused", retryable=True)
        if payment_intent_id not in self.intents:
            raise gateway.NotFound(f"No such payment_intent: {payment_intent_id}")
        return self.intents[payment_intent_id]

    def _set(self, intent: gateway.PaymentIntent, **changes) -> gateway.PaymentIntent:
        intent = dataclasses.replace(intent, **changes)
        self.intents[intent.id] = intent
        return intent

    # The gateway's functions ---------------------------------------------------------------

    def payment_intent_create(self, *, amount, currency, method, order_number, idempotency_key):
        if (reply := self._post("create", idempotency_key)) is not None:
            return reply
        pi_id = f"pi_fake{next(self._ids):05d}"
        intent = gateway.PaymentIntent(
            id=pi_id, status="requires_payment_method", amount=amount, amount_received=0, amount_refunded=0,
            currency=currency.upper(), client_secret=f"{pi_id}_secret_x", order_number=order_number,
            payment_method_types=(method,),
        )
        self.intents[pi_id] = intent
        self._replies[idempotency_key] = intent
        return intent

    def payment_intent_retrieve(self, payment_intent_id):
        return self._get(payment_intent_id)

    def payment_intent_confirm_card(self, payment_intent_id, *, payment_method_id, idempotency_key):
        if (reply := self._post("confirm", idempotency_key)) is not None:
            return reply
        intent = self._get(payment_intent_id)
        if payment_method_id == "pm_card_declined":
            self._set(intent, error_message="Your card was declined.")
            raise gateway.PaymentDeclined("declined", user_message="Your card was declined.")
        if payment_method_id == "pm_card_3ds":
            intent = self._set(intent, status="requires_action", next_action="use_stripe_sdk")
        else:
            intent = self._set(intent, status="succeeded", amount_received=intent.amount)
        self._replies[idempotency_key] = intent
        return intent

    def payment_intent_confirm_promptpay(self, payment_intent_id, *, email, return_url, idempotency_key):
        if (reply := self._post("confirm-promptpay", idempotency_key)) is not None:
            return reply
        intent = self._set(self._get(payment_intent_id), status="requires_action",
                           next_action="promptpay_display_qr_code",
                           promptpay_qr_image_url=f"https://qr.stripe.test/{payment_intent_id}.png",
                           promptpay_qr_hosted_instructions_url=f"https://pay.stripe.test/qr/{payment_intent_id}")
        self._replies[idempotency_key] = intent
        return intent

    def payment_intent_cancel(self, payment_intent_id, *, idempotency_key):
        self._post("cancel", idempotency_key)
        intent = self._get(payment_intent_id)
        if intent.status == "succeeded":
            raise gateway.GatewayError("You cannot cancel this PaymentIntent because it has a status of succeeded.")
        return self._set(intent, status="canceled")

    def refund_create(self, *, payment_intent_id, amount, idempotency_key, reference):
        if (reply := self._post("refund", idempotency_key)) is not None:
            return reply
        intent = self._get(payment_intent_id)
        if intent.amount_refunded + amount > intent.amount_received:
            raise gateway.GatewayError("Refund amount is greater than the unrefunded amount on the charge.")
        self._set(intent, amount_refunded=intent.amount_refunded + amount)
        refund = gateway.Refund(id=f"re_fake{next(self._ids):05d}", status="succeeded", amount=amount,
                                payment_intent_id=payment_intent_id, reference=reference)
        self.refunds[refund.id] = refund
        self._replies[idempotency_key] = refund
        return refund

    def refund_retrieve(self, refund_id):
        return self.refunds[refund_id]

    def refund_list(self, payment_intent_id):
        if self.unreachable:
            raise gateway.GatewayError("connection refused", retryable=True)
        self.lists.append(payment_intent_id)
        return [refund for refund in self.refunds.values() if refund.payment_intent_id == payment_intent_id]

    # What tests do on Stripe's side -----------------------------------------------------------

    def settle(self, payment_intent_id, status="succeeded", **changes) -> gateway.PaymentIntent:
        intent = self._get(payment_intent_id)
        if status == "succeeded" and "amount_received" not in changes:
            changes["amount_received"] = intent.amount
        return self._set(intent, status=status, **changes)

    def refund_in_dashboard(self, payment_intent_id, amount: int, status="succeeded") -> gateway.Refund:
        """Someone refunds ``amount`` satang in Stripe's Dashboard: no idempotency key, no reference of ours."""
        intent = self._get(payment_intent_id)
        if status in ("succeeded", "pending"):
            self._set(intent, amount_refunded=intent.amount_refunded + amount)
        refund = gateway.Refund(id=f"re_dash{next(self._ids):05d}", status=status, amount=amount,
                                payment_intent_id=payment_intent_id)
        self.refunds[refund.id] = refund
        return refund

    def posts_of(self, what: str) -> list[str]:
        return [key for kind, key in self.posts if kind == what]


GATEWAY_FUNCTIONS = (
    "payment_intent_create", "payment_intent_retrieve", "payment_intent_confirm_card",
    "payment_intent_confirm_promptpay", "payment_intent_cancel", "refund_create", "refund_retrieve", "refund_list",
)


@pytest.fixture
def fake_stripe(monkeypatch):
    fake = FakeStripe()
    for name in GATEWAY_FUNCTIONS:
        monkeypatch.setattr(gateway, name, getattr(fake, name))
    return fake


@pytest.fixture
def stripe_account(settings):
    """A real (test-mode) Stripe account is configured: PromptPay offered, webhooks signed with our secret."""
    settings.STRIPE_SECRET_KEY = "sk_test_marketplace"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_marketplace"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_USE_LOCAL = False
    return settings


# --- Signed webhook events ------------------------------------------------------------------------


def stripe_event(event_type: str, obj: dict, event_id: str | None = None, created: int | None = None) -> dict:
    return {
        "id": event_id or f"evt_{event_type.replace('.', '_')}_{obj.get('id', 'x')}",
        "object": "event", "type": event_type, "created": created or int(time.time()),
        "api_version": "2025-01-27.acacia", "livemode": False, "data": {"object": obj},
    }


def signed(event: dict, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> tuple[str, str]:
    """The request body and its Stripe-Signature header, signed as Stripe does."""
    body = json.dumps(event)
    header = stripe.WebhookSignature.generate_signature_header(body, secret, timestamp=timestamp or int(time.time()))
    return body, header


def post_event(client, event: dict, secret: str = WEBHOOK_SECRET, timestamp: int | None = None, body=None):
    payload, header = signed(event, secret, timestamp)
    return client.post("/payments/stripe/webhook/", data=body if body is not None else payload,
                       content_type="application/json", HTTP_STRIPE_SIGNATURE=header)
