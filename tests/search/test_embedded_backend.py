from decimal import Decimal

import pytest

from search.analysis import segmented
from search.backends.base import SearchRequest
from search.backends.embedded import EmbeddedBackend, Speller, edit_distance, match_expression
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


# --- synonyms, spelling and ranking -------------------------------------------------------------


def test_synonyms_cross_languages(index):
    assert _ids(index, q="ไหม") == [1]
    assert _ids(index, q="silk") == [1]
    assert _ids(index, q="ผ้าไหม") == [1]
    assert _ids(index, q="กาแฟ") == [3]
    assert _ids(index, q="cashew") == [4]
    assert _ids(index, q="mango") == [5]  # not the cashew (มะม่วงหิมพานต์)
    assert _ids(index, q="tea") == [2]  # not the hill-tribe (ชาวเขา) coffee
    assert _ids(index, q="ikat") == [1]


def test_transliterations_and_compounds(index):
    assert _ids(index, q="mudmee") == [1]
    assert _ids(index, q="สุรินทร์ mudmee") == [1]
    assert _ids(index, q="oolong mae salong") == [2]
    assert _ids(index, q="ชาอูหลงแม่สลอง") == [2]


def test_latin_misspellings_are_corrected_from_the_index_vocabulary(index):
    index.index_upsert([_doc(6, "ผ้าฝ้ายทอมือ", "Handwoven cotton throw")])
    assert _ids(index, q="arabca") == [3]  # one edit, 6 letters
    assert _ids(index, q="oolonk tea") == [2]
    assert _ids(index, q="hendwovan") == [6]  # two edits, 9 letters
    assert _ids(index, q="cashw") == [4]
    assert _ids(index, q="xyzzyq") == []


def test_thai_words_are_never_fuzzed(index):
    assert _ids(index, q="มะม่วน") == []  # one letter from มะม่วง, but Thai is matched exactly


def test_words_far_apart_still_match_a_multi_word_synonym(index):
    index.index_upsert([_doc(7, "มะม่วงน้ำดอกไม้อบแห้ง", "Dried Nam Dok Mai mango", category="food")])
    assert sorted(_ids(index, q="dried mango")) == [5, 7]
    assert sorted(_ids(index, q="มะม่วงอบแห้ง")) == [5, 7]
    assert sorted(_ids(index, q="มะม่วง")) == [5, 7]


def test_when_no_product_has_every_word_those_with_most_of_them_come_first(index):
    assert _ids(index, q="silk from surin with zebra stripes")[0] == 1


def test_price_facet_ignores_its_own_filter(index):
    facets = index.search(SearchRequest(min_price=Decimal("200"))).facets
    assert {f.value: f.count for f in facets["price"]}["0-200"] == 2
    assert {f.value: f.count for f in facets["category"]} == {"textile": 1, "beverage": 2}
    assert index.search(SearchRequest(min_price=Decimal("200"))).count == 3


def test_a_rebuild_is_seen_by_an_open_reader(index):
    assert _ids(index, q="silk") == [1]
    index.index_replace_all([_doc(9, "ผ้าไหมแพรวา", "Praewa silk")])
    assert _ids(index, q="silk") == [9]
    assert _ids(index) == [9]


def test_an_index_written_before_synonym_tokens_still_answers(tmp_path):
    backend = EmbeddedBackend(tmp_path / "old.sqlite3")
    conn = backend._connect()
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'format'")
    conn.commit()
    conn.close()
    backend.index_upsert([_doc(1, "ผ้าไหมมัดหมี่", "Mudmee silk")])
    assert backend.search(SearchRequest(q="ไหม")).product_ids == [1]
    assert backend.search(SearchRequest(q="ikat")).product_ids == [1]


def test_edit_distance_and_speller():
    assert edit_distance("cofee", "coffee", 2) == 1
    assert edit_distance("teh", "the", 1) == 1  # a swap counts once
    assert edit_distance("abcdef", "uvwxyz", 2) == 3
    speller = Speller([("coffee", 10), ("toffee", 2), ("silk", 5), ("ผ้าไหม", 3)])
    assert speller.correct("coffe") == "coffee"
    assert speller.correct("sillk") == "silk"
    assert speller.correct("ผ้าไหน") is None
    assert speller.correct("cat") is None  # too short to correct
