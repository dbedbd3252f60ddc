"""Lighter pages: the storefront loads our own small stylesheet and scripts, not Oscar's Bootstrap and jQuery."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db

OSCAR_ASSETS = ("oscar/css/styles.css", "jquery.min.js", "bootstrap.bundle.min.js", "oscar/js/oscar/ui.js")


def _html(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_browsing_pages_load_no_oscar_stylesheet_jquery_or_bootstrap(client):
    product = eligible_product()
    for url in (reverse("home"), reverse("catalogue:index"), reverse("search:search") + "?q=ผ้า",
                product.get_absolute_url(), reverse("customer:login")):
        html = _html(client, url)
        assert "css/base.css" in html and "css/site.css" in html, url
        assert not [asset for asset in OSCAR_ASSETS if asset in html], url


def test_the_basket_still_gets_the_oscar_script_that_drives_it(client):
    html = _html(client, reverse("basket:summary"))
    assert "jquery.min.js" in html and "oscar/js/oscar/ui.js" in html
    assert "oscar/css/styles.css" not in html


def test_oscar_account_pages_and_the_dashboard_keep_oscar_assets(client):
    client.force_login(UserFactory(is_staff=True))
    account = _html(client, reverse("customer:profile-view"))
    assert "oscar/css/styles.css" in account and "jquery.min.js" in account
    assert "jquery.min.js" in _html(client, reverse("dashboard:index"))


def test_static_files_are_compressed_and_fingerprinted_outside_tests():
    from marketplace.settings import base

    assert base.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_our_stylesheets_import_nothing_the_page_links_the_font_first(client):
    # An @import is fetched only after its stylesheet (a chain of downloads before the first paint),
    # and axe-core rebuilds imported sheets as inline <style> elements, which the CSP then blocks.
    from pathlib import Path

    from django.conf import settings

    css_dir = Path(settings.BASE_DIR) / "static" / "css"
    assert [path.name for path in css_dir.glob("*.css") if "@import" in path.read_text()] == []
    html = _html(client, reverse("home"))
    assert html.index("css/fonts.css") < html.index("css/site.css")


def test_addresses_are_upright_not_italic_on_the_storefront():
    """<address> is italic by default; the thank-you page's shipping address read poorly in Thai."""
    import re

    from django.contrib.staticfiles import finders

    css = open(finders.find("css/site.css"), encoding="utf-8").read()
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    upright = [selector.strip() for selector, body in rules
               if re.search(r"(^|[\s,>])address\s*(,|$)", selector.strip()) and "font-style: normal" in body]
    assert upright == [".storefront address"]


def test_each_sarabun_face_is_declared_once_and_the_storefront_and_back_office_name_both_families():
    """fonts.css declares Sarabun's Thai faces ("Sarabun Thai") and Latin faces ("Sarabun") once each;
    the storefront and the back office draw Thai and Latin in Sarabun, the Wagtail admin only Thai."""
    import re

    from django.contrib.staticfiles import finders

    fonts = open(finders.find("css/fonts.css"), encoding="utf-8").read()
    files = re.findall(r'url\("\.\./fonts/sarabun/([^"]+)"\)', fonts)
    assert sorted(files) == sorted(set(files)) and len(files) == 6
    stacks = (("css/site.css", r"--font:([^;]+);"), ("css/dashboard.css", r"body \{\s*font-family:([^;]+);"))
    for stylesheet, stack in stacks:
        css = open(finders.find(stylesheet), encoding="utf-8").read()
        families = [family.strip().strip('"') for family in re.search(stack, css).group(1).split(",")]
        assert families[:2] == ["Sarabun Thai", "Sarabun"], stylesheet
