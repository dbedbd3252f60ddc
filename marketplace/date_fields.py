"""The form field every date of ours is typed into: dd/mm/yyyy in the page's era, on any browser.

``<input type="date">`` shows the browser's locale (an en-US browser: 03/28/2027 on a Thai page),
and Oscar's dashboard picker writes Christian-era years; :class:`EraDateField` is a text field that
shows ``28/03/2570`` on Thai pages and ``28/03/2027`` on English ones, reads what
``marketplace.typed_dates`` understands (either era, ISO from old links), and says in the reader's
language what is wrong with "31/02/2570" or "abc". What was typed stays in the field when the
form comes back with an error, and a GET filter's value in the URL reads back as the same day
on either language's page (a year from 2400 on is Buddhist-era whichever page reads it).

The number pad is asked for (``inputmode="numeric"``); it has no slash on every phone, so eight
digits alone (``28032570``) are a date too.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext as _

from marketplace.typed_dates import (
    DateNotUnderstood,
    date_entry_example,
    date_entry_format,
    date_from_text,
    date_shown_in_field,
    datetime_entry_format,
    datetime_from_text,
    datetime_shown_in_field,
)


def _example() -> dict[str, str]:
    return {"format": date_entry_format(), "example": date_entry_example()}


# Written when the form is shown, so the example is in the era of the page that shows it.
_INVALID = lazy(lambda: _("Write the date as %(format)s, e.g. %(example)s.") % _example(), str)
_REQUIRED = lazy(lambda: _("Give the date, written %(format)s, e.g. %(example)s.") % _example(), str)
_INVALID_MOMENT = lazy(lambda: _("Write the date and time as %(format)s, e.g. %(example)s 14:30.") % {
    "format": datetime_entry_format(), "example": date_entry_example()}, str)
_NO_SUCH_DAY = lazy(lambda: _("%(value)s is not a day of the calendar: check the day and the month."), str)


class EraDateInput(forms.TextInput):
    """A text box for a day: the page's era, the format as its placeholder, the number pad on phones."""

    def __init__(self, attrs=None):
        defaults = {"inputmode": "numeric", "autocomplete": "off", "size": "12", "data-era-date": ""}
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        return date_shown_in_field(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].setdefault("placeholder", date_entry_format())
        return context


class _ReadInEra:
    """``to_python`` of both fields: blank is ``None``; a text is read by ``read`` (what it cannot read is an error
    naming it in the reader's language); a value already of the field's kind is kept by ``keep``."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return self.keep(value)
        try:
            return self.keep(self.read(str(value)))
        except DateNotUnderstood as problem:
            raise forms.ValidationError(self.error_messages[problem.code], code=problem.code,
                                        params={"value": value}) from None


class EraDateField(_ReadInEra, forms.DateField):
    """A day typed dd/mm/yyyy in the page's era (either era and ISO accepted); a ``datetime.date`` when clean."""

    widget = EraDateInput
    default_error_messages = {"invalid": _INVALID(), "required": _REQUIRED(), "no_such_day": _NO_SUCH_DAY()}
    read = staticmethod(date_from_text)

    @staticmethod
    def keep(value: datetime.date) -> datetime.date:
        return value.date() if isinstance(value, datetime.datetime) else value


class EraDateTimeInput(EraDateInput):
    """A day and a time of day, ``28/03/2570 14:30`` on Thai pages (Oscar's offers and vouchers start and end)."""

    def format_value(self, value):
        return datetime_shown_in_field(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["placeholder"] = datetime_entry_format()
        context["widget"]["attrs"]["size"] = "18"
        return context


class EraDateTimeField(_ReadInEra, forms.DateTimeField):
    """A moment typed ``dd/mm/yyyy hh:mm`` in the page's era (a day alone is its first minute); aware when clean."""

    widget = EraDateTimeInput
    default_error_messages = {"invalid": _INVALID_MOMENT(), "no_such_day": _NO_SUCH_DAY()}
    read = staticmethod(datetime_from_text)

    @staticmethod
    def keep(value: datetime.date) -> datetime.datetime:
        if not isinstance(value, datetime.datetime):
            value = datetime.datetime.combine(value, datetime.time.min)
        return value if timezone.is_aware(value) else timezone.make_aware(value)
