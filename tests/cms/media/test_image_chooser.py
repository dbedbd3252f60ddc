"""Wagtail's image chooser as a producer uses it: a search within a tag, and junk paging (no server errors).

Found by the URL walk (tests/security/test_url_walk.py) once the producer had their roles.
"""

import re

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


def test_the_image_chooser_names_the_collections_in_thai(client, editor, maker_a):
    """An editor picks a picture by collection: Wagtail shows each collection's stored name, in Thai."""
    client.force_login(editor)
    html = client.get("/cms/images/chooser/").json()["html"]
    for name in ("คลังกลาง", "ผู้ผลิต", "กองบรรณาธิการ พช.", "กลุ่มทอผ้าบ้านเอ"):
        assert name in html
    for english in ("Root", "Producers", "CDD editorial", ">maker-a<"):
        assert english not in html


def test_the_tag_bulk_action_is_a_verb_and_the_tag_filter_a_noun(client, editor, maker_a):
    """Wagtail writes both as "Tag"; one Thai word (แท็ก, the noun) made the button under the selected pictures
    read like a heading. The button says what it does: ติดแท็ก."""
    maker_a.image.tags.add("ผ้าไหม")  # the list offers its tag filter once a picture has a tag
    client.force_login(editor)
    html = client.get("/cms/images/").content.decode()
    assert re.search(r'data-bulk-action-button[^>]*>\s*ติดแท็ก\s*<', html), "the bulk action is not ติดแท็ก"
    assert 'aria-label="ติดแท็กให้รูปภาพที่เลือก"' in html
    assert re.search(r">\s*แท็ก\s*<", html), "the tag filter is not แท็ก"
