"""Oscar's product table, with the units in stock where Oscar counts stock records; its category table with a Thai
header on the actions column."""

from django.utils.translation import gettext_lazy as _
from django_tables2 import TemplateColumn
from oscar.apps.dashboard.catalogue.tables import CategoryTable as OscarCategoryTable
from oscar.apps.dashboard.catalogue.tables import ProductTable as OscarProductTable


class ProductTable(OscarProductTable):
    stock_records = TemplateColumn(
        verbose_name=_("In stock"),
        template_name="oscar/dashboard/catalogue/product_row_stockrecords.html",
        orderable=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # On a phone each product is a card and each cell a labelled line (static/css/dashboard.css).
        self.attrs = {**self.attrs, "class": f"{self.attrs.get('class', 'table')} table-cards"}
        for bound_column in self.columns:
            column = bound_column.column
            column.attrs = {**column.attrs, "td": {**column.attrs.get("td", {}), "data-label": bound_column.header}}


class CategoryTable(OscarCategoryTable):
    # Oscar gives this column no verbose_name, so its header was the attribute's name, "Actions", in English.
    actions = TemplateColumn(
        verbose_name=_("Actions"),
        template_name="oscar/dashboard/catalogue/category_row_actions.html",
        orderable=False,
    )
