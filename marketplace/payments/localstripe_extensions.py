"""Where localstripe behaves differently from Stripe, taught to behave like Stripe; and PromptPay.

Installed by ``localstripe_server`` before it serves; only ever runs in that
development process.

* **A new card after a decline.** Stripe leaves a PaymentIntent whose charge
  failed in ``requires_payment_method``; attaching another payment method
  makes it ``requires_confirmation`` again, so the buyer can pay with another
  card. localstripe keeps reading the failed charge and refuses the second
  confirmation, so the order could never be paid.
* **PromptPay**, which localstripe lacks. Confirming a PaymentIntent with
  ``payment_method_data[type]=promptpay`` answers, as Stripe does, with
  ``next_action.promptpay_display_qr_code``: the QR payload (a real Thai QR
  bill payment to the demo account, ``thai_qr.py``), its PNG and a hosted page.
  That page is the test bank app: its "simulate the bank app paying" button
  completes the PaymentIntent, and localstripe posts the signed
  ``payment_intent.succeeded`` webhook, as Stripe's own test page does.
"""

import html
import io
from decimal import Decimal
from pathlib import Path

from aiohttp import web
from localstripe import resources, server
from localstripe.errors import UserError

from .thai_qr import promptpay_bill_payload

#: The demo shop's PromptPay biller: a test tax id (13 digits) and suffix 01. Nobody's real account.
DEMO_BILLER_ID = "099999999999901"
DEMO_MERCHANT_NAME = "OTOP PLUS DEMO"
_FONTS = Path(__file__).resolve().parents[2] / "static" / "fonts" / "sarabun"


def _payment_intent_new_attempt_on_new_payment_method() -> None:
    update = resources.PaymentIntent._update

    def _update(self, **data):
        if data.get("payment_method") and self.status == "requires_payment_method":
            self.latest_charge = None
            self._authentication_failed = False
        update(self, **data)

    resources.PaymentIntent._update = _update


def _payment_intent_keeps_its_payment_method_types() -> None:
    init = resources.PaymentIntent.__init__

    def __init__(self, *args, payment_method_types=None, **kwargs):
        init(self, *args, **kwargs)
        self.payment_method_types = list(payment_method_types or ["card"])

    resources.PaymentIntent.__init__ = __init__


# --- PromptPay --------------------------------------------------------------------------------


