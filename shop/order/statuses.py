"""The states an order and its shipments move through, and the allowed moves.

Order statuses are stored as these English words (Oscar's convention) and
shown translated (``{% translate order.status %}``); ``gettext_noop`` lets
``makemessages`` find them.
"""

from django.utils.translation import gettext_noop

# --- Order: the payment -------------------------------------------------------
PENDING = gettext_noop("Pending payment")
PAID = gettext_noop("Paid")
PARTLY_REFUNDED = gettext_noop("Partly refunded")
REFUNDED = gettext_noop("Refunded")
FAILED = gettext_noop("Payment failed")

ORDER_STATUS_PIPELINE: dict[str, tuple[str, ...]] = {
    PENDING: (PAID, FAILED),
    PAID: (PARTLY_REFUNDED, REFUNDED),
    PARTLY_REFUNDED: (REFUNDED,),
    REFUNDED: (),
    FAILED: (),
}

#: Orders a producer has to act on (or has acted on): paid for, even if refunded since.
PAID_STATUSES = (PAID, PARTLY_REFUNDED, REFUNDED)

# --- Order lines: where the goods are -----------------------------------------
LINE_AWAITING = gettext_noop("Awaiting shipment")
LINE_SHIPPED = gettext_noop("Shipped")
LINE_DELIVERED = gettext_noop("Delivered")

LINE_STATUS_PIPELINE: dict[str, tuple[str, ...]] = {
    "": (LINE_AWAITING, LINE_SHIPPED),
    LINE_AWAITING: (LINE_SHIPPED,),
    LINE_SHIPPED: (LINE_DELIVERED,),
    LINE_DELIVERED: (),
}

# --- Oscar event types ----------------------------------------------------------
SHIPPING_EVENT_SHIPPED = "Shipped"
SHIPPING_EVENT_DELIVERED = "Delivered"
PAYMENT_EVENT_PAID = "Paid"
PAYMENT_EVENT_REFUNDED = "Refunded"
