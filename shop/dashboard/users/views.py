from oscar.apps.dashboard.users.views import IndexView as OscarIndexView

from .tables import UserTable


class IndexView(OscarIndexView):
    table_class = UserTable
