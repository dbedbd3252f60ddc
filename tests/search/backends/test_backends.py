"""What every search backend does, run on each (the ``backend`` fixture, tests/search/conftest.py)."""

import datetime
import threading
from decimal import Decimal

import pytest
from django.utils import timezone

from search.backends.base import SearchRequest
from search.indexing import index_rebuild
from search.selectors import product_search
from tests.factories import eligible_product
from tests.search.documents import document

CATALOGUE = [
    document(1, "ผ้าไหมมัดหมี่สุรินทร์", "Surin mudmee silk", price="2500"),
    document(2, "ชาอู่หลงดอยแม่สลอง", "Doi Mae Salong oolong tea", category="beverage", province="TH-57",
             region="north", stars=4, price="250"),
    document(3, "กาแฟอาราบิก้าชาวเขา", "Hill-tribe arabica coffee", category="beverage", province="TH-57",
             region="north", price="320", created="2026-05-01T00:00:00", producer_type="single_owner"),
    document(4, "มะม่วงหิมพานต์อบ", "Roasted cashew nuts", category="food", province="TH-84", region="south",
             stars=4, price="180"),
    document(5, "มะม่วงอบแห้ง", "Dried mango", category="food", province="TH-84", region="south", price="120"),
]


@pytest.fixture
def index(backend):
    backend.index_replace_all(iter(CATALOGUE))
    return backend


def _ids(index, **kwargs):
    return index.search(SearchRequest(**kwargs)).product_ids


def _counts(facet):
    return {f.value: f.count for f in facet}


# --- words: ranking, whole words, prefixes, typos, synonyms, Thai and English ----------------
def test_a_compound_typed_without_spaces_finds_the_product(index):
    assert _ids(index, q="ผ้าไหมสุรินทร์") == [1]


def test_a_short_word_never_matches_inside_a_longer_word(index):
    assert _ids(index, q="ชา") == [2]  # not ชาวเขา, "hill tribe"
    assert _ids(index, q="มะม่วง") == [5]  # not มะม่วงหิมพานต์, "cashew"


def test_title_matches_rank_above_description_matches(index):
    index.index_upsert([document(6, "ตะกร้าจักสาน", "Woven basket", description="ใส่ผ้าไหม silk ได้",
                                 category="household")])
    assert _ids(index, q="silk") == [1, 6]


def test_the_word_being_typed_matches_as_a_prefix(index):
    assert _ids(index, q="oolo") == [2]
    assert _ids(index, q="ผ้าไห") == [1]  # segmented ผ้า + ไห ("jar") while typing
    assert _ids(index, q="ชาว") == [3]  # not yet a whole word of the index: completes to ชาวเขา


def test_a_trailing_space_ends_the_word(index):
    assert _ids(index, q="ชาว ") == []


def test_latin_typos_are_forgiven_thai_words_never_fuzzed(index):
    assert _ids(index, q="cofee") == [3]  # a known misspelling (search.synonyms.TYPOS)
    assert _ids(index, q="arabca") == [3]  # one edit
    assert _ids(index, q="oolonk tea") == [2]
    assert _ids(index, q="cashw") == [4]  # the word being typed, with a typo
    assert _ids(index, q="xyzzyq") == []
    assert _ids(index, q="silk") == [1]  # a word of the index is never fuzzy: no "milk"
    assert _ids(index, q="มะม่วน") == []  # one letter from มะม่วง, but Thai is matched exactly


def test_synonyms_cross_languages_and_transliterations(index):
    assert _ids(index, q="ไหม") == [1]
    assert _ids(index, q="silk") == [1]
    assert _ids(index, q="ikat") == [1]
    assert _ids(index, q="tea") == [2]  # not the hill-tribe (ชาวเขา) coffee
    assert _ids(index, q="cashew") == [4]
    assert _ids(index, q="mango") == [5]
    assert _ids(index, q="oolong mae salong") == [2]


def test_transliterations_and_compounds(index):
    assert _ids(index, q="mudmee") == [1]
    assert _ids(index, q="สุรินทร์ mudmee") == [1]
    assert _ids(index, q="ชาอูหลงแม่สลอง") == [2]


