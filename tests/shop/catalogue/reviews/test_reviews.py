"""Buyers' reviews: only buyers write them, staff approve them, shoppers see them with their average."""

import io
import json
import re

import pytest
from django.urls import reverse
from PIL import Image

from shop.catalogue.reviews.models import ProductReview
from tests.factories import CertificationFactory, ProductFactory, UserFactory, eligible_product
from tests.order_factory import order_paid, order_place

from .photos import phone_photo, svg_disguised_as_jpeg

pytestmark = pytest.mark.django_db


def add_url(product) -> str:
    return reverse("catalogue:reviews-add", kwargs={"product_slug": product.slug, "product_pk": product.pk})


def list_url(product) -> str:
    return reverse("catalogue:reviews-list", kwargs={"product_slug": product.slug, "product_pk": product.pk})


def json_ld_product(html: str) -> dict:
    blocks = [json.loads(raw) for raw in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    (product,) = [block for block in blocks if block.get("@type") == "Product"]
    return product


@pytest.fixture
def product():
    return eligible_product(title="กาแฟดอยช้างคั่วกลาง", title_en="Doi Chang medium roast coffee")


@pytest.fixture
def buyer(product, fake_stripe):
    user = UserFactory(email="somying@example.th", first_name="สมหญิง", last_name="รักไทย")
    order_paid([(product, 1)], fake_stripe, user=user)
    return user


def review_post(client, product, **data):
    fields = {"score": "5", "body": "หอมมาก คั่วกำลังดี ส่งไวแพ็คมาอย่างดี"}
    fields.update(data)
    return client.post(add_url(product), {key: value for key, value in fields.items() if value is not None})


def test_a_buyer_gets_the_review_form(client, product, buyer):
    client.force_login(buyer)
    response = client.get(add_url(product))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'name="score"' in html and 'name="body"' in html and 'name="photos"' in html


def test_the_product_page_leads_to_writing_a_review(client, product):
    html = client.get(product.get_absolute_url()).content.decode()
    assert f'href="{add_url(product)}"' in html
    assert 'id="reviews"' in html


@pytest.mark.parametrize("who", ["anonymous", "never bought", "only placed, never paid"])
def test_someone_who_has_not_bought_it_gets_an_explanation_not_a_form(client, product, fake_stripe, who):
    if who != "anonymous":
        user = UserFactory()
        if who == "only placed, never paid":
            order_place([(product, 1)], user=user)
        client.force_login(user)
    response = client.get(add_url(product))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="body"' not in html
    expected = "sign_in" if who == "anonymous" else "not_a_buyer"
    assert f'data-review-permission="{expected}"' in html
    if who == "anonymous":
        assert "เข้าสู่ระบบเพื่อรีวิวสินค้านี้" in html
    else:
        assert "เฉพาะผู้ที่ซื้อสินค้านี้เท่านั้นที่รีวิวได้" in html


def test_a_review_posted_by_someone_who_has_not_bought_it_is_refused(client, product):
    client.force_login(UserFactory())
    assert review_post(client, product).status_code == 403
    assert not ProductReview.objects.exists()


def test_an_invalid_review_shows_what_is_wrong_and_keeps_the_text(client, product, buyer):
    client.force_login(buyer)
    response = review_post(client, product, score=None, body="ดีมากค่ะ ชอบมาก ๆ")
    assert response.status_code == 200
    html = response.content.decode()
    assert "เลือกจำนวนดาวที่คุณให้สินค้านี้" in html
    assert "ดีมากค่ะ ชอบมาก ๆ" in html
    assert not ProductReview.objects.exists()


def test_a_buyers_review_waits_for_approval_with_the_verified_badge(client, product, buyer):
    client.force_login(buyer)
    response = review_post(client, product, photos=[phone_photo("a.jpg"), phone_photo("b.jpg")])
    assert response.status_code == 302
    review = ProductReview.objects.get()
    assert (review.score, review.status, review.verified_purchase) == (5, ProductReview.FOR_MODERATION, True)
    assert review.photos.count() == 2

    # The author sees it, marked as waiting; nobody else does yet.
    html = client.get(product.get_absolute_url()).content.decode()
    assert "รอการอนุมัติ" in html
    client.logout()
    html = client.get(product.get_absolute_url()).content.decode()
    assert "หอมมาก คั่วกำลังดี" not in html
    assert "aggregateRating" not in html

    # Once approved it shows to everyone, with the badge, the average and the count.
    review.status = ProductReview.APPROVED
    review.save()
    html = client.get(product.get_absolute_url()).content.decode()
    assert "หอมมาก คั่วกำลังดี" in html
    assert "ยืนยันการซื้อแล้ว" in html
    assert "สมหญิง ร." in html and "somying@example.th" not in html
    data = json_ld_product(html)
    assert data["aggregateRating"] == {
        "@type": "AggregateRating", "ratingValue": "5.0", "reviewCount": 1, "bestRating": 5, "worstRating": 1,
    }


def test_a_buyer_reviews_a_product_once(client, product, buyer):
    client.force_login(buyer)
    review_post(client, product)
    response = client.get(add_url(product))
    assert 'data-review-permission="already_reviewed"' in response.content.decode()
    assert review_post(client, product).status_code == 403
    assert ProductReview.objects.count() == 1


def test_review_photos_follow_the_upload_rules(client, product, buyer):
    client.force_login(buyer)
    four = [phone_photo(f"{n}.jpg") for n in range(4)]
    response = review_post(client, product, photos=four)
    assert response.status_code == 200
    assert "เลือกรูปได้ไม่เกิน 3 รูป" in response.content.decode()

    response = review_post(client, product, photos=[svg_disguised_as_jpeg()])
    assert response.status_code == 200
    assert "cute.jpg" in response.content.decode()
    assert not ProductReview.objects.exists()

    review_post(client, product, photos=[phone_photo("gps.jpg")])
    (photo,) = ProductReview.objects.get().photos.all()
    assert "gps" not in photo.image.name, "a stored photo's name cannot be guessed from the upload's"
    with Image.open(io.BytesIO(photo.image.read())) as stored:
        assert 0x8825 not in stored.getexif(), "the GPS position must not be stored"


def test_average_and_count_show_on_cards_and_the_product_page(client, product, fake_stripe, search_index):
    from search.indexing import index_rebuild

    for score in (5, 4):
        user = UserFactory()
        order_paid([(product, 1)], fake_stripe, user=user)
        client.force_login(user)
        review_post(client, product, score=str(score))
    ProductReview.objects.update(status=ProductReview.APPROVED)
    for review in ProductReview.objects.all():
        review.save()  # Oscar's save() recomputes the product's average
    client.logout()
    index_rebuild()

    html = client.get(product.get_absolute_url()).content.decode()
    assert "ให้คะแนน 4.5 จาก 5 โดยผู้ซื้อ 2 คน" in html
    listing = client.get(reverse("search:search"), {"q": "กาแฟ"}).content.decode()
    card = listing[listing.index('class="product-card"'):]
    assert "4.5 (2)" in card[: card.index("</article>")]
    reviews_page = client.get(list_url(product)).content.decode()
    assert reviews_page.count('class="review"') == 2


def test_review_pages_and_stock_alerts_of_a_product_not_on_sale_are_404(client, fake_stripe):
    product = eligible_product()
    buyer = UserFactory()
    order_paid([(product, 1)], fake_stripe, user=buyer)
    client.force_login(buyer)
    review_post(client, product)
    review = ProductReview.objects.get()
    review.status = ProductReview.APPROVED
    review.save()
    detail = reverse("catalogue:reviews-detail",
                     kwargs={"product_slug": product.slug, "product_pk": product.pk, "pk": review.pk})
    alert = reverse("customer:alert-create", kwargs={"pk": product.pk})
    assert client.get(list_url(product)).status_code == 200
    assert client.get(detail).status_code == 200

    product.certifications.update(stars=3)  # no longer may be sold
    for url in (add_url(product), list_url(product), detail, alert):
        assert client.get(url).status_code == 404, url
    assert review_post(client, product).status_code == 404
    assert client.post(alert, {"email": "someone@example.th"}).status_code == 404


def test_the_review_pages_of_a_product_that_was_never_listed_are_404(client):
    product = ProductFactory()
    CertificationFactory(product=product, stars=3)
    assert client.get(add_url(product)).status_code == 404
    assert client.get(list_url(product)).status_code == 404


def test_staff_approve_a_review_in_the_dashboard_and_see_its_photos(client, product, buyer):
    client.force_login(buyer)
    review_post(client, product, photos=[phone_photo()])
    review = ProductReview.objects.get()
    staff = UserFactory(is_staff=True, is_superuser=True)  # the marketplace admins
    client.force_login(staff)

    listing = client.get(reverse("dashboard:reviews-list"), {"status": ProductReview.FOR_MODERATION})
    assert review.title in listing.content.decode()
    page = client.get(reverse("dashboard:reviews-update", kwargs={"pk": review.pk})).content.decode()
    assert review.photos.get().image.url in page
    assert "ยืนยันการซื้อแล้ว" in page
    response = client.post(reverse("dashboard:reviews-update", kwargs={"pk": review.pk}), {
        "title": review.title, "body": review.body, "score": review.score, "status": ProductReview.APPROVED,
    })
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.is_approved
    product.refresh_from_db()
    assert product.rating == 5.0
