"""One definition of the facets: the backends, the listing pages and the API agree on names, labels and bands."""

import pytest
from django.urls import reverse
from django.utils import translation

from search.facets import FACET_NAMES, PRICE_BANDS, price_band_index
from search.indexing import index_rebuild
from tests.factories import eligible_product

pytestmark = pytest.mark.django_db


def test_a_price_falls_in_the_band_that_includes_its_low_bound():
    assert [price_band_index(p) for p in (0, 199.99, 200, 999, 1000, 3000, 10**6)] == [0, 0, 1, 2, 3, 4, 4]
    assert [band.label for band in PRICE_BANDS] == ["฿0–200", "฿200–500", "฿500–1,000", "฿1,000–3,000", "฿3,000+"]


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_page_and_the_api_give_every_facet_value_the_same_label(client, search_index, language):
    eligible_product(title="ผ้าไหมแพรวา", title_en="Praewa silk", stars=4)
    eligible_product(title="ผ้าไหมมัดหมี่", title_en="Mudmee silk", stars=5)
    index_rebuild()
    with translation.override(language):
        page = client.get(reverse("search:search"), {"q": "silk"})
    shown = {name: {option["value"]: option["label"] for option in options}
             for name, options in page.context["filter_panel"].facets.items()}
    api = client.get(reverse("search-api:search"), {"q": "silk", "lang": language}).json()
    assert set(api["facets"]) == set(FACET_NAMES)
    for name, values in api["facets"].items():
        if name == "stars":  # the page offers "at least n stars" filters, not the ratings themselves
            continue
        for value in values:
            assert value["label"] == shown[name][value["value"]], (name, value)
    assert {v["value"]: v["label"] for v in api["facets"]["stars"]} == {"4": "★★★★", "5": "★★★★★"}
