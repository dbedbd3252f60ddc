"""Shoppers' words find their products, on each backend (the ``backend`` fixture): compounds split
differently in query and product, spelling variants, places, and a word no product has."""

import pytest

from search.backends.base import SearchRequest
from tests.search.documents import document

# Real OTOP products, with the places of their producers in their text, as ``product_document`` writes it.
CATALOGUE = [
    document(1, "กล้วยหอมทองฉาบเนย", "Butter-fried Hom Thong banana chips", category="food", province="TH-86",
             description="ละแม Lamae ชุมพร Chumphon"),
    document(2, "กล้วยฉาบรสหวาน", "Sweet banana chips", category="food", province="TH-74",
             description="หลักสาม Lak Sam บ้านแพ้ว Ban Phaeo สมุทรสาคร Samut Sakhon"),
    document(3, "กระเป๋าถือสตรีผ้าไหมมัดหมี่", "Women's mudmee silk handbag", province="TH-32",
             description="สวาย Sawai เมืองสุรินทร์ Mueang Surin สุรินทร์ Surin"),
    document(4, "กาละแมสูตรโบราณ", "Old-style kalamae toffee", category="food", province="TH-76",
             description="หนองปรง Nong Prong เขาย้อย Khao Yoi เพชรบุรี Phetchaburi"),
    document(5, "กาแฟโรบัสต้า ชนิดเมล็ด", "Robusta coffee, whole beans", category="beverage", province="TH-81",
             description="เขาพนม Khao Phanom กระบี่ Krabi"),
    document(6, "ขนมหม้อแกงถั่ว", "Mung bean custard", category="food", province="TH-76",
             description="ท่าราบ Tha Rap เมืองเพชรบุรี Mueang Phetchaburi เพชรบุรี Phetchaburi"),
    document(7, "น้ำผึ้งดอกลำไย", "Longan blossom honey", category="food", province="TH-51",
             description="มะกอก Makok ป่าซาง Pa Sang ลำพูน Lamphun"),
    document(8, "โรตีสายไหม", "Roti sai mai candy floss", category="food", province="TH-14"),
]


@pytest.fixture
def index(backend):
    backend.index_replace_all(iter(CATALOGUE))
    return backend


def _ids(index, q: str) -> list[int]:
    return index.search(SearchRequest(q=q)).product_ids


def test_a_compound_finds_the_product_that_splits_it_another_way(index):
    # กล้วยฉาบ "banana chips" is one word; กล้วยหอมทองฉาบ is กล้วยหอมทอง + ฉาบ: the exact word first.
    assert _ids(index, "กล้วยฉาบ ") == [2, 1]
    assert _ids(index, "กระเป๋าถือ ") == [3]  # กระเป๋าถือสตรี, one dictionary word
    assert _ids(index, "กล้วยหอมฉาบ ") == [1]


def test_a_part_never_matches_inside_a_word_that_is_not_a_kind_of_it(index):
    assert 8 not in _ids(index, "ไหม ")  # สายไหม, candy floss, is not silk


@pytest.mark.parametrize("q, expected", [
    ("กะละแม", [4]), ("กาละแม", [4]), ("kalamae", [4]),  # one sweet, spelt three ways
    ("กาแฟเม็ด", [5]), ("เมล็ดกาแฟ", [5]),  # เม็ด / เมล็ด, "bean"
])
def test_spelling_variants_find_the_same_product(index, q, expected):
    assert _ids(index, q) == expected


@pytest.mark.parametrize("q, expected", [
    ("ท่าราบ", [6]), ("Tha Rap", [6]),  # sub-district
    ("เขาย้อย", [4]), ("Khao Yoi", [4]),  # district
    ("ป่าซาง", [7]), ("Pa Sang", [7]),
    ("ลำพูน", [7]), ("Lamphun", [7]),  # province
])
def test_a_product_is_found_by_the_place_it_comes_from(index, q, expected):
    assert _ids(index, q) == expected


def test_a_word_no_product_has_gives_the_best_partial_matches(index):
    response = index.search(SearchRequest(q="กาแฟ กระบี่ แคปซูล"))  # no capsules: Krabi coffee has two words of three
    assert response.partial
    assert response.product_ids[0] == 5


@pytest.mark.parametrize("product", CATALOGUE, ids=lambda d: str(d.product_id))
def test_a_products_own_words_always_find_it(index, product):
    assert product.product_id in _ids(index, product.title_th)
    assert product.product_id in _ids(index, product.title_en)
