"""Reading and checking the CDD's official OTOP product list, a CSV file.

Nothing here writes: the whole file is checked first so that an import can be
all or nothing, and every problem is reported at once with its line (the
header is line 1) and column. The file comes from outside, so it is treated as
hostile: its size, each field's length, its encoding and its image paths are
all bounded before anything else looks at them.
"""

import csv
import datetime
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext as _

from marketplace.i18n import BUDDHIST_ERA_OFFSET
from marketplace.certification.services import CertificationData
from marketplace.geography.models import Province
from marketplace.geography.selectors import province_lookup
from marketplace.producers.models import ProducerType
from marketplace.producers.services import ProducerData
from marketplace.storefront.categories import OTOP_CATEGORIES
from marketplace.uploads.validators import validate_image_upload

from .services import ProductData

COLUMNS = (
    "upc", "title_th", "title_en", "description_th", "description_en", "category", "stars",
    "certificate_no", "certificate_expires", "producer_name", "producer_type", "province",
    "district", "subdistrict", "price", "stock", "weight_grams", "image",
)

# Longest value accepted per column, in characters; most follow the model fields.
MAX_LENGTHS = {
    "upc": 64, "title_th": 255, "title_en": 255, "description_th": 10_000, "description_en": 10_000,
    "category": 32, "stars": 8, "certificate_no": 64, "certificate_expires": 32, "producer_name": 200,
    "producer_type": 32, "province": 64, "district": 100, "subdistrict": 100, "price": 32, "stock": 16,
    "weight_grams": 16, "image": 255,
}
MAX_FILE_BYTES = 256 * 1024 * 1024
# Far above any column's limit, so an over-long field normally gets the column's own
# message; only a runaway field (usually a missing closing quote) hits this one.
FIELD_SIZE_LIMIT = 1024 * 1024
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
# A hostile file could produce millions of errors; past this many, reading stops.
MAX_ERRORS = 10_000

MAX_PRICE = Decimal("9999999999.99")  # StockRecord.price: 12 digits, 2 decimals
MAX_STOCK = 2_147_483_647
MAX_WEIGHT_GRAMS = 1_000_000
# OTOP began in 2001; a certificate running past 2100 is a typing mistake.
FIRST_SELECTION_YEAR = 2001
LAST_EXPIRY_YEAR = 2100
BUDDHIST_ERA_YEARS_FROM = 2400  # B.E. 2400 is 1857 C.E.: a year this large can only be Buddhist-era

_INVISIBLE = {ord("\u200b"): None, ord("\ufeff"): None}  # zero-width space and stray BOMs, common in Thai text
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_THAI_RE = re.compile(r"[\u0e00-\u0e7f]")
_UPC_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]*")
_DIGITS = r"[0-9\u0e50-\u0e59]"  # Thai documents often use Thai digits (๐–๙); int() reads both
_INTEGER_RE = re.compile(rf"{_DIGITS}+")
_PRICE_RE = re.compile(rf"{_DIGITS}+(?:\.{_DIGITS}{{1,2}})?")
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
# "OPC2567-0001234": the OPC round's Buddhist-era year inside a certificate number.
_CERTIFICATE_YEAR_RE = re.compile(r"(?<![0-9])(25[4-9][0-9])(?![0-9])")
_SINGLE_LINE = frozenset(COLUMNS) - {"description_th", "description_en"}
_PRODUCER_TYPES = frozenset(ProducerType.values)
_QUOTE_LIMIT = 40


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
class ListImage:
    path: Path  # resolved, inside the list's folder
    sha256: str  # of the bytes that were checked, so a swapped file is noticed when stored
    extension: str


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
        district_th, district_en = _by_script(self.district)
        subdistrict_th, subdistrict_en = _by_script(self.subdistrict)
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


