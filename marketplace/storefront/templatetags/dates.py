"""Dates as each language writes them, for every template (a built-in library, see TEMPLATES in settings).

``{{ value|date }}`` is Django's filter with one change: on Thai pages the year is the
Buddhist-era year ("28 มีนาคม 2570"), so Oscar's own templates (orders, dashboard, e-mails)
and ours need no change. ``{{ year|year }}`` writes a bare year the same way.
"""

from django import template

from marketplace.i18n import display_year, format_date

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    return format_date(value, arg)


@register.filter(name="year")
def year_filter(value) -> str:
    return display_year(value)
