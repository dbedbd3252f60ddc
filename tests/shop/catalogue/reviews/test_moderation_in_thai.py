"""Staff moderate reviews on Thai pages: Oscar's review dashboard speaks Thai like the rest of the back office."""

import re

import pytest
from django.urls import reverse

from shop.catalogue.reviews.models import ProductReview
from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db

# Words that stay in Latin letters on Thai pages: the brand and the admin's e-mail address.
ALLOWED = {"OTOP", "PLUS", "example", "otop", "admin"}


def english_words(html: str) -> set[str]:
    main = html.split('<div class="page">', 1)[-1] if '<div class="page">' in html else html
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", main, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return {word for word in re.findall(r"[A-Za-z]{3,}", text) if word not in ALLOWED}


@pytest.fixture
def review():
    product = eligible_product(title="กาแฟดอยช้างคั่วกลาง", title_en="Doi Chang medium roast coffee")
    buyer = UserFactory(email="somying@example.th", first_name="สมหญิง", last_name="รักไทย")
    return ProductReview.objects.create(
        product=product, user=buyer, score=4, title="หอมมาก", body="คั่วกำลังดี", verified_purchase=True,
    )


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(email="admin@otop.example", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize("page", ["list", "list-empty", "update", "delete"])
def test_the_review_moderation_pages_are_thai(staff_client, review, page):
    urls = {
        "list": reverse("dashboard:reviews-list"),
        "list-empty": reverse("dashboard:reviews-list") + "?keyword=ไม่มีรีวิวนี้",
        "update": reverse("dashboard:reviews-update", kwargs={"pk": review.pk}),
        "delete": reverse("dashboard:reviews-delete", kwargs={"pk": review.pk}),
    }
    response = staff_client.get(urls[page])
    assert response.status_code == 200
    assert sorted(english_words(response.content.decode())) == []


def test_the_review_delete_page_calls_the_review_a_review_not_a_check(staff_client, review):
    html = staff_client.get(reverse("dashboard:reviews-delete", kwargs={"pk": review.pk})).content.decode()
    assert re.search(r"<h2>\s*รีวิว\s*</h2>", html)
    assert "<h2>ตรวจสอบ</h2>" not in html


def test_the_checkout_step_review_stays_a_check():
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("th"):
        assert gettext("Review") == "ตรวจสอบ"
