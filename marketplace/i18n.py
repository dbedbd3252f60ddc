"""The site's two languages in one place: which one is active, Thai or English text, Buddhist-era dates.

Thai is the default language (pages at ``/``), English the second (``/en/``). Models and views
that hold a Thai text and its English twin ask :func:`pick`; Thai dates read in the Buddhist
era (พ.ศ. = C.E. + 543: "28 มีนาคม 2570"), English ones in the Christian era; anything cached
that holds text or links is keyed by the language (``marketplace/storefront/cache_keys.py``), so
one language never serves the other's copy.
"""

import datetime

from django.conf import settings
from django.utils import dateformat, formats, translation

BUDDHIST_ERA_OFFSET = 543


def language() -> str:
    """``"th"`` or ``"en"``: the active language without its region, the default outside a request."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return "en" if code.startswith("en") else "th"


def in_english() -> bool:
    return language() == "en"


def pick(th, en):
    """The English value on English pages when there is one, else the Thai."""
    return en if in_english() and en else th


BILINGUAL_SEPARATOR = " · "


def pick_half(text: str) -> str:
    """The Thai or the English half of a "ไทย · English" text (names staff write in both languages in one
    field, such as the delivery services); a text without the separator is returned whole."""
    th, separator, en = (text or "").partition(BILINGUAL_SEPARATOR)
    if not separator:
        return text or ""
    return pick(th.strip(), en.strip())


def buddhist_year(year: int) -> int:
    return int(year) + BUDDHIST_ERA_OFFSET


def display_year(year) -> str:
    """A year as the active language counts it: 2570 on Thai pages, 2027 on English ones."""
    try:
        year = int(year)
    except (TypeError, ValueError):
        return ""
    return str(buddhist_year(year) if language() == "th" else year)


def _buddhist_format(format_string: str, year: int) -> str:
    """``format_string`` with its year characters (Y, y, o) replaced by the escaped Buddhist-era year."""
    be = str(buddhist_year(year))
    out, escaped = [], False
    for char in format_string:
        if escaped:
            out.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "Yo":
            out.append("".join("\\" + digit for digit in be))
        elif char == "y":
            out.append("".join("\\" + digit for digit in be[-2:]))
        else:
            out.append(char)
    return "".join(out)


def format_date(value, format_string: str | None = None) -> str:
    """Django's ``date`` filter, in the Buddhist era on Thai pages ("28 มีนาคม 2570").

    ``format_string`` is a Django date format or the name of one (``"DATE_FORMAT"``,
    ``"SHORT_DATETIME_FORMAT"``…); the default is the language's ``DATE_FORMAT``. Machine-readable
    formats (``"c"``, ``"U"``, ``"r"``) and ISO dates written ``Y-m-d`` stay in the Christian era.
    """
    if value in (None, ""):
        return ""
    if not isinstance(value, datetime.date):
        return ""
    resolved = formats.get_format(format_string or "DATE_FORMAT")
    if language() == "th" and not _machine_readable(resolved):
        resolved = _buddhist_format(resolved, value.year)
    try:
        return formats.date_format(value, resolved)
    except AttributeError:
        try:
            return dateformat.format(value, resolved)
        except AttributeError:
            return ""


def _machine_readable(format_string: str) -> bool:
    return format_string in ("c", "U", "r", "Y-m-d", "Y-m-d H:i", "Y-m-d\\TH:i", "Y-m-d H:i:s")



def localize(value, use_l10n=None):
    """Django's ``localize`` (how a template writes a bare ``{{ value }}``), dates in the Buddhist era on Thai pages.

    Oscar's and Wagtail's templates print many dates bare (``{{ order.date_placed }}``, ``{{ alert.date_created }}``),
    which skips the ``date`` filter; ``marketplace.storefront`` makes the template engine write values with this.
    """
    if isinstance(value, datetime.date) and use_l10n is not False and language() == "th":
        return format_date(value, "DATETIME_FORMAT" if isinstance(value, datetime.datetime) else "DATE_FORMAT")
    return formats.localize(value, use_l10n=use_l10n)
