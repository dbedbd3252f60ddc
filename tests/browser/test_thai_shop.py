"""A Thai shopper's pages at phone size read in Thai, with Thai dates, whole-word Thai URLs and one price format.

Walks the shopper's journey (home, a category, a Thai story, the product, the basket, checkout, the pay
page, the confirmation, the order in the account and the guest order-status form) on a 390×844 phone and
fails on English words on these Thai pages (brand names allowed), a Christian-era year, a category link
into /en/, an image box left empty, or a price written with needless satang.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cms.roles.services import roles_ensure
from cms.stories.models import StoryIndexPage, StoryPage, StoryPageProduct
from marketplace.geography.models import Province
from shop.order.models import Order
from tests.factories import ProducerFactory, UserFactory, eligible_product

from .steps import fill_thai_address, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
# Names that stay as they are on Thai pages: the brand, the certificate prefix, currency and tax words, the
# language switch, card brands, "QR Code" (as Thai banks write it) and the pay page's test-mode note of the
# local Stripe stand-in.
ALLOWED = {"OTOP", "PLUS", "OPC", "THB", "VAT", "EN", "TH", "English", "Stripe", "PromptPay", "Visa", "Mastercard",
           "LINE", "Kerry", "Flash", "EMS", "QR", "Code", "JCB", "CVC", "Secure", "localstripe", "Wagtail"}
STORY_TITLE = "กาแฟดอยช้าง จากไร่บนดอยสู่แก้วของคุณ"


def english_words(page) -> list[str]:
    """The Latin-script words a reader sees on the page, less e-mail addresses, links and the allowed names."""
    text = page.evaluate("document.body.innerText")
    text = re.sub(r"\S+@\S+|https?://\S+|\b[A-Z]{2,}-?\d[\w-]*", " ", text)  # addresses, links, codes (OPC2567-…)
    return sorted({w for w in re.findall(r"[A-Za-z][A-Za-z’'-]+", text) if w not in ALLOWED})


def assert_thai(page, what: str) -> None:
    words = english_words(page)
    assert not words, f"English on the Thai {what} page: {words}"
    years = re.findall(r"\b20[2-3]\d\b", page.evaluate("document.body.innerText"))
    assert not years, f"Christian-era years on the Thai {what} page: {years}"


def assert_no_empty_pictures(page, what: str) -> None:
    """Every card picture box shows its picture or, until it arrives, the placeholder pattern."""
    empty = page.evaluate("""() => [...document.querySelectorAll('.story-card__media, .product-card__media')]
        .filter(box => {
            const img = box.querySelector('img');
            const loaded = img && img.complete && img.naturalWidth > 0;
            return !loaded && getComputedStyle(box).backgroundImage === 'none';
        }).length""")
    assert empty == 0, f"{empty} empty picture boxes on the {what} page"


@pytest.fixture
def shop(search_index):
    from search.indexing import index_rebuild

    roles_ensure()
    surin = ProducerFactory(name_th="กลุ่มทอผ้าไหมบ้านท่าสว่าง", name_en="Ban Tha Sawang Silk Weavers",
                            province=Province.objects.get(code="TH-32"))
    chiang_mai = ProducerFactory(name_th="วิสาหกิจชุมชนกาแฟดอยช้าง", name_en="Doi Chang Coffee Enterprise",
                                 province=Province.objects.get(code="TH-57"))
    silk = eligible_product(producer=surin, title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk")
    scarf = eligible_product(producer=surin, title="ผ้าพันคอไหมสุรินทร์", title_en="Surin silk scarf")
    coffee = eligible_product(producer=chiang_mai, title="กาแฟคั่วกลางดอยช้าง", title_en="", category="beverage",
                              weight_grams=250)
    index = StoryIndexPage.objects.first()
    story = None
    if index is not None:
        story = StoryPage(title=STORY_TITLE, title_en="", intro="เรื่องของกาแฟบนดอยช้าง", body="<p>เนื้อเรื่อง</p>",
                          date=timezone.localdate() - datetime.timedelta(days=3),
                          related_products=[StoryPageProduct(product=coffee)])
        index.add_child(instance=story)
        story.save_revision().publish()
        story.refresh_from_db()
    index_rebuild()
    return silk, scarf, coffee, story


def test_a_thai_shopper_on_a_phone_reads_thai_throughout(page, shot, shop, local_payments):
    silk, scarf, coffee, story = shop
    page.set_viewport_size(PHONE)
    consumer = UserFactory(email="somying@example.th")

    # An English page first: the Thai pages after it must still link Thai categories (item 1).
    page.goto("/en/")
    log_in(page, consumer.email, next_url="/")
    page.goto("/")
    hrefs = page.eval_on_selector_all("a[href*='/catalogue/category/']", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs and not [h for h in hrefs if h.startswith("/en/")]
    assert_thai(page, "home")
    shot(page, "home")

    # The story keeps its whole Thai title in its URL (item 10) and its date in the Buddhist era (item 6).
    if story is not None:
        assert story.slug == "กาแฟดอยช้าง-จากไร่บนดอยสู่แก้วของคุณ"
        page.goto("/stories/")
        page.locator(f"a:has-text('{STORY_TITLE}')").first.click()
        page.wait_for_load_state()
        assert "กาแฟดอยช้าง-จากไร่บนดอยสู่แก้วของคุณ" in page.evaluate("decodeURIComponent(location.pathname)")
        assert_thai(page, "story")
        shot(page, "story")

    # The product: whole Thai words in a Thai-only product's URL, Thai dates, more from its producer (item 11).
    with translation.override("th"):
        coffee_url, silk_url = coffee.get_absolute_url(), silk.get_absolute_url()
    page.goto(coffee_url)
    assert "กาแฟคั่วกลางดอยช้าง" in page.evaluate("decodeURIComponent(location.pathname)")
    assert_thai(page, "product")
    assert_no_empty_pictures(page, "product")
    shot(page, "product-coffee")
    page.click("#add_to_basket_form button[type=submit]")
    page.wait_for_load_state()
    page.goto(silk_url)
    more = page.locator("#more-from-producer-title").locator("xpath=ancestor::section")
    assert "ผ้าพันคอไหมสุรินทร์" in more.inner_text()
    assert_no_empty_pictures(page, "product")
    shot(page, "product-silk")
    page.click("#add_to_basket_form button[type=submit]")
    page.wait_for_load_state()

    # The basket by producer, each with its shipping; prices without needless satang (item 12).
    page.goto("/basket/")
    groups = page.locator(".basket-group")
    assert groups.count() == 2
    assert "กลุ่มทอผ้าไหมบ้านท่าสว่าง" in groups.nth(1).inner_text() or "กลุ่มทอผ้าไหมบ้านท่าสว่าง" in groups.nth(0).inner_text()
    assert all("ค่าส่งตั้งแต่ ฿" in groups.nth(i).inner_text() for i in range(2))
    assert ".00" not in page.locator("main").inner_text()
    assert_thai(page, "basket")
    shot(page, "basket")

    # Checkout with a Thai address: the province list in Thai dictionary order (item 8).
    page.goto("/checkout/")
    page.wait_for_selector("#new_shipping_address")
    provinces = page.eval_on_selector_all("#id_province option", "os => os.map(o => o.textContent.trim())")[1:]
    assert provinces.index("ชลบุรี") < provinces.index("เชียงใหม่") < provinces.index("ตรัง")
    assert_thai(page, "checkout address")
    fill_thai_address(page, postcode="")
    page.click("#new_shipping_address button[type=submit]")  # no postcode: one Thai message (item 7)
    page.wait_for_selector("#new_shipping_address")
    assert_thai(page, "checkout address with an error")
    page.fill("#id_postcode", "50200")
    page.click("#new_shipping_address button[type=submit]")
    page.wait_for_url("**/checkout/shipping-method/")
    assert_thai(page, "delivery")
    page.click("form[action$='/checkout/shipping-method/'] button[type=submit]")
    page.wait_for_url(re.compile(r"/checkout/(payment-method|preview)/$"))
    if page.url.endswith("/payment-method/"):
        assert_thai(page, "payment method")
        page.check("input[name=method][value=card]")
        page.click("form[action$='/checkout/payment-method/'] button[type=submit]")
        page.wait_for_url("**/checkout/preview/")
    assert_thai(page, "review")
    shot(page, "checkout-preview")
    page.click("#place_order_form button[type=submit]")
    page.wait_for_url("**/checkout/pay/")
    shot(page, "pay")
    card = page.locator("#card-element")
    card.locator("input[placeholder=number]").fill("4242424242424242")
    card.locator("input[placeholder=exp_month]").fill("12")
    card.locator("input[placeholder=exp_year]").fill("30")
    card.locator("input[placeholder=cvc]").fill("123")
    page.click("#pay-button")
    page.wait_for_url("**/checkout/thank-you/")
    assert_thai(page, "confirmation")
    shot(page, "confirmation")

    # The order in the account: its status and date in Thai (items 6, 7).
    order = Order.objects.get()
    page.goto("/accounts/orders/")
    assert_thai(page, "order history")
    page.goto(f"/accounts/orders/{order.number}/")
    assert_thai(page, "order")
    shot(page, "order")

    # The guest order-status form (the link in a guest's e-mail) is in Thai (item 7).
    page.goto("/accounts/logout/")
    with translation.override("th"):
        form_url = reverse("customer:anon-order-form", kwargs={"order_number": order.number,
                                                               "hash": order.verification_hash()})
    page.goto(form_url)
    assert_thai(page, "order-status form")
    shot(page, "order-status-form")
