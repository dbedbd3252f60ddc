"""Oscar's ``currency`` filter, writing baht as the rest of the site does (marketplace/baht.py).

Installed in place of Oscar's ``currency_filters`` library (TEMPLATES "libraries" in settings),
so Oscar's own templates (basket totals, checkout, orders, e-mails, dashboard) need no change.
"""

from django import template
from django.conf import settings
from oscar.templatetags.currency_filters import currency as oscar_currency

from marketplace.baht import format_baht

register = template.Library()


@register.filter(name="currency")
def currency(value, currency_format=None):
    if (currency_format or settings.OSCAR_DEFAULT_CURRENCY) == "THB":
        return format_baht(value)
    return oscar_currency(value, currency_format)
