import csv
import datetime
from decimal import Decimal

import pytest
from PIL import Image

from marketplace.listings import official_list, official_list_fields
from marketplace.listings.official_list import COLUMNS, official_list_read

from .official_lists import csv_text, official_row

pytestmark = pytest.mark.django_db  # provinces are looked up in the database


def _problems(parsed):
    return {(error.line, error.column) for error in parsed.errors}


def _picture(path, image_format="JPEG", size=(16, 16)):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (180, 40, 60)).save(path, image_format)
    return path


def test_a_valid_row_becomes_a_typed_row(write_list):
    parsed = official_list_read(write_list([official_row()]))

    assert parsed.errors == []
    [row] = parsed.rows
    assert row.line == 2
    assert row.upc == "8859100000011"
    assert row.stars == 5
    assert row.price == Decimal("4500.00")
    assert row.stock == 6
    assert row.weight_grams == 450
    assert row.province.code == "TH-32"
    assert isinstance(row.certificate_expires, datetime.date)
    assert row.image is None


@pytest.mark.parametrize("province", ["สุรินทร์", "Surin", "surin", "TH-32", "จ.สุรินทร์", "จังหวัดสุรินทร์"])
def test_province_is_found_by_thai_or_english_name_or_iso_code(write_list, province):
    [row] = official_list_read(write_list([official_row(province=province)])).rows
    assert row.province.code == "TH-32"


def test_every_error_is_reported_with_its_line_and_column(write_list):
    rows = [
        official_row(upc="1"),
        official_row(upc="2", stars="6", price="-5"),
        official_row(upc="3"),
        official_row(upc="4", category="toys", certificate_expires="30/09/27", province="Atlantis"),
    ]
    parsed = official_list_read(write_list(rows))

    assert _problems(parsed) == {
        (3, "stars"), (3, "price"), (5, "category"), (5, "certificate_expires"), (5, "province"),
    }
    assert str(parsed.errors[0]).startswith("line 3, column stars: ")


@pytest.mark.parametrize("column, value", [
    ("price", "0"), ("price", "12.345"), ("price", "1,290"), ("price", "abc"), ("price", ""),
    ("stock", "-1"), ("stock", "2.5"), ("stock", ""), ("weight_grams", "0"), ("weight_grams", "1.5"),
    ("stars", "0"), ("stars", "4.5"), ("stars", "five"), ("category", "toys"), ("producer_type", "cooperative"),
    ("title_th", ""), ("producer_name", ""), ("certificate_no", ""), ("upc", ""), ("upc", "88 59"),
    ("certificate_expires", "2027-02-30"), ("certificate_expires", "30/09/27"), ("certificate_expires", "2001-12-31"),
])
def test_a_bad_value_is_an_error_in_its_column(write_list, column, value):
    parsed = official_list_read(write_list([official_row(**{column: value})]))
    assert _problems(parsed) == {(2, column)}


@pytest.mark.parametrize("column, value, expected", [
    ("price", "85", Decimal(85)), ("price", "85.5", Decimal("85.5")), ("stock", "0", 0),
    ("weight_grams", "", None), ("stars", "๕", 5), ("category", "Textile", "textile"),
])
def test_good_values_are_read(write_list, column, value, expected):
    [row] = official_list_read(write_list([official_row(**{column: value})])).rows
    assert getattr(row, column) == expected


def test_english_title_and_description_may_be_blank(write_list):
    [row] = official_list_read(write_list([official_row(title_en="", description_en="")])).rows
    assert (row.title_en, row.description_en) == ("", "")


@pytest.mark.parametrize("written", ["30/09/2571", "30/09/2028", "2028-09-30", "30 กันยายน 2571",
                                     "30 ก.ย. 2571", "30 กันยายน พ.ศ. 2571", "๓๐/๐๙/๒๕๗๑", "2571-09-30"])
def test_the_expiry_is_read_as_the_cdds_records_write_it_or_in_the_christian_era(write_list, written):
    """The official Thai records write 30/09/2571 (day/month/Buddhist-era year); the seeds "17 กรกฎาคม พ.ศ. 2557"."""
    [row] = official_list_read(write_list([official_row(certificate_no="OPC2569-0100011",
                                                        certificate_expires=written)])).rows
    assert row.certificate_expires == datetime.date(2028, 9, 30)


