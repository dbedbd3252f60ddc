import oscar.apps.search.apps as apps
from django.utils.translation import gettext_lazy as _


class SearchConfig(apps.SearchConfig):
    """Replaces Oscar's haystack search with the marketplace's own engine."""

    name = "search"
    verbose_name = _("Product search")

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401  (connects index updates)
