from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RolesConfig(AppConfig):
    name = "cms.roles"
    label = "cms_roles"
    verbose_name = _("Roles and moderation workflows")
