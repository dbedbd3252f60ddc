import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from shop.partner.strategy import Selector
from tests.factories import CertificationFactory, ProductFactory, eligible_product

pytestmark = pytest.mark.django_db


def _strategy():
    return Selector().strategy()


def test_eligible_product_in_stock_can_be_bought():
    info = _strategy().fetch_for_product(eligible_product())
    assert info.availability.is_available_to_buy


def test_uncertified_product_cannot_be_bought_and_says_why():
    product = ProductFactory(title="น้ำพริกนรกแม่ประนอม")
    info = _strategy().fetch_for_product(product)
    allowed, reason = info.availability.is_purchase_permitted(1)
    assert not allowed
    assert "น้ำพริกนรกแม่ประนอม" in str(reason)


def test_expired_certificate_blocks_purchase():
    product = ProductFactory()
    CertificationFactory(product=product, expires_on=timezone.localdate() - datetime.timedelta(days=1))
    assert not _strategy().fetch_for_product(product).availability.is_available_to_buy


def test_prices_are_thai_baht_including_tax():
    info = _strategy().fetch_for_product(eligible_product())
    assert info.price.currency == "THB"
    assert info.price.incl_tax == info.price.excl_tax


def test_ineligible_product_cannot_be_added_to_basket(client):
    product = ProductFactory()
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1}, follow=True)
    assert response.context["basket"].num_items == 0
    messages = [str(m) for m in response.context["messages"]]
    assert any(product.title in m for m in messages), messages


def test_eligible_product_is_added_to_basket(client):
    product = eligible_product()
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2})
    response = client.get(reverse("basket:summary"))
    assert response.status_code == 200
    assert response.context["basket"].num_items == 2


@pytest.mark.parametrize("price", ["0.00", "-1.00"])
def test_a_price_of_nothing_or_less_is_never_sold(price):
    # The dashboard and the import refuse it; one stored any other way (the Django admin) is still not sold.
    product = eligible_product()
    product.stockrecords.update(price=price)
    info = _strategy().fetch_for_product(product)
    assert not info.availability.is_available_to_buy
    assert not info.availability.is_purchase_permitted(1)[0]


@pytest.mark.parametrize("language, expected", [("en", "Only 2 left: you can buy up to 2."),
                                                ("th", "เหลือเพียง 2 ชิ้น ซื้อได้สูงสุด 2 ชิ้น")])
def test_asking_for_more_than_is_left_says_so_in_a_sentence(language, expected):
    from django.utils import translation

    info = _strategy().fetch_for_product(eligible_product(stock=2))
    with translation.override(language):
        allowed, reason = info.availability.is_purchase_permitted(3)
        assert not allowed and str(reason) == expected


def test_a_sold_out_product_says_so_in_a_sentence():
    from django.utils import translation

    info = _strategy().fetch_for_product(eligible_product(stock=0))
    with translation.override("en"):
        assert str(info.availability.is_purchase_permitted(1)[1]) == "This product is sold out."
