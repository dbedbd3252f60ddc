import datetime

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from marketplace.certification.models import Certification, CertificationStatus, CertificationStatusChange
from marketplace.geography.models import Province
from tests.factories import CertificationFactory, ProducerFactory, ProductFactory, UserFactory, pending_certification

from .documents import upload


@pytest.fixture(autouse=True)
def _english_dashboard(settings):
    # The assertions read the English messages; Thai is the site's default language.
    settings.LANGUAGE_CODE = "en"

pytestmark = pytest.mark.django_db
QUEUE = reverse("certification-dashboard:queue")


def _detail(certification):
    return reverse("certification-dashboard:detail", kwargs={"pk": certification.pk})


def _aged(certification, days):
    Certification.objects.filter(pk=certification.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=days)
    )
    return certification


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


# --- Who may see the queue -------------------------------------------------------------


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert reverse("dashboard:login") in response["Location"]


@pytest.mark.parametrize("who", ["consumer", "producer"])
def test_non_staff_are_refused(client, user_a, who):
    client.force_login(UserFactory() if who == "consumer" else user_a)
    assert client.get(QUEUE).status_code == 403
    assert client.post(QUEUE, {"certifications": []}).status_code == 403


def test_staff_see_pending_certifications_oldest_first(client, staff, product_a, product_b):
    newer = pending_certification(product_a, certificate_no="OPC-NEW")
    older = _aged(pending_certification(product_b, certificate_no="OPC-OLD"), 10)
    CertificationFactory(product=product_a, certificate_no="OPC-VERIFIED")
    client.force_login(staff)

    response = client.get(QUEUE)

    assert response.status_code == 200
    assert [c.pk for c in response.context["certifications"]] == [older.pk, newer.pk]
    html = response.content.decode()
    assert "OPC-OLD" in html and "OPC-NEW" in html and "OPC-VERIFIED" not in html
    assert "oscar/dashboard/layout.html" in [t.name for t in response.templates]
    assert "2024" in html and "2567" not in html  # the selection year: Christian era on English pages
    assert response.context["certifications"][0].age_days == 10


def test_queue_links_documents_through_the_checking_view_never_the_media_url(client, staff, product_a):
    certification = pending_certification(product_a)
    certification.document.save("certificate.pdf", upload(), save=True)
    client.force_login(staff)
    html = client.get(QUEUE).content.decode()
    assert reverse("certification-dashboard:document", kwargs={"pk": certification.pk}) in html
    assert certification.document.name not in html
    assert certification.document.url not in html


def test_filters_by_province_category_age_and_status(client, staff):
    surin = Province.objects.get(code="TH-32")
    chiang_mai = Province.objects.get(code="TH-50")
    silk = pending_certification(ProductFactory(producer=ProducerFactory(province=surin), category="textile"))
    coffee = _aged(
        pending_certification(ProductFactory(producer=ProducerFactory(province=chiang_mai), category="beverage")), 40
    )
    honey = _aged(pending_certification(ProductFactory(producer=ProducerFactory(province=chiang_mai),
                                                       category="food")), 10)
    rejected = CertificationFactory(status=CertificationStatus.REJECTED)
    client.force_login(staff)

    def shown(**params):
        return {c.pk for c in client.get(QUEUE, params).context["certifications"]}

    assert shown() == {silk.pk, coffee.pk, honey.pk}
    assert shown(province="TH-50") == {coffee.pk, honey.pk}
    assert shown(category="textile") == {silk.pk}
    assert shown(age="7") == {coffee.pk, honey.pk}
    assert shown(age="30") == {coffee.pk}
    assert shown(province="TH-50", age="30", category="beverage") == {coffee.pk}
    assert shown(status="rejected") == {rejected.pk}
    assert shown(status="") == {silk.pk, coffee.pk, honey.pk, rejected.pk}


def test_verified_filter_leaves_out_certificates_past_their_date_before_the_expiry_job(client, staff):
    today = timezone.localdate()
    current = CertificationFactory(expires_on=today + datetime.timedelta(days=30))
    lapsed = CertificationFactory(expires_on=today - datetime.timedelta(days=1))  # still stored as verified
    client.force_login(staff)

    def shown(status):
        return {c.pk for c in client.get(QUEUE, {"status": status}).context["certifications"]}

    assert shown("verified") == {current.pk}
    assert shown("expired") == {lapsed.pk}
    badge = client.get(QUEUE, {"status": "expired"}).content.decode()
    assert 'data-status="expired"' in badge and 'data-status="verified"' not in badge


def test_detail_shows_the_full_history(client, staff, product_a):
    certification = pending_certification(product_a)
    CertificationStatusChange.objects.create(certification=certification, from_status="", to_status="pending",
                                             note="Submitted for verification.")
    client.force_login(staff)
    client.post(_detail(certification), {"action": "verify"})

    response = client.get(_detail(certification))
    assert response.status_code == 200
    history = response.context["history"]
    assert [(h.from_status, h.to_status) for h in history] == [("", "pending"), ("pending", "verified")]
    assert "officer@cdd.example" in response.content.decode()


