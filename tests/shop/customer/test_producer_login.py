"""After log-in a producer lands on their dashboard; shoppers keep landing where they were going."""

import pytest
from django.contrib.auth.models import Permission
from django.utils import translation

from tests.factories import ProducerFactory, UserFactory

pytestmark = pytest.mark.django_db


def _log_in(client, user, next_url=""):
    query = f"?next={next_url}" if next_url else ""
    return client.post(f"/accounts/login/{query}", {
        "login_submit": "1", "login-username": user.email, "login-password": "secret-pass-123",
        "login-redirect_url": next_url,
    })


def test_a_producer_lands_on_their_dashboard():
    from django.test import Client

    producer = ProducerFactory()
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    producer.partner.users.add(user)

    response = _log_in(Client(), user)

    assert response.status_code == 302 and response["Location"] == "/dashboard/"
    assert _log_in(Client(), user, "/catalogue/")["Location"] == "/catalogue/"


def test_a_shopper_lands_on_the_shop(client):
    response = _log_in(client, UserFactory())
    assert response.status_code == 302 and response["Location"] == "/"


def test_a_shopper_reading_english_lands_on_the_english_shop(client):
    user = UserFactory()
    with translation.override("en"):  # the request switches the language; the next test starts as it was
        response = client.post("/en/accounts/login/", {
            "login_submit": "1", "login-username": user.email, "login-password": "secret-pass-123",
            "login-redirect_url": ""})
    assert response.status_code == 302 and response["Location"] == "/en/"


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_logging_out_leads_to_the_home_page_in_the_language_being_read(client, prefix):
    client.force_login(UserFactory())
    with translation.override("en" if prefix else "th"):
        response = client.get(f"{prefix}/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == f"{prefix}/"
