"""The logo's tagline speaks the page's language (it was Thai on /en/ pages)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def _tagline(html: str) -> str:
    match = re.search(r'<span class="brand__tagline"[^>]*>(.*?)</span></span>', html, re.S)
    assert match, "the logo has no tagline"
    return re.sub(r"<[^>]+>", "", match.group(1))


@pytest.mark.parametrize("url_name", ["basket:summary", "search:search"])
def test_english_pages_show_the_tagline_in_english(client, thai_first, url_name):
    with translation.override("en"):
        url = reverse(url_name)
    tagline = _tagline(client.get(url).content.decode())
    assert tagline == "One Tambon, One Product rated 4–5 stars"


def test_thai_pages_show_the_tagline_in_thai(client, thai_first):
    tagline = _tagline(client.get(reverse("basket:summary")).content.decode())
    assert tagline == "หนึ่งตำบล หนึ่งผลิตภัณฑ์ ระดับ 4–5 ดาว"
