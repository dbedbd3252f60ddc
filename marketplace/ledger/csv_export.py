"""CSV files that are safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be read as a formula by Excel, LibreOffice or Google Sheets (CSV
injection), so such text gets a leading apostrophe. Amounts are written by us
from ``Decimal`` values and are never prefixed.
"""

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    if text.startswith(FORMULA_STARTS):
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
