"""What the listing says when nothing is found, and how it counts for screen readers."""

import pytest
from django.utils import translation

from search.indexing import index_rebuild
from tests.factories import eligible_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_silk(search_index):
    silk = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์", title_en="Surin mudmee silk")
    index_rebuild()
    return silk


def _page(client, url, language="en"):
    with translation.override(language):
        return client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()


def test_a_search_without_filters_that_finds_nothing_suggests_another_word_not_clearing_filters(client, one_silk):
    html = _page(client, "/en/search/?q=xyzzy")
    assert "No products found" in html
    assert "with these filters" not in html and "Clear filters" not in html
    assert "Check the spelling" in html and 'href="/en/catalogue/"' in html


def test_a_search_with_filters_that_finds_nothing_offers_to_clear_them(client, one_silk):
    html = _page(client, "/en/search/?q=silk&province=TH-10")
    assert "with these filters" in html and "Clear filters" in html


def test_a_facet_with_one_product_counts_it_in_the_singular(client, one_silk):
    html = _page(client, "/en/search/?q=silk")
    assert "1<span class=\"visually-hidden\"> product)</span>" in html
    assert "1<span class=\"visually-hidden\"> products)</span>" not in html


def test_a_page_past_the_last_one_says_so_and_leads_to_the_last_page(client, one_silk):
    html = _page(client, "/en/catalogue/?page=999")
    assert "No products match these filters" not in html
    assert "This page is past the last one" in html and 'href="?page=1"' in html
