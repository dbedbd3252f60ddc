"""Wagtail's image chooser as a producer uses it: a search within a tag, and junk paging (no server errors).

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
