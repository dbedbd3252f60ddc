"""Storefronts whole from the page cache: shared by signed-out visitors, never stale, never private."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db

STOREFRONT = "/producers/maker-a/"


def _rendered(response) -> bool:
    """The page's template was rendered for this request (a copy from the cache renders only the basket link)."""
    return any(t.name.startswith("cms/") for t in response.templates)


def _count(n: int) -> str:
    return f'<span class="basket-count" aria-hidden="true">{n}</span>'


def test_signed_out_visitors_and_shoppers_with_a_basket_share_one_rendering_of_a_storefront(
        maker_a, django_assert_max_num_queries):
    first = Client().get(STOREFRONT)
    assert first.status_code == 200 and _rendered(first)  # rendered
    with django_assert_max_num_queries(1):  # the catalogue generation, nothing else
        again = Client().get(STOREFRONT)
    assert not _rendered(again) and "กลุ่มทอผ้าบ้านเอ" in again.content.decode()

    shopper = Client()
    shopper.post(reverse("basket:add", kwargs={"pk": maker_a.product.pk}), {"quantity": 2})
    shopper.get(reverse("basket:summary"))  # the add's message shown
    mine = shopper.get(STOREFRONT)
    assert not _rendered(mine) and _count(2) in mine.content.decode()
    assert 'class="basket-count"' not in Client().get(STOREFRONT).content.decode()


def test_signed_in_visitors_get_their_storefront_rendered(maker_a):
    Client().get(STOREFRONT)
    visitor = Client()
    visitor.force_login(UserFactory())
    assert _rendered(visitor.get(STOREFRONT))


def test_a_new_product_shows_on_the_cached_storefront_at_once(maker_a):
    Client().get(STOREFRONT), Client().get(STOREFRONT)
    eligible_product(producer=maker_a.producer, title="ผ้าขาวม้าทอมือลายใหม่")
    assert "ผ้าขาวม้าทอมือลายใหม่" in Client().get(STOREFRONT).content.decode()


def test_a_storefront_made_private_is_never_served_from_the_cache(maker_a):
    assert Client().get(STOREFRONT).status_code == 200 and not _rendered(Client().get(STOREFRONT))  # cached
    PageViewRestriction.objects.create(page=maker_a.page, restriction_type=PageViewRestriction.PASSWORD,
                                       password="secret")
    private = Client().get(STOREFRONT)
    assert "กลุ่มทอผ้าบ้านเอ สินค้า" not in private.content.decode()  # Wagtail's password form instead
    assert "กลุ่มทอผ้าบ้านเอ สินค้า" not in Client().get(STOREFRONT).content.decode()


def test_an_unpublished_storefront_is_not_served_from_the_cache(maker_a):
    Client().get(STOREFRONT), Client().get(STOREFRONT)
    maker_a.page.unpublish()
    response = Client().get(STOREFRONT)
    assert _rendered(response) and response.context["storefront"] is None  # the register's record


def test_other_cms_pages_are_rendered_for_each_visitor(maker_a):
    from tests.cms.helpers import add_story

    story = add_story(maker_a)
    assert Client().get(story.url).status_code == 200
    assert _rendered(Client().get(story.url))
