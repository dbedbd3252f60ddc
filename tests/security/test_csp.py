"""Content-Security-Policy: strict on the storefront, relaxed only where the back office needs it."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation

from marketplace.project.security_headers import AreaCSPMiddleware
from search.indexing import index_rebuild
from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db

REPO_ROOT = Path(__file__).resolve().parents[2]


def policy(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


_DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


class _InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts without a nonce, on*= handlers,
    javascript: URLs, style attributes and <style> elements."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:...>")
        if "style" in names:
            self.found.append(f"<{tag} style=...>")
        if tag == "style":
            self.found.append("<style>")
        # JSON data blocks (schema.org JSON-LD) are never executed, so CSP does not govern them.
        is_data = (names.get("type") or "").lower() in _DATA_SCRIPT_TYPES
        if tag == "script" and "src" not in names and "nonce" not in names and not is_data:
            self.found.append("<script> without src or nonce")


def inline_code(html: str) -> list[str]:
    parser = _InlineCode()
    parser.feed(html)
    return parser.found


def assert_strict_public_policy(directives: dict[str, list[str]]) -> None:
    assert directives["default-src"] == ["'self'"]
    script = directives["script-src"]
    assert "'self'" in script
    assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script
    assert not any(value.startswith("'nonce-") for value in script), "public pages need no nonce"
    assert "'unsafe-inline'" not in directives.get("style-src", [])
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert "data:" in directives["img-src"]


@pytest.fixture
def catalogue(search_index):
    products = [
        eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk, lantern pattern"),
        eligible_product(title="กาแฟอาราบิก้าดอยช้าง", title_en="Doi Chang arabica coffee", category="beverage"),
    ]
    index_rebuild()
    return products


@pytest.mark.parametrize("language", ["th", "en"])
def test_public_pages_send_the_strict_policy_and_carry_no_inline_code(client, catalogue, language):
    product = catalogue[0]
    with translation.override(language):
        urls = [
            reverse("home"),
            reverse("catalogue:index"),
            product.get_absolute_url(),
            reverse("search:search") + "?q=ผ้าไหม",
            reverse("basket:summary"),
            reverse("customer:login"),
            "/no-such-page/",
        ]
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert_strict_public_policy(policy(response))
        assert inline_code(response.content.decode()) == [], url


def test_customer_account_forms_carry_no_inline_handlers(client):
    # Oscar's profile and address forms end with a "cancel" link that Oscar wires with onclick.
    client.force_login(UserFactory())
    for url in (reverse("customer:profile-update"), reverse("customer:address-create")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_public_policy(policy(response))
        html = response.content.decode()
        assert inline_code(html) == [], url
        assert "data-history-back" in html


def test_stripe_and_local_stripe_origins_are_allowed_for_payments():
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert "https://js.stripe.com" in directives["script-src"]
    assert "https://hooks.stripe.com" in directives["frame-src"]
    assert "https://api.stripe.com" in directives["connect-src"]
    assert settings.STRIPE_USE_LOCAL, "the test settings run without Stripe keys"
    local = settings.LOCALSTRIPE_URL.rstrip("/")
    assert local in directives["script-src"] and local in directives["connect-src"]


def test_oscar_dashboard_script_carries_the_requests_nonce(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    for url in ("/dashboard/", "/en/dashboard/"):
        response = client.get(url)
        assert response.status_code == 200, url
        directives = policy(response)
        nonces = [value for value in directives["script-src"] if value.startswith("'nonce-")]
        assert len(nonces) == 1, directives["script-src"]
        nonce = nonces[0][len("'nonce-") : -1]
        html = response.content.decode()
        assert f'<script nonce="{nonce}">' in html
        assert "'unsafe-inline'" not in directives["script-src"]
        # Only Oscar's fixed "cancel" handlers, by hash; never arbitrary inline handlers.
        assert directives["script-src-attr"][0] == "'unsafe-hashes'"
        assert all(value.startswith("'sha256-") for value in directives["script-src-attr"][1:])
        assert directives["frame-ancestors"] == ["'none'"]


def test_nonce_differs_per_request(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    first = [v for v in policy(client.get("/dashboard/"))["script-src"] if v.startswith("'nonce-")]
    second = [v for v in policy(client.get("/dashboard/"))["script-src"] if v.startswith("'nonce-")]
    assert first and second and first != second


def test_wagtail_admin_gets_its_relaxed_policy_only_under_cms(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    directives = policy(client.get("/cms/"))
    assert "'unsafe-inline'" in directives["script-src"]
    assert not any(value.startswith("'nonce-") for value in directives["script-src"])
    assert directives["frame-ancestors"] == ["'self'"]  # Wagtail's preview panel frames our pages
    assert directives["object-src"] == ["'none'"]
    # The relaxation does not leak into public pages whose path merely contains "cms".
    assert_strict_public_policy(policy(client.get("/en/")))


def test_wagtail_preview_may_be_framed_by_the_admin_only(rf):
    # Wagtail renders previews by sending a dummy request for the page's public URL through
    # the middleware; the admin's preview panel frames what comes back.
    request = rf.get("/")
    request.is_preview = True
    response = AreaCSPMiddleware(lambda request: HttpResponse("preview"))(request)
    response.request = {"PATH_INFO": "/"}
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]


def test_dashboard_product_form_has_no_inline_handlers(client):
    # Oscar's image widget wired its preview with onload/onerror; our copy uses data- attributes.
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    product = eligible_product()
    response = client.get(reverse("dashboard:catalogue-product", kwargs={"pk": product.pk}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-upload-button" in html
    found = inline_code(html)
    assert not [item for item in found if "onload" in item or "onerror" in item], found
    assert "<script> without src or nonce" not in found
    assert "js/dashboard-images.js" in html


def test_django_admin_keeps_strict_scripts(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    directives = policy(client.get("/django-admin/"))
    assert "'unsafe-inline'" not in directives["script-src"]


# --- Our templates -------------------------------------------------------------

_TEMPLATE_DIRS = [REPO_ROOT / "templates", *REPO_ROOT.glob("*/templates"), *REPO_ROOT.glob("*/*/templates")]
_SCRIPT_WITHOUT_SRC_OR_NONCE = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*\bnonce=)(?![^>]*\btype=[\"']application/(?:ld\+)?json)[^>]*>", re.IGNORECASE
)
_HANDLER = re.compile(r"<[a-zA-Z][^<>]*?\son[a-z]+\s*=", re.IGNORECASE)
_STYLE = re.compile(r"<style\b|<[a-zA-Z][^<>]*?\sstyle\s*=\s*[\"']", re.IGNORECASE)
_JS_URL = re.compile(r"""=\s*["']?\s*javascript:""", re.IGNORECASE)


