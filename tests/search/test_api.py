import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from marketplace.certification.models import Certification
from search.backends.base import SearchRequest
from search.indexing import index_rebuild
from tests.factories import CertificationFactory, ProductFactory, eligible_product

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"upc", "title", "title_en", "url", "price", "currency", "stars", "province", "category", "producer",
               "producer_en", "image"}


@pytest.fixture
def catalogue(search_index):
    products = {
        "mudmee": eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk, lantern pattern",
                                   stock__price=Decimal("2500.00")),
        "scarf": eligible_product(title="ผ้าพันคอฝ้ายย้อมคราม", title_en="Indigo cotton scarf", stars=4,
                                  description="ผ้าฝ้ายทอมือ เหมาะใส่คู่กับผ้าไหม", stock__price=Decimal("450.00")),
        "coffee": eligible_product(title="กาแฟอาราบิก้าชาวเขา", title_en="Hill-tribe arabica coffee",
                                   description="กาแฟคั่วกลาง", description_en="Medium roast.", category="beverage",
                                   stock__price=Decimal("320.00")),
    }
    three_stars = ProductFactory(title="ผ้าไหมสามดาว", title_en="Three-star silk")
    CertificationFactory(product=three_stars, stars=3)
    index_rebuild()
    return products


def _get(client, **params):
    return client.get(reverse("search-api:search"), params)


def test_response_has_the_documented_shape(client, catalogue):
    response = _get(client, q="มัดหมี่")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert set(data) >= {"count", "results", "facets"}
    assert data["count"] == 1
    (result,) = data["results"]
    product = catalogue["mudmee"]
    assert set(result) == RESULT_KEYS
    assert result["upc"] == product.upc
    assert result["title"] == "ผ้าไหมมัดหมี่สุรินทร์ ลายโคม"
    assert result["title_en"] == "Surin mudmee silk, lantern pattern"
    assert result["url"] == "http://testserver" + product.get_absolute_url()
    assert result["price"] == "2500.00"
    assert result["currency"] == "THB"
    assert result["stars"] == 5
    assert result["province"] == {"code": "TH-32", "name_th": "สุรินทร์", "name_en": "Surin"}
    assert result["category"] == "textile"
    assert result["producer"] == product.producer.name_th
    assert result["producer_en"] == product.producer.name_en
    assert result["image"] is None
    (category_facet,) = data["facets"]["category"]
    assert category_facet["value"] == "textile" and category_facet["count"] == 1 and category_facet["label"]
    assert {f["value"] for f in data["facets"]["price"]} == {"0-200", "200-500", "500-1000", "1000-3000", "3000+"}


def test_facet_labels_follow_the_language(client, catalogue):
    url = reverse("search-api:search")
    english = client.get(url, {"q": "มัดหมี่", "lang": "en"}).json()
    assert english["facets"]["category"][0]["label"] == "Textiles and garments"
    assert english["facets"]["province"][0] == {"value": "TH-32", "count": 1, "label": "Surin"}
    thai = client.get(url, {"q": "มัดหมี่"}).json()
    assert thai["facets"]["province"][0]["label"] == "สุรินทร์"
    assert client.get(url, {"lang": "fr"}).status_code == 400
    error = client.get(url, {"page_size": "101", "lang": "en"}).json()["error"]
    assert error == "page_size: Ensure this value is less than or equal to 100."


def test_results_come_in_rank_order(client, catalogue, search_index):
    data = _get(client, q="ผ้าไหม").json()
    upcs = [r["upc"] for r in data["results"]]
    # The product with silk in its title ranks above the one that mentions silk in passing.
    assert upcs == [catalogue["mudmee"].upc, catalogue["scarf"].upc]
    backend_order = search_index.search(SearchRequest(q="ผ้าไหม")).product_ids
    assert upcs == [catalogue[k].upc for k in ("mudmee", "scarf")]
    assert backend_order == [catalogue["mudmee"].pk, catalogue["scarf"].pk]


