from oscar.apps.dashboard.catalogue.views import (
    ProductCreateUpdateView as OscarProductCreateUpdateView,
)
from oscar.apps.dashboard.catalogue.views import (
    ProductListView as OscarProductListView,
)

from marketplace.listings.selectors import products_with_stock_units

from .forms import ProductForm, ProductImageFormSet
from .tables import ProductTable


class ProductCreateUpdateView(OscarProductCreateUpdateView):
    form_class = ProductForm
    image_formset = ProductImageFormSet

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


class ProductListView(OscarProductListView):
    table_class = ProductTable

    def get_queryset(self):
        return products_with_stock_units(super().get_queryset())
