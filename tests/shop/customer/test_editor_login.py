"""After log-in at the shop's log-in page a CDD editor lands in the CMS, where their work is."""

import pytest
from django.test import Client

from cms.roles.services import cdd_editor_grant, roles_ensure
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _log_in(user, next_url=""):
    query = f"?next={next_url}" if next_url else ""
    return Client().post(f"/accounts/login/{query}", {
        "login_submit": "1", "login-username": user.email, "login-password": "secret-pass-123",
        "login-redirect_url": next_url,
    })


def test_a_cdd_editor_lands_in_the_cms():
    roles_ensure()
    editor = UserFactory(email="officer@cdd.example")
    cdd_editor_grant(editor)

    response = _log_in(editor)

    assert response.status_code == 302 and response["Location"] == "/cms/"
    assert _log_in(editor, "/stories/")["Location"] == "/stories/"


def test_a_shopper_still_lands_on_the_shop():
    assert _log_in(UserFactory())["Location"] == "/"
