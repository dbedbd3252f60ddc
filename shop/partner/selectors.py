"""Reading stock without the strategy: for the storefront's check that a cached product page is current."""

from shop.partner.models import StockRecord


def product_stock_levels(product_id: int) -> tuple[tuple[int, int | None, int | None], ...]:
    """Each stock record of the product as (pk, units in stock, units allocated): one indexed query.

    Two answers differ exactly when a sale, a cancellation, a shipment or a stock edit has changed
    what the product page's buy box says (how many are left, or that none are).
    """
    return tuple(StockRecord.objects.filter(product_id=product_id).order_by("pk")
                 .values_list("pk", "num_in_stock", "num_allocated"))