# --- Actions ---------------------------------------------------------------------------


def test_verify_from_the_queue(client, staff, product_a, user_a, django_capture_on_commit_callbacks):
    certification = pending_certification(product_a)
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_detail(certification), {"action": "verify", "next": f"{QUEUE}?province=TH-32"})

    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?province=TH-32"
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.VERIFIED
    assert certification.verified_by == staff
    assert any(certification.certificate_no in m for m in _messages(response))
    assert len(mail.outbox) == 1


def test_next_must_stay_on_this_site(client, staff, product_a):
    certification = pending_certification(product_a)
    client.force_login(staff)
    response = client.post(_detail(certification), {"action": "verify", "next": "https://evil.example/"})
    assert response["Location"] == QUEUE


def test_reject_with_a_reason(client, staff, product_a, user_a, django_capture_on_commit_callbacks):
    certification = pending_certification(product_a)
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_detail(certification), {"action": "reject", "reject-reason": "Expired standard"})

    assert response.status_code == 302
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.REJECTED
    assert certification.rejection_reason == "Expired standard"
    assert _messages(response)
    assert "Expired standard" in mail.outbox[0].body


def test_reject_without_a_reason_is_a_form_error(client, staff, product_a):
    certification = pending_certification(product_a)
    client.force_login(staff)
    response = client.post(_detail(certification), {"action": "reject", "reject-reason": "  "})

    assert response.status_code == 200
    assert response.context["reject_form"].errors["reason"]
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.PENDING
    assert not CertificationStatusChange.objects.filter(certification=certification).exists()


def test_revoke_with_a_reason(client, staff, product_a):
    certification = CertificationFactory(product=product_a)
    client.force_login(staff)
    response = client.post(_detail(certification), {"action": "revoke", "revoke-reason": "Cancelled by the CDD"})
    assert response.status_code == 302
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.REVOKED


def test_acting_twice_shows_an_error_not_a_crash(client, staff, product_a):
    certification = pending_certification(product_a)
    client.force_login(staff)
    client.post(_detail(certification), {"action": "verify"})
    response = client.post(_detail(certification), {"action": "reject", "reject-reason": "late"})

    assert response.status_code == 302
    assert any("cannot go from" in m for m in _messages(response))
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.VERIFIED


def test_bulk_verify(client, staff, product_a, product_b):
    first, second = pending_certification(product_a), pending_certification(product_b)
    untouched = pending_certification(ProductFactory())
    client.force_login(staff)

    response = client.post(f"{QUEUE}?province=TH-32", {"certifications": [first.pk, second.pk]})

    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?province=TH-32"
    assert set(Certification.objects.filter(status="verified").values_list("pk", flat=True)) == {first.pk, second.pk}
    untouched.refresh_from_db()
    assert untouched.status == CertificationStatus.PENDING
    assert "Verified 2 certifications." in _messages(response)
    assert CertificationStatusChange.objects.filter(to_status="verified").count() == 2


def test_bulk_verify_with_nothing_selected_or_already_verified(client, staff, product_a):
    verified = CertificationFactory(product=product_a)
    client.force_login(staff)
    response = client.post(QUEUE, {})
    assert response.status_code == 302
    assert _messages(response)
    response = client.post(QUEUE, {"certifications": [verified.pk]})
    assert any("no longer pending" in m for m in _messages(response))


def test_producer_cannot_act_on_their_own_certification(client, user_a, product_a):
    certification = pending_certification(product_a)
    client.force_login(user_a)
    assert client.get(_detail(certification)).status_code == 200  # may read its history
    assert client.post(_detail(certification), {"action": "verify"}).status_code == 403
    certification.refresh_from_db()
    assert certification.status == CertificationStatus.PENDING


def test_dashboard_menu_offers_the_queue_to_staff_and_my_certifications_to_producers(client, staff, user_a):
    client.force_login(staff)
    html = client.get(reverse("dashboard:index")).content.decode()
    assert f'href="{QUEUE}"' in html

    client.force_login(user_a)
    html = client.get(reverse("dashboard:index")).content.decode()
    assert reverse("certification-dashboard:mine") in html
    assert f'href="{QUEUE}"' not in html


def test_staff_acting_for_no_producer_are_sent_from_my_certifications_to_the_queue(client, staff):
    client.force_login(staff)
    for url in (reverse("certification-dashboard:mine"), reverse("certification-dashboard:submit")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == QUEUE


def test_thai_queue_shows_the_selection_year_in_the_buddhist_era(client, staff, product_a):
    pending_certification(product_a, certificate_no="OPC-TH")
    client.force_login(staff)
    with translation.override("th"):
        url = reverse("certification-dashboard:queue")
    html = client.get(url).content.decode()
    assert 'lang="th"' in html
    assert "2567" in html  # the 2024 selection
