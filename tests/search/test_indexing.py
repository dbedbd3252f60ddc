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
