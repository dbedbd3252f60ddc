import oscar.apps.dashboard.apps as apps


class DashboardConfig(apps.DashboardConfig):
    """Oscar's dashboard, forked so that its home page (``views.IndexView``) is ours."""

    name = "shop.dashboard"
