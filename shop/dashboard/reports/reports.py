"""Oscar's staff reports (orders, baskets, offers, vouchers) written with the marketplace's CSV safety.

Found by Oscar's class loader through the forked dashboard app: every report's
CSV formatter subclasses this ``ReportCSVFormatter``. Buyers' names and
e-mails and producers' product titles reach these files, so each cell goes
through ``csv_safe_cell`` (``marketplace/ledger/csv_export.py``).
"""

from oscar.apps.dashboard.reports.reports import ReportCSVFormatter as OscarReportCSVFormatter
from oscar.core.compat import UnicodeCSVWriter

from marketplace.ledger.csv_export import csv_safe_cell


class SafeCSVWriter(UnicodeCSVWriter):
    def writerow(self, row):
        super().writerow([csv_safe_cell(cell) for cell in row])


class ReportCSVFormatter(OscarReportCSVFormatter):
    def get_csv_writer(self, file_handle, **kwargs):
        return SafeCSVWriter(open_file=file_handle, **kwargs)
