"""How each column of the CDD's official OTOP product list is read and checked.

One parser per column (``COLUMN_PARSERS``), each given the cell's text and the row-to-row
context (``ListContext``: look-ups done once, the images already checked); a parser returns the
column's value or raises ``CellInvalid`` with a message for the line's error. The reading of the
file as a whole, and the checks across rows, are in ``official_list``.
"""

import datetime
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext as _

from marketplace.i18n import BUDDHIST_ERA_OFFSET
from marketplace.geography.models import Province
from marketplace.geography.selectors import province_lookup
from marketplace.producers.models import ProducerType
from marketplace.typed_dates import DateNotUnderstood, date_from_text
from marketplace.storefront.categories import OTOP_CATEGORIES
from marketplace.uploads.validators import validate_image_upload


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

_INVISIBLE = {ord("\u200b"): None, ord("\ufeff"): None}  # zero-width space and stray BOMs, common in Thai text
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")
_UPC_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]*")
_DIGITS = r"[0-9\u0e50-\u0e59]"  # Thai documents often use Thai digits (๐–๙); int() reads both
_INTEGER_RE = re.compile(rf"{_DIGITS}+")
_PRICE_RE = re.compile(rf"{_DIGITS}+(?:\.{_DIGITS}{{1,2}})?")
# "OPC2567-0001234": the OPC round's Buddhist-era year inside a certificate number.
_CERTIFICATE_YEAR_RE = re.compile(r"(?<![0-9])(25[4-9][0-9])(?![0-9])")
_SINGLE_LINE = frozenset(COLUMNS) - {"description_th", "description_en"}
_PRODUCER_TYPES = frozenset(ProducerType.values)
QUOTE_LIMIT = 40


@dataclass(frozen=True)
class ListImage:
    path: Path  # resolved, inside the list's folder
    sha256: str  # of the bytes that were checked, so a swapped file is noticed when stored
    extension: str


class CellInvalid(Exception):
    """One column's value is unusable; the message says why."""


@dataclass
class ListContext:
    """What checking one row needs to know about the rows before it, and look-ups done once."""

    folder: Path
    provinces: dict[str, Province | None] = field(default_factory=dict)
    images: dict[str, ListImage | str] = field(default_factory=dict)  # a checked image, or why it was refused
    upc_lines: dict[str, int] = field(default_factory=dict)
    # (name, province code, district) -> line, producer type, subdistrict
    producers: dict[tuple[str, str, str], tuple[int, str, str]] = field(default_factory=dict)


def cell_cleaned(column: str, value: str) -> str:
    if len(value) > MAX_LENGTHS[column]:
        raise CellInvalid(_("too long: %(length)d characters, at most %(max)d") % {
            "length": len(value), "max": MAX_LENGTHS[column]})
    if not value.isascii():  # most fields are codes and numbers: skip the work for them
        value = unicodedata.normalize("NFC", value.translate(_INVISIBLE))
    if column in _SINGLE_LINE:
        value = " ".join(value.split())
    else:
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if _CONTROL_RE.search(value):
        raise CellInvalid(_("contains control characters"))
    return value


def quoted(value: str) -> str:
    return repr(value if len(value) <= QUOTE_LIMIT else value[:QUOTE_LIMIT] + "…")


def text_by_script(value: str) -> tuple[str, str]:
    return (value, "") if THAI_RE.search(value) else ("", value)


# --------------------------------------------------------------------------- columns


def _required(value: str) -> str:
    if not value:
        raise CellInvalid(_("required"))
    return value


def _optional(value: str, context: ListContext) -> str:
    return value


def _upc(value: str, context: ListContext) -> str:
    if not _UPC_RE.fullmatch(_required(value)):
        raise CellInvalid(_("%(value)s is not a product code: use letters, digits, '.', '-' or '_'") % {
            "value": quoted(value)})
    return value


def _category(value: str, context: ListContext) -> str:
    key = _required(value).lower()
    if key not in OTOP_CATEGORIES:
        raise CellInvalid(_("unknown category %(value)s; expected one of %(choices)s") % {
            "value": quoted(value), "choices": ", ".join(OTOP_CATEGORIES)})
    return key


def _producer_type(value: str, context: ListContext) -> str:
    key = _required(value).lower()
    if key not in _PRODUCER_TYPES:
        raise CellInvalid(_("unknown producer type %(value)s; expected one of %(choices)s") % {
            "value": quoted(value), "choices": ", ".join(ProducerType.values)})
    return key


def _integer(value: str, minimum: int, maximum: int) -> int | None:
    if _INTEGER_RE.fullmatch(value) and minimum <= int(value) <= maximum:
        return int(value)
    return None


def _stars(value: str, context: ListContext) -> int:
    stars = _integer(_required(value), 1, 5)
    if stars is None:
        raise CellInvalid(_("%(value)s is not a whole number of stars from 1 to 5") % {"value": quoted(value)})
    return stars


def _stock(value: str, context: ListContext) -> int:
    stock = _integer(_required(value), 0, MAX_STOCK)
    if stock is None:
        raise CellInvalid(_("%(value)s is not a whole number from 0 to %(max)d") % {
            "value": quoted(value), "max": MAX_STOCK})
    return stock


