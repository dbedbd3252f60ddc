from django.urls import path
from oscar.apps.dashboard.catalogue import apps


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    name = "shop.dashboard.catalogue"

    def ready(self):
        super().ready()
        # Oscar's class loader resolves "dashboard.catalogue.*" through the (unforked) dashboard
        # app, so the product form view with checked image uploads and the product list showing
        # units in stock are wired in directly.
        from . import views

        self.product_createupdate_view = views.ProductCreateUpdateView
        self.product_list_view = views.ProductListView

    def configure_permissions(self):
        super().configure_permissions()
        # Whoever may create a product may see the picture they chose for it (their own only: the view checks).
        self.permissions_map["catalogue-kept-picture"] = self.permissions_map["catalogue-product-create"]

    def get_urls(self):
        from . import views

        return super().get_urls() + self.post_process_urls([
            path("products/kept-picture/<str:token>/", views.KeptPictureView.as_view(), name="catalogue-kept-picture"),
        ])
