"""The Wagtail editor's date chooser, in the editor's era: 28/03/2570 for a Thai editor, 28/03/2027 in English.

Wagtail's ``AdminDateInput`` writes ``WAGTAIL_DATE_FORMAT`` (one format for every language, read with
``strftime``: Christian-era years only) and its calendar, jQuery's xdsoft datetimepicker, shows C.E. years.
The picker has an option made for the Buddhist era, ``yearOffset``: it shows and writes the year plus the
offset and subtracts it when it reads the field. These widgets set it for Thai editors, writes the value
as ``marketplace.typed_dates`` does (dd/mm/yyyy in the editor's era) and leaves the reading to
``marketplace.date_fields.EraDateField``, which ``page_forms`` puts in place of every page date field.
"""

from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from marketplace.i18n import BUDDHIST_ERA_OFFSET, language
from marketplace.typed_dates import (
    date_entry_format,
    date_shown_in_field,
    datetime_entry_format,
    datetime_shown_in_field,
)


class _EraCalendar:
    """What both widgets add to Wagtail's: the format, the calendar's year offset, the value and placeholder."""

    python_format = ""

    def __init__(self, attrs=None):
        super().__init__(attrs={"inputmode": "numeric", **(attrs or {})}, format=self.python_format)

    def get_config(self):
        # Asked when the page is drawn, in the editor's language.
        return {**super().get_config(), "yearOffset": BUDDHIST_ERA_OFFSET if language() == "th" else 0}

    def format_value(self, value):
        return self.shown(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].setdefault("placeholder", self.placeholder())
        return context


class EraAdminDateInput(_EraCalendar, AdminDateInput):
    python_format = "%d/%m/%Y"
    shown = staticmethod(date_shown_in_field)
    placeholder = staticmethod(date_entry_format)


class EraAdminDateTimeInput(_EraCalendar, AdminDateTimeInput):
    """The scheduled publishing's "go live" and "expire" (28/03/2570 14:30)."""

    python_format = "%d/%m/%Y %H:%M"
    shown = staticmethod(datetime_shown_in_field)
    placeholder = staticmethod(datetime_entry_format)
