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
