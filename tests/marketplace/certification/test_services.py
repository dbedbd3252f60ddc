import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from marketplace.certification.models import Certification, CertificationStatus, CertificationStatusChange
from marketplace.certification.selectors import product_is_eligible
from marketplace.certification.services import (
    CertificationData,
    CertificationTransitionError,
    StandardData,
    certification_reject,
    certification_revoke,
    certification_submit,
    certification_verify,
    certifications_expire,
)
from tests.factories import CertificationFactory, UserFactory, pending_certification

from .documents import PDF_BYTES, png_bytes, upload

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def _data(**overrides) -> CertificationData:
    values = {
        "stars": 5,
        "certificate_no": "OPC2567-000123",
        "selection_year": 2024,
        "expires_on": TODAY + datetime.timedelta(days=700),
        "standards": (StandardData("tcps", "มผช. 12/2567", TODAY + datetime.timedelta(days=900)),),
    }
    values.update(overrides)
    return CertificationData(**values)


def _history(certification):
    return list(
        CertificationStatusChange.objects.filter(certification=certification)
        .order_by("changed_at", "pk")
        .values_list("from_status", "to_status")
    )


# --- Submission --------------------------------------------------------------------


def test_producer_submits_a_pending_certification_with_standards_and_document(product_a, user_a):
    certification = certification_submit(product_a, _data(), upload(), submitted_by=user_a)

    certification.refresh_from_db()
    assert certification.status == CertificationStatus.PENDING
    assert certification.submitted_by == user_a
    assert [(s.kind, s.number) for s in certification.standards.all()] == [("tcps", "มผช. 12/2567")]
    assert certification.document.name.startswith("certificates/")
    assert certification.document.name.endswith(".pdf")
    with certification.document.open("rb") as handle:
        assert handle.read() == PDF_BYTES
    assert _history(certification) == [("", "pending")]
    assert CertificationStatusChange.objects.get(certification=certification).changed_by == user_a
    assert not product_is_eligible(product_a)  # pending does not count


def test_stored_document_name_follows_its_content_not_its_upload_name(product_a, user_a):
    certification = certification_submit(
        product_a, _data(), upload("scan.pdf", png_bytes(), "application/pdf"), submitted_by=user_a
    )
    assert certification.document.name.endswith(".png")
    assert "scan" not in certification.document.name


def test_submission_for_another_producers_product_is_refused(product_b, user_a):
    with pytest.raises(PermissionDenied):
        certification_submit(product_b, _data(), upload(), submitted_by=user_a)
    assert not Certification.objects.exists()


def test_staff_who_do_not_act_for_the_producer_cannot_submit_for_it(product_a):
    with pytest.raises(PermissionDenied):
        certification_submit(product_a, _data(), upload(), submitted_by=UserFactory(is_staff=True))


def test_submission_with_a_disguised_document_is_refused(product_a, user_a):
    with pytest.raises(ValidationError) as error:
        certification_submit(product_a, _data(), upload("c.pdf", b"<html>not a pdf</html>"), submitted_by=user_a)
    assert "document" in error.value.message_dict
    assert not Certification.objects.exists()


def test_same_certificate_cannot_be_pending_twice(product_a, user_a):
    certification_submit(product_a, _data(), upload(), submitted_by=user_a)
    with pytest.raises(ValidationError):
        certification_submit(product_a, _data(), upload(), submitted_by=user_a)


def test_repeated_standard_kind_is_refused(product_a, user_a):
    standards = (StandardData("fda", "10-1-12345-1-0001"), StandardData("fda", "10-1-12345-1-0002"))
    with pytest.raises(ValidationError):
        certification_submit(product_a, _data(standards=standards), upload(), submitted_by=user_a)


def test_resubmission_after_rejection_is_a_new_certification(product_a, user_a, staff):
    first = certification_submit(product_a, _data(), upload(), submitted_by=user_a)
    certification_reject(first, by=staff, reason="Scan unreadable")
    second = certification_submit(product_a, _data(), upload(), submitted_by=user_a)

    assert second.pk != first.pk
    first.refresh_from_db()
    assert first.status == CertificationStatus.REJECTED
    assert second.status == CertificationStatus.PENDING
    assert _history(second) == [("", "pending")]


