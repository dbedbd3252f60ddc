"""Every main page renders in Thai and in English, with products on it."""

import pytest
from django.urls import reverse
from django.utils import translation

from search.indexing import index_rebuild
from tests.factories import eligible_product

pytestmark = pytest.mark.django_db

LANGUAGES = ["th", "en"]


@pytest.fixture
def catalogue(search_index):
    products = [
        eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk, lantern pattern"),
        eligible_product(title="กาแฟอาราบิก้าดอยช้าง", title_en="Doi Chang arabica coffee", category="beverage",
                         description="กาแฟคั่วกลางจากดอยช้าง", description_en="Medium-roast hill coffee."),
    ]
    index_rebuild()
    return products


def _get(client, language, url_name, **kwargs):
    with translation.override(language):
        url = reverse(url_name, kwargs=kwargs) if not url_name.startswith("/") else url_name
    return client.get(url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_shows_products(client, catalogue, language):
    response = _get(client, language, "home")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert ("Surin mudmee silk" if language == "en" else "ผ้าไหมมัดหมี่สุรินทร์") in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_and_category_pages_list_products(client, catalogue, language):
    assert _get(client, language, "catalogue:index").status_code == 200
    category = catalogue[1].categories.get()
    with translation.override(language):
        url = category.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    assert list(response.context["products"]) == [catalogue[1]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_finds_thai_compound_query(client, catalogue, language):
    with translation.override(language):
        url = reverse("search:search")
    response = client.get(url, {"q": "ผ้าไหมสุรินทร์"})
    assert response.status_code == 200
    assert list(response.context["products"]) == [catalogue[0]]


def test_search_page_reports_bad_parameters_without_error(client, catalogue):
    response = client.get(reverse("search:search"), {"min_price": "abc"})
    assert response.status_code == 200
    assert response.context["results"] is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_product_basket_and_login_pages_render(client, catalogue, language):
    product = catalogue[0]
    with translation.override(language):
        product_url = product.get_absolute_url()
        basket_url = reverse("basket:summary")
        login_url = reverse("customer:login")
    assert client.get(product_url).status_code == 200
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    basket = client.get(basket_url)
    assert basket.status_code == 200
    assert "฿1,290" in basket.content.decode()
    assert client.get(login_url).status_code == 200


def test_english_pages_live_under_en_prefix(client, catalogue):
    with translation.override("en"):
        assert reverse("catalogue:index").startswith("/en/")
    with translation.override("th"):
        assert not reverse("catalogue:index").startswith("/en/")


def test_producer_storefront_lists_its_products(client, catalogue):
    producer = catalogue[0].producer
    response = client.get(producer.get_absolute_url())
    assert response.status_code == 200
    assert list(response.context["products"]) == [catalogue[0]]


def test_healthz_answers_ok(client):
    assert client.get("/healthz/").json() == {"status": "ok", "database": "ok", "search": "ok",
                                              "search_updates_waiting": 0}
