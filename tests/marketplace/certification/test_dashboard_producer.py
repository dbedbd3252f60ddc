import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from marketplace.certification.models import Certification, CertificationStatus
from tests.factories import CertificationFactory, UserFactory, pending_certification, producer_user

from .documents import PDF_BYTES, jpeg_bytes, png_bytes, upload, webp_bytes

pytestmark = pytest.mark.django_db
MINE = reverse("certification-dashboard:mine")
SUBMIT = reverse("certification-dashboard:submit")
TODAY = timezone.localdate()


def _detail(certification):
    return reverse("certification-dashboard:detail", kwargs={"pk": certification.pk})


def _document(certification):
    return reverse("certification-dashboard:document", kwargs={"pk": certification.pk})


def _with_document(certification, content=PDF_BYTES, name="certificate.pdf"):
    certification.document.save(name, upload(name, content), save=True)
    return certification


def _submission(product, document=None, **overrides):
    data = {
        "product": product.pk,
        "stars": "5",
        "certificate_no": "OPC2567-004321",
        "selection_year": "2567",
        "expires_on": (TODAY + datetime.timedelta(days=700)).isoformat(),
        "standards-TOTAL_FORMS": "4",
        "standards-INITIAL_FORMS": "0",
        "standards-MIN_NUM_FORMS": "0",
        "standards-MAX_NUM_FORMS": "4",
        "standards-0-kind": "fda",
        "standards-0-number": "10-1-32155-5-0001",
        "standards-0-expires_on": "",
        "standards-1-kind": "halal",
        "standards-1-number": "ฮ.ล. 0001/2567",
        "standards-1-expires_on": (TODAY + datetime.timedelta(days=300)).isoformat(),
        "document": document if document is not None else upload(),
    }
    data.update(overrides)
    return data


# --- My certifications -------------------------------------------------------------------


def test_producer_sees_only_their_own_certifications(client, user_a, product_a, product_b):
    own = pending_certification(product_a, certificate_no="OPC-MINE")
    CertificationFactory(product=product_b, certificate_no="OPC-THEIRS")
    rejected = CertificationFactory(product=product_a, status=CertificationStatus.REJECTED,
                                    rejection_reason="ภาพถ่ายไม่ชัด")
    client.force_login(user_a)

    response = client.get(MINE)

    assert response.status_code == 200
    assert {c.pk for c in response.context["certifications"]} == {own.pk, rejected.pk}
    html = response.content.decode()
    assert "OPC-MINE" in html and "OPC-THEIRS" not in html
    assert "ภาพถ่ายไม่ชัด" in html
    assert [row["product"] for row in response.context["product_rows"]] == [product_a]


def test_producer_sees_a_lapsed_certificate_as_expired_not_verified(client, user_a, product_a):
    CertificationFactory(product=product_a, certificate_no="OPC-LAPSED", expires_on=TODAY - datetime.timedelta(days=1))
    client.force_login(user_a)

    html = client.get(MINE).content.decode()

    assert 'data-status="expired"' in html
    assert 'data-status="verified"' not in html
    assert "badge-success" not in html.split('id="my_certifications"')[1]


def test_revocation_reason_is_shown_to_the_producer(client, user_a, product_a, staff):
    from marketplace.certification.services import certification_revoke

    certification_revoke(CertificationFactory(product=product_a), by=staff, reason="ยกเลิกโดยกรมการพัฒนาชุมชน")
    client.force_login(user_a)
    assert "ยกเลิกโดยกรมการพัฒนาชุมชน" in client.get(MINE).content.decode()


def test_my_certifications_need_a_producer_with_dashboard_access(client, producer_a):
    assert client.get(MINE).status_code == 302  # anonymous: log in first
    client.force_login(UserFactory())
    assert client.get(MINE).status_code == 403  # a consumer
    member_without_permission = UserFactory()
    producer_a.partner.users.add(member_without_permission)
    client.force_login(member_without_permission)
    assert client.get(MINE).status_code == 403
    client.force_login(producer_user(None))  # the permission but no producer
    assert client.get(SUBMIT).status_code == 403


# --- Submitting ---------------------------------------------------------------------------