def _base_url(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


def _reference(payment_intent_id: str) -> str:
    """The bill payment's reference 1: the PaymentIntent, in the characters a Thai QR allows."""
    return payment_intent_id.removeprefix("pi_").upper()[:20]


def _promptpay_qr(intent, base_url: str) -> dict:
    amount = Decimal(intent.amount) / 100
    payload = promptpay_bill_payload(DEMO_BILLER_ID, amount, _reference(intent.id), merchant_name=DEMO_MERCHANT_NAME)
    page = f"{base_url}/promptpay/{intent.id}/"
    return {"type": "promptpay_display_qr_code", "promptpay_display_qr_code": {
        "data": payload, "hosted_instructions_url": page,
        "image_url_png": page + "qr.png", "image_url_svg": page + "qr.svg",
    }}


async def _confirm(request: web.Request) -> web.Response:
    """POST /v1/payment_intents/{id}/confirm: PromptPay here, everything else as localstripe does it."""
    data = await server.get_post_data(request) or {}
    payment_intent_id = request.match_info["id"]
    expand = data.pop("expand", None)
    method_data = data.get("payment_method_data") or {}
    if method_data.get("type") != "promptpay":
        intent = resources.PaymentIntent._api_confirm(id=payment_intent_id, **data)
        return server.json_response(intent._export(expand=expand))
    intent = resources.PaymentIntent._api_retrieve(payment_intent_id)
    if "promptpay" not in getattr(intent, "payment_method_types", ["card"]):
        raise UserError(400, "The PaymentIntent does not accept PromptPay", {"code": "payment_intent_invalid_parameter"})
    if intent.status not in ("requires_payment_method", "requires_confirmation", "requires_action"):
        raise UserError(400, f"You cannot confirm this PaymentIntent because it has a status of {intent.status}.",
                        {"code": "payment_intent_unexpected_state"})
    if not data.get("return_url"):
        raise UserError(400, "A return_url is needed to confirm with PromptPay", {"code": "parameter_missing"})
    if not intent.payment_method:
        # Behind the QR code: a test card localstripe can charge (and refund) when the "bank app" pays.
        card = resources.PaymentMethod(type="card", billing_details=method_data.get("billing_details"), card={
            "number": "4242424242424242", "exp_month": 12, "exp_year": 2099, "cvc": "123"})
        intent.payment_method = card.id
    intent.latest_charge = None
    intent.next_action = _promptpay_qr(intent, _base_url(request))
    return server.json_response(intent._export(expand=expand))


def _waiting_intent(request: web.Request):
    intent = resources.PaymentIntent._api_retrieve(request.match_info["id"])
    qr = (intent.next_action or {}).get("promptpay_display_qr_code")
    return intent, qr


_QR_CONTENT_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


async def _qr_image(request: web.Request) -> web.Response:
    import segno

    _intent, qr = _waiting_intent(request)
    kind = request.match_info["kind"]
    if not qr or kind not in _QR_CONTENT_TYPES:
        raise web.HTTPNotFound()
    buffer = io.BytesIO()
    segno.make(qr["data"], error="m").save(buffer, kind=kind, scale=8, border=4)
    return web.Response(body=buffer.getvalue(), content_type=_QR_CONTENT_TYPES[kind])


_PAGE = """<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PromptPay (ทดสอบ / test)</title>
<style>@font-face{{font-family:Sarabun;src:url(/promptpay/sarabun-thai.woff2) format("woff2");
unicode-range:U+0E01-0E5B}}body{{font-family:Sarabun,sans-serif;max-width:28rem;margin:1.5rem auto;padding:0 1rem;color:#1d2a44}}
img{{width:100%;max-width:260px;display:block;margin:1rem auto}}button{{font:inherit;font-size:1.1rem;padding:.8rem 1.2rem;
width:100%;background:#0b5ed7;color:#fff;border:0;border-radius:.5rem}}.note{{color:#555;font-size:.9rem}}
code{{word-break:break-all;font-size:.75rem}}</style></head><body>
<h1>PromptPay</h1>
<p class="note">แอปธนาคารจำลองของเซิร์ฟเวอร์ Stripe ทดสอบ (ไม่มีเงินจริง) · The local test server's simulated bank app (no real money)</p>
{body}
</body></html>"""


async def _hosted_page(request: web.Request) -> web.Response:
    intent, qr = _waiting_intent(request)
    amount = f"฿{Decimal(intent.amount) / 100:,.2f}"
    if intent.status == "succeeded":
        body = f"<p id='promptpay-paid'><strong>ชำระเงิน {amount} แล้ว · Paid {amount}</strong></p>" \
               "<p>กลับไปที่ร้านค้าได้เลย · You can go back to the shop.</p>"
    elif qr:
        body = (f"<p>ยอดชำระ · Amount: <strong>{amount}</strong></p>"
                f"<img src='{html.escape(qr['image_url_png'])}' alt='PromptPay QR {amount}'>"
                f"<form method='post' action='pay'><button type='submit' id='simulate-bank-app-paying'>"
                f"จำลองการชำระเงินจากแอปธนาคาร · Simulate the bank app paying</button></form>"
                f"<p class='note'>Thai QR: <code>{html.escape(qr['data'])}</code></p>")
    else:
        body = f"<p>ไม่มีรายการรอชำระ · Nothing to pay ({html.escape(intent.status)})</p>"
    return web.Response(text=_PAGE.format(body=body), content_type="text/html")


async def _simulate_paying(request: web.Request) -> web.Response:
    """The buyer's bank app pays the QR code: the charge succeeds and the webhook goes out."""
    intent, qr = _waiting_intent(request)
    if qr and intent.status == "requires_action":
        intent.next_action = None
        intent._create_charge(on_failure_now=intent._report_failure)
        resources.store.dump_to_disk()
    raise web.HTTPSeeOther(f"/promptpay/{intent.id}/")


async def _font(request: web.Request) -> web.Response:
    return web.Response(body=(_FONTS / "sarabun-thai-400-normal.woff2").read_bytes(), content_type="font/woff2")


@web.middleware
async def _open_promptpay_pages(request, handler):
    """The simulated bank app's pages are public, as Stripe's hosted QR page is; the API needs a key."""
    if request.path.startswith("/promptpay/"):
        return await handler(request)
    return await server.auth_middleware(request, handler)


def app_with_extensions() -> web.Application:
    """localstripe's application with our routes in front of its own."""
    app = web.Application(middlewares=[server.error_middleware, _open_promptpay_pages, server.save_store_middleware])
    app.on_response_prepare.append(server.add_cors_headers)
    app.router.add_post("/v1/payment_intents/{id}/confirm", _confirm)
    app.router.add_get("/promptpay/sarabun-thai.woff2", _font)
    app.router.add_get("/promptpay/{id}/", _hosted_page)
    app.router.add_post("/promptpay/{id}/pay", _simulate_paying)
    app.router.add_get("/promptpay/{id}/qr.{kind}", _qr_image)
    for route in server.app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter")
        if path and route.method != "HEAD":
            app.router.add_route(route.method, path, route.handler)
    return app


def extensions_install() -> None:
    _payment_intent_new_attempt_on_new_payment_method()
    _payment_intent_keeps_its_payment_method_types()
