import pytest

from marketplace.listings.slugs import SLUG_WORDS_MAX_LENGTH, product_slug
from tests.factories import ProducerFactory

pytestmark = pytest.mark.django_db


def test_the_slug_comes_from_the_english_title():
    assert product_slug("ผ้าไหมมัดหมี่ลายโคม", "Mudmee Silk, Lantern Pattern (2 m)") == "mudmee-silk-lantern-pattern-2-m"


def test_a_long_english_title_is_cut_between_words():
    slug = product_slug("ผ้า", " ".join(["handwoven"] * 20))
    assert len(slug) <= SLUG_WORDS_MAX_LENGTH and slug.endswith("handwoven") and not slug.endswith("-")


def test_a_product_without_an_english_title_keeps_oscars_slug():
    slug = product_slug("ผ้าไหม", "")
    assert slug and slug.isascii()


def test_product_upsert_gives_readable_urls_that_resolve(client):
    from decimal import Decimal

    from marketplace.listings.services import ProductData, product_upsert
    from tests.factories import CertificationFactory

    data = ProductData(upc="8850000123457", title_th="น้ำพริกตาแดง", title_en="Nam Prik Ta Daeng chilli dip",
                       description_th="", description_en="", category="food", price=Decimal("60"), stock=5,
                       weight_grams=200)
    product, _ = product_upsert(ProducerFactory(), data)
    CertificationFactory(product=product)
    assert product.slug == "nam-prik-ta-daeng-chilli-dip"
    assert client.get(product.get_absolute_url()).status_code == 200
