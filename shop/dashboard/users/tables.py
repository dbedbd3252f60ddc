from django.utils.translation import gettext as _
from oscar.apps.dashboard.users.tables import UserTable as OscarUserTable


class UserTable(OscarUserTable):
    """Oscar's customer table, whose active/staff columns print Python's True/False on Thai pages too."""

    def render_active(self, value: bool) -> str:
        return _("Yes") if value else _("No")

    render_staff = render_active
