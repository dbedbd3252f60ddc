"""Fixtures for checkout, payment, refund and ledger tests.

``fake_stripe`` replaces the functions of ``marketplace.payments.stripe_gateway``
with an in-memory Stripe that keeps PaymentIntents and refunds and records
every POST with its idempotency key; tests move a PaymentIntent on Stripe's
side with ``fake_stripe.settle(...)``. ``localstripe_url`` starts the real
local Stripe-compatible server once per test session, for tests over HTTP.
"""

import dataclasses
import itertools
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest
import stripe
from oscar.apps.basket.models import Basket
from oscar.apps.checkout.calculators import OrderTotalCalculator

from marketplace.payments import stripe_gateway as gateway
from marketplace.payments.services import payment_intent_open, payment_source_unsaved
from shop.address.models import Country
from shop.order import statuses
from shop.order.models import ShippingAddress
from shop.order.utils import OrderCreator, OrderNumberGenerator
from shop.partner.strategy import Selector
from shop.shipping.repository import Repository
from tests.factories import UserFactory, eligible_product

WEBHOOK_SECRET = "whsec_test_secret"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english_by_default(settings):
    """These tests read English texts: English is the unprefixed language while they run.

    (The Thai catalogue is filled in as we go; the Thai pages are covered by tests that say so.)
    """
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


# --- An in-memory Stripe ---------------------------------------------------------------------


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


# --- Orders ---------------------------------------------------------------------------------------------


def thai_address(**overrides) -> ShippingAddress:
    fields = {
        "first_name": "สมหญิง", "last_name": "รักไทย", "line1": "99/1 หมู่ 3 ถนนสุเทพ", "line3": "สุเทพ",
        "line4": "เมืองเชียงใหม่", "state": "เชียงใหม่", "postcode": "50200", "phone_number": "+66812345678",
        "country": Country.objects.get(iso_3166_1_a2="TH"),
    }
    fields.update(overrides)
    return ShippingAddress(**fields)


def basket_with(items, user=None) -> Basket:
    basket = Basket.objects.create(owner=user if user and user.is_authenticated else None)
    basket.strategy = Selector().strategy(user=user)
    for product, quantity in items:
        basket.add_product(product, quantity)
    return basket


def order_place(items, *, method="card", user=None, email="buyer@example.th", shipping_code=None):
    """Places a pending order as the checkout does: PaymentIntent first, then the order with its payment source."""
    basket = basket_with(items, user)
    methods = Repository().get_shipping_methods(basket)
    shipping_method = next(m for m in methods if m.code == shipping_code) if shipping_code else methods[0]
    shipping_charge = shipping_method.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, shipping_charge)
    number = OrderNumberGenerator().order_number(basket)
    intent = payment_intent_open(number, total.incl_tax, total.currency, method)
    address = thai_address()
    address.save()
    order = OrderCreator().place_order(
        basket=basket, total=total, shipping_method=shipping_method, shipping_charge=shipping_charge,
        user=user, shipping_address=address, order_number=number, status=statuses.PENDING,
        **({} if user else {"guest_email": email}),
    )
    source = payment_source_unsaved(intent, method, total.incl_tax, total.currency)
    source.order = order
    source.save()
    basket.submit()
    return order


def order_paid(items, fake, **kwargs):
    """A placed order whose payment Stripe has taken, synced as the webhook would."""
    from marketplace.payments.services import order_stripe_source, payment_sync

    order = order_place(items, **kwargs)
    reference = order_stripe_source(order).reference
    fake.settle(reference)
    payment_sync(reference)
    order.refresh_from_db()
    return order


@pytest.fixture
def two_producers_products():
    """Two eligible products of two different producers: 400 g at ฿1,290 and 250 g at ฿350."""
    silk = eligible_product(weight_grams=400)
    chili = eligible_product(weight_grams=250, stock__price=Decimal("350.00"))
    return silk, chili


@pytest.fixture
def producer_user(two_producers_products):
    """A producer's account acting for the silk's producer (the first of ``two_producers_products``)."""
    from django.contrib.auth.models import Permission

    silk, _ = two_producers_products
    user = UserFactory(email="weaver@otop.example")
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    silk.producer.partner.users.add(user)
    return user


@pytest.fixture
def buyer():
    return UserFactory(email="buyer@example.th")


# --- The local Stripe-compatible server ---------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def localstripe_server():
    """localstripe on a free loopback port for the whole session (in memory, no webhooks)."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "marketplace.payments.localstripe_server", "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "/js.stripe.com/v3/", timeout=1).read(10)
            break
        except (urllib.error.URLError, ConnectionError, OSError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("localstripe did not start")
            time.sleep(0.2)
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def localstripe_url(localstripe_server, settings):
    settings.STRIPE_SECRET_KEY = ""
    settings.STRIPE_USE_LOCAL = True
    settings.LOCALSTRIPE_URL = localstripe_server
    return localstripe_server


def localstripe_card(url: str, number: str = "4242424242424242") -> str:
    """What the Card Element stand-in does in the browser: tokenise the card with the publishable key."""
    data = urllib.parse.urlencode({
        "card[number]": number, "card[exp_month]": "12", "card[exp_year]": "2030", "card[cvc]": "123",
        "key": gateway.LOCAL_PUBLISHABLE_KEY,
    }).encode()
    with urllib.request.urlopen(url + "/v1/tokens", data, timeout=10) as response:
        return json.load(response)["card"]["id"]


def localstripe_authenticate(url: str, client_secret: str, success: bool = True) -> dict:
    """What Stripe.js's stand-in does for 3-D Secure (confirmCardPayment)."""
    payment_intent_id = client_secret.split("_secret_")[0]
    body = json.dumps({"key": gateway.LOCAL_PUBLISHABLE_KEY, "client_secret": client_secret}).encode()
    request = urllib.request.Request(
        f"{url}/v1/payment_intents/{payment_intent_id}/_authenticate?success={'true' if success else 'false'}",
        data=body, method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def on_postgres():
    """Marks for tests that need PostgreSQL: skipped (before any database set-up) elsewhere.

    They run in transactions of their own across threads; the rows that migrations load
    (provinces, shipping rates, Thailand) are restored for each (``serialized_rollback``).
    """
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    return [
        pytest.mark.postgres,
        pytest.mark.skipif("postgresql" not in engine,
                           reason="needs PostgreSQL: run with DATABASE_URL=postgres://... -m postgres (.ci/run does)"),
        pytest.mark.django_db(transaction=True, serialized_rollback=True),
    ]
