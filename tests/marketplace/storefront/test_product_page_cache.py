"""The product page whole from the cache: shared by signed-out visitors, never stale, never someone else's."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from oscar.apps.analytics.models import ProductRecord

from marketplace.certification.models import StandardApproval
from marketplace.storefront.cache_keys import catalogue_generation_current, csrf_tokens_out
from marketplace.storefront.header_basket import header_basket_out
from shop.catalogue.product_views import product_views_flush
from shop.customer.wishlists.services import wishlist_add_product
from shop.order.processing import EventHandler
from tests.factories import UserFactory, eligible_product
from tests.order_factory import order_place

pytestmark = pytest.mark.django_db

BUY_FORM = 'id="add_to_basket_form"'
HEART_ON = 'aria-pressed="true"'


def _page(product, client=None) -> str:
    response = (client or Client()).get(product.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _basket_count(n: int) -> str:
    return f'<span class="basket-count" aria-hidden="true">{n}</span>'


def test_signed_out_visitors_share_one_rendering_of_the_product_page(django_assert_max_num_queries):
    product = eligible_product(title="ผ้าไหมแพรวากาฬสินธุ์")
    first = _page(product)
    product_views_flush()  # views are written every few seconds: not during the request counted here
    with django_assert_max_num_queries(2):  # the catalogue generation and the stock levels, nothing else
        again = _page(product)
    assert csrf_tokens_out(again) == csrf_tokens_out(first)
    assert "ผ้าไหมแพรวากาฬสินธุ์" in again and BUY_FORM in again
    assert not Client().get(product.get_absolute_url()).cookies.keys() - {"csrftoken"}


def test_views_of_the_cached_product_page_are_still_counted_for_the_staff_report():
    product_views_flush()  # views counted by earlier tests, of products no longer there
    product = eligible_product()
    for _ in range(3):
        _page(product)  # the first rendered (counted by Oscar), the others from the cache
    product_views_flush()  # the process writes its count every few seconds and when it stops
    assert ProductRecord.objects.get(product=product).num_views == 3


def test_a_product_page_rendered_for_a_signed_out_visitor_writes_nothing():
    product = eligible_product()
    _page(product)  # the first rendering makes the picture's thumbnails
    cache.clear()
    product_views_flush()
    with CaptureQueriesContext(connection) as queries:
        _page(product)  # rendered again: its view is counted with the cached copies', written every few seconds
    assert [q["sql"] for q in queries if not q["sql"].startswith("SELECT")] == []
    product_views_flush()
    assert ProductRecord.objects.get(product=product).num_views == 2


def test_the_cached_page_says_out_of_stock_as_soon_as_the_last_unit_is_sold(fake_stripe):
    product = eligible_product(stock=1)
    assert BUY_FORM in _page(product) and BUY_FORM in _page(product)  # the second one from the cache

    order = order_place([(product, 1)])

    sold_out = _page(product)
    assert BUY_FORM not in sold_out
    assert "https://schema.org/OutOfStock" in sold_out and "https://schema.org/InStock" not in sold_out

    EventHandler().handle_payment_failed(order, "declined")  # the allocation cancelled: back on sale

    assert BUY_FORM in _page(product)


def test_a_sale_updates_the_units_left_on_the_product_page_and_leaves_the_other_cached_pages(fake_stripe):
    product = eligible_product(stock=10)
    assert "เหลือ 10 ชิ้น" in _page(product) and "เหลือ 10 ชิ้น" in _page(product)
    generation = catalogue_generation_current()

    order_place([(product, 3)])

    assert "เหลือ 7 ชิ้น" in _page(product)
    assert catalogue_generation_current() == generation  # home, listings and search stay cached


def test_a_new_price_shows_at_once_on_the_cached_product_page():
    product = eligible_product()
    assert "฿1,290" in _page(product) and "฿1,290" in _page(product)
    stockrecord = product.stockrecords.get()
    stockrecord.price = "990.00"
    stockrecord.save()
    assert "฿990" in _page(product) and "฿1,290" not in _page(product)


def test_a_product_page_cached_the_day_its_certificate_expires_is_not_served_the_day_after(monkeypatch):
    product = eligible_product()
    certification = product.certifications.get()
    certification.expires_on = timezone.localdate()  # valid through today, expired from tomorrow
    certification.save()
    _page(product), _page(product)  # cached today

    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)  # no job runs, no row changes: only the date moves

    assert Client().get(product.get_absolute_url()).status_code == 404


def test_signed_in_shoppers_see_their_own_basket_and_heart_on_the_product_page_never_anothers():
    product = eligible_product()
    _page(product)  # the shared copy: no basket, empty heart
    owner_user = UserFactory()
    owner, other = Client(), Client()
    owner.force_login(owner_user)
    other.force_login(UserFactory())
    wishlist_add_product(owner_user, product)
    owner.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2})

    mine = _page(product, owner)
    assert HEART_ON in mine and _basket_count(2) in mine

    theirs = _page(product, other)
    assert HEART_ON not in theirs and 'class="basket-count"' not in theirs
    shared = _page(product)
    assert HEART_ON not in shared and 'class="basket-count"' not in shared


def test_a_signed_out_visitor_with_a_basket_sees_their_own_count_on_the_product_page():
    product = eligible_product()
    _page(product)  # the shared copy
    visitor = Client()
    visitor.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 3})
    assert _basket_count(3) in _page(product, visitor)
    assert 'class="basket-count"' not in _page(product)


def test_a_standards_approval_added_to_the_certificate_shows_on_the_cached_product_page():
    product = eligible_product()
    assert "FDA-13-1-99999-5-0001" not in _page(product)
    StandardApproval.objects.create(certification=product.certifications.get(), kind="fda",
                                    number="FDA-13-1-99999-5-0001")
    assert "FDA-13-1-99999-5-0001" in _page(product)


# --- Shoppers holding a basket get the cached page with their own count ----------------------------------


def _basket_add(client, product, quantity: int = 1):
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    assert response.status_code == 302
    return response


def _shopper_with_a_basket(product, quantity: int) -> Client:
    """A signed-out shopper who added ``quantity`` of ``product`` and has seen the add's message."""
    shopper = Client()
    _basket_add(shopper, product, quantity)
    shopper.get(reverse("basket:summary"))  # the add's message shown there, as on the shopper's next page
    return shopper


