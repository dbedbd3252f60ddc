"""Dates as people type and read them in a form: ``28/03/2570`` on Thai pages, ``28/03/2027`` on English ones.

A browser's own ``<input type="date">`` follows the browser's locale, not the page's: an en-US
browser shows 03/28/2027 on a Thai page. Our date fields are therefore text fields that write
and read the day as the page's reader counts it (``marketplace/date_fields.py``), and the
official-list importer reads its dates with the same rules.

What is understood, in either language:

- day/month/year with ``/``, ``.``, ``-`` or spaces between, or the eight digits alone
  (``28032570``: a phone's number pad has no slash);
- the day, a month's name (Thai, full or abbreviated, or English) and the year:
  ``17 กรกฎาคม พ.ศ. 2557``, ``17 ก.ค. 2557``, ``28 March 2027``;
- ISO ``2027-03-28`` (older links and bookmarks, our own hidden fields);
- Thai digits (``๒๘/๐๓/๒๕๗๐``).

A year from 2400 on is a Buddhist-era year (B.E. 2400 is 1857 C.E., so no date anyone types here
is confused), anything before is Christian-era; "พ.ศ." or "ค.ศ." before the year says so outright.
A year must have four digits: "28/03/70" could be 1970, 2070 or B.E. 2570.
"""

import datetime
import re
import unicodedata

from django.utils import timezone
from django.utils.translation import gettext_lazy

from marketplace.i18n import BUDDHIST_ERA_OFFSET, language

BUDDHIST_ERA_YEARS_FROM = 2400  # B.E. 2400 is 1857 C.E.: a year this large can only be Buddhist-era

THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
               "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                     "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june",
                  "july", "august", "september", "october", "november", "december")


def _month_numbers() -> dict[str, int]:
    names = {}
    for number, (full, short, english) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SHORT, ENGLISH_MONTHS), 1):
        names[full] = names[short] = names[short.replace(".", "")] = number
        names[english] = names[english[:3]] = names[english[:3] + "."] = number
    names["sept"] = names["sept."] = 9
    return names


MONTH_NUMBERS = _month_numbers()
_THAI_DIGITS = {ord("๐") + n: str(n) for n in range(10)}
_INVISIBLE = {ord("\u200b"): None, ord("\ufeff"): None, ord("\u00a0"): " "}
_ERA = r"(?:(?P<era>พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|b\.?\s?e\.?|c\.?\s?e\.?|a\.?\s?d\.?)\s*)?"
_NUMERIC_RE = re.compile(r"(?P<day>\d{1,2})\s*[/.\-\s]\s*(?P<month>\d{1,2})\s*[/.\-\s]\s*" + _ERA + r"(?P<year>\d{4})")
_COMPACT_RE = re.compile(r"(?P<day>\d{2})(?P<month>\d{2})(?P<year>\d{4})")
_ISO_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_NAMED_RE = re.compile(r"(?:วันที่\s*)?(?P<day>\d{1,2})\s*(?P<name>[^\d\s]+?)\s*" + _ERA + r"(?P<year>\d{4})")
_BUDDHIST_MARKS = ("พ", "b")


