"""Oscar's offer forms (found by its class loader through the forked dashboard app): the offer's start and end
typed in the page's era, 28/03/2570 14:30 on Thai pages (Oscar's picker wrote Christian-era years)."""

from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.offers.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.dashboard.offers.forms import RestrictionsForm as OscarRestrictionsForm

from marketplace.date_fields import EraDateTimeField


class RestrictionsForm(OscarRestrictionsForm):
    start_datetime = EraDateTimeField(label=_("Start date"), required=False)
    end_datetime = EraDateTimeField(label=_("End date"), required=False)
