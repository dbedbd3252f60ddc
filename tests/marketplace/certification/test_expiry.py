import datetime
import io

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from marketplace.certification.models import CertificationStatus, CertificationStatusChange
from search.backends.base import SearchRequest
from search.indexing import index_rebuild
from tests.factories import CertificationFactory, UserFactory, eligible_product

pytestmark = pytest.mark.django_db
YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)


def _run() -> str:
    out = io.StringIO()
    call_command("expire_certifications", stdout=out)
    return out.getvalue()


def _indexed(index) -> set[int]:
    return set(index.search(SearchRequest(q="")).product_ids)


def test_expire_command_marks_lapsed_certifications_and_drops_them_from_search(search_index):
    lapsing = eligible_product(title="น้ำพริกเผาแม่ประนอม")
    staying = eligible_product(title="ผ้าไหมแพรวา")
    index_rebuild()
    assert _indexed(search_index) == {lapsing.pk, staying.pk}
    # The certificate lapses overnight; no signal runs (a plain update, as time passing would be).
    lapsing.certifications.update(expires_on=YESTERDAY)

    output = _run()

    assert "1" in output
    certification = lapsing.certifications.get()
    assert certification.status == CertificationStatus.EXPIRED
    assert certification.history.get().to_status == CertificationStatus.EXPIRED
    assert _indexed(search_index) == {staying.pk}
    assert staying.certifications.get().status == CertificationStatus.VERIFIED


def test_expire_command_is_idempotent(search_index):
    product = eligible_product()
    product.certifications.update(expires_on=YESTERDAY)
    index_rebuild()

    first = _run()
    statuses = list(product.certifications.values_list("status", flat=True))
    changes = CertificationStatusChange.objects.count()
    second = _run()

    assert "1 product" in first
    assert "0 product" in second
    assert list(product.certifications.values_list("status", flat=True)) == statuses == ["expired"]
    assert CertificationStatusChange.objects.count() == changes == 1
    assert _indexed(search_index) == set()


def test_product_with_another_valid_certification_stays_in_search(search_index):
    product = eligible_product()
    CertificationFactory(product=product, certificate_no="OPC-OLD", expires_on=YESTERDAY)
    index_rebuild()
    _run()
    assert _indexed(search_index) == {product.pk}


def test_expire_command_accepts_a_date(search_index):
    product = eligible_product()
    product.certifications.update(expires_on=datetime.date(2030, 1, 1))
    out = io.StringIO()
    call_command("expire_certifications", "--today", "2030-01-02", stdout=out)
    assert product.certifications.get().status == CertificationStatus.EXPIRED


# --- The checkout refuses a product whose certificate lapsed -----------------------------


def test_checkout_sends_the_buyer_back_to_the_basket_when_a_certificate_expired(client):
    product = eligible_product(title="กาแฟดอยช้าง คั่วกลาง")
    client.force_login(UserFactory(email="buyer@example.th"))
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 1
    # While certified, the checkout lets the buyer in.
    response = client.get(reverse("checkout:index"))
    assert response.status_code == 302
    assert response["Location"] != reverse("basket:summary")

    product.certifications.update(expires_on=YESTERDAY)  # lapsed overnight, before any expiry job

    response = client.get(reverse("checkout:index"))
    assert response.status_code == 302
    assert response["Location"] == reverse("basket:summary")
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("กาแฟดอยช้าง คั่วกลาง" in m for m in messages)
    page = client.get(response["Location"])
    assert "กาแฟดอยช้าง คั่วกลาง" in page.content.decode()
