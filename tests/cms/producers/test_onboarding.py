"""Assisted onboarding: a CDD officer sets up a producer's account and storefront, then hands it over."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import PagePermissionTester

from cms.producers.models import ProducerPage, StorefrontOnboarding
from marketplace.producers.models import Producer
from tests.factories import ProducerFactory, UserFactory

pytestmark = pytest.mark.django_db

NEW_PRODUCER = {
    "email": "somchai@example.th",
    "name_th": "กลุ่มทอเสื่อกกบ้านหนองแวง",
    "name_en": "Ban Nong Waeng Reed Mat Weavers",
    "producer_type": "community_group",
    "province": "TH-40",
    "district_th": "เมืองขอนแก่น",
    "district_en": "Mueang Khon Kaen",
    "subdistrict_th": "บ้านทุ่ม",
    "subdistrict_en": "Ban Thum",
    "phone": "081-555-0101",
    "story_th": "สมาชิกทอเสื่อกกมากว่าสามสิบปี",
    "story_en": "Members have woven reed mats for thirty years.",
}


def test_only_cdd_officers_may_onboard(client, maker_a, editor):
    client.force_login(maker_a.user)
    assert client.get(reverse("storefront_onboarding:index")).status_code in (302, 403)
    assert client.post(reverse("storefront_onboarding:create"), NEW_PRODUCER).status_code in (302, 403)
    assert not Producer.objects.filter(name_th=NEW_PRODUCER["name_th"]).exists()
    client.force_login(editor)
    assert client.get(reverse("storefront_onboarding:index")).status_code == 200
    assert client.get(reverse("storefront_onboarding:create")).status_code == 200


def test_onboarding_a_new_producer_creates_account_draft_storefront_and_grants(client, editor):
    client.force_login(editor)
    response = client.post(reverse("storefront_onboarding:create"), NEW_PRODUCER)
    producer = Producer.objects.get(name_th=NEW_PRODUCER["name_th"])
    page = ProducerPage.objects.get(producer=producer)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live and page.slug == producer.slug
    user = get_user_model().objects.get(email="somchai@example.th")
    assert not user.has_usable_password() and not user.is_staff
    assert producer.partner.users.filter(pk=user.pk).exists()
    tester = PagePermissionTester(user, page)
    assert tester.can_edit() and not tester.can_publish()
    onboarding = StorefrontOnboarding.objects.get(producer=producer)
    assert onboarding.user == user and onboarding.created_by == editor and onboarding.handed_over_at is None

    # The officer fills the page in and publishes it on the producer's behalf.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    page.tagline = "เสื่อกกทอมือ"
    page.save_revision(user=editor).publish(user=editor)
    client.logout()
    assert client.get(producer.get_absolute_url()).context["storefront"].tagline == "เสื่อกกทอมือ"


def test_onboarding_an_existing_producer_without_a_storefront(client, editor, maker_a):
    waiting = ProducerFactory(name_th="ผู้ผลิตจากบัญชีทางการ")
    client.force_login(editor)
    form = client.get(reverse("storefront_onboarding:create")).context["form"]
    choices = set(form.fields["existing_producer"].queryset)
    assert waiting in choices and maker_a.producer not in choices
    client.post(reverse("storefront_onboarding:create"), {"existing_producer": waiting.pk, "email": "w@example.th"})
    assert ProducerPage.objects.filter(producer=waiting).exists()
    assert waiting.partner.users.filter(email="w@example.th").exists()


def test_a_staff_email_cannot_be_handed_a_producer_account(client, editor):
    UserFactory(email="officer@example.th", is_staff=True)
    client.force_login(editor)
    response = client.post(reverse("storefront_onboarding:create"), {**NEW_PRODUCER, "email": "officer@example.th"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not Producer.objects.filter(name_th=NEW_PRODUCER["name_th"]).exists()


def test_hand_over_mails_a_set_password_link_that_works(client, editor):
    client.force_login(editor)
    client.post(reverse("storefront_onboarding:create"), NEW_PRODUCER)
    onboarding = StorefrontOnboarding.objects.get()
    response = client.post(reverse("storefront_onboarding:handover", args=[onboarding.pk]))
    assert response.status_code == 302
    onboarding.refresh_from_db()
    assert onboarding.handed_over_at is not None and onboarding.handed_over_by == editor
    (message,) = mail.outbox
    assert message.to == ["somchai@example.th"]
    link = re.search(r"http://\S+/password-reset/confirm/\S+/", message.body).group(0)
    assert reverse("wagtailadmin_pages:edit", args=[ProducerPage.objects.get().pk]) in message.body

    client.logout()
    path = link.split("://", 1)[1].split("/", 1)[1]
    form_page = client.get("/" + path, follow=True)
    assert form_page.status_code == 200 and form_page.context["validlink"]
    client.post(form_page.redirect_chain[-1][0] if form_page.redirect_chain else "/" + path,
                {"new_password1": "kok-mat-2026-weave", "new_password2": "kok-mat-2026-weave"})
    user = get_user_model().objects.get(email="somchai@example.th")
    assert user.check_password("kok-mat-2026-weave")
    assert client.login(username="somchai@example.th", password="kok-mat-2026-weave")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[ProducerPage.objects.get().pk])).status_code == 200
