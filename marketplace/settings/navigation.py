"""The Oscar dashboard menu: Oscar's own, plus the marketplace's entries."""

from django.utils.translation import gettext_lazy as _
from oscar.defaults import OSCAR_DASHBOARD_NAVIGATION as OSCAR_DEFAULT_NAVIGATION



# Oscar's default access check only knows Oscar's own dashboard apps, so the
# marketplace's entries say for themselves who sees them (the views check again).
def _staff_only(user, url_name=None, url_args=None, url_kwargs=None) -> bool:
    return user.is_staff


def _producers(user, url_name=None, url_args=None, url_kwargs=None) -> bool:
    return user.is_staff or user.has_perm("partner.dashboard_access")


MARKETPLACE_NAVIGATION = [
    {
        "label": _("Certifications"),
        "icon": "fas fa-certificate",
        "access_fn": _producers,
        "children": [
            {"label": _("Verification queue"), "url_name": "certification-dashboard:queue", "access_fn": _staff_only},
            {"label": _("My certifications"), "url_name": "certification-dashboard:mine", "access_fn": _producers},
        ],
    },
    {
        "label": _("Payouts"),
        "icon": "fas fa-hand-holding-usd",
        "access_fn": _producers,
        "children": [
            {"label": _("Producer payouts"), "url_name": "ledger-dashboard:payouts", "access_fn": _staff_only},
            {"label": _("Recorded payouts"), "url_name": "ledger-dashboard:recorded", "access_fn": _staff_only},
            {"label": _("My statement"), "url_name": "ledger-dashboard:statement", "access_fn": _producers},
        ],
    },
]

OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DEFAULT_NAVIGATION, *MARKETPLACE_NAVIGATION]
