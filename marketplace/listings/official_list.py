"""Reading and checking the CDD's official OTOP product list, a CSV file.

Nothing here writes: the whole file is checked first so that an import can be
all or nothing, and every problem is reported at once with its line (the
header is line 1) and column. The file comes from outside, so it is treated as
hostile: its size, each field's length, its encoding and its image paths are
all bounded before anything else looks at them.
"""

import csv
import datetime
import io
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from django.utils.translation import gettext as _

from marketplace.certification.services import CertificationData
from marketplace.geography.models import Province
from marketplace.producers.services import ProducerData

from .services import ProductData

from .official_list_fields import (  # noqa: F401  (COLUMNS is read by the import command and tests)
    COLUMN_PARSERS, COLUMNS, FIELD_SIZE_LIMIT, MAX_ERRORS, MAX_FILE_BYTES, QUOTE_LIMIT, THAI_RE, CellInvalid,
    ListContext, ListImage, cell_cleaned, quoted, selection_year, text_by_script,
)


@dataclass(frozen=True)
class RowError:
    line: int  # 1 is the header; 0 means the file as a whole
    column: str  # blank when the problem is the whole line
    message: str

    def __str__(self) -> str:
        if not self.line:
            return self.message
        if not self.column:
            return _("line %(line)d: %(message)s") % {"line": self.line, "message": self.message}
        return _("line %(line)d, column %(column)s: %(message)s") % {
            "line": self.line, "column": self.column, "message": self.message,
        }


@dataclass(frozen=True)
class OfficialListRow:
    line: int
    upc: str
    title_th: str
    title_en: str
    description_th: str
    description_en: str
    category: str
    stars: int
    certificate_no: str
    certificate_expires: datetime.date
    selection_year: int
    producer_name: str
    producer_type: str
    province: Province
    district: str
    subdistrict: str
    price: Decimal
    stock: int
    weight_grams: int | None
    image: ListImage | None

    @property
    def producer_key(self) -> tuple[str, str, str]:
        """The register's identity of a producer: Thai name, province and district (blank when not given)."""
        return (self.producer_name, self.province.code, self.district)

    def producer_data(self) -> ProducerData:
        # The list has one column for each place name; its script says which language it is.
        district_th, district_en = text_by_script(self.district)
        subdistrict_th, subdistrict_en = text_by_script(self.subdistrict)
        return ProducerData(
            name_th=self.producer_name, name_en="", producer_type=self.producer_type, province=self.province,
            district_th=district_th, district_en=district_en,
            subdistrict_th=subdistrict_th, subdistrict_en=subdistrict_en,
        )

    def product_data(self) -> ProductData:
        return ProductData(
            upc=self.upc, title_th=self.title_th, title_en=self.title_en, description_th=self.description_th,
            description_en=self.description_en, category=self.category, price=self.price, stock=self.stock,
            weight_grams=self.weight_grams,
        )

    def certification_data(self) -> CertificationData:
        return CertificationData(
            stars=self.stars, certificate_no=self.certificate_no, selection_year=self.selection_year,
            expires_on=self.certificate_expires,
        )


@dataclass(frozen=True)
class ParsedList:
    rows: list[OfficialListRow]
    errors: list[RowError]


