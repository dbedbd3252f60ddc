"""CSV files that are safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or
a line feed (also after leading spaces, or in full-width form) would be read as
a formula by Excel, LibreOffice or Google Sheets (CSV injection), so such text
gets a leading apostrophe; NUL bytes are dropped. Quotes, commas and line
breaks inside a cell are quoted by the csv module. Amounts are written by us
from ``Decimal`` values and are never prefixed.
"""

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Full-width forms that some spreadsheet locales also read as the start of a formula.
_WIDE_FORMULA_STARTS = ("\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    # Spreadsheets cut a cell at a NUL byte, hiding whatever follows it.
    text = str(value).replace("\x00", "")
    if text in ("-", "+"):  # a bare sign (Oscar's "no name") is not a formula
        return text
    # Spaces in front do not stop every spreadsheet from evaluating what follows.
    stripped = text.lstrip(" \u00a0\u3000")
    if text.startswith(FORMULA_STARTS) or stripped.startswith(FORMULA_STARTS + _WIDE_FORMULA_STARTS):
        return "'" + text
    return text


def csv_render(header: list[str], rows: Iterable[Iterable]) -> str:
    """The CSV text (with a byte-order mark, so Excel reads the Thai as UTF-8)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([csv_safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([csv_safe_cell(cell) for cell in row])
    return buffer.getvalue()
