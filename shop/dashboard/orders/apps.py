import oscar.apps.dashboard.orders.apps as apps
from oscar.core.loading import get_class


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    name = "shop.dashboard.orders"

    def ready(self):
        super().ready()
        # Oscar's class loader resolves "dashboard.orders.*" through the (unforked) dashboard app,
        # so this fork's views are wired in directly.
        from . import views

        self.order_list_view = views.OrderListView
        self.order_detail_view = views.OrderDetailView
        self.shipping_address_view = views.ShippingAddressUpdateView
        self.line_detail_view = views.LineDetailView
        self.order_stats_view = views.OrderStatsView

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        # Whole-order figures, notes and the delivery address of every producer's parcel: staff only.
        staff_only = (DashboardPermission.staff,)
        for name in ("order-stats", "order-shipping-address", "order-detail-note"):
            self.permissions_map[name] = staff_only
