"""Oscar's account e-mails link to this site, not to Django's placeholder "example.com"."""

import re

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.core.management.sql import emit_post_migrate_signal
from django.utils import translation

from marketplace.storefront.site_address import site_address_sync
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_migrate_names_the_site_by_its_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://shop.otop-plus.example"
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    site = Site.objects.get_current()
    assert (site.domain, site.name) == ("shop.otop-plus.example", "OTOP PLUS")


def test_the_password_reset_link_leads_to_this_site(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8501"
    site_address_sync()
    Site.objects.clear_cache()
    user = UserFactory(email="somying@example.th")
    with translation.override("th"):
        client.post("/password-reset/", {"email": user.email}, HTTP_ACCEPT_LANGUAGE="th")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "example.com" not in message.subject + message.body
    link = re.search(r"http://127\.0\.0\.1:8501/password-reset/confirm/\S+/", message.body)
    assert link, message.body
    with translation.override("th"):
        page = client.get(link.group(0), follow=True)
    assert page.status_code == 200 and 'name="new_password1"' in page.content.decode()
