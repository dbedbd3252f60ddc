"""The filter panel the listing views hand their template: options, chips and the clearing link."""

from decimal import Decimal

import pytest
from django.test import RequestFactory
from django.utils import translation

from search.backends.base import SearchRequest
from search.indexing import index_rebuild
from search.presenters import filter_panel
from search.selectors import product_search
from tests.factories import eligible_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def results(search_index):
    eligible_product(title="ผ้าไหมแพรวา", title_en="Praewa silk", stars=4, stock__price=Decimal("450"))
    eligible_product(title="ผ้าไหมมัดหมี่", title_en="Mudmee silk", stars=5, stock__price=Decimal("2500"))
    index_rebuild()
    return product_search(SearchRequest(q="silk", min_price=Decimal("200"), max_price=Decimal("500")))


def test_each_facet_lists_its_options_with_counts_and_toggling_links(results):
    request = RequestFactory().get("/search/", {"q": "silk", "min_price": "200", "max_price": "500", "page": "3"})
    with translation.override("en"):
        panel = filter_panel(request, results)
    stars = {o["value"]: (o["label"], o["count"]) for o in panel.facets["stars"]}
    assert stars == {"5": ("5 stars", 0), "4": ("4 stars and up", 1)}
    price = {o["value"]: o for o in panel.facets["price"]}
    assert price["200-500"]["selected"] and price["200-500"]["label"] == "฿200–500"
    assert price["1000-3000"]["count"] == 1  # counted without the price filter, its own
    assert "page=" not in price["1000-3000"]["url"]  # choosing a filter goes back to the first page
    assert [chip["label"] for chip in panel.chips] == ["฿200–฿500"]
    assert panel.clear_url == "?q=silk"


def test_the_chips_speak_the_readers_language(results):
    request = RequestFactory().get("/search/", {"q": "silk", "stars": "4", "province": "TH-32"})
    with translation.override("th"):
        panel = filter_panel(request, results)
    assert [chip["label"] for chip in panel.chips] == ["สุรินทร์", "4 ดาวขึ้นไป"]
