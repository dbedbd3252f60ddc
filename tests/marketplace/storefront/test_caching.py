"""Cached storefront fragments: per language, and stale the moment what they show changes."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from marketplace.certification.services import certification_revoke
from marketplace.storefront.cache_keys import cache_key_for, catalogue_generation_current
from search.indexing import index_rebuild
from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db


def _home(client, language="th") -> str:
    with translation.override(language):
        url = reverse("home")
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_cache_keys_name_the_language_and_the_generation():
    with translation.override("th"):
        thai = cache_key_for("card", 1)
    with translation.override("en"):
        english = cache_key_for("card", 1)
    assert thai != english and ":th:" in thai and ":en:" in english
    assert cache_key_for("card", 1) != cache_key_for("card", 2)


def test_english_home_page_is_not_served_the_thai_copy(client):
    eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์", title_en="Surin mudmee silk")
    assert "ผ้าไหมมัดหมี่สุรินทร์" in _home(client, "th")
    english = _home(client, "en")
    assert "Surin mudmee silk" in english and "ผ้าไหมมัดหมี่สุรินทร์" not in english


def test_new_price_shows_at_once_on_cached_cards(client, search_index):
    product = eligible_product(title="กาแฟดอยช้าง")
    index_rebuild()
    assert "฿1,290" in _home(client)
    assert "฿1,290" in client.get(reverse("catalogue:index")).content.decode()

    stockrecord = product.stockrecords.get()
    stockrecord.price = Decimal("990.00")
    stockrecord.save()

    assert "฿990" in _home(client) and "฿1,290" not in _home(client)
    assert "฿990" in client.get(reverse("catalogue:index")).content.decode()


def test_revoked_certificate_takes_the_product_off_the_cached_home_page_at_once(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    product = eligible_product(title="น้ำพริกเผาแม่ศรี")
    assert "น้ำพริกเผาแม่ศรี" in _home(client)

    certification_revoke(product.certifications.get(), admin, "Cancelled by the CDD")

    assert "น้ำพริกเผาแม่ศรี" not in _home(client)


def test_publishing_a_cms_page_makes_cached_fragments_stale():
    from wagtail.models import Page

    before = catalogue_generation_current()
    home = Page.objects.get(depth=2).specific
    home.save_revision().publish()
    assert catalogue_generation_current() > before


def test_signed_in_visitor_sees_their_own_basket_on_a_cached_page(client):
    product = eligible_product()
    _home(client)  # cached for everyone
    client.force_login(UserFactory())
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2})
    html = _home(client)
    assert '<span class="basket-count" aria-hidden="true">2</span>' in html


def test_signed_out_visitors_get_the_home_page_whole_from_the_cache(client, django_assert_max_num_queries):
    from django.test import Client

    eligible_product(title="ชาอูหลงดอยแม่สลอง")
    first = _home(client)
    with django_assert_max_num_queries(1):  # the catalogue generation, nothing else
        again = Client().get(reverse("home"))
    assert "ชาอูหลงดอยแม่สลอง" in again.content.decode()
    assert again.content.decode().count("csrfmiddlewaretoken") == first.count("csrfmiddlewaretoken")


def test_a_cached_page_carries_each_visitors_own_working_csrf_token():
    from django.test import Client

    eligible_product()
    Client().get(reverse("home"))  # cached
    visitor = Client(enforce_csrf_checks=True)
    html = visitor.get(reverse("home")).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert "\x00" not in token and len(token) == 64
    switched = visitor.post(reverse("set_language"), {"language": "en", "next": "/", "csrfmiddlewaretoken": token})
    assert switched.status_code == 302


def test_a_visitor_with_a_basket_sees_their_own_count_on_the_cached_home_page(client):
    product = eligible_product()
    _home(client)  # the shared copy, basket empty
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 3})
    assert '<span class="basket-count" aria-hidden="true">3</span>' in _home(client)



def test_wishlist_hearts_on_cached_pages_are_each_visitors_own(client, search_index):
    from django.test import Client

    from shop.customer.wishlists.services import wishlist_add_product

    product = eligible_product(title="ผ้าคลุมไหล่ไหมแพรวา")
    index_rebuild()
    _home(client)  # the signed-out copies, with empty hearts
    client.get(reverse("catalogue:index"))
    owner, other = Client(), Client()
    owner_user = UserFactory()
    owner.force_login(owner_user)
    other.force_login(UserFactory())
    wishlist_add_product(owner_user, product)

    assert 'aria-pressed="true"' in owner.get(reverse("home")).content.decode()
    assert 'aria-pressed="true"' not in other.get(reverse("home")).content.decode()
    listing = owner.get(reverse("catalogue:index")).content.decode()
    assert 'aria-pressed="true"' in listing
    tokens = {t.split('"')[0] for t in listing.split('name="csrfmiddlewaretoken" value="')[1:]}
    assert tokens and all(len(t) == 64 and "\x00" not in t for t in tokens)


def test_search_api_answers_are_cached_until_a_price_changes(client, search_index, django_assert_max_num_queries):
    product = eligible_product(title_en="Doi Chang arabica coffee")
    index_rebuild()
    assert client.get("/api/search/?q=coffee").json()["results"][0]["price"] == "1290.00"
    with django_assert_max_num_queries(1):
        assert client.get("/api/search/?q=coffee").json()["results"][0]["price"] == "1290.00"

    stockrecord = product.stockrecords.get()
    stockrecord.price = Decimal("990.00")
    stockrecord.save()

    assert client.get("/api/search/?q=coffee").json()["results"][0]["price"] == "990.00"


def test_signed_in_visitors_share_the_listing_with_their_own_saved_hearts(client, search_index,
                                                                           django_assert_max_num_queries):
    from django.test import Client

    from shop.customer.wishlists.services import wishlist_add_product

    saved, other = eligible_product(title="ผ้าไหมมัดหมี่"), eligible_product(title="ผ้าฝ้ายย้อมคราม")
    index_rebuild()
    owner_user = UserFactory()
    wishlist_add_product(owner_user, saved)
    first, owner = Client(), Client()
    first.force_login(UserFactory())
    owner.force_login(owner_user)
    url = reverse("catalogue:index")
    assert 'aria-pressed="true"' not in first.get(url).content.decode()  # fills the signed-in copy

    with django_assert_max_num_queries(12):  # the grid, facets and pages from the cache
        html = owner.get(url).content.decode()
    hearts = {pk: form for pk, form in _heart_forms(html)}
    assert 'aria-pressed="true"' in hearts[saved.pk] and 'name="action" value="remove"' in hearts[saved.pk]
    assert 'aria-pressed="false"' in hearts[other.pk] and 'name="action" value="add"' in hearts[other.pk]
    assert 'data-signed-in="true"' in hearts[other.pk]

    wishlist_add_product(owner_user, other)  # saving bumps nothing: the copy stays, the hearts follow
    assert all('aria-pressed="true"' in form for _, form in _heart_forms(owner.get(url).content.decode()))
    signed_out = Client().get(url).content.decode()
    assert 'aria-pressed="true"' not in signed_out and 'data-signed-in="true"' not in signed_out


def _heart_forms(html: str) -> list[tuple[int, str]]:
    import re

    return [(int(m[1]), m[0]) for m in
            re.finditer(r'<form class="wish-form[^>]*data-wishlist-heart="(\d+)"[^>]*>.*?</form>', html, re.DOTALL)]
