from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsCoreConfig(AppConfig):
    """What the page apps share: bilingual page base, template tags, choosers, sitemaps, SEO."""

    name = "cms.core"
    label = "cms_core"
    verbose_name = _("Pages: shared")

    def ready(self):
        from .slugs import page_slug_field_accept_thai

        page_slug_field_accept_thai()