class _Invalid(Exception):
    """One column's value is unusable; the message says why."""


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
        return _parsed(csv.reader(io.StringIO(text, newline=""), strict=True), _Context(path.parent.resolve()))
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
        looks_thai = bool(_THAI_RE.search(raw.decode("cp874")))
    except UnicodeDecodeError:
        looks_thai = False
    if looks_thai:
        message = _("file is not UTF-8 (looks like TIS-620/Windows-874?); save it as \"CSV UTF-8\"")
    else:
        message = _("file is not UTF-8; save it as \"CSV UTF-8\"")
    return "", RowError(line, "", message)


@dataclass
class _Context:
    """What checking one row needs to know about the rows before it, and look-ups done once."""

    folder: Path
    provinces: dict[str, Province | None] = field(default_factory=dict)
    images: dict[str, ListImage | str] = field(default_factory=dict)  # a checked image, or why it was refused
    upc_lines: dict[str, int] = field(default_factory=dict)
    # (name, province code, district) -> line, producer type, subdistrict
    producers: dict[tuple[str, str, str], tuple[int, str, str]] = field(default_factory=dict)


def _parsed(reader, context: _Context) -> ParsedList:
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
            errors.append(RowError(1, name[:_QUOTE_LIMIT] or "?", _(
                "unknown column; the columns are: %(columns)s") % {"columns": ",".join(COLUMNS)}))
        seen.add(name)
    for name in COLUMNS:
        if name not in seen:
            errors.append(RowError(1, name, _("the column is missing from the header")))
    return errors


def _row_parsed(line: int, raw: dict[str, str], context: _Context
                ) -> tuple[OfficialListRow | None, list[RowError]]:
    values: dict[str, object] = {}
    errors: list[RowError] = []
    for column in COLUMNS:
        try:
            text = _cleaned(column, raw[column])
            values[column] = _PARSERS[column](text, context)
        except _Invalid as problem:
            errors.append(RowError(line, column, str(problem)))

    if "certificate_expires" in values:
        try:
            values["selection_year"] = _selection_year(values.get("certificate_no") or "",
                                                       values["certificate_expires"])
        except _Invalid as problem:
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


def _producer_conflicts(line: int, values: dict, context: _Context) -> list[RowError]:
    """A producer's own details must agree across its rows, or which row wins would be a guess.

    A producer is its name, province and district: namesakes in two districts are two producers.
    """
    if not {"producer_name", "province", "producer_type", "district", "subdistrict"} <= values.keys():
        return []
    key = (values["producer_name"], values["province"].code, values["district"])
    return _details_agree(context, key, (line, values["producer_type"], values["subdistrict"]))


def _details_agree(context: _Context, key: tuple[str, str, str], mine: tuple[int, str, str]) -> list[RowError]:
    first = context.producers.setdefault(key, mine)
    if first is mine:
        return []
    line = mine[0]
    errors = []
    for index, column in ((1, "producer_type"), (2, "subdistrict")):
        if mine[index] and first[index] and mine[index] != first[index]:
            errors.append(RowError(line, column, _(
                "this producer has %(value)s on line %(line)d; a producer's details must be the same on "
                "all its rows") % {"value": _quoted(first[index]), "line": first[0]}))
        elif mine[index] and not first[index]:
            context.producers[key] = first[:index] + (mine[index],) + first[index + 1:]
            first = context.producers[key]
    return errors


def _districts_filled_in(rows: list[OfficialListRow], context: _Context
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
                "name the district") % {"name": _quoted(row.producer_name), "districts": ", ".join(named)}))
            continue
        filled.append(row)
    errors.sort(key=lambda error: error.line)
    return filled, errors


def _cleaned(column: str, value: str) -> str:
    if len(value) > MAX_LENGTHS[column]:
        raise _Invalid(_("too long: %(length)d characters, at most %(max)d") % {
            "length": len(value), "max": MAX_LENGTHS[column]})
    if not value.isascii():  # most fields are codes and numbers: skip the work for them
        value = unicodedata.normalize("NFC", value.translate(_INVISIBLE))
    if column in _SINGLE_LINE:
        value = " ".join(value.split())
    else:
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if _CONTROL_RE.search(value):
        raise _Invalid(_("contains control characters"))
    return value


def _quoted(value: str) -> str:
    return repr(value if len(value) <= _QUOTE_LIMIT else value[:_QUOTE_LIMIT] + "…")