def test_words_far_apart_still_match_a_several_word_synonym(index):
    index.index_upsert([document(7, "มะม่วงน้ำดอกไม้อบแห้ง", "Dried Nam Dok Mai mango", category="food")])
    assert sorted(_ids(index, q="dried mango")) == [5, 7]
    assert sorted(_ids(index, q="มะม่วงอบแห้ง")) == [5, 7]


def test_thai_and_english_queries_find_the_same_product(index):
    assert _ids(index, q="กาแฟ") == _ids(index, q="coffee") == [3]
    assert _ids(index, q="mangos") == [5]  # English plurals find singulars
    assert _ids(index, q="roasted nut") == [4]


def _partial(index, q):
    return index.search(SearchRequest(q=q))


def test_when_no_product_has_every_word_the_best_partial_matches_come(index):
    response = _partial(index, "silk from surin with zebra stripes")
    assert response.partial
    assert response.product_ids[0] == 1
    assert index.search(SearchRequest(q="surin silk")).partial is False


def test_partial_matches_rank_by_how_many_words_matched(index):
    response = _partial(index, "dried mango zebra")
    assert response.partial
    assert response.product_ids[0] == 5  # dried and mango, before mango alone


def test_query_syntax_characters_are_harmless(index):
    assert _ids(index, q='"silk" * (') == [1]
    assert _ids(index, q="   ") == _ids(index)


# --- filters, facets, sorting, paging ----------------------------------------------------
@pytest.mark.parametrize("filters, expected", [
    ({"category": "beverage"}, [2, 3]),
    ({"province": "TH-84"}, [4, 5]),
    ({"region": "north"}, [2, 3]),
    ({"producer_type": "single_owner"}, [3]),
    ({"stars": 5}, [1, 3, 5]),
    ({"min_price": Decimal(200), "max_price": Decimal(400)}, [2, 3]),
    ({"max_price": Decimal(180)}, [4, 5]),
    ({"stars": 5, "province": "TH-84"}, [5]),
])
def test_every_filter(index, filters, expected):
    assert sorted(_ids(index, **filters)) == expected
    assert sorted(_ids(index, q="มะม่วง", **filters)) == [pk for pk in expected if pk == 5]


def test_each_facet_is_counted_with_every_filter_but_its_own(index):
    facets = index.search(SearchRequest(category="food", province="TH-84", stars=5)).facets
    assert _counts(facets["category"]) == {"food": 1}  # province and stars apply
    assert _counts(facets["province"]) == {"TH-84": 1}  # category and stars apply
    assert _counts(facets["stars"]) == {"5": 1, "4": 1}  # category and province apply
    assert _counts(facets["region"]) == {"south": 1}
    assert _counts(facets["producer_type"]) == {"community_group": 1}
    assert _counts(facets["price"]) == {"0-200": 1, "200-500": 0, "500-1000": 0, "1000-3000": 0, "3000+": 0}


def test_facets_without_filters_count_the_matches(index):
    facets = index.search(SearchRequest()).facets
    assert _counts(facets["category"]) == {"textile": 1, "beverage": 2, "food": 2}
    assert _counts(facets["region"]) == {"northeast": 1, "north": 2, "south": 2}
    assert [f.value for f in facets["price"]] == ["0-200", "200-500", "500-1000", "1000-3000", "3000+"]
    price = index.search(SearchRequest(min_price=Decimal(200))).facets["price"]
    assert _counts(price)["0-200"] == 2  # the price filter does not narrow its own facet


@pytest.mark.parametrize("sort, expected", [
    ("price_asc", [5, 4, 2, 3, 1]),
    ("price_desc", [1, 3, 2, 4, 5]),
    ("newest", [3, 5, 4, 2, 1]),
    ("stars", [1, 3, 5, 2, 4]),
    ("relevance", [1, 3, 5, 2, 4]),  # without words: most stars first
])
def test_sorting(index, sort, expected):
    assert _ids(index, sort=sort) == expected


def test_paging_counts_every_match(index):
    response = index.search(SearchRequest(sort="price_asc", page=2, page_size=2))
    assert response.count == 5
    assert response.product_ids == [2, 3]
    assert index.search(SearchRequest(page=9, page_size=2)).product_ids == []


