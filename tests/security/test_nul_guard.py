"""A NUL character anywhere in the path, query, form or cookies is a 400 page, before any view runs.

(PostgreSQL refuses NUL in any string, so without the guard each of these was a server error there.)
"""

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", [
    "/p/%00/", "/wishlists/%00/", "/accounts/alerts/confirm/%00/", "/checkout/pay/?order=%00",
    "/accounts/orders/%00/", "/dashboard/orders/%00/", "/search/?q=%00",
    "/en/search/?q=silk%00", "/catalogue/?sort=%00", "/?a%00=1",
])
def test_a_nul_in_the_path_or_query_is_a_400_page(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "OTOP" in response.content.decode()


@pytest.mark.parametrize("url, field", [
    ("/api/search/?q=silk%00", "q"), ("/en/api/search/suggest/?q=%00", "q"), ("/cms/api/main/pages/?search=%00", "search"),
])
def test_a_nul_sent_to_an_api_is_a_json_400_naming_the_field(client, url, field):
    response = client.get(url)
    assert response.status_code == 400
    data = response.json()
    assert data["error"] and field in data["fields"]


def test_the_400_page_speaks_the_readers_language(client):
    thai = client.get("/search/?q=%00").content.decode()
    english = client.get("/en/search/?q=%00").content.decode()
    with translation.override("th"):
        assert translation.gettext("This address or form could not be read") in thai
    assert "This address or form could not be read" in english


@pytest.mark.parametrize("data", [{"username": "a\x00@example.th"}, {"x\x00": "1"}])
def test_a_nul_in_a_posted_form_is_a_400_and_nothing_is_looked_up(client, data):
    assert client.post("/accounts/login/", {"password": "x", **data}).status_code == 400


def test_a_nul_in_a_multipart_form_is_a_400(client):
    response = client.post("/accounts/login/", {"login-username": "a\x00b", "file": b""})
    assert response.status_code == 400


def test_a_nul_in_a_cookie_is_a_400(client):
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/").status_code == 400


def test_a_broken_multipart_body_is_a_400(client):
    response = client.post("/accounts/login/", data=b"--x\r\nnot a part", content_type="multipart/form-data")
    assert response.status_code == 400


def test_ordinary_requests_pass(client):
    assert client.get("/search/", {"q": "ผ้าไหม"}).status_code == 200
    assert client.post("/accounts/login/", {"login-username": "a@example.th", "login-password": "x",
                                            "login_submit": "1"}).status_code == 200


def test_an_id_that_cannot_be_an_id_is_a_404_and_paging_junk_is_ignored(client):
    # Views we do not own hand the id from the address straight to the database ("NaN" was a 500).
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="junk-ids@example.th", is_staff=True, is_superuser=True))
    assert client.get("/cms/choose-product/chosen/NaN/").status_code == 404
    assert client.get("/cms/choose-product/chosen/1e309/").status_code == 404
    assert client.get("/dashboard/catalogue/product-lookup/", {"q": "x", "page": "1e309"}).status_code == 200
