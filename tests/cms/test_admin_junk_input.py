"""Wagtail admin views a producer reaches, given what a real click or a junk address sends: no server errors.

Found by the URL walk (tests/security/test_url_walk.py) once the producer had their roles.
"""

import pytest

pytestmark = pytest.mark.django_db


def test_a_search_within_a_tag_in_the_image_chooser_finds_the_tagged_picture(client, maker_a):
    # Clicking a popular tag, then searching: the search was refused a filter on the tag's name (a 500).
    maker_a.image.tags.add("ผ้าไหม")
    client.force_login(maker_a.user)
    for url in ("/cms/images/chooser/", "/cms/images/chooser/results/"):
        response = client.get(url, {"tag": "ผ้าไหม", "q": "banner"})
        assert response.status_code == 200
        assert maker_a.image.title in response.content.decode()
        assert client.get(url, {"tag": "junk", "q": "banner"}).status_code == 200


@pytest.mark.parametrize("page", ["NaN", "1e309", "99999999999999999999999", "-1", "0", "x" * 300])
def test_junk_paging_in_the_image_chooser_is_a_missing_page(client, maker_a, page):
    client.force_login(maker_a.user)
    assert client.get("/cms/images/chooser/results/", {"p": page}).status_code == 404


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
