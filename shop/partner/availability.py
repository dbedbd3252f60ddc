from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.availability import StockRequired as OscarStockRequired
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


class StockRequired(OscarStockRequired):
    """Oscar's stock rule (its strategy loads this class by name from the fork), saying why in a sentence: its
    "a maximum of 3 can be bought" stood as a message of its own in the basket, lowercase and without a stop."""

    @property
    def message(self) -> str:
        # Oscar says "Unavailable", which does not tell a shopper (on the product page, in the wishlist) why.
        return _("Sold out") if self.num_available <= 0 else super().message

    @property
    def short_message(self) -> str:
        return _("Sold out") if self.num_available <= 0 else super().short_message

    def is_purchase_permitted(self, quantity: int) -> tuple[bool, str]:
        if self.num_available <= 0:
            return False, _("This product is sold out.")
        if quantity > self.num_available:
            return False, _("Only %(max)d left: you can buy up to %(max)d.") % {"max": self.num_available}
        return True, ""
