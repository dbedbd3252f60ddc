"""The checkout's address form on a phone: when the subdistrict's postal code replaces a wrong or missing one,
the server's message about the old one goes too (it read "99999 is not the postal code of สุเทพ" beside 50200)."""

import pytest

from tests.factories import UserFactory, eligible_product

from .steps import add_to_basket, fill_thai_address, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("sent", ["99999", ""])
def test_the_postcode_filled_from_the_subdistrict_carries_no_stale_error(page, shot, sent):
    page.set_viewport_size({"width": 390, "height": 844})
    buyer = UserFactory(email="malee@example.th")
    product = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk")
    log_in(page, buyer.email, next_url="/")
    add_to_basket(page, product)

    page.goto("/checkout/")
    # The first checkout of the test run loads the Thai address data (every district and subdistrict).
    page.wait_for_selector("#new_shipping_address", timeout=60_000)
    fill_thai_address(page, postcode=sent)
    page.click("#new_shipping_address button[type=submit]")
    page.wait_for_selector("#new_shipping_address", timeout=60_000)
    # The page comes back with the form; its script fills the subdistrict's code in.
    page.wait_for_function("() => document.querySelector('#id_postcode').value === '50200'")
    field = page.locator("#id_postcode").locator("xpath=ancestor::div[contains(@class, 'co-field')]")
    assert field.locator(".error-block").count() == 0
    assert page.get_attribute("#id_postcode", "aria-invalid") is None
    shot(page, f"postcode-filled-{sent or 'empty'}")
    page.click("#new_shipping_address button[type=submit]")
    page.wait_for_url("**/checkout/shipping-method/")
