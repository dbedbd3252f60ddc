"""The category links in the header and footer are cached; each language keeps its own copy."""

import re

import pytest

from tests.factories import eligible_product

pytestmark = pytest.mark.django_db


def _category_hrefs(html: str) -> set[str]:
    return set(re.findall(r'href="([^"]*/catalogue/category/[^"]*)"', html))


def test_thai_page_links_thai_categories_after_an_english_page_was_served(client):
    eligible_product(category="food")
    english = _category_hrefs(client.get("/en/catalogue/").content.decode())
    thai = _category_hrefs(client.get("/catalogue/").content.decode())
    assert english and all(href.startswith("/en/") for href in english)
    assert thai and not any(href.startswith("/en/") for href in thai)


def test_english_page_links_english_categories_after_a_thai_page_was_served(client):
    eligible_product(category="food")
    thai = _category_hrefs(client.get("/").content.decode() + client.get("/catalogue/").content.decode())
    english = _category_hrefs(client.get("/en/catalogue/").content.decode())
    assert thai and not any(href.startswith("/en/") for href in thai)
    assert english and all(href.startswith("/en/") for href in english)


@pytest.mark.django_db
def test_every_storefront_cache_key_names_the_language():
    from django.utils import translation

    from marketplace.storefront.cache_keys import cache_key_for, language_key

    for key_of in (language_key, cache_key_for):
        with translation.override("th"):
            thai = key_of("category-urls")
        with translation.override("en-gb"):
            english = key_of("category-urls")
        assert thai != english and ":th" in thai and ":en" in english
