from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StorefrontConfig(AppConfig):
    name = "marketplace.storefront"
    label = "storefront"
    verbose_name = _("Storefront")

    def ready(self):
        from . import receivers  # noqa: F401  (cached fragments follow catalogue and CMS changes)
