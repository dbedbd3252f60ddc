"""Oscar's report form (found by its class loader through the forked dashboard app), its dates typed in the page's era.

Oscar's date picker wrote Christian-era years on Thai pages.
"""

from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.reports.forms import ReportForm as OscarReportForm

from marketplace.date_fields import EraDateField


class ReportForm(OscarReportForm):
    date_from = EraDateField(label=_("Date from"), required=False)
    date_to = EraDateField(label=_("Date to"), help_text=_("The report is inclusive of this date"), required=False)
