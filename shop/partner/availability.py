from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.availability import Unavailable


class NotCertified(Unavailable):
    """A product without a current 4–5 star certification cannot be bought."""

    code = "not-certified"
    message = _("Not currently certified for sale")

    def __init__(self, product_title: str):
        self.product_title = product_title

    def is_purchase_permitted(self, quantity: int) -> tuple[bool, str]:
        return False, _("“%(title)s” no longer holds a current OTOP star certification and cannot be sold.") % {
            "title": self.product_title
        }