def _our_templates():
    for directory in _TEMPLATE_DIRS:
        if ".venv" in directory.parts:
            continue
        yield from sorted(directory.rglob("*.html"))


def test_template_scan_finds_our_templates():
    names = {path.relative_to(REPO_ROOT).as_posix() for path in _our_templates()}
    assert "templates/oscar/layout.html" in names
    assert "templates/oscar/dashboard/base.html" in names


@pytest.mark.parametrize(
    ("pattern", "what"),
    [
        (_SCRIPT_WITHOUT_SRC_OR_NONCE, "inline <script> without a nonce"),
        (_HANDLER, "on*= event handler attribute"),
        (_STYLE, "style attribute or <style> element"),
        (_JS_URL, "javascript: URL"),
    ],
)
def test_our_templates_have_no_inline_code(pattern, what):
    offenders = []
    for path in _our_templates():
        text = path.read_text(encoding="utf-8")
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(REPO_ROOT)}:{line}")
    assert offenders == [], f"{what} found (move it to static/js or static/css): {offenders}"


def test_the_scanners_catch_what_they_look_for():
    assert _SCRIPT_WITHOUT_SRC_OR_NONCE.search("<script>alert(1)</script>")
    assert not _SCRIPT_WITHOUT_SRC_OR_NONCE.search('<script src="/static/a.js"></script>')
    assert not _SCRIPT_WITHOUT_SRC_OR_NONCE.search('<script nonce="{{ CSP_NONCE }}">')
    assert not _SCRIPT_WITHOUT_SRC_OR_NONCE.search('<script type="application/ld+json">{}</script>')
    assert _HANDLER.search('<a href="#" onclick="go()">')
    assert not _HANDLER.search('<a href="#" data-history-back>')
    assert _STYLE.search('<p style="color:red">') and _STYLE.search("<style>p{}</style>")
    assert not _STYLE.search('<link rel="stylesheet" href="/static/css/site.css">')
    assert not _STYLE.search("<div class=\"{% if style == 'horizontal' %}row{% endif %}\">")
    assert _JS_URL.search('<a href="javascript:void(0)">')
    assert inline_code(
        '<p style="x">a</p><a onclick="y">b</a><script>z</script><script src="/a.js"></script>'
        '<script type="application/ld+json">{}</script>'
    ) == [
        "<p style=...>",
        "<a onclick=...>",
        "<script> without src or nonce",
    ]
