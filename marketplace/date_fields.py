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
from django.utils.functional import lazy
from django.utils.translation import gettext as _

from marketplace.i18n import BUDDHIST_ERA_OFFSET, language
from marketplace.typed_dates import (
    DateNotUnderstood,
    date_as_typed,
    date_entry_example,
    date_entry_format,
    date_from_text,
)


def _example() -> dict[str, str]:
    return {"format": date_entry_format(), "example": date_entry_example()}


# Written when the form is shown, so the example is in the era of the page that shows it.
_INVALID = lazy(lambda: _("Write the date as %(format)s, e.g. %(example)s.") % _example(), str)
_REQUIRED = lazy(lambda: _("Give the date, written %(format)s, e.g. %(example)s.") % _example(), str)
_NO_SUCH_DAY = lazy(lambda: _("%(value)s is not a day of the calendar: check the day and the month."), str)


class EraDateInput(forms.TextInput):
    """A text box for a day: the page's era, the format as its placeholder, the number pad on phones."""

    def __init__(self, attrs=None):
        defaults = {"inputmode": "numeric", "autocomplete": "off", "size": "12", "data-era-date": ""}
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        # A day typed another way, or an ISO date from a link, comes back written as this page writes it;
        # what is no date comes back exactly as typed, beside its error.
        if isinstance(value, str) and value.strip():
            try:
                value = date_from_text(value)
            except DateNotUnderstood:
                return value
        if isinstance(value, datetime.date):
            return date_as_typed(value)
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        widget_attrs.setdefault("placeholder", date_entry_format())
        widget_attrs["data-era-offset"] = str(BUDDHIST_ERA_OFFSET if language() == "th" else 0)
        return context


class EraDateField(forms.DateField):
    """A day typed dd/mm/yyyy in the page's era (either era and ISO accepted); a ``datetime.date`` when clean."""

    widget = EraDateInput
    default_error_messages = {"invalid": _INVALID(), "required": _REQUIRED(), "no_such_day": _NO_SUCH_DAY()}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        try:
            return date_from_text(str(value))
        except DateNotUnderstood as problem:
            raise forms.ValidationError(self.error_messages[problem.code], code=problem.code,
                                        params={"value": value}) from None
