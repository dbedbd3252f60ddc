"""The CMS log-in (cms/core/admin_guards.py) sends a user on only to an address on this site.

Wagtail's own view handed a signed-in user's ``next`` to ``redirect()``, which took ``?next=0`` for a
URL name: a server error, found by the URL walk (tests/security/test_url_walk.py).
"""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("junk", ["0", "NaN", "-1", "1e309", "wagtailadmin_pages:add", "pages/", "x" * 300,
                                  "https://evil.example/cms/", "//evil.example/", "/\\evil.example/"])
def test_a_signed_in_user_at_the_cms_log_in_goes_to_the_cms_home_past_a_junk_next(client, maker_a, junk):
    client.force_login(maker_a.user)
    response = client.get("/cms/login/", {"next": junk})
    assert response.status_code == 302
    assert response["Location"] == "/cms/"


def test_a_signed_in_user_at_the_cms_log_in_goes_on_to_a_next_on_this_site(client, maker_a):
    client.force_login(maker_a.user)
    assert client.get("/cms/login/", {"next": "/cms/images/"})["Location"] == "/cms/images/"
    assert client.get("/cms/login/", {"next": "http://testserver/cms/images/"})["Location"] \
        == "http://testserver/cms/images/"


def test_signing_in_at_the_cms_with_a_junk_next_lands_on_the_cms_home(client, maker_a):
    maker_a.user.set_password("otop-producer-2026")
    maker_a.user.save()
    response = client.post("/cms/login/?next=NaN", {"username": maker_a.user.email, "password": "otop-producer-2026",
                                                    "next": "NaN"})
    assert response.status_code == 302 and response["Location"] == "/cms/"
    assert client.get("/cms/login/", {"next": "/cms/pages/"})["Location"] == "/cms/pages/"
