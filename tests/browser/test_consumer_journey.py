"""A consumer finds Thai silk, buys from two producers and pays by card, all in the browser (Thai UI)."""

import re
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import translation

from marketplace.geography.models import Province
from search.indexing import index_rebuild
from shop.order import statuses
from shop.order.models import Order
from tests.factories import ProducerFactory, UserFactory, eligible_product

from .steps import fill_thai_address, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue(search_index):
    surin = ProducerFactory(name_th="กลุ่มทอผ้าไหมบ้านท่าสว่าง", name_en="Ban Tha Sawang Silk Weavers",
                            province=Province.objects.get(code="TH-32"))
    khon_kaen = ProducerFactory(name_th="กลุ่มทอผ้าไหมชนบท", name_en="Chonnabot Silk Group",
                                province=Province.objects.get(code="TH-40"))
    chiang_mai = ProducerFactory(name_th="วิสาหกิจชุมชนน้ำพริกแม่ริม", name_en="Mae Rim Chili Paste Enterprise",
                                 province=Province.objects.get(code="TH-50"))
    silk = eligible_product(producer=surin, title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม",
                            title_en="Surin mudmee silk, lantern pattern")
    eligible_product(producer=surin, stars=4, title="ผ้าไหมพื้นสุรินทร์ สีคราม", title_en="Surin plain silk, indigo")
    eligible_product(producer=khon_kaen, title="ผ้าไหมแพรวาชนบท", title_en="Chonnabot praewa silk")
    chili = eligible_product(producer=chiang_mai, title="น้ำพริกหนุ่มแม่ริม", title_en="Mae Rim green chili dip",
                             category="food", weight_grams=250, stock__price=Decimal("350.00"),
                             description="น้ำพริกหนุ่มสูตรแม่ริม", description_en="Green chili dip from Mae Rim.")
    index_rebuild()
    return silk, chili


def test_a_consumer_searches_in_thai_filters_and_pays_by_card_for_two_producers(
    page, shot, axe_check, catalogue, local_payments
):
    silk, chili = catalogue
    consumer = UserFactory(email="somying@example.th")

    # Log in first, so the order lands in the account.
    log_in(page, consumer.email, next_url="/")
    page.goto("/")
    axe_check(page, "home")
    shot(page, "home")

    # Search in Thai from the header.
    page.fill("#site-search-q", "ผ้าไหม")
    page.press("#site-search-q", "Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    cards = page.locator(".product-grid > li")
    assert cards.count() == 3
    axe_check(page, "search results")
    shot(page, "search-results")

    # Narrow down to Surin, then to five stars.
    province = page.locator("#filters section[aria-labelledby=facet-province] a[href*='province=TH-32']")
    assert "สุรินทร์" in province.inner_text()
    province.click()
    page.wait_for_url(re.compile(r"province=TH-32"))
    assert cards.count() == 2
    page.locator("#filters section[aria-labelledby=facet-stars] a[href*='stars=5']").click()
    page.wait_for_url(re.compile(r"stars=5"))
    assert cards.count() == 1
    assert "ผ้าไหมมัดหมี่สุรินทร์" in cards.first.inner_text()
    shot(page, "search-filtered")

    # The product page, into the basket; then the chili paste from another producer.
    cards.first.locator("a").first.click()
    page.wait_for_selector("#add_to_basket_form")
    assert page.locator("h1").inner_text().startswith("ผ้าไหมมัดหมี่สุรินทร์")
    axe_check(page, "product")
    shot(page, "product")
    page.click("#add_to_basket_form button[type=submit]")
    page.wait_for_load_state()
    with translation.override("th"):
        chili_url = chili.get_absolute_url()
    page.goto(chili_url)
    page.click("#add_to_basket_form button[type=submit]")
    page.wait_for_load_state()

    page.goto("/basket/")
    basket_text = page.locator("main").inner_text()
    assert "ผ้าไหมมัดหมี่สุรินทร์" in basket_text and "น้ำพริกหนุ่มแม่ริม" in basket_text
    assert "กลุ่มทอผ้าไหมบ้านท่าสว่าง" in basket_text and "วิสาหกิจชุมชนน้ำพริกแม่ริม" in basket_text
    axe_check(page, "basket")
    shot(page, "basket")

    # Checkout with a Thai address.
    page.click("a[href='/checkout/']")
    page.wait_for_selector("#new_shipping_address")
    axe_check(page, "checkout address")
    fill_thai_address(page)
    shot(page, "checkout-address")
    page.click("#new_shipping_address button[type=submit]")
    page.wait_for_url("**/checkout/shipping-method/")
    page.click("form[action$='/checkout/shipping-method/'] button[type=submit]")
    # With card the only way to pay (no PromptPay on the local server), the choice is skipped.
    page.wait_for_url(re.compile(r"/checkout/(payment-method|preview)/$"))
    if page.url.endswith("/payment-method/"):
        page.check("input[name=method][value=card]")
        page.click("form[action$='/checkout/payment-method/'] button[type=submit]")
        page.wait_for_url("**/checkout/preview/")
    shot(page, "checkout-preview")
    page.click("#place_order_form button[type=submit]")
    page.wait_for_url("**/checkout/pay/")

    # Pay by card through the local Stripe-compatible server's Stripe.js stand-in.
    order = Order.objects.get()
    assert order.user == consumer and order.status == statuses.PENDING
    card = page.locator("#card-element")
    card.locator("input[placeholder=number]").fill("4242424242424242")
    card.locator("input[placeholder=exp_month]").fill("12")
    card.locator("input[placeholder=exp_year]").fill("30")
    card.locator("input[placeholder=cvc]").fill("123")
    # The card fields are Stripe's Element (an iframe served by Stripe in production; here the
    # local stand-in's bare inputs), so they are left out of the check of our own page.
    axe_check(page, "pay", exclude=["#card-element"])
    shot(page, "pay")
    page.click("#pay-button")
    page.wait_for_url("**/checkout/thank-you/")

    order.refresh_from_db()
    assert order.status == statuses.PAID
    assert order.number in page.locator("main").inner_text()
    assert order.shipping_address.state == "เชียงใหม่" and order.shipping_address.postcode == "50200"
    assert {line.partner_id for line in order.lines.all()} == {silk.producer.partner_id, chili.producer.partner_id}
    axe_check(page, "order confirmation")
    shot(page, "confirmation")
    to_consumer = [m for m in mail.outbox if consumer.email in m.to]
    assert any(order.number in m.subject for m in to_consumer), [m.subject for m in mail.outbox]

    # The order in the account's order history.
    page.goto("/accounts/orders/")
    assert order.number in page.locator("main").inner_text()
    shot(page, "order-history")


def test_the_log_in_page_is_accessible(page, axe_check, shot):
    page.goto("/accounts/login/")
    axe_check(page, "login")
    shot(page, "login")
