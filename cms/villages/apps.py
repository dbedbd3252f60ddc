from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VillagesConfig(AppConfig):
    name = "cms.villages"
    label = "villages"
    verbose_name = _("Tourism villages")
