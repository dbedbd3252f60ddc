"""Contract tests: every function of the Stripe gateway, against stripe-mock.

stripe-mock is Stripe's own mock of its API, generated from Stripe's OpenAPI
description: it refuses any parameter Stripe would refuse and answers with
Stripe's own fixture objects. It keeps no state (a confirmed PaymentIntent
does not become paid), so the journeys that need state run against
localstripe instead (tests/marketplace/payments/test_card_flow_localstripe.py); these
prove that what we send is what Stripe accepts, and that we read what Stripe
answers.

``.ci/run`` starts stripe-mock and sets ``STRIPE_MOCK_URL``; otherwise the
binary ``make stripe-mock`` installed into var/ is started here. Under CI a
missing stripe-mock fails these tests; they are never skipped there.
"""

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import stripe

from marketplace.payments import stripe_gateway as gateway
from tests.fake_stripe import signed

pytestmark = pytest.mark.usefixtures("english_by_default")

ROOT = Path(__file__).resolve().parents[3]
API_KEY = "sk_test_contract"


def _answers(url: str) -> bool:
    request = urllib.request.Request(url + "/v1/balance", headers={"Authorization": f"Bearer {API_KEY}"})
    try:
        with urllib.request.urlopen(request, timeout=1):
            return True
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def _wait(url: str, process=None) -> None:
    deadline = time.monotonic() + 20
    while not _answers(url):
        if (process is not None and process.poll() is not None) or time.monotonic() > deadline:
            pytest.fail(f"stripe-mock does not answer at {url}")
        time.sleep(0.2)


def _binary() -> Path | None:
    if os.environ.get("STRIPE_MOCK_BIN"):
        return Path(os.environ["STRIPE_MOCK_BIN"])
    found = sorted((ROOT / "var" / "stripe-mock").glob("*/stripe-mock"))
    return found[-1] if found else None


@pytest.fixture(scope="session")
def stripe_mock_server():
    if os.environ.get("STRIPE_MOCK_URL"):
        url = os.environ["STRIPE_MOCK_URL"].rstrip("/")
        _wait(url)
        yield url
        return
    binary = _binary()
    if binary is None or not binary.exists():
        message = "stripe-mock is not installed: run `make stripe-mock`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([str(binary), "-http-addr", f"127.0.0.1:{port}", "-https-addr", "127.0.0.1:0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    _wait(url, process)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def stripe_mock(stripe_mock_server, settings):
    """The gateway pointed at stripe-mock, as it would be at Stripe with real keys."""
    settings.STRIPE_SECRET_KEY = API_KEY
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_contract"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_contract"
    settings.STRIPE_USE_LOCAL = False
    settings.STRIPE_API_BASE = stripe_mock_server
    return stripe_mock_server