@pytest.mark.parametrize("written, expected", [
    ("31/09/2571", "'31/09/2571' is not a day of the calendar"),
    ("30/09/71", "is not a date: write it day/month/year, e.g. 30/09/2571"),
    ("ปลายปี 2571", "is not a date: write it day/month/year, e.g. 30/09/2571"),
])
def test_an_expiry_that_is_no_date_is_a_line_error_naming_the_row(write_list, written, expected):
    rows = [official_row(upc="1"), official_row(upc="2", certificate_expires=written)]

    [error] = official_list_read(write_list(rows)).errors

    assert (error.line, error.column) == (3, "certificate_expires")
    assert str(error).startswith("line 3, column certificate_expires: ")
    assert expected in error.message


def test_selection_year_comes_from_the_certificate_number_when_it_fits(write_list):
    rows = [
        official_row(upc="1", certificate_no="OPC2567-0000001", certificate_expires="2027-09-30"),
        official_row(upc="2", certificate_no="OTOP/0000002", certificate_expires="2027-09-30"),
        official_row(upc="3", certificate_no="OPC2540-0000003", certificate_expires="2027-09-30"),  # does not fit
    ]
    years = [row.selection_year for row in official_list_read(write_list(rows)).rows]
    assert years == [2024, 2025, 2025]


def test_wrong_header_is_reported_without_row_errors(write_list):
    columns = [c for c in COLUMNS if c != "price"] + ["colour"]
    parsed = official_list_read(write_list([official_row(stars="99")], columns=columns))
    assert _problems(parsed) == {(1, "price"), (1, "colour")}
    assert "missing" in " ".join(error.message for error in parsed.errors)


def test_columns_may_come_in_any_order(write_list):
    parsed = official_list_read(write_list([official_row()], columns=list(reversed(COLUMNS))))
    assert parsed.errors == []
    assert parsed.rows[0].title_th == "ผ้าไหมมัดหมี่ลายโคมเจ็ด"


def test_an_empty_file_is_reported(write_list):
    [error] = official_list_read(write_list("")).errors
    assert error.line == 1 and "empty" in error.message


def test_a_missing_file_is_reported(tmp_path):
    [error] = official_list_read(tmp_path / "nowhere.csv").errors
    assert "no such file" in error.message


def test_a_non_utf8_file_gives_one_clear_error(write_list):
    parsed = official_list_read(write_list([official_row(), official_row(upc="2")], encoding="cp874"))
    [error] = parsed.errors
    assert "not UTF-8" in error.message and "TIS-620" in error.message
    assert error.line == 2  # where the first Thai letter is
    assert parsed.rows == []


def test_a_utf16_file_is_named(write_list):
    [error] = official_list_read(write_list([official_row()], encoding="utf-16")).errors
    assert "UTF-16" in error.message


def test_a_utf8_bom_is_accepted(write_list):
    parsed = official_list_read(write_list([official_row()], encoding="utf-8-sig"))
    assert parsed.errors == [] and len(parsed.rows) == 1


def test_a_huge_field_is_refused_in_its_column(write_list):
    parsed = official_list_read(write_list([official_row(description_th="ก" * 50_000)]))
    [error] = parsed.errors
    assert (error.line, error.column) == (2, "description_th")
    assert "too long" in error.message


def test_a_runaway_field_stops_reading_and_the_csv_limit_is_restored(write_list):
    limit = csv.field_size_limit()
    text = csv_text([official_row()]) + '8859,"' + "x" * (official_list.FIELD_SIZE_LIMIT + 10) + "\n"
    parsed = official_list_read(write_list(text))
    [error] = parsed.errors
    assert error.line == 3 and error.column == ""
    assert csv.field_size_limit() == limit


def test_a_file_over_the_size_limit_is_refused(write_list, monkeypatch):
    monkeypatch.setattr(official_list, "MAX_FILE_BYTES", 100)
    [error] = official_list_read(write_list([official_row()])).errors
    assert "too large" in error.message


