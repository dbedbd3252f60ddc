"""Storefront pages run a few queries whatever the catalogue's size: no N+1 can come back.

Each page is counted twice: warm (its cached fragments in place, as for most visitors) and just
after a catalogue change (the generation bumped, so every fragment is rebuilt). Both counts must
be the same with 20 and with 200 products; the warm one at most 10.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from shop.catalogue.models import Category
from shop.catalogue.product_views import product_views_flush

from marketplace.storefront.cache_keys import catalogue_generation_bump
from search.indexing import index_rebuild
from tests.factories import ProducerFactory, UserFactory, eligible_product

pytestmark = pytest.mark.django_db

WARM_MAX = 10
AFTER_CHANGE_MAX = 19  # the product page's "more from this producer" cards: 3 queries (products, pictures, stock)
CATEGORIES = ["textile", "food", "beverage", "household", "herbal"]


def _add_products(producers, count, start):
    for n in range(start, start + count):
        eligible_product(
            producer=producers[n % len(producers)], category=CATEGORIES[n % len(CATEGORIES)],
            stars=5 if n % 2 else 4, title=f"ผ้าไหมทอมือ ลาย {n}", title_en=f"Hand-woven silk, pattern {n}",
        )


def _pages(product) -> dict[str, str]:
    return {
        "home": reverse("home"),
        "listing": reverse("catalogue:index"),
        "category": Category.objects.get(slug="textile").get_absolute_url(),
        "product": product.get_absolute_url(),
        "search page": reverse("search:search") + "?q=ผ้าไหม",
        "search API": "/api/search/?q=silk",
    }


def _count(client, url, after_change: bool) -> int:
    assert client.get(url).status_code == 200  # warms thumbnails, URL caches and fragments
    if after_change:
        catalogue_generation_bump()
    product_views_flush()  # product views are written every few seconds: not during the request counted here
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _counts(client, product) -> dict[tuple[str, bool], int]:
    return {(name, after_change): _count(client, url, after_change)
            for name, url in _pages(product).items() for after_change in (False, True)}


def test_storefront_pages_run_the_same_few_queries_with_20_and_200_products(client, search_index):
    producers = ProducerFactory.create_batch(10)
    _add_products(producers, 20, 0)
    index_rebuild()
    product = eligible_product(producer=producers[0], title="ผ้าไหมมัดหมี่", title_en="Mudmee silk")
    index_rebuild()
    small = _counts(client, product)

    _add_products(producers, 180, 20)
    index_rebuild()
    large = _counts(client, product)

    assert large == small, {key: (small[key], large[key]) for key in small if small[key] != large[key]}
    too_many = {key: n for key, n in large.items() if n > (AFTER_CHANGE_MAX if key[1] else WARM_MAX)}
    assert not too_many, too_many


def test_product_page_checks_eligibility_once(client):
    product = eligible_product()
    client.force_login(UserFactory())  # rendered for them: a signed-out visitor's copy comes from the page cache
    client.get(product.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        assert client.get(product.get_absolute_url()).status_code == 200
    eligibility = [q["sql"] for q in queries if "certification_certification" in q["sql"] and "EXISTS" in q["sql"]]
    assert len(eligibility) == 1, eligibility
