"""When no product has every word of a query, the best partial matches are shown, and said to be partial."""

import pytest
from django.urls import reverse
from django.utils import translation

from search.indexing import index_rebuild
from tests.factories import eligible_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(search_index):
    products = {
        "freeze_dried": eligible_product(title="ลำไยอบแห้งฟรีซดราย", title_en="Freeze-dried longan",
                                         category="food"),
        "honey": eligible_product(title="น้ำผึ้งดอกลำไย", title_en="Longan blossom honey", category="food"),
        "coffee": eligible_product(title="กาแฟอาราบิก้าดอยช้าง", title_en="Doi Chang arabica coffee",
                                   category="beverage"),
    }
    index_rebuild()
    return products


def test_the_api_says_partial_and_ranks_products_with_more_of_the_words_first(client, catalogue):
    # No product is a jar: the honey has longan and honey, the dried longan only longan.
    data = client.get(reverse("search-api:search"), {"q": "longan honey jar"}).json()
    assert data["partial"] is True
    assert [r["upc"] for r in data["results"]] == [catalogue["honey"].upc, catalogue["freeze_dried"].upc]


def test_the_api_says_not_partial_when_a_product_has_every_word(client, catalogue):
    data = client.get(reverse("search-api:search"), {"q": "longan honey"}).json()
    assert data["partial"] is False
    assert [r["upc"] for r in data["results"]] == [catalogue["honey"].upc]


def test_a_word_no_product_has_no_longer_hides_the_rest(client, catalogue):
    data = client.get(reverse("search-api:search"), {"q": "ลำไย กระป๋อง"}).json()  # "canned longan"
    assert data["partial"] is True
    assert {r["upc"] for r in data["results"]} == {catalogue["honey"].upc, catalogue["freeze_dried"].upc}


@pytest.mark.parametrize("language, notice", [
    ("th", "ไม่มีสินค้าที่มีทุกคำของ “longan honey jar”"),
    ("en", "No product has every word of “longan honey jar”"),
])
def test_the_search_page_says_the_results_are_partial(client, catalogue, language, notice):
    with translation.override(language):
        url = reverse("search:search")
    response = client.get(url, {"q": "longan honey jar"})
    assert response.status_code == 200
    assert response.context["results"].partial
    assert list(response.context["products"]) == [catalogue["honey"], catalogue["freeze_dried"]]
    assert notice in response.content.decode()


def test_the_search_page_says_nothing_of_partial_results_when_every_word_matched(client, catalogue):
    response = client.get(reverse("search:search"), {"q": "longan honey"})
    assert not response.context["results"].partial
    assert "ไม่มีสินค้าที่มีทุกคำ" not in response.content.decode()


@pytest.mark.parametrize("q", ["😀", "!!!", "<script>x</script>", "zzzz qqqq"])
def test_a_query_with_no_word_any_product_has_finds_nothing_not_everything(client, catalogue, q):
    data = client.get(reverse("search-api:search"), {"q": q}).json()
    assert data["count"] == 0 and data["results"] == []
    html = client.get(reverse("search:search"), {"q": q}).content.decode()
    assert catalogue["honey"].get_absolute_url() not in html