def test_a_shopper_holding_a_basket_gets_the_cached_page_with_their_own_count(django_assert_max_num_queries):
    product = eligible_product(title="ผ้าไหมแพรวาบ้านโพน")
    shared = _page(product)  # rendered once, for everyone
    shopper = _shopper_with_a_basket(product, 2)
    product_views_flush()
    with django_assert_max_num_queries(4):  # generation, stock levels, the basket and its count: nothing rendered
        mine = _page(product, shopper)
    assert _basket_count(2) in mine
    assert header_basket_out(csrf_tokens_out(mine)) == header_basket_out(csrf_tokens_out(shared))  # all but the count
    assert 'class="basket-count"' not in _page(product)


def test_shoppers_never_see_each_others_basket_count_whoever_filled_the_cache():
    product, other_product = eligible_product(), eligible_product()
    one, three = _shopper_with_a_basket(product, 1), _shopper_with_a_basket(other_product, 3)
    first = _page(product, three)  # the copy in the cache is rendered for the shopper with three
    assert _basket_count(3) in first
    assert _basket_count(1) in _page(product, one) and _basket_count(3) not in _page(product, one)
    assert 'class="basket-count"' not in _page(product)  # a first visit: no basket, no count
    for page in ("/", reverse("catalogue:index"), product.get_absolute_url()):
        assert _basket_count(1) in Client.get(one, page).content.decode()
        assert _basket_count(3) in Client.get(three, page).content.decode()


def test_adding_to_the_basket_shows_the_new_count_and_the_message_on_the_next_page_at_once():
    product = eligible_product(title="น้ำพริกนรกแม่ศรี")
    shopper = _shopper_with_a_basket(product, 1)
    assert _basket_count(1) in _page(product, shopper)

    _basket_add(shopper, product, 2)
    with_message = _page(product, shopper)
    assert _basket_count(3) in with_message and 'class="alert' in with_message  # rendered for them, message and all
    again = _page(product, shopper)
    assert _basket_count(3) in again and 'class="alert' not in again


def test_a_refused_add_shows_its_error_on_the_product_page_even_after_another_page_took_the_message():
    product = eligible_product(stock=2)
    shopper = _shopper_with_a_basket(product, 1)
    _page(product, shopper)  # the cached copy, without any error
    response = shopper.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 0})
    assert response.status_code == 302
    assert 'class="alert' in shopper.get("/").content.decode()  # the message, on the page they went to first

    refused = _page(product, shopper)  # Oscar kept the refused form in the session for this page
    assert 'class="error-block"' in refused and _basket_count(1) in refused
    assert 'class="error-block"' not in _page(product, shopper)  # shown once; then the cached copy again
    assert 'class="error-block"' not in _page(product)


def test_a_shopper_with_a_basket_sees_the_units_left_and_the_new_price_at_once(fake_stripe):
    product = eligible_product(stock=10)
    shopper = _shopper_with_a_basket(product, 1)
    assert "เหลือ 10 ชิ้น" in _page(product, shopper) and "เหลือ 10 ชิ้น" in _page(product, shopper)

    order_place([(product, 3)])
    assert "เหลือ 7 ชิ้น" in _page(product, shopper)

    stockrecord = product.stockrecords.get()
    stockrecord.price = "990.00"
    stockrecord.save()
    assert "฿990" in _page(product, shopper) and _basket_count(1) in _page(product, shopper)