# --- Verify, reject, revoke ----------------------------------------------------------


def test_verify_makes_the_product_eligible_and_records_who(product_a, staff):
    certification = pending_certification(product_a)
    certification_verify(certification, by=staff)

    certification.refresh_from_db()
    assert certification.status == CertificationStatus.VERIFIED
    assert certification.verified_by == staff
    assert certification.verified_at is not None
    assert product_is_eligible(product_a)
    change = CertificationStatusChange.objects.get(certification=certification)
    assert (change.from_status, change.to_status, change.changed_by) == ("pending", "verified", staff)


def test_reject_needs_a_reason_and_keeps_it(product_a, staff):
    certification = pending_certification(product_a)
    with pytest.raises(ValidationError):
        certification_reject(certification, by=staff, reason="   ")
    assert _history(certification) == []

    certification_reject(certification, by=staff, reason="Certificate number not on the official list")
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.REJECTED
    assert certification.rejection_reason == "Certificate number not on the official list"
    change = CertificationStatusChange.objects.get(certification=certification)
    assert (change.from_status, change.to_status, change.note) == (
        "pending", "rejected", "Certificate number not on the official list",
    )


def test_revoke_withdraws_a_verified_certification(product_a, staff):
    certification = CertificationFactory(product=product_a)
    assert product_is_eligible(product_a)
    certification_revoke(certification, by=staff, reason="Cancelled by the CDD")

    certification.refresh_from_db()
    assert certification.status == CertificationStatus.REVOKED
    assert not product_is_eligible(product_a)
    assert _history(certification) == [("verified", "revoked")]
    with pytest.raises(ValidationError):
        certification_revoke(CertificationFactory(product=product_a), by=staff, reason="")


def test_full_history_of_a_certification(product_a, user_a, staff):
    certification = certification_submit(product_a, _data(), upload(), submitted_by=user_a)
    certification_verify(certification, by=staff)
    certification_revoke(certification, by=staff, reason="Fraudulent")
    assert _history(certification) == [("", "pending"), ("pending", "verified"), ("verified", "revoked")]


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (CertificationStatus.VERIFIED, "verify"),
        (CertificationStatus.REJECTED, "verify"),
        (CertificationStatus.REVOKED, "verify"),
        (CertificationStatus.EXPIRED, "verify"),
        (CertificationStatus.VERIFIED, "reject"),
        (CertificationStatus.REJECTED, "reject"),
        (CertificationStatus.EXPIRED, "reject"),
        (CertificationStatus.PENDING, "revoke"),
        (CertificationStatus.REJECTED, "revoke"),
        (CertificationStatus.REVOKED, "revoke"),
        (CertificationStatus.EXPIRED, "revoke"),
    ],
)
def test_illegal_transitions_raise_and_change_nothing(product_a, staff, status, action):
    certification = CertificationFactory(product=product_a, status=status)
    act = {
        "verify": lambda c: certification_verify(c, by=staff),
        "reject": lambda c: certification_reject(c, by=staff, reason="no"),
        "revoke": lambda c: certification_revoke(c, by=staff, reason="no"),
    }[action]
    with pytest.raises(CertificationTransitionError) as error:
        act(certification)
    assert certification.certificate_no in str(error.value)
    certification.refresh_from_db()
    assert certification.status == status
    assert _history(certification) == []


def test_second_admin_acting_on_a_stale_copy_gets_an_error(product_a, staff):
    certification = pending_certification(product_a)
    stale = Certification.objects.get(pk=certification.pk)
    certification_verify(certification, by=staff)
    with pytest.raises(CertificationTransitionError):
        certification_reject(stale, by=UserFactory(is_staff=True), reason="too late")
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.VERIFIED
    assert _history(certification) == [("pending", "verified")]


