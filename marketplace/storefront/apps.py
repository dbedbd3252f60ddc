from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StorefrontConfig(AppConfig):
    name = "marketplace.storefront"
    label = "storefront"
    verbose_name = _("Storefront")

    def ready(self):
        from django.db.models.signals import post_migrate
        from django.template import base as template_base

        from marketplace.i18n import localize

        from . import receivers  # noqa: F401  (cached fragments follow catalogue and CMS changes)
        from .site_address import site_address_sync

        # Every template writes a bare date as the page's language counts years ("5 ธันวาคม 2569" on Thai
        # pages): the engine has no setting for it, so its one writer of values is pointed at ours.
        template_base.localize = localize
        post_migrate.connect(site_address_sync, sender=self, dispatch_uid="storefront-site-address")