def _by_script(value: str) -> tuple[str, str]:
    return (value, "") if _THAI_RE.search(value) else ("", value)


# --------------------------------------------------------------------------- columns


def _required(value: str) -> str:
    if not value:
        raise _Invalid(_("required"))
    return value


def _optional(value: str, context: _Context) -> str:
    return value


def _upc(value: str, context: _Context) -> str:
    if not _UPC_RE.fullmatch(_required(value)):
        raise _Invalid(_("%(value)s is not a product code: use letters, digits, '.', '-' or '_'") % {
            "value": _quoted(value)})
    return value


def _category(value: str, context: _Context) -> str:
    key = _required(value).lower()
    if key not in OTOP_CATEGORIES:
        raise _Invalid(_("unknown category %(value)s; expected one of %(choices)s") % {
            "value": _quoted(value), "choices": ", ".join(OTOP_CATEGORIES)})
    return key


def _producer_type(value: str, context: _Context) -> str:
    key = _required(value).lower()
    if key not in _PRODUCER_TYPES:
        raise _Invalid(_("unknown producer type %(value)s; expected one of %(choices)s") % {
            "value": _quoted(value), "choices": ", ".join(ProducerType.values)})
    return key


def _integer(value: str, minimum: int, maximum: int) -> int | None:
    if _INTEGER_RE.fullmatch(value) and minimum <= int(value) <= maximum:
        return int(value)
    return None


def _stars(value: str, context: _Context) -> int:
    stars = _integer(_required(value), 1, 5)
    if stars is None:
        raise _Invalid(_("%(value)s is not a whole number of stars from 1 to 5") % {"value": _quoted(value)})
    return stars


def _stock(value: str, context: _Context) -> int:
    stock = _integer(_required(value), 0, MAX_STOCK)
    if stock is None:
        raise _Invalid(_("%(value)s is not a whole number from 0 to %(max)d") % {
            "value": _quoted(value), "max": MAX_STOCK})
    return stock


def _weight_grams(value: str, context: _Context) -> int | None:
    if not value:
        return None
    grams = _integer(value, 1, MAX_WEIGHT_GRAMS)
    if grams is None:
        raise _Invalid(_("%(value)s is not a whole number of grams from 1 to %(max)d") % {
            "value": _quoted(value), "max": MAX_WEIGHT_GRAMS})
    return grams


def _price(value: str, context: _Context) -> Decimal:
    value = _required(value)
    try:
        price = Decimal(value) if _PRICE_RE.fullmatch(value) else None
    except InvalidOperation:
        price = None
    if price is None or not Decimal(0) < price <= MAX_PRICE:
        raise _Invalid(_("%(value)s is not a price in baht greater than 0 with at most 2 decimals, "
                         "e.g. 1290.00") % {"value": _quoted(value)})
    return price


def _date(value: str, context: _Context) -> datetime.date:
    match = _DATE_RE.fullmatch(_required(value))
    try:
        date = datetime.date(*map(int, match.groups())) if match else None
    except ValueError:
        date = None
    if date is None:
        raise _Invalid(_("%(value)s is not a date written YYYY-MM-DD") % {"value": _quoted(value)})
    if date.year >= BUDDHIST_ERA_YEARS_FROM:
        raise _Invalid(_("%(value)s looks like a Buddhist-era year (พ.ศ.); write the Christian-era year, "
                         "e.g. %(example)s") % {"value": _quoted(value),
                                                 "example": f"{date.year - BUDDHIST_ERA_OFFSET}{value[4:]}"})
    if date.year > LAST_EXPIRY_YEAR:
        raise _Invalid(_("%(value)s is too far in the future") % {"value": _quoted(value)})
    return date


