"""The only module that talks to Stripe.

Thin functions over the Stripe SDK that take and return plain values and the
frozen dataclasses below, so the rest of the marketplace never sees a Stripe
object. Every POST carries an idempotency key, which the callers derive from
the order. Without ``STRIPE_SECRET_KEY`` the SDK is pointed at the local
Stripe-compatible server (localstripe, ``LOCALSTRIPE_URL``; PromptPay there
comes from ``localstripe_extensions.py``).
"""

import json
import logging
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache

import stripe
from django.conf import settings

logger = logging.getLogger(__name__)

#: What the local server accepts as keys and signs its webhooks with. Development only.
LOCAL_SECRET_KEY = "sk_test_localstripe"
LOCAL_PUBLISHABLE_KEY = "pk_test_localstripe"
LOCAL_WEBHOOK_SECRET = "whsec_localstripe_development_only"

STRIPE_JS_URL = "https://js.stripe.com/v3/"
WEBHOOK_TOLERANCE_SECONDS = 300


# --- Values at the boundary ---------------------------------------------------------


@dataclass(frozen=True)
class PaymentIntent:
    id: str
    status: str  # requires_payment_method, requires_confirmation, requires_action, processing, succeeded, canceled...
    amount: int  # in the currency's minor unit (satang)
    amount_received: int
    amount_refunded: int
    currency: str  # upper case, as Oscar stores it: "THB"
    client_secret: str
    order_number: str
    payment_method_types: tuple[str, ...] = ()
    next_action: str = ""
    promptpay_qr_image_url: str = ""
    # Stripe's own page with the QR code: a buyer paying on the phone that shows the code can't scan it.
    promptpay_qr_hosted_instructions_url: str = ""
    error_message: str = ""  # Stripe's English text: for logs, never for the buyer
    error_code: str = ""  # last_payment_error.code, e.g. "card_declined"
    decline_code: str = ""  # last_payment_error.decline_code, e.g. "insufficient_funds"


@dataclass(frozen=True)
class Refund:
    id: str
    status: str  # pending, succeeded, failed, canceled, requires_action
    amount: int
    payment_intent_id: str
    reference: str = ""  # our metadata["reference"] ("refund-<pk>"); empty for refunds made in Stripe's Dashboard


@dataclass(frozen=True)
class WebhookEvent:
    id: str
    type: str
    created: int
    object_type: str
    object_id: str
    payment_intent_id: str  # the PaymentIntent the event is about, when there is one
    refund_ids: tuple[str, ...] = field(default=())


class GatewayError(Exception):
    """Stripe refused the request or could not be reached; ``user_message`` may be shown."""

    def __init__(self, message: str, user_message: str = "", retryable: bool = False):
        super().__init__(message)
        self.user_message = user_message
        self.retryable = retryable


class PaymentDeclined(GatewayError):
    """The card (or other method) was declined: the buyer may try again, with another card."""

    def __init__(self, message: str, user_message: str = "", code: str = "", decline_code: str = ""):
        super().__init__(message, user_message=user_message)
        self.code = code
        self.decline_code = decline_code


class NotFound(GatewayError):
    pass


class InvalidWebhook(Exception):
    """Unsigned, forged, tampered with, stale, or not JSON."""


# --- Configuration ---------------------------------------------------------------------


def is_local_mode() -> bool:
    return bool(settings.STRIPE_USE_LOCAL)


def publishable_key() -> str:
    return LOCAL_PUBLISHABLE_KEY if is_local_mode() else settings.STRIPE_PUBLISHABLE_KEY


def stripe_js_url() -> str:
    """Stripe.js, or the local server's stand-in for it."""
    if is_local_mode():
        return settings.LOCALSTRIPE_URL.rstrip("/") + "/js.stripe.com/v3/"
    return STRIPE_JS_URL


def webhook_secret() -> str:
    return LOCAL_WEBHOOK_SECRET if is_local_mode() else (settings.STRIPE_WEBHOOK_SECRET or "")


def _client() -> stripe.StripeClient:
    if is_local_mode():
        return _client_for(LOCAL_SECRET_KEY, settings.LOCALSTRIPE_URL.rstrip("/"))
    return _client_for(settings.STRIPE_SECRET_KEY, (settings.STRIPE_API_BASE or "").rstrip("/"))


@lru_cache(maxsize=4)
def _client_for(api_key: str, api_base: str) -> stripe.StripeClient:
    # With an idempotency key on every POST, the SDK's retries are safe.
    options = {"max_network_retries": 2}
    if api_base:
        options["base_addresses"] = {"api": api_base}
    return stripe.StripeClient(api_key, **options)


def _options(idempotency_key: str) -> dict:
    return {"idempotency_key": idempotency_key}


