import datetime

import pytest
from django.utils import timezone

from tests.factories import CertificationFactory, ProductFactory, eligible_product

pytestmark = pytest.mark.django_db


def test_packaging_link_redirects_to_an_eligible_product(client):
    product = eligible_product(upc="8850001999999")
    response = client.get("/p/8850001999999/")
    assert response.status_code == 302
    assert response["Location"] == product.get_absolute_url()


def test_packaging_link_is_404_once_the_certificate_lapses(client):
    product = ProductFactory(upc="8850001888888")
    CertificationFactory(product=product, expires_on=timezone.localdate() - datetime.timedelta(days=1))
    assert client.get("/p/8850001888888/").status_code == 404


def test_packaging_link_is_404_for_an_unknown_code(client):
    assert client.get("/p/0000000000000/").status_code == 404
