from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tables2 import Column
from oscar.apps.dashboard.users.tables import UserTable as OscarUserTable


class UserTable(OscarUserTable):
    """Oscar's customer table, whose active/staff columns print Python's True/False on Thai pages too,
    and whose name column is headed by its attribute name, "Name", which nothing translates."""

    name = Column(accessor="get_full_name", order_by=("last_name", "first_name"), verbose_name=gettext_lazy("Name"))

    def render_active(self, value: bool) -> str:
        return _("Yes") if value else _("No")

    render_staff = render_active

    class Meta(OscarUserTable.Meta):
        # django-tables2 does not inherit a table's Meta by itself: without this the list lost Oscar's
        # template and table classes (cells with no spacing, no bulk actions), drawn as a bare <table>.
        pass
