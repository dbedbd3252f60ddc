"""The back office a producer uses every day, on a phone (390×844), and the order pages' scripts.

#12 items 13 (an expired certificate reads expired), 17 (refunded lines are not to be shipped),
18 (the dashboard fits a phone, a producer lands on it after log-in, their shop page one click away),
20 (no script error on the order page) and 21 (TinyMCE not in evaluation mode).
"""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from marketplace.payments.refunds import RefundRequestItem, refund_create
from shop.partner.models import StockRecord
from tests.factories import CertificationFactory, PartnerFactory, UserFactory
from tests.order_factory import order_paid

from .steps import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DAILY_PAGES = ("/dashboard/", "/dashboard/orders/", "/dashboard/catalogue/", "/dashboard/certifications/mine/")


def _phone(page):
    page.set_viewport_size(PHONE)
    return page


def _fits(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a {PHONE['width']} px phone"


def test_a_producer_lands_on_a_dashboard_that_fits_their_phone(page, shot, maker):
    CertificationFactory(product=maker.product, certificate_no="OPC-LAPSED",
                         expires_on=timezone.localdate() - datetime.timedelta(days=1))  # no expiry job has run
    _phone(page)

    page.goto("/accounts/login/")
    page.fill("#id_login-username", maker.user.email)
    page.fill("#id_login-password", "secret-pass-123")
    page.click("button[name=login_submit]")
    page.wait_for_url("**/dashboard/")

    for path in DAILY_PAGES:
        page.goto(path)
        _fits(page)
        shot(page, "phone" + path.rstrip("/").replace("/", "-"))
        menu_buttons = [button for button in page.locator(".navbar-toggler").all() if button.is_visible()]
        assert len(menu_buttons) == 1, f"{len(menu_buttons)} menu buttons on {path} at phone size"

    # The one menu button opens the account links and the dashboard's menu together.
    page.click("[data-action=dashboard-menu]")
    page.locator("#bottom_nav_bar").wait_for(state="visible")
    assert page.locator("#top_nav_bar #logout_form").is_visible()
    shot(page, "phone-menu-open")

    lapsed = page.locator("#my_certifications tr", has_text="OPC-LAPSED")
    assert lapsed.locator("[data-status]").get_attribute("data-status") == "expired"
    assert lapsed.locator(".badge-success").count() == 0

    page.goto("/dashboard/")
    page.click("[data-action=edit-shop-page]")
    page.wait_for_load_state()
    assert page.url.endswith(f"/cms/pages/{maker.page.pk}/edit/")


def test_a_refunded_line_reads_refunded_to_producer_and_buyer_not_awaiting_shipment(
    page, new_page, shot, maker, fake_stripe
):
    buyer = UserFactory(email="buyer-phone@example.th")
    order = order_paid([(maker.product, 1)], fake_stripe, user=buyer)
    line = order.lines.get()
    refund_create(order, [RefundRequestItem(f"line-{line.pk}", line.line_price_incl_tax)])

    log_in(_phone(page), maker.user.email, next_url=f"/dashboard/orders/{order.number}/")
    _fits(page)
    shot(page, "phone-refunded-order")
    parcel = page.locator(f"#shipment-{order.shipments.get().pk}")
    assert parcel.locator("[data-line-status=refunded]").is_visible()
    assert parcel.locator("[data-shipment-status=refunded]").is_visible()
    assert parcel.locator("form.shipment-form").count() == 0
    assert "Awaiting shipment" not in parcel.inner_text() and "รอจัดส่ง" not in parcel.inner_text()
    page.goto("/dashboard/orders/")
    _fits(page)
    assert page.locator("[data-shipment-status=refunded]").is_visible()
    shot(page, "phone-order-list")

    buyer_page = _phone(new_page())
    log_in(buyer_page, buyer.email, next_url=f"/accounts/orders/{order.number}/")
    assert buyer_page.locator("[data-shipment-status=refunded]").is_visible()
    assert buyer_page.locator("[data-line-status=refunded]").is_visible()
    shot(buyer_page, "phone-refunded-order-buyer")


def test_the_staff_order_page_and_the_product_editor_run_without_script_errors_or_evaluation_mode(
    page, shot, maker, fake_stripe
):
    order = order_paid([(maker.product, 1)], fake_stripe)
    UserFactory(email="admin-js@example.th", is_staff=True, is_superuser=True)
    warnings = []
    page.on("console", lambda message: warnings.append(message.text))
    log_in(page, "admin-js@example.th", next_url=f"/dashboard/orders/{order.number}/")
    page.wait_for_load_state("networkidle")
    shot(page, "staff-order")  # a script error here fails the test (the page fixture watches the console)

    page.goto(f"/dashboard/catalogue/products/{maker.product.pk}/")
    page.wait_for_selector(".tox-tinymce")
    page.wait_for_timeout(500)
    shot(page, "product-editor")
    assert page.locator(".tox-notification").count() == 0
    assert not [text for text in warnings if "evaluation" in text.lower()]


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 800}], ids=["phone", "desktop"])
def test_the_renewal_form_names_the_product_once(page, shot, maker, viewport):
    """#12 item 14: Oscar's select2 box kept the native select hidden beside it, so the renewal form carried
    the product twice (its text, and a screen reader's combobox and textbox both named after the product)."""
    product = maker.product
    product.certifications.update(expires_on=timezone.localdate() - datetime.timedelta(days=1))  # expired
    CertificationFactory(product=product, status="pending", certificate_no="OPC-RENEWAL")  # its renewal, waiting
    StockRecord.objects.create(product=product, partner=PartnerFactory(), partner_sku="SECOND-RECORD",
                               price=Decimal("990.00"), num_in_stock=2)  # a second stock record
    page.set_viewport_size(viewport)
    log_in(page, maker.user.email, next_url="/dashboard/certifications/mine/")
    page.locator(f"#my_products a[href$='?product={product.pk}']").click()  # its "renew" link
    page.wait_for_url(f"**/submit/?product={product.pk}")
    shot(page, f"renewal-{viewport['width']}")

    form = page.locator("#certification_submit_form")
    label = f"{product.title} ({product.upc})"
    assert form.inner_text().count(label) == 1, form.inner_text()
    assert form.aria_snapshot().count(label) == 1, form.aria_snapshot()
    chooser = form.get_by_role("combobox", name="สินค้า")
    assert chooser.input_value() == str(product.pk)
    options = chooser.locator("option").all_inner_texts()
    assert options.count(label) == 1 and len(options) == len(set(options)), options


