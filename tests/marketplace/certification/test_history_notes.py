"""The notes in a certification's history, as staff and the producer read them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from marketplace.certification.services import CertificationData, StandardData, certification_record_official

pytestmark = pytest.mark.django_db

ENGLISH_NOTE = "Recorded from the official OTOP product list."
THAI_NOTE = "บันทึกจากรายชื่อผลิตภัณฑ์โอทอปอย่างเป็นทางการ"


@pytest.fixture
def imported(product_a):
    today = timezone.localdate()
    certification, _ = certification_record_official(product_a, CertificationData(
        stars=5, certificate_no="OPC2569-0100011", selection_year=2026,
        expires_on=today + datetime.timedelta(days=700),
        standards=(StandardData("tcps", "มผช. 12/2567", today + datetime.timedelta(days=900)),),
    ))
    return certification


def test_the_official_lists_history_note_is_in_thai_on_the_thai_page(client, staff, imported):
    client.force_login(staff)
    with translation.override("th"):
        page = client.get(reverse("certification-dashboard:detail", kwargs={"pk": imported.pk})).content.decode()
    assert THAI_NOTE in page and ENGLISH_NOTE not in page


def test_the_official_lists_history_note_is_in_english_on_the_english_page(client, staff, imported):
    client.force_login(staff)
    with translation.override("th"):  # the English request leaves English active in this thread
        page = client.get("/en" + reverse("certification-dashboard:detail", kwargs={"pk": imported.pk}))
    assert ENGLISH_NOTE in page.content.decode()


def test_a_reason_staff_wrote_is_shown_as_written(client, staff, imported):
    imported.history.update(note="Recorded from the official OTOP product list. ไม่ตรงกับใบรับรอง")
    client.force_login(staff)
    with translation.override("th"):
        page = client.get(reverse("certification-dashboard:detail", kwargs={"pk": imported.pk})).content.decode()
    assert "Recorded from the official OTOP product list. ไม่ตรงกับใบรับรอง" in page
