from oscar.apps.dashboard.catalogue.views import (
    ProductCreateUpdateView as OscarProductCreateUpdateView,
)
from oscar.apps.dashboard.catalogue.views import (
    ProductListView as OscarProductListView,
)
from oscar.apps.dashboard.catalogue.views import (
    ProductLookupView as OscarProductLookupView,
)

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from django.views import View

from marketplace.listings.selectors import products_with_stock_units
from marketplace.producers.selectors import producer_managed_q
from marketplace.uploads.pending import pending_upload_of

from .forms import KEPT_PICTURE_PURPOSE, ProductForm, ProductImageFormSet, StockRecordFormSet
from .tables import ProductTable


class ProductCreateUpdateView(OscarProductCreateUpdateView):
    form_class = ProductForm
    image_formset = ProductImageFormSet
    stockrecord_formset = StockRecordFormSet

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def forms_invalid(self, form, formsets):
        # A browser cannot put a file back into a file input: a picture that passed the upload rules is
        # kept for the next try (marketplace/uploads/pending.py), so the producer need not choose it again.
        for image_form in formsets["image_formset"]:
            image_form.keep_chosen_picture()
        return super().forms_invalid(form, formsets)

    def get_page_title(self):
        # Oscar names the type by its stored English name ("Create new OTOP product product", in
        # English on the Thai page too); ProductClass.__str__ gives it in the reader's language.
        if self.creating and self.parent is None:
            return _("New %(product_class)s") % {"product_class": self.product_class}
        return super().get_page_title()


class KeptPictureView(View):
    """The picture kept for the product form's next try, shown to the user who chose it and no one else."""

    def get(self, request, token: str):
        pending = pending_upload_of(request.user, KEPT_PICTURE_PURPOSE, token)
        if pending is None:
            raise Http404()
        response = HttpResponse(bytes(pending.content), content_type=pending.content_type)
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


class ProductListView(OscarProductListView):
    table_class = ProductTable

    def get_queryset(self):
        return products_with_stock_units(super().get_queryset())


class ProductLookupView(OscarProductLookupView):
    """The product search of the dashboard's pickers: staff find any product, a producer only their own
    (Oscar's lists every producer's, unlisted ones included)."""

    def get_args(self):
        # Oscar int()s ?page and ?page_limit as they come: "1e309" or "x" was a server error.
        GET = self.request.GET
        return (GET.get("initial"), GET.get("q"), _whole_number(GET.get("page"), 1, 1, 10_000),
                _whole_number(GET.get("page_limit"), 20, 1, 100))

    def get_queryset(self):
        products = super().get_queryset()
        if self.request.user.is_staff:
            return products
        return products.filter(producer_managed_q(self.request.user)).distinct()


def _whole_number(value, default: int, lowest: int, highest: int) -> int:
    """A paging number from the query string, kept within bounds; junk gives the default."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, lowest), highest)
