"""Oscar's voucher forms (found by its class loader through the forked dashboard app): the start and end typed
in the page's era, 28/03/2570 14:30 on Thai pages (Oscar's picker wrote Christian-era years)."""

from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.vouchers.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.dashboard.vouchers.forms import VoucherForm as OscarVoucherForm
from oscar.apps.dashboard.vouchers.forms import VoucherSetForm as OscarVoucherSetForm

from marketplace.date_fields import EraDateTimeField


class VoucherForm(OscarVoucherForm):
    start_datetime = EraDateTimeField(label=_("Start datetime"))
    end_datetime = EraDateTimeField(label=_("End datetime"))


class VoucherSetForm(OscarVoucherSetForm):
    start_datetime = EraDateTimeField(label=_("Start datetime"))
    end_datetime = EraDateTimeField(label=_("End datetime"))
