import datetime

from django import template
from django.utils.timezone import localdate

from ..statements import statement_date

register = template.Library()


@register.filter
def ledger_date(value) -> str:
    """A date (or a moment, in Thai time) as statements write it: Buddhist era on Thai pages."""
    if isinstance(value, datetime.datetime):
        value = localdate(value)
    return statement_date(value) if value else ""