def test_sort_and_filters(client, catalogue):
    data = _get(client, sort="price_asc").json()
    assert [r["upc"] for r in data["results"]] == [catalogue[k].upc for k in ("coffee", "scarf", "mudmee")]
    data = _get(client, category="beverage").json()
    assert [r["upc"] for r in data["results"]] == [catalogue["coffee"].upc]
    data = _get(client, min_price="400", max_price="1000", stars="4").json()
    assert [r["upc"] for r in data["results"]] == [catalogue["scarf"].upc]
    data = _get(client, stars="5", province="TH-32").json()
    assert {r["upc"] for r in data["results"]} == {catalogue["mudmee"].upc, catalogue["coffee"].upc}


def test_empty_query_lists_every_eligible_product_and_nothing_else(client, catalogue):
    data = _get(client).json()
    assert data["count"] == 3
    assert {r["upc"] for r in data["results"]} == {p.upc for p in catalogue.values()}
    assert "ผ้าไหมสามดาว" not in {r["title"] for r in data["results"]}


def test_a_certificate_lapsed_since_indexing_hides_the_product(client, catalogue):
    product = catalogue["coffee"]
    # No signal, no re-index: the index still holds the product.
    Certification.objects.filter(product=product).update(expires_on=timezone.localdate() - datetime.timedelta(days=1))
    data = _get(client).json()
    assert product.upc not in {r["upc"] for r in data["results"]}
    assert _get(client, q="กาแฟ").json()["results"] == []


def test_pagination_and_the_page_size_cap(client, catalogue):
    data = _get(client, sort="price_asc", page="2", page_size="2").json()
    assert data["count"] == 3
    assert [r["upc"] for r in data["results"]] == [catalogue["mudmee"].upc]
    assert _get(client, page_size="100").status_code == 200
    response = _get(client, page_size="101")
    assert response.status_code == 400
    assert "page_size" in response.json()["fields"]


@pytest.mark.parametrize("params, field", [
    ({"stars": "abc"}, "stars"),
    ({"min_price": "500", "max_price": "100"}, "__all__"),
    ({"sort": "bogus"}, "sort"),
    ({"page": "0"}, "page"),
    ({"page": "x"}, "page"),
    ({"page_size": "0"}, "page_size"),
    ({"min_price": "-1"}, "min_price"),
    ({"max_price": "lots"}, "max_price"),
    ({"category": "weapons"}, "category"),
    ({"province": "TH-99"}, "province"),
    ({"q": "x" * 201}, "q"),
    ({"q": "silk\x00"}, "q"),
])
def test_bad_parameters_get_400_with_a_message(client, search_index, params, field):
    response = _get(client, **params)
    assert response.status_code == 400
    data = response.json()
    assert isinstance(data["error"], str) and data["error"]
    assert field in data["fields"]


def test_only_get_is_allowed(client, search_index):
    assert client.post(reverse("search-api:search")).status_code == 405


def test_suggest_completes_what_is_typed(client, catalogue):
    url = reverse("search-api:suggest")
    data = client.get(url, {"q": "ผ้าไห"}).json()
    assert data["q"] == "ผ้าไห"
    assert data["suggestions"][0] == "ผ้าไหมมัดหมี่สุรินทร์ ลายโคม"
    english = client.get(url, {"q": "cof"}).json()
    assert english["suggestions"] == ["Hill-tribe arabica coffee"]
    assert client.get(url, {"q": ""}).json() == {"q": "", "suggestions": []}
    # ชา "tea" is a whole word even with no tea in the index: never ชาวเขา "hill tribe" coffee.
    assert client.get(url, {"q": "ชา"}).json()["suggestions"] == []
    assert _get(client, q="ชา").json()["count"] == 0
    assert client.get(url, {"q": "silk", "limit": "0"}).status_code == 400
    assert client.get(url, {"q": "silk", "limit": "21"}).status_code == 400