def _weight_grams(value: str, context: ListContext) -> int | None:
    if not value:
        return None
    grams = _integer(value, 1, MAX_WEIGHT_GRAMS)
    if grams is None:
        raise CellInvalid(_("%(value)s is not a whole number of grams from 1 to %(max)d") % {
            "value": quoted(value), "max": MAX_WEIGHT_GRAMS})
    return grams


def _price(value: str, context: ListContext) -> Decimal:
    value = _required(value)
    try:
        price = Decimal(value) if _PRICE_RE.fullmatch(value) else None
    except InvalidOperation:
        price = None
    if price is None or not Decimal(0) < price <= MAX_PRICE:
        raise CellInvalid(_("%(value)s is not a price in baht greater than 0 with at most 2 decimals, "
                         "e.g. 1290.00") % {"value": quoted(value)})
    return price


def _date(value: str, context: ListContext) -> datetime.date:
    """The certificate's expiry as the CDD's records write it (30/09/2571, 30 กันยายน 2571) or C.E. (2028-09-30)."""
    value = _required(value)
    try:
        date = date_from_text(value)
    except DateNotUnderstood as problem:
        if problem.code == "no_such_day":
            raise CellInvalid(_("%(value)s is not a day of the calendar: check the day and the month.")
                              % {"value": quoted(value)}) from None
        raise CellInvalid(_("%(value)s is not a date: write it day/month/year, e.g. 30/09/2571 (Buddhist era) "
                            "or 30/09/2028, or 2028-09-30") % {"value": quoted(value)}) from None
    if date.year > LAST_EXPIRY_YEAR:
        raise CellInvalid(_("%(value)s is too far in the future") % {"value": quoted(value)})
    return date


def selection_year(certificate_no: str, expires: datetime.date) -> int:
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
        raise CellInvalid(_("the certificate cannot expire before %(year)d: OTOP selections began in %(first)d") % {
            "year": FIRST_SELECTION_YEAR + 2, "first": FIRST_SELECTION_YEAR})
    return year


def _province(value: str, context: ListContext) -> Province:
    value = _required(value)
    if value not in context.provinces:
        # Thai lists often write the province as "จ.สุรินทร์" or "จังหวัดสุรินทร์".
        bare = re.sub(r"^(?:จังหวัด|จ\.)\s*|\s+province$", "", value, flags=re.IGNORECASE)
        context.provinces[value] = province_lookup(value) or (province_lookup(bare) if bare != value else None)
    province = context.provinces[value]
    if province is None:
        raise CellInvalid(_("unknown province %(value)s; write its Thai or English name, e.g. สุรินทร์ or Surin") % {
            "value": quoted(value)})
    return province


def _image(value: str, context: ListContext) -> ListImage | None:
    if not value:
        return None
    if value not in context.images:
        try:
            context.images[value] = _image_checked(value, context.folder)
        except CellInvalid as problem:
            context.images[value] = str(problem)
    checked = context.images[value]
    if isinstance(checked, str):
        raise CellInvalid(checked)
    return checked


def _image_checked(value: str, folder: Path) -> ListImage:
    relative = PurePosixPath(value.replace("\\", "/"))
    # A path from the file must not reach anything but the pictures sent with it.
    if relative.is_absolute() or re.match(r"[A-Za-z]:", value) or ".." in relative.parts:
        raise CellInvalid(_("%(value)s must be a path inside the CSV file's folder, e.g. images/product.jpg") % {
            "value": quoted(value)})
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder):  # a symbolic link pointing out of the folder
        raise CellInvalid(_("%(value)s must be a path inside the CSV file's folder, e.g. images/product.jpg") % {
            "value": quoted(value)})
    if not target.is_file():
        raise CellInvalid(_("no image file at %(value)s") % {"value": quoted(value)})
    if target.stat().st_size > MAX_IMAGE_BYTES:
        raise CellInvalid(_("the image %(value)s is larger than %(max)d MB") % {
            "value": quoted(value), "max": MAX_IMAGE_BYTES // 2**20})
    data = target.read_bytes()
    # The marketplace's upload rules (content, not name; pixel cap before decoding; no markup).
    try:
        kind = validate_image_upload(File(io.BytesIO(data), name=target.name), max_bytes=MAX_IMAGE_BYTES,
                                     max_pixels=MAX_IMAGE_PIXELS)
    except ValidationError as error:
        if error.code in ("pixels", "bomb"):
            raise CellInvalid(_("the image %(value)s has more than %(max)d megapixels") % {
                "value": quoted(value), "max": MAX_IMAGE_PIXELS // 1_000_000}) from error
        raise CellInvalid(_("%(value)s is not a readable JPEG, PNG or WebP image") % {"value": quoted(value)}) from error
    return ListImage(path=target, sha256=hashlib.sha256(data).hexdigest(), extension=kind.extension)


def _text_required(value: str, context: ListContext) -> str:
    return _required(value)


COLUMN_PARSERS = {
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
