"""The Elasticsearch backend against a real cluster: the embedded backend's behaviours, and more.

Run with e.g. ``ELASTICSEARCH_URL=http://localhost:9200 .venv/bin/python -m pytest -q tests/search``
against the image of ``docker/elasticsearch``. Each test run uses its own alias and deletes
its indices afterwards.
"""

import os
import uuid
from decimal import Decimal

import pytest

from search.analysis import segmented
from search.backends.base import SearchRequest
from search.documents import ProductDocument

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch cluster to test against",
)

_RUN = uuid.uuid4().hex[:10]


def _doc(pk, title_th, title_en="", *, category="textile", province="TH-32", stars=5, price="500", region="northeast",
         producer_type="community_group", created="2026-01-01T00:00:00"):
    return ProductDocument(
        product_id=pk, upc=f"{pk:013d}", title_th=title_th, title_en=title_en,
        text=segmented(f"{title_th} {title_en}"), title_text=segmented(f"{title_th} {title_en}"),
        category=category, province_code=province, region=region, producer_type=producer_type, stars=stars,
        price=Decimal(price), created=created,
    )


_CATALOGUE = [
    _doc(1, "ผ้าไหมมัดหมี่สุรินทร์", "Surin mudmee silk", price="2500"),
    _doc(2, "ชาอู่หลงดอยแม่สลอง", "Doi Mae Salong oolong tea", category="beverage", province="TH-57",
         region="north", stars=4, price="250"),
    _doc(3, "กาแฟอาราบิก้าชาวเขา", "Hill-tribe arabica coffee", category="beverage", province="TH-57",
         region="north", price="320", created="2026-05-01T00:00:00"),
    _doc(4, "มะม่วงหิมพานต์อบ", "Roasted cashew nuts", category="food", province="TH-84", region="south",
         stars=4, price="180"),
    _doc(5, "มะม่วงอบแห้ง", "Dried mango", category="food", province="TH-84", region="south", price="120"),
]


def _indices(backend):
    from elasticsearch import NotFoundError

    try:
        return set(backend.client.indices.get_alias(index=f"{backend.alias}*").body)
    except NotFoundError:
        return set()


@pytest.fixture
def backend(settings):
    from search.backends import search_backend
    from search.backends.elastic import ElasticBackend

    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX = f"test-products-{_RUN}-{uuid.uuid4().hex[:6]}"
    settings.ELASTICSEARCH_REFRESH = True  # visible at once, without waiting for the refresh interval
    search_backend.cache_clear()
    es = search_backend()
    assert isinstance(es, ElasticBackend)
    try:
        yield es
    finally:
        search_backend.cache_clear()
        for name in _indices(es):
            es.client.options(ignore_status=404).indices.delete(index=name)


@pytest.fixture
def index(backend):
    backend.index_replace_all(iter(_CATALOGUE))
    return backend


def _ids(index, **kwargs):
    return index.search(SearchRequest(**kwargs)).product_ids


# --- the embedded backend's behaviours (tests/search/test_embedded_backend.py) -------------------
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
    assert sorted(_ids(index, min_price=Decimal(200), max_price=Decimal(400))) == [2, 3]


def test_sorting(index):
    assert _ids(index, sort="price_asc")[:2] == [5, 4]
    assert _ids(index, sort="price_desc")[0] == 1
    assert _ids(index, sort="newest")[0] == 3
    assert _ids(index, sort="stars")[-2:] == [2, 4]


def test_pagination_counts_all_matches(index):
    response = index.search(SearchRequest(sort="price_asc", page=2, page_size=2))
    assert response.count == 5
    assert response.product_ids == [2, 3]


def test_facets_count_each_value_ignoring_their_own_filter(index):
    facets = index.search(SearchRequest(category="food")).facets
    assert {f.value: f.count for f in facets["category"]} == {"textile": 1, "beverage": 2, "food": 2}
    assert {f.value: f.count for f in facets["province"]} == {"TH-84": 2}
    assert {f.value: f.count for f in facets["price"]}["0-200"] == 2
    assert [f.value for f in facets["price"]] == ["0-200", "200-500", "500-1000", "1000-3000", "3000+"]
    assert {f.value: f.count for f in facets["stars"]} == {"5": 1, "4": 1}


