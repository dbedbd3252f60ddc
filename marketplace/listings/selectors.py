"""What the dashboard's product list shows about each product."""

from django.db.models import IntegerField, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from shop.catalogue.models import Product
from shop.partner.models import StockRecord


def _stock_sum(field: str) -> Coalesce:
    # A subquery, not a join: the list's search joins stock records too, which would multiply a plain Sum.
    per_product = (
        StockRecord.objects.filter(product=OuterRef("pk")).order_by().values("product")
        .annotate(total=Sum(field)).values("total")
    )
    return Coalesce(Subquery(per_product, output_field=IntegerField()), Value(0))


def products_with_stock_units(queryset: QuerySet[Product]) -> QuerySet[Product]:
    """Annotates ``units_in_stock`` (units on the shelf) and ``units_allocated`` (held by unshipped orders)."""
    return queryset.annotate(units_in_stock=_stock_sum("num_in_stock"), units_allocated=_stock_sum("num_allocated"))