# --- suggestions -------------------------------------------------------------------------
def test_suggestions_complete_in_the_script_typed(index):
    assert index.suggest("ผ้าไห") == ["ผ้าไหมมัดหมี่สุรินทร์"]
    assert index.suggest("มัดหม") == ["ผ้าไหมมัดหมี่สุรินทร์"]
    assert index.suggest("oolo") == ["Doi Mae Salong oolong tea"]
    assert index.suggest("") == []


# --- the index follows the catalogue -----------------------------------------------------
def test_upserts_and_deletes_change_results(index):
    index.index_upsert([document(6, "ผ้าไหมแพรวา", "Praewa silk", province="TH-46")])
    assert sorted(_ids(index, q="ผ้าไหม")) == [1, 6]
    index.index_delete([1, 404])
    assert _ids(index, q="ผ้าไหม") == [6]


def test_writes_before_any_rebuild_create_the_index(backend):
    assert _ids(backend, q="ผ้าไหม") == []
    assert backend.suggest("ผ้า") == []
    backend.index_delete([1])
    backend.index_upsert([document(1, "ผ้าไหมแพรวา", "Praewa silk")])
    assert _ids(backend, q="ผ้าไหม") == [1]


@pytest.mark.django_db
def test_an_ineligible_product_never_appears_whatever_the_index_holds(backend):
    listed = eligible_product(title="ผ้าไหมแพรวา")
    unlisted = eligible_product(title="ผ้าไหมมัดหมี่")
    index_rebuild()
    unlisted.certifications.update(expires_on=timezone.localdate() - datetime.timedelta(days=1))
    # The index still holds the lapsed product: the page must not show it.
    assert set(_ids(backend, q="ผ้าไหม")) == {listed.pk, unlisted.pk}
    assert [p.pk for p in product_search(SearchRequest(q="ผ้าไหม")).products] == [listed.pk]


@pytest.mark.django_db
def test_the_index_follows_product_stock_certification_and_producer_changes(
        backend, django_capture_on_commit_callbacks):
    def found(**kwargs):
        return _ids(backend, **kwargs)

    with django_capture_on_commit_callbacks(execute=True):
        product = eligible_product(title="กาแฟดอยช้าง", title_en="Doi Chang")
    assert found(q="กาแฟ") == [product.pk]
    with django_capture_on_commit_callbacks(execute=True):
        product.title = "ชาอู่หลง"
        product.save()
    assert found(q="กาแฟ") == []
    assert found(q="ชา") == [product.pk]
    with django_capture_on_commit_callbacks(execute=True):
        product.stockrecords.update()  # a queryset update sends no signal: save the record itself
        record = product.stockrecords.get()
        record.price = Decimal("99")
        record.save()
    assert found(max_price=Decimal(100)) == [product.pk]
    with django_capture_on_commit_callbacks(execute=True):
        producer = product.producer
        producer.is_active = False
        producer.save()
    assert found() == []
    with django_capture_on_commit_callbacks(execute=True):
        producer.is_active = True
        producer.save()
    assert found() == [product.pk]
    with django_capture_on_commit_callbacks(execute=True):
        certification = product.certifications.get()
        certification.expires_on = timezone.localdate() - datetime.timedelta(days=1)
        certification.save()
    assert found() == []


def test_a_rebuild_replaces_everything(index):
    index.index_replace_all([document(9, "ผ้าไหมแพรวา", "Praewa silk")])
    assert _ids(index, q="silk") == [9]
    assert _ids(index) == [9]


def test_searches_during_a_rebuild_always_see_a_whole_index(index):
    seen: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def search_until_done():
        while not done.is_set():
            try:
                seen.append(index.search(SearchRequest(q="ผ้าไหม")).count)
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)
                return

    def rebuild(round_):
        index.index_replace_all(iter(CATALOGUE + [document(10 + round_, "ผ้าไหมแพรวา", "Praewa silk")]))

    rebuild(0)
    reader = threading.Thread(target=search_until_done)
    reader.start()
    try:
        for round_ in range(1, 4):
            rebuild(round_)
    finally:
        done.set()
        reader.join(timeout=30)
    assert not errors
    assert seen and set(seen) == {2}  # every index, old or new, holds two silks: never none, never half
