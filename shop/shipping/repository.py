"""The shipping methods offered at checkout: the staff-edited weight-based methods, cheapest first."""

from oscar.apps.shipping.repository import Repository as OscarRepository
from oscar.core.loading import get_model

from marketplace.i18n import pick_half

WeightBased = get_model("shipping", "WeightBased")


class Repository(OscarRepository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        methods = list(WeightBased.objects.prefetch_related("bands").all())
        if shipping_addr is not None and getattr(shipping_addr, "country_id", None):
            methods = [
                m for m in methods
                if not m.countries.exists() or m.countries.filter(pk=shipping_addr.country_id).exists()
            ]
        for method in methods:
            # Staff name the services in both languages ("ไปรษณีย์ไทย EMS · Thailand Post EMS"); the buyer
            # reads the half in their language, on every page and in the order's record of the service.
            method.name, method.description = pick_half(method.name), pick_half(method.description)
        return sorted(methods, key=lambda method: (method.calculate(basket).incl_tax, method.name))
