"""Staff's shipping charges: a band's charge typed as people write it (฿1,250, 1,250.50).

Oscar's shipping dashboard loads its forms with get_class("dashboard.shipping.forms", ...), which
finds this module through the forked dashboard app (shop.dashboard): no app of its own is needed.
"""

from oscar.apps.dashboard.shipping.forms import WeightBandForm as OscarWeightBandForm
from oscar.apps.dashboard.shipping.forms import WeightBasedForm  # noqa: F401  (Oscar's fork convention)
from oscar.core.loading import get_model

from marketplace.baht_field import BahtAmountField

WeightBand = get_model("shipping", "WeightBand")


class WeightBandForm(OscarWeightBandForm):
    charge = BahtAmountField(label=WeightBand._meta.get_field("charge").verbose_name, allow_zero=True)