def test_control_characters_are_refused(write_list):
    parsed = official_list_read(write_list([official_row(title_th="ผ้าไหม\x07")]))
    assert _problems(parsed) == {(2, "title_th")}


def test_blank_lines_are_ignored_but_still_counted(write_list):
    header, first, second, _end = csv_text([official_row(upc="1"), official_row(upc="2", stars="9")]).split("\n")
    text = "\n".join([header, first, "", "", "," * (len(COLUMNS) - 1), second, ""])
    parsed = official_list_read(write_list(text))
    assert len(parsed.rows) == 1
    assert _problems(parsed) == {(6, "stars")}


def test_a_field_spanning_lines_is_reported_at_its_first_line(write_list):
    rows = [official_row(upc="1", description_th="บรรทัดแรก\nบรรทัดสอง"), official_row(upc="2", stock="many")]
    parsed = official_list_read(write_list(rows))
    assert parsed.rows[0].description_th == "บรรทัดแรก\nบรรทัดสอง"
    assert _problems(parsed) == {(4, "stock")}


def test_a_line_with_the_wrong_number_of_fields_is_reported(write_list):
    text = csv_text([official_row()]) + "8859,too,few\n"
    assert _problems(official_list_read(write_list(text))) == {(3, "")}


def test_a_duplicate_upc_is_an_error_on_its_second_line(write_list):
    rows = [official_row(upc="1"), official_row(upc="2"), official_row(upc="1")]
    parsed = official_list_read(write_list(rows))
    [error] = parsed.errors
    assert (error.line, error.column) == (4, "upc")
    assert "line 2" in error.message


def test_a_producer_must_have_the_same_type_on_all_its_rows(write_list):
    rows = [official_row(upc="1"), official_row(upc="2", province="Surin", producer_type="sme", district="")]
    assert _problems(official_list_read(write_list(rows))) == {(3, "producer_type")}


def test_an_image_inside_the_folder_is_accepted_and_fingerprinted(write_list, tmp_path):
    picture = _picture(tmp_path / "images" / "silk.png", "PNG")
    [row] = official_list_read(write_list([official_row(image="images/silk.png")])).rows
    assert row.image.path == picture.resolve()
    assert row.image.extension == "png"
    assert len(row.image.sha256) == 64


@pytest.mark.parametrize("image", ["../outside.jpg", "images/../../outside.jpg", "/etc/passwd", "C:\\photos\\a.jpg",
                                   "images/link.jpg"])
def test_an_image_path_leaving_the_folder_is_refused(write_list, tmp_path, image):
    folder = tmp_path / "list"
    folder.mkdir()
    outside = _picture(tmp_path / "outside.jpg")
    (folder / "images").mkdir()
    (folder / "images" / "link.jpg").symlink_to(outside)
    path = write_list([official_row(image=image)], name="list/official_list.csv")
    [error] = official_list_read(path).errors
    assert (error.line, error.column) == (2, "image")
    assert "inside the CSV file's folder" in error.message


def test_a_file_that_is_not_an_image_is_refused(write_list, tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "fake.jpg").write_text("<?php echo 'hello'; ?>")
    [error] = official_list_read(write_list([official_row(image="images/fake.jpg")])).errors
    assert error.column == "image" and "not a readable" in error.message


def test_a_truncated_image_is_refused(write_list, tmp_path):
    picture = _picture(tmp_path / "images" / "cut.png", "PNG", size=(64, 64))
    picture.write_bytes(picture.read_bytes()[:120])
    [error] = official_list_read(write_list([official_row(image="images/cut.png")])).errors
    assert error.column == "image"


def test_an_oversized_image_is_refused(write_list, tmp_path, monkeypatch):
    monkeypatch.setattr(official_list_fields, "MAX_IMAGE_BYTES", 50)
    _picture(tmp_path / "images" / "big.jpg")
    [error] = official_list_read(write_list([official_row(image="images/big.jpg")])).errors
    assert error.column == "image" and "larger than" in error.message


def test_a_missing_image_is_reported(write_list):
    [error] = official_list_read(write_list([official_row(image="images/none.jpg")])).errors
    assert error.column == "image" and "no image file" in error.message
