"""Placing orders: unique order numbers, stock allocated atomically, one shipment per producer."""

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from oscar.apps.order.utils import OrderCreator as OscarOrderCreator
from oscar.apps.order.utils import OrderDispatcher  # noqa: F401  (re-exported for get_class)
from oscar.core.loading import get_classes, get_model

OutOfStock, BasketAlreadyOrdered = get_classes("order.exceptions", ["OutOfStock", "BasketAlreadyOrdered"])
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
OrderNumber = get_model("order", "OrderNumber")
Shipment = get_model("order", "Shipment")
StockRecord = get_model("partner", "StockRecord")

ORDER_NUMBER_OFFSET = 100000


class OrderNumberGenerator:
    """Order numbers from a database sequence: two checkouts can never get the same one."""

    def order_number(self, basket=None) -> str:
        row = OrderNumber.objects.create(basket_id=getattr(basket, "id", None))
        return str(ORDER_NUMBER_OFFSET + row.pk)


def stockrecord_allocate(stockrecord_id: int, quantity: int) -> bool:
    """Allocates ``quantity`` units if that many are free; one conditional UPDATE, so it can't oversell.

    Concurrent buyers of the last units queue on the row lock the UPDATE takes
    and each re-checks the condition once it gets the row.
    """
    free = F("num_in_stock") - Coalesce(F("num_allocated"), Value(0))
    updated = StockRecord.objects.filter(pk=stockrecord_id).alias(free=free).filter(free__gte=quantity).update(
        num_allocated=Coalesce(F("num_allocated"), Value(0)) + quantity
    )
    return updated == 1


class OrderCreator(OscarOrderCreator):
    """Oscar's order creator, with an allocation that refuses to oversell and a shipment per producer.

    Oscar already writes the order, its lines and the allocations in one
    transaction, taking the stock rows in stock-record order (no deadlocks);
    here a line whose stock ran out since the basket was checked aborts the
    whole placement with a message naming the product.
    """

    def update_stock_records(self, line):
        if not line.product.get_product_class().track_stock:
            return
        stockrecord = line.stockrecord
        stockrecord.pre_save_signal()
        if not stockrecord_allocate(stockrecord.pk, line.quantity):
            raise OutOfStock(
                _("Sorry, “%(title)s” sold out while you were checking out. "
                  "Please remove it from your basket (or lower the quantity) and try again.")
                % {"title": getattr(line.product, "display_title", None) or line.product.get_title()},
                product_id=line.product_id,
            )
        # As Oscar's own allocate(): listeners (the search index) hear of the change.
        stockrecord.refresh_from_db(fields=["num_allocated"])
        stockrecord.post_save_signal()

    def create_additional_line_models(self, order, order_line, basket_line):
        # One shipment per producer, written with the producer's first line.
        if order_line.partner_id not in self._shipments:
            parcel = self._parcels.get(order_line.partner_id)
            self._shipments[order_line.partner_id] = shipment_create(
                order, order_line.partner, self._shipping_method, parcel
            )

    def place_order(self, basket, total, shipping_method, shipping_charge, **kwargs):
        self._shipping_method = shipping_method
        parcels_of = getattr(shipping_method, "parcels", None)
        self._parcels = {p.partner_id: p for p in parcels_of(basket)} if parcels_of else {}
        self._shipments = {}
        with transaction.atomic():
            # One order per basket: a second submission of the same basket (a double click, two tabs)
            # waits here for the first and then finds its order.
            Basket.objects.select_for_update().filter(pk=basket.pk).first()
            existing = Order.objects.filter(basket_id=basket.pk).first()
            if existing is not None:
                raise BasketAlreadyOrdered(existing)
            return super().place_order(basket, total, shipping_method, shipping_charge, **kwargs)


def shipment_create(order, partner, shipping_method, parcel=None):
    """The shipment of ``partner``'s lines, priced by the chosen method for that producer's parcel."""
    return Shipment.objects.create(
        order=order,
        partner=partner,
        partner_name=partner.name,
        method_code=shipping_method.code,
        method_name=str(shipping_method.name),
        weight_grams=parcel.weight_grams if parcel else 0,
        charge=parcel.charge if parcel else 0,
    )
