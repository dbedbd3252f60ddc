import pytest
from django.utils import translation

from marketplace.listings.slugs import SLUG_WORDS_MAX_LENGTH, product_slug
from tests.factories import ProducerFactory

pytestmark = pytest.mark.django_db


def test_the_slug_comes_from_the_english_title():
    assert product_slug("ผ้าไหมมัดหมี่ลายโคม", "Mudmee Silk, Lantern Pattern (2 m)") == "mudmee-silk-lantern-pattern-2-m"


def test_a_long_english_title_is_cut_between_words():
    slug = product_slug("ผ้า", " ".join(["handwoven"] * 20))
    assert len(slug) <= SLUG_WORDS_MAX_LENGTH and slug.endswith("handwoven") and not slug.endswith("-")


def test_a_product_without_an_english_title_gets_whole_thai_words():
    # Oscar's slugifier wrote "u0e1cu0e49…"; Django's dropped vowels and tone marks ("นำพรกตาแดง").
    assert product_slug("น้ำพริกตาแดง สูตรโบราณ", "") == "น้ำพริกตาแดง-สูตรโบราณ"


def test_thai_product_url_resolves_and_an_old_slug_redirects(client):
    from tests.factories import eligible_product

    product = eligible_product(title="น้ำพริกตาแดง", title_en="")
    product.slug = product_slug(product.title, "")
    product.save()
    product.full_clean(exclude=["producer", "product_class", "parent"])  # the model field takes Thai marks
    with translation.override("th"):
        url = product.get_absolute_url()
    assert "%E0%B8%99%E0%B9%89%E0%B8%B3" in url  # น้ำ, percent-encoded
    assert client.get(url).status_code == 200
    old = client.get(f"/catalogue/u0e19u0e49u0e33_{product.pk}/")
    assert old.status_code == 301 and old["Location"] == url


def test_dashboard_product_form_takes_a_thai_slug():
    from shop.catalogue.models import Product

    field = Product._meta.get_field("slug").formfield()
    assert field.clean("น้ำพริกตาแดง-สูตรโบราณ") == "น้ำพริกตาแดง-สูตรโบราณ"


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
