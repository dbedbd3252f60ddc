"""The wishlist on a phone: a signed-out heart goes through log-in and back to the product, saved;
hearts on cards save without leaving the page; the wishlist page lists them with remove."""

import re

import pytest
from playwright.sync_api import expect

from search.indexing import index_rebuild
from shop.customer.wishlists.models import Line
from tests.factories import UserFactory, eligible_product

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def test_a_shopper_saves_products_with_the_heart_and_finds_them_in_the_wishlist(page, shot, axe_check, search_index):
    silk = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk")
    chili = eligible_product(title="น้ำพริกหนุ่มแม่ริม", title_en="Mae Rim green chili dip", category="food")
    shopper = UserFactory(email="nok@example.th")
    index_rebuild()
    page.set_viewport_size(PHONE)

    # Signed out: the heart on the product page leads to log-in, and back to the product, saved.
    page.goto(silk.get_absolute_url())
    heart = page.locator(".buy-box form[data-wishlist-heart] button")
    assert heart.get_attribute("aria-pressed") == "false"
    axe_check(page, "product with heart")
    heart.click()
    page.wait_for_url(re.compile(r"/accounts/login/\?next="))
    assert "รายการโปรด" in page.locator(".alert").first.inner_text()
    page.fill("#id_login-username", shopper.email)
    page.fill("#id_login-password", "secret-pass-123")
    page.click("button[name=login_submit]")
    page.wait_for_url(re.compile(re.escape(silk.get_absolute_url()) + "$"))
    assert page.locator(".buy-box form[data-wishlist-heart] button").get_attribute("aria-pressed") == "true"
    assert "บันทึก" in page.locator(".alert-success").first.inner_text()
    assert Line.objects.filter(wishlist__owner=shopper, product=silk).exists()
    shot(page, "product-saved")

    # Signed in, a card's heart saves without leaving the listing, and says so to screen readers.
    page.goto("/catalogue/")
    listing_url = page.url
    card_heart = page.locator(f'.product-card-wrap form[data-wishlist-heart="{chili.pk}"] button')
    card_heart.click()
    expect(card_heart).to_have_attribute("aria-pressed", "true")
    assert page.url == listing_url
    assert "น้ำพริกหนุ่มแม่ริม" in page.locator("#wishlist-status").inner_text()
    assert Line.objects.filter(wishlist__owner=shopper, product=chili).exists()
    axe_check(page, "listing with hearts")
    shot(page, "listing-hearts")

    # The wishlist page, from the header; remove one.
    page.locator(".header-actions a[href$='/accounts/wishlists/']").click()
    page.wait_for_url(re.compile(r"/accounts/wishlists/$"))
    cards = page.locator(".wishlist-grid > li")
    assert cards.count() == 2
    axe_check(page, "wishlist")
    shot(page, "wishlist")
    page.locator(".wishlist-grid > li", has_text="น้ำพริกหนุ่มแม่ริม").locator(".wishlist-remove button").click()
    page.wait_for_load_state()
    assert cards.count() == 1
    assert "ผ้าไหมมัดหมี่" in cards.first.inner_text()
    assert not Line.objects.filter(wishlist__owner=shopper, product=chili).exists()
    shot(page, "wishlist-after-remove")


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 800}], ids=["phone", "desktop"])
def test_a_shopper_adds_saved_products_to_the_basket_from_the_wishlist(page, shot, axe_check, viewport):
    from tests.browser.steps import log_in

    silk = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk", stock=1)
    sold_out = eligible_product(title="น้ำพริกหนุ่มแม่ริม", title_en="Mae Rim green chili dip", stock=0)
    shopper = UserFactory(email="nok@example.th")
    for product in (silk, sold_out):
        Line.objects.create(wishlist=shopper.wishlists.get_or_create(name="Default")[0], product=product,
                            title=product.title)
    page.set_viewport_size(viewport)
    log_in(page, shopper.email, next_url="/accounts/wishlists/")
    page.wait_for_url(re.compile(r"/accounts/wishlists/$"))

    silk_card = page.locator(".wishlist-grid > li", has_text="ผ้าไหมมัดหมี่")
    chili_card = page.locator(".wishlist-grid > li", has_text="น้ำพริกหนุ่มแม่ริม")
    expect(chili_card.locator(".wishlist-why")).to_have_text("สินค้าหมด")
    assert chili_card.locator(".wishlist-buy").count() == 0
    button = silk_card.locator(".wishlist-buy button")
    box = button.bounding_box()
    assert box["height"] >= 44
    assert page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]
    axe_check(page, "wishlist with add to basket")
    shot(page, f"wishlist-buy-{viewport['width']}")

    button.click()
    page.wait_for_url(re.compile(r"/accounts/wishlists/$"))
    assert "ผ้าไหมมัดหมี่" in page.locator(".alert-success").first.inner_text()
    assert _units_in_basket(shopper) == 1
    shot(page, f"wishlist-added-{viewport['width']}")

    # The last unit is in the basket: a second press is refused, saying how many are left.
    page.locator(".wishlist-grid > li", has_text="ผ้าไหมมัดหมี่").locator(".wishlist-buy button").click()
    page.wait_for_load_state()
    assert "เหลือเพียง 1 ชิ้น" in page.locator(".alert").first.inner_text()
    assert _units_in_basket(shopper) == 1


def _units_in_basket(user) -> int:
    from oscar.core.loading import get_model

    return get_model("basket", "Basket").open.get(owner=user).num_items
