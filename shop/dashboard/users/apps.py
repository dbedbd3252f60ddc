import oscar.apps.dashboard.users.apps as apps


class UsersDashboardConfig(apps.UsersDashboardConfig):
    name = "shop.dashboard.users"

    def ready(self):
        super().ready()
        # Oscar's class loader resolves "dashboard.users.*" through the (unforked) dashboard app,
        # so this fork's view is wired in directly.
        from . import views

        self.index_view = views.IndexView
