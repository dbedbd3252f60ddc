"""Which language a test reads its pages in."""

import pytest
from django.urls import clear_url_caches
from django.utils import translation


@pytest.fixture
def english_by_default(settings):
    """English is the unprefixed language while the test runs: it reads English texts.

    The checkout, payment and ledger tests were written against English pages and messages; each of
    their modules asks for this with ``pytestmark``. (The Thai pages are covered by tests that say so.)
    """
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def thai_first():
    """The test starts in Thai, with fresh URL caches.

    A request to /en/... leaves English active in the test thread, and Django's
    reverse cache keeps language prefixes worked out under whatever
    LANGUAGE_CODE an earlier test set (English-default prefixes would lack /en/).
    """
    clear_url_caches()
    translation.activate("th")
    yield
    translation.deactivate()