class DateNotUnderstood(ValueError):
    """A text that is no date; ``code`` is ``"invalid"`` (not written as a date) or ``"no_such_day"`` (31/02)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def date_from_text(text: str) -> datetime.date:
    """The day a person typed, in either era (see the module's docstring); raises :class:`DateNotUnderstood`."""
    cleaned = unicodedata.normalize("NFC", str(text)).translate(_INVISIBLE).translate(_THAI_DIGITS)
    cleaned = " ".join(cleaned.split()).lower()
    for pattern in (_NUMERIC_RE, _COMPACT_RE, _ISO_RE, _NAMED_RE):
        match = pattern.fullmatch(cleaned)
        if match:
            break
    else:
        raise DateNotUnderstood("invalid")
    parts = match.groupdict()
    if "name" in parts:
        month = MONTH_NUMBERS.get(parts["name"])
        if month is None:
            raise DateNotUnderstood("invalid")
    else:
        month = int(parts["month"])
    year = int(parts["year"])
    era = (parts.get("era") or "")[:1]
    if year >= BUDDHIST_ERA_YEARS_FROM or era in _BUDDHIST_MARKS:
        year -= BUDDHIST_ERA_OFFSET
    try:
        return datetime.date(year, month, int(parts["day"]))
    except ValueError:
        raise DateNotUnderstood("no_such_day") from None


def date_as_typed(value: datetime.date) -> str:
    """A day written as the page's reader types it: ``28/03/2570`` on Thai pages, ``28/03/2027`` on English ones."""
    year = value.year + (BUDDHIST_ERA_OFFSET if language() == "th" else 0)
    return f"{value.day:02d}/{value.month:02d}/{year}"


_TIME_RE = re.compile(r"(?P<date>.*?)[\s,t]+(?:เวลา\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.]\d{2})?\s*(?:น\.?)?")
_COMPACT_TIME_RE = re.compile(r"(?P<date>\d{8})\s*(?P<hour>\d{2})(?P<minute>\d{2})")


def datetime_from_text(text: str) -> datetime.datetime:
    """A day and a time of day typed as ``28/03/2570 14:30`` (also ``14.30 น.``, ISO ``2027-03-28T14:30``, twelve
    digits alone); a day without a time is its first minute. Naive: the caller puts it in the shop's time zone."""
    cleaned = " ".join(str(text).translate(_THAI_DIGITS).split()).lower()
    match = _TIME_RE.fullmatch(cleaned) or _COMPACT_TIME_RE.fullmatch(cleaned)
    day = date_from_text(match.group("date") if match else cleaned)
    if not match:
        return datetime.datetime.combine(day, datetime.time.min)
    try:
        return datetime.datetime.combine(day, datetime.time(int(match.group("hour")), int(match.group("minute"))))
    except ValueError:
        raise DateNotUnderstood("invalid") from None


def datetime_as_typed(value: datetime.datetime) -> str:
    """``28/03/2570 14:30`` on Thai pages, ``28/03/2027 14:30`` on English ones (the caller gives local time)."""
    return f"{date_as_typed(value.date())} {value:%H:%M}"


def date_shown_in_field(value) -> str | None:
    """What a date field shows: a day (or a text that reads as one, such as ISO from a link) as the page writes
    it; any other text exactly as typed, beside its error; ``None`` for nothing."""
    return _shown_in_field(value, date_from_text, _day_written)


def datetime_shown_in_field(value) -> str | None:
    """``date_shown_in_field`` for a day and time: an aware moment in the shop's time zone, as the page writes it."""
    return _shown_in_field(value, datetime_from_text, _moment_written)


def _shown_in_field(value, read, write) -> str | None:
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            value = read(value)
        except DateNotUnderstood:
            return value
    return write(value)


def _day_written(value) -> str | None:
    if isinstance(value, datetime.datetime):
        value = value.date()
    return date_as_typed(value) if isinstance(value, datetime.date) else None


def _moment_written(value) -> str | None:
    if not isinstance(value, datetime.datetime):
        return None
    return datetime_as_typed(timezone.localtime(value) if timezone.is_aware(value) else value)


def date_entry_format() -> str:
    """How a date is typed here, for placeholders and messages: "วว/ดด/ปปปป (พ.ศ.)" or "dd/mm/yyyy"."""
    return str(_DATE_ENTRY_FORMAT)


def datetime_entry_format() -> str:
    """"วว/ดด/ปปปป พ.ศ. ชช:นน" or "dd/mm/yyyy hh:mm"."""
    return str(_DATETIME_ENTRY_FORMAT)


def date_entry_example() -> str:
    """An example date in the page's era: 28/03/2570 on Thai pages, 28/03/2027 on English ones."""
    return date_as_typed(datetime.date(2027, 3, 28))


# The Thai reads "dd/mm/yyyy (B.E.)" in Thai letters: the Thai page wants Buddhist-era years.
_DATE_ENTRY_FORMAT = gettext_lazy("dd/mm/yyyy")
_DATETIME_ENTRY_FORMAT = gettext_lazy("dd/mm/yyyy hh:mm")