def test_submit_form_offers_only_own_products(client, user_a, product_a, product_b):
    client.force_login(user_a)
    response = client.get(SUBMIT)
    assert response.status_code == 200
    assert list(response.context["form"].fields["product"].queryset) == [product_a]


def test_renewal_link_prefills_the_product_and_standards(client, user_a, product_a):
    latest = CertificationFactory(product=product_a, stars=4)
    latest.standards.create(kind="tcps", number="มผช. 99/2565")
    client.force_login(user_a)
    response = client.get(SUBMIT, {"product": product_a.pk})
    assert response.context["form"].initial["product"] == product_a.pk
    assert response.context["formset"].forms[0].initial["number"] == "มผช. 99/2565"


def test_producer_submits_a_certification(client, user_a, product_a):
    client.force_login(user_a)
    response = client.post(SUBMIT, _submission(product_a))

    assert response.status_code == 302
    assert response["Location"] == MINE
    certification = Certification.objects.get()
    assert certification.product == product_a
    assert certification.status == CertificationStatus.PENDING
    assert certification.selection_year == 2024  # B.E. 2567 entered, C.E. stored
    assert certification.submitted_by == user_a
    assert {s.kind for s in certification.standards.all()} == {"fda", "halal"}
    assert certification.document.name.endswith(".pdf")
    assert certification.history.get().to_status == "pending"