def test_on_a_phone_the_stock_and_price_boxes_are_wide_enough_to_read(page, shot, maker):
    """Oscar's stock table squeezed its eight columns into the phone's width: the price box was 27 px wide,
    showing one digit of "2450.00". The table scrolls sideways instead, each box readable."""
    page.set_viewport_size(PHONE)
    log_in(page, maker.user.email, next_url=f"/dashboard/catalogue/products/{maker.product.pk}/")
    page.click("a[href='#product_stock']")
    shot(page, "product-stock-phone")
    for field in ("partner_sku", "num_in_stock", "price"):
        box = page.locator(f"#id_stockrecords-0-{field}").bounding_box()
        assert box["width"] >= 90, f"{field} is {box['width']:.0f} px wide"


def test_a_refusal_reason_with_a_long_link_keeps_the_pages_on_the_phone(page, shot, maker):
    """A reason with a long address in it (a link to the official record) is one unbreakable word: the
    producer's certifications page and the history grew thousands of pixels wide."""
    link = "https://otop.cdd.go.th/records/" + "OPC2569-0100011-" * 20
    certification = CertificationFactory(product=maker.product, certificate_no="OPC-REFUSED", status="rejected",
                                         rejection_reason=f"ไม่พบในรายชื่อทางการ ดู {link}")
    certification.history.create(from_status="pending", to_status="rejected", note=f"ดู {link}")
    _phone(page)
    log_in(page, maker.user.email, next_url="/dashboard/certifications/mine/")
    shot(page, "mine-long-reason")
    _fits(page)
    staff = UserFactory(email="staff-long@example.th", is_staff=True, is_superuser=True)
    page.context.clear_cookies()
    log_in(page, staff.email, next_url=f"/dashboard/certifications/{certification.pk}/")
    shot(page, "detail-long-reason")
    _fits(page)
