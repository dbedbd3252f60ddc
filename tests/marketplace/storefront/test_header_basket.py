"""The header's basket count: each visitor's own, read without Oscar applying its offers; totals still apply them."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.functional import empty
from oscar.test.factories import create_offer

from marketplace.storefront.header_basket import header_basket_in, header_basket_out
from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db


def _count(n: int) -> str:
    return f'<span class="basket-count" aria-hidden="true">{n}</span>'


def _shopper(product, quantity: int, user=None) -> Client:
    shopper = Client()
    if user is not None:
        shopper.force_login(user)
    assert shopper.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity}).status_code == 302
    shopper.get(reverse("basket:summary"))  # the add's message shown
    return shopper


@pytest.mark.parametrize("signed_in", [False, True], ids=["signed out", "signed in"])
def test_pages_without_totals_count_the_basket_without_applying_offers_and_the_basket_page_applies_them(signed_in):
    product = eligible_product()  # ฿1,290
    create_offer(name="ลด 20% ทั้งร้าน")  # Oscar's site offer: 20% off everything
    shopper = _shopper(product, 2, UserFactory() if signed_in else None)

    for url in ("/", reverse("catalogue:index"), product.get_absolute_url(), product.get_absolute_url()):
        response = shopper.get(url)
        assert _count(2) in response.content.decode()
        assert response.wsgi_request.basket._wrapped is empty, url  # Oscar's offers were never applied

    basket_page = shopper.get(reverse("basket:summary"))
    assert basket_page.wsgi_request.basket._wrapped is not empty
    assert basket_page.context["basket"].total_discount == 516  # 20% of ฿2,580
    assert "฿2,064" in basket_page.content.decode()


def test_the_count_adds_up_the_quantities_of_every_line():
    one, other = eligible_product(), eligible_product()
    shopper = _shopper(one, 2)
    _shopper_add = shopper.post(reverse("basket:add", kwargs={"pk": other.pk}), {"quantity": 3})
    assert _shopper_add.status_code == 302
    shopper.get(reverse("basket:summary"))
    assert _count(5) in shopper.get("/").content.decode()


def test_a_page_shared_without_the_basket_link_gets_each_visitors_own():
    product = eligible_product()
    html = Client().get("/").content.decode()
    shared = header_basket_out(html)
    assert shared.count("\x00basket\x00") == 1 and 'href="/basket/"' in html
    shopper = _shopper(product, 4)
    request = shopper.get("/").wsgi_request
    assert _count(4) in header_basket_in(shared, request)
