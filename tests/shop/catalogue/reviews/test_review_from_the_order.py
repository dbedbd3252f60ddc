"""A buyer reaches the review form from their order: each product they may review has its link there."""

import pytest
from django.urls import reverse

from shop.catalogue.reviews.models import ProductReview
from shop.order.models import Order
from tests.factories import UserFactory, eligible_product
from tests.order_factory import order_paid, order_place

from .test_reviews import add_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def buyer():
    return UserFactory(email="somying@example.th")


def _order_page(client, order) -> str:
    return client.get(reverse("customer:order", kwargs={"order_number": order.number})).content.decode()


def test_a_paid_order_links_each_product_to_its_review_form(client, buyer, fake_stripe):
    coffee, silk = eligible_product(), eligible_product()
    order = order_paid([(coffee, 1), (silk, 1)], fake_stripe, user=buyer)
    client.force_login(buyer)
    html = _order_page(client, order)
    assert f'href="{add_url(coffee)}"' in html and f'href="{add_url(silk)}"' in html
    assert f'href="{coffee.get_absolute_url()}"' in html


def test_no_review_link_for_an_unpaid_order_or_a_product_already_reviewed(client, buyer, fake_stripe):
    coffee, silk = eligible_product(), eligible_product()
    paid = order_paid([(coffee, 1)], fake_stripe, user=buyer)
    ProductReview.objects.create(product=coffee, user=buyer, score=5, title="ดี", body="ดีมาก")
    unpaid = order_place([(silk, 1)], user=buyer)
    client.force_login(buyer)
    assert f'href="{add_url(coffee)}"' not in _order_page(client, paid)
    assert f'href="{add_url(silk)}"' not in _order_page(client, unpaid)


def test_no_review_link_for_a_product_no_longer_on_sale(client, buyer, fake_stripe):
    coffee = eligible_product()
    order = order_paid([(coffee, 1)], fake_stripe, user=buyer)
    coffee.is_public = False
    coffee.save()
    client.force_login(buyer)
    html = _order_page(client, Order.objects.get(pk=order.pk))
    assert f'href="{add_url(coffee)}"' not in html and f'href="{coffee.get_absolute_url()}"' not in html
