import datetime

import pytest
from django.utils import timezone

from marketplace.certification.models import CertificationStatus
from marketplace.certification.selectors import product_is_eligible, products_eligible
from tests.factories import CertificationFactory, ProductFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 22)


def _certified(**cert_kwargs):
    product = ProductFactory()
    CertificationFactory(product=product, **cert_kwargs)
    return product


def test_verified_unexpired_five_star_product_is_eligible():
    product = _certified(stars=5, expires_on=TODAY + datetime.timedelta(days=30))
    assert product_is_eligible(product, today=TODAY)
    assert list(products_eligible(today=TODAY)) == [product]


def test_four_stars_is_the_minimum():
    four = _certified(stars=4)
    three = _certified(stars=3)
    assert product_is_eligible(four)
    assert not product_is_eligible(three)


def test_min_stars_comes_from_settings(settings):
    settings.MARKETPLACE_MIN_STARS = 5
    assert not product_is_eligible(_certified(stars=4))


def test_expired_certificate_hides_product_even_while_still_marked_verified():
    product = _certified(status=CertificationStatus.VERIFIED, expires_on=TODAY - datetime.timedelta(days=1))
    assert not product_is_eligible(product, today=TODAY)


def test_certificate_is_valid_through_its_expiry_day():
    product = _certified(expires_on=TODAY)
    assert product_is_eligible(product, today=TODAY)
    assert not product_is_eligible(product, today=TODAY + datetime.timedelta(days=1))


@pytest.mark.parametrize(
    "status",
    [CertificationStatus.PENDING, CertificationStatus.REJECTED, CertificationStatus.REVOKED,
     CertificationStatus.EXPIRED],
)
def test_only_verified_certifications_count(status):
    assert not product_is_eligible(_certified(status=status))


def test_inactive_producer_hides_product():
    product = _certified()
    product.producer.is_active = False
    product.producer.save()
    assert not product_is_eligible(product)


def test_unpublished_product_is_not_eligible():
    product = _certified()
    product.is_public = False
    product.save()
    assert not product_is_eligible(product)


def test_product_without_certification_is_not_eligible():
    assert not product_is_eligible(ProductFactory())


def test_one_valid_certification_among_lapsed_ones_keeps_product_listed():
    product = _certified(expires_on=timezone.localdate() - datetime.timedelta(days=400), certificate_no="old")
    CertificationFactory(product=product, certificate_no="new")
    assert list(products_eligible()) == [product]


# --- The status shown: expired from the day after the expiry date, before any job runs ---------


def test_lapsed_verified_certificate_reads_expired_before_the_expiry_job_runs():
    from marketplace.certification.selectors import certification_effective_status

    today = timezone.localdate()
    lapsed = CertificationFactory(expires_on=today - datetime.timedelta(days=1))
    last_day = CertificationFactory(expires_on=today)

    assert lapsed.status == CertificationStatus.VERIFIED  # no job has run
    assert certification_effective_status(lapsed) == CertificationStatus.EXPIRED
    assert certification_effective_status(last_day) == CertificationStatus.VERIFIED


def test_filtering_by_status_uses_the_effective_status():
    from marketplace.certification.selectors import certifications_in_status

    today = timezone.localdate()
    lapsed = CertificationFactory(expires_on=today - datetime.timedelta(days=3))
    current = CertificationFactory(expires_on=today + datetime.timedelta(days=3))
    marked = CertificationFactory(status=CertificationStatus.EXPIRED, expires_on=today - datetime.timedelta(days=30))

    assert set(certifications_in_status(CertificationStatus.VERIFIED)) == {current}
    assert set(certifications_in_status(CertificationStatus.EXPIRED)) == {lapsed, marked}
