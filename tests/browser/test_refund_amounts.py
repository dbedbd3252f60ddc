"""Staff refund part of a line on the order page, typing the amount as they write it ("฿1,000"), on a phone
and a desktop, in Thai and in English; a mistyped amount is refused with a message and stays in its box."""

from decimal import Decimal

import pytest

from marketplace.payments.models import Refund
from tests.factories import UserFactory, eligible_product
from tests.order_factory import order_paid

from .steps import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport, language", [({"width": 390, "height": 844}, "th"),
                                                ({"width": 1280, "height": 800}, "en")], ids=["phone-th", "desktop-en"])
def test_staff_refund_an_amount_typed_with_a_comma(page, shot, fake_stripe, viewport, language):
    silk = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์", title_en="Surin mudmee silk", stock__price=Decimal("2450.00"))
    order = order_paid([(silk, 1)], fake_stripe)
    line = order.lines.get()
    UserFactory(email="admin-refund@example.th", is_staff=True, is_superuser=True)
    page.set_viewport_size(viewport)
    prefix = "" if language == "th" else "/en"
    log_in(page, "admin-refund@example.th", next_url=f"{prefix}/dashboard/orders/{order.number}/")
    page.goto(f"{prefix}/dashboard/orders/{order.number}/#refunds")
    page.click("a[href='#refunds']")

    amount = page.locator(f"#refund-line-{line.pk}")
    assert amount.get_attribute("inputmode") == "decimal"
    amount.fill("1,00,0")
    page.click("#refund_form button[type=submit]")
    page.wait_for_load_state()
    assert ("คั่น" if language == "th" else "commas only between thousands") in page.locator(".alert-danger").inner_text()
    assert page.locator(f"#refund-line-{line.pk}").input_value() == "1,00,0"
    assert page.locator("#refunds").is_visible()
    shot(page, f"refused-{language}")

    page.locator(f"#refund-line-{line.pk}").fill("฿1,000")
    page.click("#refund_form button[type=submit]")
    page.wait_for_load_state()
    assert Refund.objects.get().amount == Decimal("1000.00")
    shot(page, f"refunded-{language}")