def official_list_read(path: str | Path) -> ParsedList:
    """Every valid row of the list, and every problem found in it."""
    path = Path(path)
    try:
        if not path.is_file():
            raise FileNotFoundError(path)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return ParsedList([], [RowError(0, "", _("the file is too large: %(size)d MB, at most %(max)d MB") % {
                "size": size // 2**20, "max": MAX_FILE_BYTES // 2**20})])
        raw = path.read_bytes()
    except OSError as error:
        return ParsedList([], [RowError(0, "", _("cannot read %(path)s: %(problem)s") % {
            "path": path, "problem": error.strerror or _("no such file")})])
    text, error = _decoded(raw)
    if error:
        return ParsedList([], [error])
    previous_limit = csv.field_size_limit()
    # The limit is global to the csv module, so it is put back straight after.
    csv.field_size_limit(FIELD_SIZE_LIMIT)
    try:
        return _parsed(csv.reader(io.StringIO(text, newline=""), strict=True), ListContext(path.parent.resolve()))
    finally:
        csv.field_size_limit(previous_limit)


def _decoded(raw: bytes) -> tuple[str, RowError | None]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", RowError(0, "", _("file is not UTF-8 (looks like UTF-16); save it as \"CSV UTF-8\""))
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return "", RowError(0, "", _("this is a spreadsheet workbook (.xlsx or .xls), not a CSV file; "
                                     "save it as \"CSV UTF-8\""))
    if b"\x00" in raw:
        # Text never holds NUL bytes; a file with them is binary (or UTF-16 without its mark).
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        return "", RowError(line, "", _("the file contains binary data (NUL bytes), not CSV text; "
                                        "save it as \"CSV UTF-8\""))
    try:
        return raw.decode("utf-8-sig"), None  # Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
    try:
        looks_thai = bool(THAI_RE.search(raw.decode("cp874")))
    except UnicodeDecodeError:
        looks_thai = False
    if looks_thai:
        message = _("file is not UTF-8 (looks like TIS-620/Windows-874?); save it as \"CSV UTF-8\"")
    else:
        message = _("file is not UTF-8; save it as \"CSV UTF-8\"")
    return "", RowError(line, "", message)


def _parsed(reader, context: ListContext) -> ParsedList:
    try:
        header = next(reader, None)
    except csv.Error as error:
        return ParsedList([], [RowError(1, "", _("cannot read the header as CSV: %(problem)s") % {"problem": error})])
    if header is None or not any(name.strip() for name in header):
        return ParsedList([], [RowError(1, "", _("the file is empty: expected a header row"))])
    header = [name.strip().lower() for name in header]
    errors = _header_errors(header)
    if errors:
        return ParsedList([], errors)

    rows: list[OfficialListRow] = []
    while len(errors) < MAX_ERRORS:
        line = reader.line_num + 1  # where the record starts; a quoted field may span lines
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.append(RowError(line, "", _("cannot read the line as CSV (%(problem)s); nothing after it was "
                                               "read") % {"problem": error}))
            break
        if not any(field.strip() for field in record):
            continue  # blank lines, and lines of bare commas, carry nothing
        if len(record) != len(header):
            errors.append(RowError(line, "", _("expected %(expected)d fields, found %(found)d") % {
                "expected": len(header), "found": len(record)}))
            continue
        row, row_errors = _row_parsed(line, dict(zip(header, record)), context)
        if row_errors:
            errors.extend(row_errors)
        else:
            rows.append(row)
    else:
        errors.append(RowError(0, "", _("more than %(count)d errors: stopped reading at line %(line)d") % {
            "count": MAX_ERRORS, "line": reader.line_num}))
    rows, district_errors = _districts_filled_in(rows, context)
    return ParsedList(rows, errors + district_errors)


def _header_errors(header: list[str]) -> list[RowError]:
    errors = []
    seen = set()
    for name in header:
        if name in seen:
            errors.append(RowError(1, name, _("the column appears more than once")))
        elif name not in COLUMNS:
            errors.append(RowError(1, name[:QUOTE_LIMIT] or "?", _(
                "unknown column; the columns are: %(columns)s") % {"columns": ",".join(COLUMNS)}))
        seen.add(name)
    for name in COLUMNS:
        if name not in seen:
            errors.append(RowError(1, name, _("the column is missing from the header")))
    return errors


def _row_parsed(line: int, raw: dict[str, str], context: ListContext
                ) -> tuple[OfficialListRow | None, list[RowError]]:
    values: dict[str, object] = {}
    errors: list[RowError] = []
    for column in COLUMNS:
        try:
            text = cell_cleaned(column, raw[column])
            values[column] = COLUMN_PARSERS[column](text, context)
        except CellInvalid as problem:
            errors.append(RowError(line, column, str(problem)))

    if "certificate_expires" in values:
        try:
            values["selection_year"] = selection_year(values.get("certificate_no") or "",
                                                       values["certificate_expires"])
        except CellInvalid as problem:
            errors.append(RowError(line, "certificate_expires", str(problem)))

    if "upc" in values:
        first = context.upc_lines.setdefault(values["upc"], line)
        if first != line:
            errors.append(RowError(line, "upc", _("duplicate upc %(upc)s: already on line %(line)d") % {
                "upc": values["upc"], "line": first}))
    errors.extend(_producer_conflicts(line, values, context))
    if errors:
        return None, errors
    return OfficialListRow(line=line, **values), []


def _producer_conflicts(line: int, values: dict, context: ListContext) -> list[RowError]:
    """A producer's own details must agree across its rows, or which row wins would be a guess.

    A producer is its name, province and district: namesakes in two districts are two producers.
    """
    if not {"producer_name", "province", "producer_type", "district", "subdistrict"} <= values.keys():
        return []
    key = (values["producer_name"], values["province"].code, values["district"])
    return _details_agree(context, key, (line, values["producer_type"], values["subdistrict"]))


def _details_agree(context: ListContext, key: tuple[str, str, str], mine: tuple[int, str, str]) -> list[RowError]:
    first = context.producers.setdefault(key, mine)
    if first is mine:
        return []
    line = mine[0]
    errors = []
    for index, column in ((1, "producer_type"), (2, "subdistrict")):
        if mine[index] and first[index] and mine[index] != first[index]:
            errors.append(RowError(line, column, _(
                "this producer has %(value)s on line %(line)d; a producer's details must be the same on "
                "all its rows") % {"value": quoted(first[index]), "line": first[0]}))
        elif mine[index] and not first[index]:
            context.producers[key] = first[:index] + (mine[index],) + first[index + 1:]
            first = context.producers[key]
    return errors


def _districts_filled_in(rows: list[OfficialListRow], context: ListContext
                         ) -> tuple[list[OfficialListRow], list[RowError]]:
    """Rows without a district belong to their namesake's district when the list names only one.

    When it names several, which producer is meant is a guess: the row is refused.
    """
    districts: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        if row.district:
            named = districts.setdefault((row.producer_name, row.province.code), [])
            if row.district not in named:
                named.append(row.district)
    filled, errors = [], []
    for row in rows:
        named = districts.get((row.producer_name, row.province.code), []) if not row.district else []
        if len(named) == 1:
            row = replace(row, district=named[0])
            disagreements = _details_agree(context, row.producer_key, (row.line, row.producer_type, row.subdistrict))
            if disagreements:
                errors.extend(disagreements)
                continue
        elif len(named) > 1:
            errors.append(RowError(row.line, "district", _(
                "the list has producers called %(name)s in several districts of this province (%(districts)s): "
                "name the district") % {"name": quoted(row.producer_name), "districts": ", ".join(named)}))
            continue
        filled.append(row)
    errors.sort(key=lambda error: error.line)
    return filled, errors