def _error(exc: stripe.StripeError) -> GatewayError:
    message = getattr(exc, "user_message", None) or str(exc)
    if isinstance(exc, stripe.CardError):
        return PaymentDeclined(str(exc), user_message=message, code=getattr(exc, "code", None) or "",
                               decline_code=_get(getattr(exc, "error", None), "decline_code", ""))
    if isinstance(exc, stripe.InvalidRequestError) and getattr(exc, "http_status", None) == 404:
        return NotFound(str(exc))
    retryable = isinstance(exc, (stripe.APIConnectionError, stripe.RateLimitError)) or (
        getattr(exc, "http_status", None) or 0
    ) >= 500
    return GatewayError(str(exc), retryable=retryable)


def _get(obj, key, default=None):
    if obj is None:
        return default
    try:
        value = obj[key]
    except (KeyError, TypeError, IndexError):
        return default
    return default if value is None else value


def _payment_intent(obj) -> PaymentIntent:
    charge = _get(obj, "latest_charge")
    refunded = _get(charge, "amount_refunded", 0) if not isinstance(charge, str) else 0
    next_action = _get(obj, "next_action")
    qr = _get(next_action, "promptpay_display_qr_code")
    error = _get(obj, "last_payment_error")
    return PaymentIntent(
        id=obj["id"],
        status=_get(obj, "status", ""),
        amount=int(_get(obj, "amount", 0)),
        amount_received=int(_get(obj, "amount_received", 0) or (
            _get(charge, "amount", 0) if _get(obj, "status") == "succeeded" and not isinstance(charge, str) else 0
        )),
        amount_refunded=int(refunded or 0),
        currency=str(_get(obj, "currency", "")).upper(),
        client_secret=_get(obj, "client_secret", ""),
        order_number=str(_get(_get(obj, "metadata", {}), "order_number", "")),
        payment_method_types=tuple(_get(obj, "payment_method_types", ()) or ()),
        next_action=_get(next_action, "type", ""),
        promptpay_qr_image_url=_get(qr, "image_url_png", ""),
        promptpay_qr_hosted_instructions_url=_get(qr, "hosted_instructions_url", ""),
        error_message=_get(error, "message", ""),
        error_code=_get(error, "code", ""),
        decline_code=_get(error, "decline_code", ""),
    )


def _refund(obj) -> Refund:
    payment_intent = _get(obj, "payment_intent", "")
    if not isinstance(payment_intent, str):
        payment_intent = _get(payment_intent, "id", "")
    return Refund(id=obj["id"], status=_get(obj, "status", ""), amount=int(_get(obj, "amount", 0)),
                  payment_intent_id=payment_intent, reference=str(_get(_get(obj, "metadata"), "reference", "")))


# --- PaymentIntents -----------------------------------------------------------------------


def payment_intent_create(*, amount: int, currency: str, method: str, order_number: str,
                          idempotency_key: str) -> PaymentIntent:
    """A PaymentIntent for ``amount`` minor units, not yet confirmed; nothing is charged."""
    params = {
        "amount": amount,
        "currency": currency.lower(),
        "payment_method_types": [method],
        "metadata": {"order_number": order_number},
    }
    try:
        return _payment_intent(_client().v1.payment_intents.create(params, _options(idempotency_key)))
    except stripe.StripeError as exc:
        raise _error(exc) from exc


def payment_intent_retrieve(payment_intent_id: str) -> PaymentIntent:
    try:
        obj = _client().v1.payment_intents.retrieve(payment_intent_id, {"expand": ["latest_charge"]})
    except stripe.StripeError as exc:
        raise _error(exc) from exc
    return _payment_intent(obj)


def payment_intent_confirm_card(payment_intent_id: str, *, payment_method_id: str,
                                idempotency_key: str) -> PaymentIntent:
    """Attaches the card the buyer entered (a PaymentMethod or, locally, a card id) and confirms.

    The result may be ``succeeded``, ``processing`` or ``requires_action``
    (3-D Secure, finished in the browser by Stripe.js). A decline raises
    ``PaymentDeclined``.
    """
    intents = _client().v1.payment_intents
    try:
        intents.update(payment_intent_id, {"payment_method": payment_method_id},
                       _options(f"{idempotency_key}-attach"))
        obj = intents.confirm(payment_intent_id, {"expand": ["latest_charge"]}, _options(idempotency_key))
    except stripe.StripeError as exc:
        raise _error(exc) from exc
    return _payment_intent(obj)


def payment_intent_confirm_promptpay(payment_intent_id: str, *, email: str, return_url: str,
                                     idempotency_key: str) -> PaymentIntent:
    """Confirms with PromptPay: the result carries the QR code to show (``requires_action``)."""
    params = {
        "payment_method_data": {"type": "promptpay", "billing_details": {"email": email}},
        "return_url": return_url,
    }
    try:
        obj = _client().v1.payment_intents.confirm(payment_intent_id, params, _options(idempotency_key))
    except stripe.StripeError as exc:
        raise _error(exc) from exc
    return _payment_intent(obj)


