"""Oscar's staff reports (orders, baskets, offers, vouchers) written with the marketplace's CSV safety and dates.

Found by Oscar's class loader through the forked dashboard app: every report's
CSV formatter subclasses this ``ReportCSVFormatter``. Buyers' names and
e-mails and producers' product titles reach these files, so each cell goes
through ``csv_safe_cell`` (``marketplace/ledger/csv_export.py``). Every report
generator subclasses this ``ReportGenerator``, whose description ("… between
5 ธันวาคม 2569 and …") writes its dates as the page's language counts years.
"""

from django.utils.translation import gettext as _
from oscar.apps.dashboard.reports.reports import ReportCSVFormatter as OscarReportCSVFormatter
from oscar.apps.dashboard.reports.reports import ReportGenerator as OscarReportGenerator
from oscar.core.compat import UnicodeCSVWriter

from marketplace.i18n import format_date
from marketplace.ledger.csv_export import csv_safe_cell


class SafeCSVWriter(UnicodeCSVWriter):
    def writerow(self, row):
        super().writerow([csv_safe_cell(cell) for cell in row])


class ReportCSVFormatter(OscarReportCSVFormatter):
    def get_csv_writer(self, file_handle, **kwargs):
        return SafeCSVWriter(open_file=file_handle, **kwargs)


class ReportGenerator(OscarReportGenerator):
    def report_description(self):
        # Oscar's, with its dates through our format (Oscar calls Django's own date filter: C.E. on Thai pages).
        return _("%(report_filter)s between %(start_date)s and %(end_date)s") % {
            "report_filter": self.description,
            "start_date": format_date(self.start_date),
            "end_date": format_date(self.end_date),
        }