def test_a_lapsed_pending_certification_cannot_be_verified(product_a, staff):
    certification = pending_certification(product_a, expires_on=TODAY - datetime.timedelta(days=1))
    with pytest.raises(CertificationTransitionError):
        certification_verify(certification, by=staff)


# --- E-mail to the producer ---------------------------------------------------------


def test_verify_emails_the_producer_in_thai_then_english_after_commit(
    product_a, user_a, staff, django_capture_on_commit_callbacks
):
    other_user = UserFactory(email="chair-a@otop.example")
    product_a.producer.partner.users.add(other_user)
    certification = pending_certification(product_a, certificate_no="OPC2567-777")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        certification_verify(certification, by=staff)
    assert mail.outbox == []  # nothing before the commit
    for callback in callbacks:
        callback()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == sorted(["weaver-a@otop.example", "chair-a@otop.example", "group-a@otop.example"])
    assert "OPC2567-777" in message.body
    thai = message.body.index("ยืนยัน")
    english = message.body.index("verified")
    assert thai < english
    assert "พ.ศ. 2567" in message.body  # the selection year 2024 in the Buddhist era
    assert message.subject.index("ยืนยัน") < message.subject.index("verified")


def test_reject_emails_the_reason(product_a, user_a, staff, django_capture_on_commit_callbacks):
    certification = pending_certification(product_a)
    with django_capture_on_commit_callbacks(execute=True):
        certification_reject(certification, by=staff, reason="สำเนาใบรับรองไม่ชัด / The scan is unreadable")

    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert body.count("สำเนาใบรับรองไม่ชัด / The scan is unreadable") == 2  # in the Thai and the English part
    assert body.index("ไม่ผ่าน") < body.index("not accepted")


def test_no_email_when_the_transition_fails(product_a, staff, django_capture_on_commit_callbacks):
    certification = CertificationFactory(product=product_a, status=CertificationStatus.REJECTED)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(CertificationTransitionError):
        certification_verify(certification, by=staff)
    assert mail.outbox == []


def test_producer_without_any_address_gets_no_email(producer_b, product_b, staff, django_capture_on_commit_callbacks):
    certification = pending_certification(product_b)
    with django_capture_on_commit_callbacks(execute=True):
        certification_verify(certification, by=staff)
    assert mail.outbox == []


# --- Expiry -------------------------------------------------------------------------


def test_expire_marks_only_lapsed_verified_certifications(product_a, product_b):
    lapsed = CertificationFactory(product=product_a, expires_on=TODAY - datetime.timedelta(days=1))
    last_day = CertificationFactory(product=product_b, expires_on=TODAY)
    lapsed_pending = pending_certification(product_b, expires_on=TODAY - datetime.timedelta(days=3))

    assert certifications_expire() == [product_a.pk]

    lapsed.refresh_from_db()
    last_day.refresh_from_db()
    lapsed_pending.refresh_from_db()
    assert lapsed.status == CertificationStatus.EXPIRED
    assert last_day.status == CertificationStatus.VERIFIED  # valid through its expiry day
    assert lapsed_pending.status == CertificationStatus.PENDING
    change = CertificationStatusChange.objects.get(certification=lapsed)
    assert (change.from_status, change.to_status, change.changed_by) == ("verified", "expired", None)


def test_expire_is_idempotent_and_takes_a_date(product_a):
    CertificationFactory(product=product_a, expires_on=datetime.date(2026, 1, 31))
    assert certifications_expire(today=datetime.date(2026, 1, 31)) == []
    assert certifications_expire(today=datetime.date(2026, 2, 1)) == [product_a.pk]
    assert certifications_expire(today=datetime.date(2026, 2, 1)) == []
    assert CertificationStatusChange.objects.count() == 1


def test_a_mail_outage_does_not_undo_or_break_the_verification(
    product_a, user_a, staff, django_capture_on_commit_callbacks, monkeypatch
):
    import smtplib

    def fail(self, *args, **kwargs):
        raise smtplib.SMTPException("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", fail)
    certification = pending_certification(product_a)
    with django_capture_on_commit_callbacks(execute=True):
        certification_verify(certification, by=staff)
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.VERIFIED