def test_upsert_and_delete_change_results(index):
    index.index_upsert([_doc(6, "ผ้าไหมแพรวา", "Praewa silk", province="TH-46")])
    assert sorted(_ids(index, q="ผ้าไหม")) == [1, 6]
    index.index_delete([1])
    assert _ids(index, q="ผ้าไหม") == [6]


def test_suggestions_complete_a_prefix(index):
    assert index.suggest("ผ้าไห") == ["ผ้าไหมมัดหมี่สุรินทร์"]


def test_query_syntax_characters_are_harmless(index):
    assert _ids(index, q='"silk" * (') == [1]


# --- what Elasticsearch adds ---------------------------------------------------
def test_latin_typos_are_forgiven_thai_words_are_not_fuzzy(index):
    assert _ids(index, q="cofee") == [3]  # a known misspelling (search.synonyms.TYPOS)
    assert _ids(index, q="cashwe") == [4]  # fuzziness: one transposition
    assert _ids(index, q="dried mnago") == [5]
    assert _ids(index, q="silk") == [1]  # a word of the index is not fuzzy: no "milk", "sill"
    assert _ids(index, q="มะม่วงง") == []


def test_a_trailing_space_ends_the_last_word(index):
    assert _ids(index, q="ชาว") == [3]
    assert _ids(index, q="ชาว ") == []


def test_no_product_with_every_word_falls_back_to_any_word(index):
    assert sorted(_ids(index, q="silk mango ")) == [1, 5]


def test_synonyms_cross_languages(index):
    index.index_upsert([_doc(7, "", "Hand-woven silk scarf"), _doc(8, "ผ้าฝ้ายย้อมคราม")])
    assert sorted(_ids(index, q="ผ้าไหม")) == [1, 7]
    assert _ids(index, q="cotton") == [8]
    assert _ids(index, q="tea") == [2]


def test_english_plurals_find_singulars(index):
    assert _ids(index, q="mangos") == [5]
    assert _ids(index, q="roasted nut") == [4]


def test_mis_segmented_thai_prefix_still_completes(index):
    assert _ids(index, q="ผ้าไห") == [1]
    assert _ids(index, q="ชาว") == [3]  # not a whole word of the index: completes to ชาวเขา


def test_suggestions_in_the_typed_script_and_by_word(index):
    assert index.suggest("oolo") == ["Doi Mae Salong oolong tea"]
    assert index.suggest("มัดหม") == ["ผ้าไหมมัดหมี่สุรินทร์"]
    assert index.suggest("") == []


def test_rebuild_swaps_the_alias_and_drops_the_old_index(index):
    client = index.client
    before = set(client.indices.get_alias(name=index.alias).body)
    index.index_replace_all([_doc(9, "ยาหม่องสมุนไพร", "Herbal balm", category="herbal")])
    after = set(client.indices.get_alias(name=index.alias).body)
    assert len(after) == 1 and after.isdisjoint(before)
    assert _indices(index) == after
    assert _ids(index) == [9]


def test_upsert_before_any_rebuild_creates_the_index_behind_the_alias(backend):
    assert _ids(backend, q="ผ้าไหม") == []
    assert backend.suggest("ผ้า") == []
    backend.index_delete([1])
    backend.index_upsert([_doc(1, "ผ้าไหมแพรวา", "Praewa silk")])
    assert backend.client.indices.exists_alias(name=backend.alias)
    assert _ids(backend, q="ผ้าไหม") == [1]
    backend.index_delete([1, 404])
    assert _ids(backend) == []


def test_analyzers_on_the_cluster(index):
    def tokens(**kwargs):
        return [t["token"] for t in index.client.indices.analyze(index=index.alias, **kwargs)["tokens"]]

    assert {"ชา", "tea"} <= set(tokens(analyzer="otop_words_search", text="ชา"))
    assert tokens(analyzer="otop_words", text="ชา") == ["ชา"]
    assert tokens(field="title_text.prefix", text="oolong")[:3] == ["o", "oo", "ool"]
