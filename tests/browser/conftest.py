"""Fixtures for the browser tests: Debian's Chromium driven by Playwright against the live server.

Playwright never downloads a browser here: it launches /usr/bin/chromium (``make test``
installs Debian's package when it is missing). Every page opened through ``page`` has its
console watched: a JavaScript error or a Content-Security-Policy violation on one of our
own pages fails the test. ``axe_check`` runs axe-core (bundled with axe-playwright-python)
and fails on serious or critical violations; ``shot`` keeps a screenshot of a key page in
``BROWSER_ARTIFACTS_DIR`` (default ``var/test-artifacts/browser/``).
"""

import copy
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("BROWSER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS_DIR") or ROOT / "var" / "test-artifacts" / "browser")
BLOCKING_IMPACTS = ("serious", "critical")
# Wagtail's own admin scripts are not ours to fix; their console noise is left out (see ``Console``).
THIRD_PARTY_PATHS = ("/cms/", "/static/wagtail", "/static/wagtailadmin")


@pytest.fixture(scope="package")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop in this thread; Django would take the
    # test's own ORM calls for calls from async code. The live server runs in its own thread.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def _migrated_rows(django_db_setup, django_db_blocker):
    """The rows the migrations load (provinces, Thailand, shipping rates, Wagtail's root pages...).

    Read once, before the first browser test: the live server needs transactional tests,
    which empty every table afterwards. (pytest-django's ``serialized_rollback`` lost its
    copy here once other database tests had run first in the same session.)
    """
    from django.db import connection

    with django_db_blocker.unblock():
        rows = connection.creation.serialize_db_to_string()
    yield rows
    # The last test's flush emptied the tables; put the rows back, so a database kept for the
    # next run (pytest --reuse-db) still has what its migrations loaded.
    with django_db_blocker.unblock():
        _restore_migrated_rows(rows)


def _restore_migrated_rows(rows: str) -> None:
    from django.core.management import call_command
    from django.db import connection

    from marketplace.geography.models import Province

    if not Province.objects.exists():
        # The flush after the last test re-created content types and permissions
        # (post_migrate); they come back with the rest, under their original ids.
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(rows)


@pytest.fixture(autouse=True)
def _migrated_rows_back(_migrated_rows, transactional_db):
    _restore_migrated_rows(_migrated_rows)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def local_payments(localstripe_url, settings):
    """The local Stripe-compatible server on its test port, with the site's CSP allowing it.

    The settings allow the origin of LOCALSTRIPE_URL as it was when they were read
    (``make run`` sets it before starting); the test server's port is only known now,
    so its origin takes that one's place, directive by directive, and nothing else changes.
    """
    from marketplace.settings import base

    configured, running = _origin(base.LOCALSTRIPE_URL), _origin(localstripe_url)
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    directives = policy.get("DIRECTIVES", {})
    assert any(configured in sources for sources in directives.values()), \
        f"the CSP does not allow the local Stripe server ({configured}): {directives}"
    for name, sources in directives.items():
        directives[name] = [running if source == configured else source for source in sources]
    settings.CONTENT_SECURITY_POLICY = policy
    return localstripe_url


@dataclass
class Console:
    """What the pages printed to the console that points at a fault of ours."""

    base_url: str
    problems: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def _ours(self, url: str) -> bool:
        path = url[len(self.base_url):] if url.startswith(self.base_url) else None
        return path is not None and not path.startswith(THIRD_PARTY_PATHS)

    def on_console(self, message, page_url: str) -> None:
        text = message.text
        if message.type != "error" and "Content Security Policy" not in text:
            return
        where = f"{page_url}: {text}"
        if self._ours(page_url) or "Content Security Policy" in text:
            self.problems.append(where)
        else:
            self.ignored.append(where)

    def on_page_error(self, error, page_url: str) -> None:
        where = f"{page_url}: uncaught {error}"
        (self.problems if self._ours(page_url) else self.ignored).append(where)


@pytest.fixture
def maker(search_index, settings, tmp_path):
    """Producer A with a live storefront and a log-in (tests/cms/helpers.py's make_maker), the roles a
    deploy sets up, pictures stored under tmp_path and the catalogue indexed."""
    from cms.roles.services import roles_ensure
    from search.indexing import index_rebuild
    from tests.cms.helpers import make_maker

    settings.MEDIA_ROOT = tmp_path / "media"
    roles_ensure()
    maker = make_maker("maker-a", "กลุ่มทอผ้าบ้านเอ", "Ban A Weavers", "TH-32")
    index_rebuild()
    return maker


@pytest.fixture
def new_page(chromium, live_server):
    """Opens a page in a browser context of its own (its own cookies: another person), console watched."""
    console = Console(base_url=live_server.url)
    contexts = []

    def open_page(locale: str = "th-TH", viewport: dict | None = None):
        """``locale``: the browser's own (its date inputs, Accept-Language); ``viewport``: 1280x900 unless given."""
        context = chromium.new_context(
            base_url=live_server.url, locale=locale, timezone_id="Asia/Bangkok",
            viewport=viewport or {"width": 1280, "height": 900},
        )
        context.set_default_timeout(20_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: console.on_console(message, page.url))
        page.on("pageerror", lambda error: console.on_page_error(error, page.url))
        return page

    yield open_page
    for context in contexts:
        context.close()
    if console.ignored:
        print("Console messages left out (not our pages):", *console.ignored, sep="\n  ")
    assert not console.problems, "JavaScript errors or CSP violations:\n  " + "\n  ".join(console.problems)


@pytest.fixture
def page(new_page):
    return new_page()


def axe_violations(page, exclude: list[str] | None = None) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    results = Axe().run(page, context=context)
    found = []
    for violation in results.response["violations"]:
        if violation.get("impact") not in BLOCKING_IMPACTS:
            continue
        targets = ", ".join(" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"])
                            for node in violation["nodes"])
        found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return found


@pytest.fixture
def axe_check():
    """Fails the test on axe-core violations of serious or critical impact on the page as it stands."""

    def check(page, what: str, exclude: list[str] | None = None) -> None:
        found = axe_violations(page, exclude)
        assert not found, f"Accessibility violations on the {what} page ({page.url}):\n  " + "\n  ".join(found)

    return check


@pytest.fixture
def shot(request):
    """Saves a full-page screenshot named <journey>-<nn>-<page>.png (journey: the test module's)."""
    journey = re.sub(r"^test_|_journey$", "", request.node.module.__name__.rsplit(".", 1)[-1])
    counter = iter(range(1, 100))

    def save(page, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{journey}-{next(counter):02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
