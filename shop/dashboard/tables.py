"""Oscar's base for the dashboard's tables, taking from the address only a page size it can show.

django-tables2 reads ``per_page`` from the query string as any integer: 0 falls back to the
table's own size, but a negative one made the paginator count negative pages, and its "last
page" fallback then failed too (a server error for ``?per_page=-1``, found by the URL walk). A huge
one asks the database for every row at once. Every dashboard table (products, categories,
customers, options...) comes from here: Oscar loads this class with ``get_class``.
"""

from oscar.apps.dashboard.tables import DashboardTable as OscarDashboardTable

# Larger than any page the dashboard offers; a page of a million rows is no page.
MAX_PER_PAGE = 100


class DashboardTable(OscarDashboardTable):
    def paginate(self, *args, per_page=None, **kwargs):
        if per_page is not None and per_page < 1:
            per_page = None  # the table's own
        elif per_page is not None:
            per_page = min(per_page, MAX_PER_PAGE)
        return super().paginate(*args, per_page=per_page, **kwargs)

    class Meta(OscarDashboardTable.Meta):
        pass
