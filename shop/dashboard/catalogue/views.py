from oscar.apps.dashboard.catalogue.views import (
    ProductCreateUpdateView as OscarProductCreateUpdateView,
)
from oscar.apps.dashboard.catalogue.views import (
    ProductListView as OscarProductListView,
)
from oscar.apps.dashboard.catalogue.views import (
    ProductLookupView as OscarProductLookupView,
)

from marketplace.listings.selectors import products_with_stock_units
from marketplace.producers.selectors import producer_managed_q

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


class ProductLookupView(OscarProductLookupView):
    """The product search of the dashboard's pickers: staff find any product, a producer only their own
    (Oscar's lists every producer's, unlisted ones included)."""

    def get_queryset(self):
        products = super().get_queryset()
        if self.request.user.is_staff:
            return products
        return products.filter(producer_managed_q(self.request.user)).distinct()
