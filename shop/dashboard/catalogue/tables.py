"""Oscar's product table, with the units in stock where Oscar counts stock records."""

from django.utils.translation import gettext_lazy as _
from django_tables2 import TemplateColumn
from oscar.apps.dashboard.catalogue.tables import ProductTable as OscarProductTable


class ProductTable(OscarProductTable):
    stock_records = TemplateColumn(
        verbose_name=_("In stock"),
        template_name="oscar/dashboard/catalogue/product_row_stockrecords.html",
        orderable=False,
    )
