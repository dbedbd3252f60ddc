from decimal import Decimal

import pytest

from search.analysis import segmented
from search.backends.base import SearchRequest
from search.backends.embedded import match_expression
from search.documents import ProductDocument


def _doc(pk, title_th, title_en="", *, category="textile", province="TH-32", stars=5, price="500", region="northeast",
         producer_type="community_group", created="2026-01-01T00:00:00"):
    return ProductDocument(
        product_id=pk, upc=f"{pk:013d}", title_th=title_th, title_en=title_en,
        text=segmented(f"{title_th} {title_en}"), title_text=segmented(f"{title_th} {title_en}"),
        category=category, province_code=province, region=region, producer_type=producer_type, stars=stars,
        price=Decimal(price), created=created,
    )


@pytest.fixture
def index(search_index):
    search_index.index_replace_all([
        _doc(1, "ผ้าไหมมัดหมี่สุรินทร์", "Surin mudmee silk", price="2500"),
        _doc(2, "ชาอู่หลงดอยแม่สลอง", "Doi Mae Salong oolong tea", category="beverage", province="TH-57",
             region="north", stars=4, price="250"),
        _doc(3, "กาแฟอาราบิก้าชาวเขา", "Hill-tribe arabica coffee", category="beverage", province="TH-57",
             region="north", price="320", created="2026-05-01T00:00:00"),
        _doc(4, "มะม่วงหิมพานต์อบ", "Roasted cashew nuts", category="food", province="TH-84", region="south",
             stars=4, price="180"),
        _doc(5, "มะม่วงอบแห้ง", "Dried mango", category="food", province="TH-84", region="south", price="120"),
    ])
    return search_index


def _ids(index, **kwargs):
    return index.search(SearchRequest(**kwargs)).product_ids


def test_compound_query_finds_the_product(index):
    assert _ids(index, q="ผ้าไหมสุรินทร์") == [1]


def test_short_word_does_not_match_inside_a_longer_word(index):
    assert _ids(index, q="ชา") == [2]
    assert _ids(index, q="มะม่วง") == [5]


def test_english_query_and_prefix_as_you_type(index):
    assert _ids(index, q="coffee") == [3]
    assert _ids(index, q="oolo") == [2]


def test_empty_query_lists_everything_with_filters(index):
    assert sorted(_ids(index)) == [1, 2, 3, 4, 5]
    assert sorted(_ids(index, category="beverage")) == [2, 3]
    assert _ids(index, stars=5, province="TH-84") == [5]
    assert sorted(_ids(index, min_price=Decimal("200"), max_price=Decimal("400"))) == [2, 3]


def test_sorting(index):
    assert _ids(index, sort="price_asc")[:2] == [5, 4]
    assert _ids(index, sort="price_desc")[0] == 1
    assert _ids(index, sort="newest")[0] == 3


def test_pagination_counts_all_matches(index):
    response = index.search(SearchRequest(sort="price_asc", page=2, page_size=2))
    assert response.count == 5
    assert response.product_ids == [2, 3]


def test_facets_count_each_value_ignoring_their_own_filter(index):
    facets = index.search(SearchRequest(category="food")).facets
    assert {f.value: f.count for f in facets["category"]} == {"textile": 1, "beverage": 2, "food": 2}
    assert {f.value: f.count for f in facets["province"]} == {"TH-84": 2}
    assert {f.value: f.count for f in facets["price"]}["0-200"] == 2


def test_upsert_and_delete_change_results(index):
    index.index_upsert([_doc(6, "ผ้าไหมแพรวา", "Praewa silk", province="TH-46")])
    assert sorted(_ids(index, q="ผ้าไหม")) == [1, 6]
    index.index_delete([1])
    assert _ids(index, q="ผ้าไหม") == [6]


def test_suggestions_complete_a_prefix(index):
    assert index.suggest("ผ้าไห") == ["ผ้าไหมมัดหมี่สุรินทร์"]


def test_query_syntax_characters_are_harmless(index):
    assert _ids(index, q='"silk" * (') == [1]
    assert match_expression("   ") is None
