"""Stock alerts exist only for products that may be sold: for any other product they are 404, like its page."""

from django.shortcuts import get_object_or_404
from oscar.apps.customer.alerts import views as oscar_views

from marketplace.certification.selectors import products_eligible

ProductAlertListView = oscar_views.ProductAlertListView
ProductAlertConfirmView = oscar_views.ProductAlertConfirmView
ProductAlertCancelView = oscar_views.ProductAlertCancelView


class ProductAlertCreateView(oscar_views.ProductAlertCreateView):
    def get(self, request, *args, **kwargs):
        get_object_or_404(products_eligible(), pk=self.kwargs["pk"])
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        get_object_or_404(products_eligible(), pk=self.kwargs["pk"])
        return super().post(request, *args, **kwargs)
