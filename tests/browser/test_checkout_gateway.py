"""The checkout's first step on a phone: a guest gives an e-mail address and is never shown a password
field (it stood there, greyed out, under "check out as a guest"); "I have an account" shows it and logs in."""

import pytest

from tests.factories import UserFactory, eligible_product

from .steps import add_to_basket

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_guest_is_not_asked_for_a_password(page, shot, axe_check, language):
    page.set_viewport_size(PHONE)
    product = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk")
    add_to_basket(page, product)
    page.goto("/checkout/" if language == "th" else "/en/checkout/")

    assert page.locator("input[name=options][value=anonymous]").is_checked()
    assert not page.locator("#id_password").is_visible()
    axe_check(page, "checkout gateway as a guest")
    shot(page, f"guest-{language}")

    page.locator("label.co-choice", has=page.locator("input[value=new]")).click()
    assert not page.locator("#id_password").is_visible()

    page.locator("label.co-choice", has=page.locator("input[value=anonymous]")).click()
    page.fill("#id_username", "guest.buyer@example.th")
    page.click("form button[type=submit]")
    page.wait_for_selector("#new_shipping_address", timeout=60_000)
    assert page.locator("input[type=password]").count() == 0


def test_a_returning_customer_logs_in_with_the_password_shown_for_them(page, shot):
    page.set_viewport_size(PHONE)
    buyer = UserFactory(email="malee@example.th")
    product = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk")
    add_to_basket(page, product)
    page.goto("/checkout/")

    page.fill("#id_username", buyer.email)
    page.locator("label.co-choice", has=page.locator("input[value=existing]")).click()
    assert page.locator("#id_password").is_visible()
    shot(page, "returning-customer")
    page.fill("#id_password", "a-wrong-password")
    page.click("form button[type=submit]")
    page.wait_for_load_state()
    # Refused: still "I have an account", the password field shown with its error.
    assert page.locator("input[name=options][value=existing]").is_checked()
    assert page.locator("#id_password").is_visible()
    assert page.locator(".co-field--password .error-block, .alert-danger").count() >= 1
    page.fill("#id_password", "secret-pass-123")
    page.click("form button[type=submit]")
    page.wait_for_selector("#new_shipping_address", timeout=60_000)
    page.goto("/")
    assert page.locator(".topbar__account form[action*='logout']").count() == 1  # signed in
