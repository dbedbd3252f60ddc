from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProducerPagesConfig(AppConfig):
    """Producers' storefront pages (Wagtail), linked one-to-one to the producer register."""

    name = "cms.producers"
    label = "producers_pages"
    verbose_name = _("Producer storefronts")
