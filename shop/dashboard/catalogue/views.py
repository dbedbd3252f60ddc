from oscar.apps.dashboard.catalogue.views import (
    ProductCreateUpdateView as OscarProductCreateUpdateView,
)

from .forms import ProductForm, ProductImageFormSet


class ProductCreateUpdateView(OscarProductCreateUpdateView):
    form_class = ProductForm
    image_formset = ProductImageFormSet

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}