def _fixture(url: str, path: str) -> dict:
    """One of Stripe's fixture objects, as stripe-mock serves it."""
    request = urllib.request.Request(url + path, headers={"Authorization": f"Bearer {API_KEY}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.load(response)


# --- PaymentIntents ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["card", "promptpay"])
def test_a_payment_intent_is_created_in_baht_for_one_method(stripe_mock, method):
    intent = gateway.payment_intent_create(amount=129000, currency="THB", method=method, order_number="100001",
                                           idempotency_key=f"contract-create-{method}")

    assert intent.id.startswith("pi_")
    assert (intent.amount, intent.currency, intent.payment_method_types) == (129000, "THB", (method,))
    assert intent.client_secret


def test_a_card_is_attached_and_confirmed(stripe_mock):
    intent = gateway.payment_intent_confirm_card("pi_contract", payment_method_id="pm_card_visa",
                                                 idempotency_key="contract-confirm")

    assert intent.id == "pi_contract"
    assert intent.status


def test_promptpay_is_confirmed_with_the_buyers_email_and_a_return_url(stripe_mock):
    intent = gateway.payment_intent_confirm_promptpay("pi_contract", email="buyer@example.th",
                                                      return_url="https://otop.example/checkout/pay/return/",
                                                      idempotency_key="contract-promptpay")
    assert intent.id == "pi_contract"


def test_a_payment_intent_is_retrieved_with_its_latest_charge(stripe_mock):
    intent = gateway.payment_intent_retrieve("pi_contract")

    assert intent.id == "pi_contract"
    assert isinstance(intent.amount_refunded, int) and isinstance(intent.amount_received, int)


def test_a_payment_intent_is_cancelled(stripe_mock):
    assert gateway.payment_intent_cancel("pi_contract", idempotency_key="contract-cancel").id == "pi_contract"


# --- Refunds -----------------------------------------------------------------------------------


def test_a_refund_is_created_with_our_reference(stripe_mock):
    refund = gateway.refund_create(payment_intent_id="pi_contract", amount=9000, idempotency_key="contract-refund",
                                   reference="refund-7")
    assert refund.id.startswith("re_")
    assert refund.status


def test_a_refund_is_retrieved(stripe_mock):
    assert gateway.refund_retrieve("re_contract").id == "re_contract"


def test_the_refunds_of_a_payment_intent_are_listed(stripe_mock):
    refunds = gateway.refund_list("pi_contract")
    assert refunds and all(refund.id.startswith("re_") for refund in refunds)


# --- Stripe refuses what it does not know --------------------------------------------------------


def test_a_parameter_stripe_does_not_accept_fails(stripe_mock):
    """The proof that these tests would catch a wrong parameter: a misspelt one is refused."""
    with pytest.raises(stripe.InvalidRequestError) as caught:
        gateway._client().v1.payment_intents.create(
            {"amount": 1000, "currency": "thb", "payment_method_type": ["card"]})  # Stripe's is payment_method_types
    error = gateway._error(caught.value)
    assert isinstance(error, gateway.GatewayError) and not error.retryable


# --- Webhooks, with Stripe's own fixture objects --------------------------------------------------


@pytest.mark.parametrize("event_type, path, expect_refund", [
    ("payment_intent.succeeded", "/v1/payment_intents/pi_contract", False),
    ("charge.refunded", "/v1/charges/ch_contract", False),
    ("refund.updated", "/v1/refunds/re_contract", True),
])
def test_a_signed_event_carrying_a_stripe_object_is_parsed(stripe_mock, event_type, path, expect_refund):
    event = _fixture(stripe_mock, "/v1/events/evt_contract")
    obj = _fixture(stripe_mock, path)
    event.update(type=event_type, created=int(time.time()), data={"object": obj})
    body, header = signed(event, secret="whsec_contract")

    parsed = gateway.webhook_event_parse(body.encode(), header)

    assert (parsed.id, parsed.type, parsed.object_type, parsed.object_id) == (
        "evt_contract", event_type, obj["object"], obj["id"])
    payment_intent = obj["id"] if obj["object"] == "payment_intent" else obj.get("payment_intent") or ""
    if isinstance(payment_intent, dict):
        payment_intent = payment_intent["id"]
    assert parsed.payment_intent_id == payment_intent
    assert parsed.refund_ids == ((obj["id"],) if expect_refund else ())


def test_an_event_signed_with_another_secret_is_refused(stripe_mock):
    event = _fixture(stripe_mock, "/v1/events/evt_contract")
    body, header = signed(event, secret="whsec_someone_else")
    with pytest.raises(gateway.InvalidWebhook):
        gateway.webhook_event_parse(body.encode(), header)


# --- Local mode ------------------------------------------------------------------------------------


def test_local_mode_points_the_sdk_and_the_page_at_the_local_server(settings):
    settings.STRIPE_USE_LOCAL = True
    settings.LOCALSTRIPE_URL = "http://127.0.0.1:8420"
    assert gateway.stripe_js_url() == "http://127.0.0.1:8420/js.stripe.com/v3/"
    assert gateway.publishable_key().startswith("pk_test_")
    assert gateway.webhook_secret() == gateway.LOCAL_WEBHOOK_SECRET
    client = gateway._client()
    assert client._requestor._options.base_addresses["api"] == "http://127.0.0.1:8420"


def test_with_real_keys_stripe_js_comes_from_stripe(settings):
    settings.STRIPE_USE_LOCAL = False
    settings.STRIPE_PUBLISHABLE_KEY = "pk_live_x"
    assert gateway.stripe_js_url() == "https://js.stripe.com/v3/"
    assert gateway.publishable_key() == "pk_live_x"
