from oscar.apps.order.exceptions import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.order.exceptions import UnableToPlaceOrder


class OutOfStock(UnableToPlaceOrder):
    """An item in the basket sold out between the basket page and the order placement."""

    def __init__(self, message: str, product_id: int | None = None):
        super().__init__(message)
        self.product_id = product_id


class BasketAlreadyOrdered(UnableToPlaceOrder):
    """The basket was placed already (a double submission): the order that exists is the one."""

    def __init__(self, order):
        super().__init__(f"Basket #{order.basket_id} is already order #{order.number}")
        self.order = order
