import datetime

import pytest
from django.utils import timezone

from search.backends.base import SearchRequest
from search.indexing import index_rebuild, index_refresh_products
from tests.factories import CertificationFactory, ProductFactory, eligible_product

pytestmark = pytest.mark.django_db


def _found(index, q=""):
    return index.search(SearchRequest(q=q)).product_ids


def test_rebuild_indexes_only_eligible_products(search_index):
    listed = eligible_product(title="ผ้าไหมแพรวากาฬสินธุ์")
    low = ProductFactory(title="ผ้าไหมสามดาว")
    CertificationFactory(product=low, stars=3)
    assert index_rebuild() == 1
    assert _found(search_index, "ผ้าไหม") == [listed.pk]


def test_lapsed_certificate_drops_product_on_refresh(search_index):
    product = eligible_product()
    index_rebuild()
    certification = product.certifications.get()
    certification.expires_on = timezone.localdate() - datetime.timedelta(days=1)
    certification.save()
    index_refresh_products([product.pk])
    assert _found(search_index) == []


def test_changes_reach_the_index_after_commit(search_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        product = eligible_product(title="กาแฟดอยช้าง")
    assert _found(search_index, "กาแฟ") == [product.pk]
    with django_capture_on_commit_callbacks(execute=True):
        product.title = "ชาอู่หลง"
        product.save()
    assert _found(search_index, "กาแฟ") == []
    assert _found(search_index, "ชา") == [product.pk]


def test_documents_carry_the_stars_of_the_best_valid_certification(search_index):
    product = eligible_product(stars=4)
    CertificationFactory(product=product, stars=5)
    lapsed = CertificationFactory(product=product, stars=5)
    lapsed.expires_on = timezone.localdate() - datetime.timedelta(days=1)
    lapsed.save()
    from search.documents import product_document, products_for_documents
    from shop.catalogue.models import Product

    (document,) = [product_document(p) for p in products_for_documents(Product.objects.filter(pk=product.pk))]
    assert document.stars == 5


def test_rebuild_queries_do_not_grow_with_the_catalogue(search_index, django_assert_max_num_queries):
    """Per-product lookups made a 60,000-product rebuild take minutes; the batch is fetched at once."""
    for _ in range(12):
        eligible_product()
    from search.indexing import _documented
    from marketplace.certification.selectors import products_eligible

    with django_assert_max_num_queries(4):
        assert len(list(_documented(products_eligible()))) == 12
