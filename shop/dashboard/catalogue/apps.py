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
