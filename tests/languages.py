"""Which language a test reads its pages in."""

import pytest
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
