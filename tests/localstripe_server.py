"""The local Stripe-compatible server (localstripe) for tests that talk HTTP to it.

``localstripe_server`` starts it once per test session on a free loopback port; ``localstripe_url``
points the settings at it for one test. ``localstripe_card`` and ``localstripe_authenticate`` do what
the browser's Stripe.js stand-in does. The fixtures are offered to every test (``pytest_plugins`` in
tests/conftest.py).
"""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from marketplace.payments import stripe_gateway as gateway

ROOT = Path(__file__).resolve().parents[1]


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