def _selection_year(certificate_no: str, expires: datetime.date) -> int:
    """The OPC round's year (C.E.), which the list has no column for.

    A certificate number like ``OPC2567-0001234`` carries the round's
    Buddhist-era year; it is used when it fits the expiry date (a rating lasts
    at most a few years). Otherwise the year is taken as the expiry year
    minus two, since OPC selections are re-run about every two years and a
    rating stays current until the next one.
    """
    for match in _CERTIFICATE_YEAR_RE.finditer(certificate_no):
        year = int(match.group(1)) - BUDDHIST_ERA_OFFSET
        if FIRST_SELECTION_YEAR <= year <= expires.year <= year + 5:
            return year
    year = expires.year - 2
    if year < FIRST_SELECTION_YEAR:
        raise _Invalid(_("the certificate cannot expire before %(year)d: OTOP selections began in %(first)d") % {
            "year": FIRST_SELECTION_YEAR + 2, "first": FIRST_SELECTION_YEAR})
    return year


def _province(value: str, context: _Context) -> Province:
    value = _required(value)
    if value not in context.provinces:
        # Thai lists often write the province as "จ.สุรินทร์" or "จังหวัดสุรินทร์".
        bare = re.sub(r"^(?:จังหวัด|จ\.)\s*|\s+province$", "", value, flags=re.IGNORECASE)
        context.provinces[value] = province_lookup(value) or (province_lookup(bare) if bare != value else None)
    province = context.provinces[value]
    if province is None:
        raise _Invalid(_("unknown province %(value)s; write its Thai or English name, e.g. สุรินทร์ or Surin") % {
            "value": _quoted(value)})
    return province


def _image(value: str, context: _Context) -> ListImage | None:
    if not value:
        return None
    if value not in context.images:
        try:
            context.images[value] = _image_checked(value, context.folder)
        except _Invalid as problem:
            context.images[value] = str(problem)
    checked = context.images[value]
    if isinstance(checked, str):
        raise _Invalid(checked)
    return checked


def _image_checked(value: str, folder: Path) -> ListImage:
    relative = PurePosixPath(value.replace("\\", "/"))
    # A path from the file must not reach anything but the pictures sent with it.
    if relative.is_absolute() or re.match(r"[A-Za-z]:", value) or ".." in relative.parts:
        raise _Invalid(_("%(value)s must be a path inside the CSV file's folder, e.g. images/product.jpg") % {
            "value": _quoted(value)})
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder):  # a symbolic link pointing out of the folder
        raise _Invalid(_("%(value)s must be a path inside the CSV file's folder, e.g. images/product.jpg") % {
            "value": _quoted(value)})
    if not target.is_file():
        raise _Invalid(_("no image file at %(value)s") % {"value": _quoted(value)})
    if target.stat().st_size > MAX_IMAGE_BYTES:
        raise _Invalid(_("the image %(value)s is larger than %(max)d MB") % {
            "value": _quoted(value), "max": MAX_IMAGE_BYTES // 2**20})
    data = target.read_bytes()
    # The marketplace's upload rules (content, not name; pixel cap before decoding; no markup).
    try:
        kind = validate_image_upload(File(io.BytesIO(data), name=target.name), max_bytes=MAX_IMAGE_BYTES,
                                     max_pixels=MAX_IMAGE_PIXELS)
    except ValidationError as error:
        if error.code in ("pixels", "bomb"):
            raise _Invalid(_("the image %(value)s has more than %(max)d megapixels") % {
                "value": _quoted(value), "max": MAX_IMAGE_PIXELS // 1_000_000}) from error
        raise _Invalid(_("%(value)s is not a readable JPEG, PNG or WebP image") % {"value": _quoted(value)}) from error
    return ListImage(path=target, sha256=hashlib.sha256(data).hexdigest(), extension=kind.extension)


def _text_required(value: str, context: _Context) -> str:
    return _required(value)


_PARSERS = {
    "upc": _upc,
    "title_th": _text_required,
    "title_en": _optional,
    "description_th": _optional,
    "description_en": _optional,
    "category": _category,
    "stars": _stars,
    "certificate_no": _text_required,
    "certificate_expires": _date,
    "producer_name": _text_required,
    "producer_type": _producer_type,
    "province": _province,
    "district": _optional,
    "subdistrict": _optional,
    "price": _price,
    "stock": _stock,
    "weight_grams": _weight_grams,
    "image": _image,
}