def payment_intent_cancel(payment_intent_id: str, *, idempotency_key: str) -> PaymentIntent:
    try:
        obj = _client().v1.payment_intents.cancel(payment_intent_id, None, _options(idempotency_key))
    except stripe.StripeError as exc:
        raise _error(exc) from exc
    return _payment_intent(obj)


# --- Refunds ---------------------------------------------------------------------------------


def refund_create(*, payment_intent_id: str, amount: int, idempotency_key: str, reference: str) -> Refund:
    params = {"payment_intent": payment_intent_id, "amount": amount, "metadata": {"reference": reference}}
    try:
        return _refund(_client().v1.refunds.create(params, _options(idempotency_key)))
    except stripe.StripeError as exc:
        raise _error(exc) from exc


def refund_list(payment_intent_id: str) -> list[Refund]:
    """Every refund of the PaymentIntent, ours and those made in Stripe's Dashboard."""
    try:
        page = _client().v1.refunds.list({"payment_intent": payment_intent_id, "limit": 100})
        return [_refund(obj) for obj in page.auto_paging_iter()]
    except stripe.StripeError as exc:
        raise _error(exc) from exc


def refund_retrieve(refund_id: str) -> Refund:
    try:
        return _refund(_client().v1.refunds.retrieve(refund_id))
    except stripe.StripeError as exc:
        raise _error(exc) from exc


# --- Webhooks ----------------------------------------------------------------------------------


#: Ids and types as Stripe writes them: printable ASCII, no spaces, no NUL, within our columns.
_WEBHOOK_ID = re.compile(r"[\x21-\x7e]{1,255}")
_WEBHOOK_TYPE = re.compile(r"[a-z0-9_.]{1,100}")


def webhook_event_parse(payload: bytes, signature_header: str | None) -> WebhookEvent:
    """The event, once its signature over the raw body checks out, it is recent and it has an event's shape.

    A signed body is still checked field by field: signing proves who sent it, not that it is
    well formed, and nothing malformed may reach the database (a NUL or a 300-character id
    fails on PostgreSQL) or the handlers.
    """
    secret = webhook_secret()
    if not secret:
        raise InvalidWebhook("STRIPE_WEBHOOK_SECRET is not set")
    try:
        stripe.WebhookSignature.verify_header(payload, signature_header, secret, tolerance=WEBHOOK_TOLERANCE_SECONDS)
    except (stripe.SignatureVerificationError, ValueError) as exc:
        raise InvalidWebhook(str(exc)) from exc
    if _signed_at(signature_header) > time.time() + WEBHOOK_TOLERANCE_SECONDS:
        raise InvalidWebhook("signed in the future")
    try:
        event = json.loads(payload)
    except (ValueError, RecursionError) as exc:
        raise InvalidWebhook(f"not JSON: {exc}") from exc
    if not isinstance(event, dict):
        raise InvalidWebhook("not a JSON object")
    event_id, event_type, created = event.get("id"), event.get("type"), event.get("created")
    if not (isinstance(event_id, str) and _WEBHOOK_ID.fullmatch(event_id)):
        raise InvalidWebhook("no valid event id")
    if not (isinstance(event_type, str) and _WEBHOOK_TYPE.fullmatch(event_type)):
        raise InvalidWebhook("no valid event type")
    if not isinstance(created, int) or isinstance(created, bool) or not 0 < created < 2**40:
        raise InvalidWebhook("no valid creation time")
    data = event.get("data")
    obj = data.get("object") if isinstance(data, dict) else None
    if not isinstance(obj, dict):
        raise InvalidWebhook("no event object")
    object_type = _webhook_id_or_empty(obj.get("object"))
    object_id = _webhook_id_or_empty(obj.get("id"))
    if object_type == "payment_intent":
        payment_intent_id = object_id
    else:
        payment_intent = obj.get("payment_intent")
        payment_intent_id = _webhook_id_or_empty(
            payment_intent.get("id") if isinstance(payment_intent, dict) else payment_intent)
    refund_ids = (object_id,) if object_type == "refund" and object_id else ()
    return WebhookEvent(
        id=event_id, type=event_type, created=created, object_type=object_type, object_id=object_id,
        payment_intent_id=payment_intent_id, refund_ids=refund_ids,
    )


def _webhook_id_or_empty(value) -> str:
    """An id from the event object, or "" for anything that is not one (the event is then ignored)."""
    return value if isinstance(value, str) and _WEBHOOK_ID.fullmatch(value) else ""


def _signed_at(signature_header: str) -> int:
    """The ``t=`` of a header that has already been verified."""
    for item in signature_header.split(","):
        key, _, value = item.partition("=")
        if key.strip() == "t":
            return int(value)
    return 0
