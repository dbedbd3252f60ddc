"""The import tests read their messages in English and write their official lists into a temporary folder."""

import pytest
from django.utils import translation

from marketplace.listings.official_list import COLUMNS
from tests.marketplace.listings.official_lists import csv_text


@pytest.fixture(autouse=True)
def _english():
    # Messages are asserted in English, whatever translations exist.
    with translation.override("en"):
        yield


@pytest.fixture
def write_list(tmp_path):
    """Writes rows (dicts) or raw text as a CSV file in a fresh folder; returns its path."""

    def write(rows_or_text, name="official_list.csv", encoding="utf-8", columns=COLUMNS):
        text = rows_or_text if isinstance(rows_or_text, str) else csv_text(rows_or_text, columns)
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