def _buddhist(day: datetime.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


def test_expiry_dates_typed_in_the_buddhist_era_are_stored_as_those_days(client, user_a, product_a):
    """The certificate says 30/09/2571: typed as printed, in a text field (a browser's date input would show C.E.)."""
    expires, halal_expires = TODAY + datetime.timedelta(days=700), TODAY + datetime.timedelta(days=300)
    client.force_login(user_a)
    response = client.post(SUBMIT, _submission(product_a, expires_on=_buddhist(expires),
                                               **{"standards-1-expires_on": _buddhist(halal_expires)}))

    assert response.status_code == 302
    certification = Certification.objects.get()
    assert certification.expires_on == expires
    assert certification.standards.get(kind="halal").expires_on == halal_expires


def test_an_impossible_expiry_date_is_refused_in_thai_and_the_form_keeps_what_was_typed(client, user_a, product_a):
    client.force_login(user_a)
    with translation.override("th"):
        response = client.post(SUBMIT, _submission(product_a, expires_on="31/02/2570",
                                                   **{"standards-1-expires_on": "abc"}))

    html = response.content.decode()
    assert response.status_code == 200 and not Certification.objects.exists()
    assert "ไม่มีวันที่ 31/02/2570 ในปฏิทิน" in html
    assert "เขียนวันที่แบบ วว/ดด/ปปปป พ.ศ. เช่น 28/03/2570" in html
    assert 'value="31/02/2570"' in html and 'value="abc"' in html and 'value="OPC2567-004321"' in html
    assert 'type="date"' not in html


@pytest.mark.parametrize(("name", "content"), [("c.jpg", jpeg_bytes()), ("c.png", png_bytes()),
                                               ("c.webp", webp_bytes())])
def test_images_are_accepted_as_documents(client, user_a, product_a, name, content):
    client.force_login(user_a)
    response = client.post(SUBMIT, _submission(product_a, upload(name, content, "image/*")))
    assert response.status_code == 302
    assert Certification.objects.get().document.name.endswith(name.rsplit(".", 1)[1])


def test_a_standards_approval_is_required(client, user_a, product_a):
    client.force_login(user_a)
    data = _submission(product_a, **{"standards-0-kind": "", "standards-0-number": "",
                                     "standards-1-kind": "", "standards-1-number": "", "standards-1-expires_on": ""})
    response = client.post(SUBMIT, data)
    assert response.status_code == 200
    assert response.context["formset"].non_form_errors()
    assert not Certification.objects.exists()


def test_expired_certificate_cannot_be_submitted(client, user_a, product_a):
    client.force_login(user_a)
    response = client.post(SUBMIT, _submission(product_a, expires_on=(TODAY - datetime.timedelta(days=1)).isoformat()))
    assert response.status_code == 200
    assert response.context["form"].errors["expires_on"]


# --- Bad uploads are form errors, never 500s ---------------------------------------------


def _corrupted_png() -> bytes:
    data = bytearray(png_bytes((32, 32)))
    data[40:60] = b"\x00" * 20  # damage the image data (and its checksum)
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("certificate.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),  # HTML posing as a PDF
        ("certificate.png", _corrupted_png()),
        ("certificate.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 10),  # PNG signature, nothing else
        ("certificate.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64),  # JPEG signature, no image
        ("certificate.exe", b"MZ\x90\x00" + b"\x00" * 64),
        ("empty.pdf", b""),
    ],
)
def test_bad_documents_are_form_errors(client, user_a, product_a, name, content):
    client.force_login(user_a)
    response = client.post(SUBMIT, _submission(product_a, upload(name, content)))
    assert response.status_code == 200
    assert response.context["form"].errors["document"]
    assert not Certification.objects.exists()


def test_oversized_document_is_a_form_error(client, user_a, product_a):
    client.force_login(user_a)
    big = PDF_BYTES + b"0" * (10 * 1024 * 1024)
    response = client.post(SUBMIT, _submission(product_a, upload("big.pdf", big)))
    assert response.status_code == 200
    assert "10" in " ".join(response.context["form"].errors["document"])
    assert not Certification.objects.exists()


# --- Document download --------------------------------------------------------------------


def test_staff_download_the_document_as_an_attachment(client, staff, product_a):
    certification = _with_document(pending_certification(product_a, certificate_no="OPC/2567 01"))
    client.force_login(staff)
    response = client.get(_document(certification))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert ".pdf" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_owner_producer_downloads_their_document(client, user_a, product_a):
    certification = _with_document(pending_certification(product_a), png_bytes(), "certificate.png")
    client.force_login(user_a)
    response = client.get(_document(certification))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


def test_other_producer_and_consumers_get_404_for_the_document(client, user_b, product_a):
    certification = _with_document(pending_certification(product_a))
    client.force_login(user_b)
    assert client.get(_document(certification)).status_code == 404
    client.force_login(UserFactory())
    assert client.get(_document(certification)).status_code == 404


def test_anonymous_is_sent_to_log_in_for_the_document(client, product_a):
    certification = _with_document(pending_certification(product_a))
    response = client.get(_document(certification))
    assert response.status_code == 302
    assert reverse("dashboard:login") in response["Location"]


def test_certification_without_document_gives_404(client, staff, product_a):
    client.force_login(staff)
    assert client.get(_document(pending_certification(product_a))).status_code == 404


# --- Producer isolation: B with A's ids -----------------------------------------------------


def test_producer_b_cannot_reach_anything_of_producer_a(client, user_b, product_a, product_b):
    certification = _with_document(pending_certification(product_a))
    client.force_login(user_b)

    assert client.get(_detail(certification)).status_code == 404
    assert client.get(_document(certification)).status_code == 404
    for action in ("verify", "reject", "revoke"):
        response = client.post(_detail(certification), {"action": action, f"{action}-reason": "x"})
        assert response.status_code == 404
    assert client.get(SUBMIT, {"product": product_a.pk}).status_code == 404
    assert client.post(SUBMIT, _submission(product_a)).status_code == 404
    assert client.get(SUBMIT, {"product": "not-a-number"}).status_code == 404
    assert client.get(reverse("certification-dashboard:queue")).status_code == 403
    assert client.post(reverse("certification-dashboard:queue"), {"certifications": [certification.pk]}
                       ).status_code == 403
    assert certification.pk not in {c.pk for c in client.get(MINE).context["certifications"]}

    certification.refresh_from_db()
    assert certification.status == CertificationStatus.PENDING
    assert Certification.objects.count() == 1
    assert not Certification.objects.filter(product=product_a, submitted_by=user_b).exists()


def test_a_user_acting_for_two_producers_sees_both(client, producer_a, producer_b, product_a, product_b):
    user = producer_user(producer_a)
    producer_b.partner.users.add(user)
    client.force_login(user)
    assert set(client.get(SUBMIT).context["form"].fields["product"].queryset) == {product_a, product_b}

