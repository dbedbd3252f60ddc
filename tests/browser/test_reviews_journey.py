"""Reviews on a phone: a shopper who never bought is told why, a buyer reviews with photos, staff approve,
and every shopper then sees the review, its verified-purchase badge and the product's average."""

import re

import pytest

from search.indexing import index_rebuild
from shop.catalogue.reviews.models import ProductReview
from tests.factories import UserFactory, eligible_product
from tests.order_factory import order_paid
from tests.shop.catalogue.reviews.photos import phone_photo

from .steps import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def _photo_file(name: str) -> dict:
    return {"name": name, "mimeType": "image/jpeg", "buffer": phone_photo(name).read()}


def test_a_buyer_reviews_with_photos_staff_approve_and_shoppers_see_it(new_page, shot, axe_check, fake_stripe,
                                                                        search_index):
    coffee = eligible_product(title="กาแฟดอยช้างคั่วกลาง", title_en="Doi Chang medium roast coffee",
                              category="beverage")
    buyer = UserFactory(email="somying@example.th", first_name="สมหญิง", last_name="รักไทย")
    order_paid([(coffee, 1)], fake_stripe, user=buyer)
    UserFactory(email="window-shopper@example.th")
    UserFactory(email="admin@example.th", is_staff=True, is_superuser=True)
    index_rebuild()

    # Someone who never bought it finds the way in from the product page, and is told why not.
    page = new_page()
    page.set_viewport_size(PHONE)
    log_in(page, "window-shopper@example.th", next_url=coffee.get_absolute_url())
    page.goto(coffee.get_absolute_url())
    page.locator("#reviews a", has_text="เขียนรีวิว").click()
    page.wait_for_url(re.compile(r"/reviews/add/$"))
    assert page.locator("[data-review-permission=not_a_buyer]").is_visible()
    assert page.locator("textarea").count() == 0
    axe_check(page, "review not allowed")
    shot(page, "not-a-buyer")

    # The buyer: a review without stars is sent back with the text kept, then sent with two photos.
    page = new_page()
    page.set_viewport_size(PHONE)
    log_in(page, buyer.email, next_url=coffee.get_absolute_url())
    page.goto(coffee.get_absolute_url())
    page.locator("#reviews a", has_text="เขียนรีวิว").click()
    page.wait_for_url(re.compile(r"/reviews/add/$"))
    page.fill("textarea[name=body]", "หอมมาก คั่วกำลังดี แพ็คมาอย่างดี")
    page.click(".review-form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator(".form-errors").is_visible()
    assert "เลือกจำนวนดาว" in page.locator(".form-errors").inner_text()
    assert page.locator("textarea[name=body]").input_value() == "หอมมาก คั่วกำลังดี แพ็คมาอย่างดี"
    axe_check(page, "review form with errors")

    page.locator("label.star-choice__option", has_text="4 ดาว").click()
    page.set_input_files("input[name=photos]", [_photo_file("cup.jpg"), _photo_file("bag.jpg")])
    shot(page, "review-form")
    page.click(".review-form button[type=submit]")
    page.wait_for_url(re.compile(r"#reviews$"))
    assert "รีวิวจะแสดงเมื่อทีมงานตรวจสอบแล้ว" in page.locator(".alert-success").inner_text()
    mine = page.locator(".review-mine .review")
    assert "รอการอนุมัติ" in mine.inner_text()
    assert mine.locator(".review__photos img").count() == 2
    shot(page, "review-waiting")

    # Staff approve it in the dashboard.
    staff = new_page()
    log_in(staff, "admin@example.th", next_url="/dashboard/")
    staff.goto("/dashboard/reviews/?status=0")
    staff.locator("table a", has_text="หอมมาก").first.click()
    staff.wait_for_url(re.compile(r"/dashboard/reviews/\d+/$"))
    assert staff.locator(".badge", has_text="ยืนยันการซื้อแล้ว").is_visible()
    assert staff.locator("img.img-thumbnail").count() == 2
    staff.select_option("#id_status", str(ProductReview.APPROVED))
    staff.click("#create_update_review_form button[type=submit]")
    staff.wait_for_url(re.compile(r"/dashboard/reviews/$"))
    assert ProductReview.objects.get().is_approved

    # Any shopper now sees it, badge and average on the page, and the average on the product's card.
    shopper = new_page()
    shopper.set_viewport_size(PHONE)
    shopper.goto(coffee.get_absolute_url())
    review = shopper.locator("#reviews .review-list .review").first
    assert "สมหญิง ร." in review.inner_text()
    assert review.locator(".verified-badge").is_visible()
    assert "4.0" in shopper.locator(".product__rating").inner_text()
    assert '"aggregateRating"' in shopper.content()
    axe_check(shopper, "product with reviews")
    shot(shopper, "product-with-review")

    shopper.goto("/search/?q=กาแฟ")
    card = shopper.locator(".product-card").first
    assert "4.0 (1)" in card.locator(".product-card__rating").inner_text()
    shot(shopper, "card-with-rating")

