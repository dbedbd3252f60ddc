"""A buyer on a phone pays by PromptPay: the Thai QR code, the (simulated) bank app, the confirmation."""

import urllib.parse
import urllib.request

import pytest

from marketplace.payments import stripe_gateway as gateway
from marketplace.payments.thai_qr import BILL_PAYMENT_AID, payload_crc_valid, payload_fields
from shop.order import statuses
from shop.order.models import Order
from tests.factories import UserFactory, eligible_product

from .steps import add_to_basket, fill_thai_address, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def webhooks_to_the_site(local_payments, live_server):
    """The local Stripe server posts its signed webhooks to this test's site, as ``make run`` sets it up."""

    def configure(data: dict) -> None:
        request = urllib.request.Request(f"{local_payments}/_config/webhooks/marketplace",
                                         data=urllib.parse.urlencode(data, doseq=True).encode(), method="POST")
        urllib.request.urlopen(request, timeout=10).read()

    configure({"url": f"{live_server.url}/payments/stripe/webhook/", "secret": gateway.LOCAL_WEBHOOK_SECRET})
    yield local_payments
    # The server outlives this test: it stops posting to this site (no event has this type).
    configure({"url": f"{live_server.url}/payments/stripe/webhook/", "secret": gateway.LOCAL_WEBHOOK_SECRET,
               "events[]": ["test.none"]})


def test_a_buyer_on_a_phone_pays_by_promptpay_through_the_test_bank_app(page, shot, axe_check,
                                                                        webhooks_to_the_site):
    page.set_viewport_size({"width": 390, "height": 844})
    buyer = UserFactory(email="malee@example.th")
    product = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk")
    log_in(page, buyer.email, next_url="/")
    add_to_basket(page, product)

    page.goto("/checkout/")
    page.wait_for_selector("#new_shipping_address")
    fill_thai_address(page)
    page.click("#new_shipping_address button[type=submit]")
    page.wait_for_url("**/checkout/shipping-method/")
    page.click("form[action$='/checkout/shipping-method/'] button[type=submit]")
    page.wait_for_url("**/checkout/payment-method/")
    assert page.is_checked("input[name=method][value=promptpay]")  # PromptPay is offered first
    shot(page, "payment-method")
    page.click("form[action$='/checkout/payment-method/'] button[type=submit]")
    page.wait_for_url("**/checkout/preview/")
    page.click("#place_order_form button[type=submit]")
    page.wait_for_url("**/checkout/pay/")

    # The QR code is a real Thai QR bill payment for the order's amount.
    order = Order.objects.get()
    assert order.status == statuses.PENDING
    qr = page.locator(".co-qr img")
    qr.wait_for()
    assert page.evaluate("img => img.complete && img.naturalWidth > 0", qr.element_handle())
    axe_check(page, "PromptPay pay")
    shot(page, "pay-promptpay")

    # The buyer "scans" it: the test bank app opens beside the shop and pays.
    with page.context.expect_page() as bank_app_opened:
        page.click("#promptpay-test-bank-app")
    bank_app = bank_app_opened.value
    bank_app.set_viewport_size({"width": 390, "height": 844})
    bank_app.wait_for_load_state()
    payload = bank_app.locator("code").inner_text()
    fields = payload_fields(payload)
    assert payload_crc_valid(payload)
    assert BILL_PAYMENT_AID in fields["30"] and fields["53"] == "764" and fields["58"] == "TH"
    assert fields["54"] == f"{order.total_incl_tax:.2f}"
    shot(bank_app, "test-bank-app")
    bank_app.click("#simulate-bank-app-paying")
    bank_app.wait_for_selector("#promptpay-paid")

    # Stripe's (signed) webhook marks the order paid; the pay page, polling, moves on by itself.
    page.wait_for_url("**/checkout/thank-you/**", timeout=30_000)
    order.refresh_from_db()
    assert order.status == statuses.PAID
    assert order.number in page.locator("main").inner_text()
    axe_check(page, "confirmation")
    shot(page, "confirmation")
