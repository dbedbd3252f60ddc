from django.utils.translation import gettext_lazy as _
from oscar.apps.customer.abstract_models import AbstractUser


class User(AbstractUser):
    """An e-mail-login user, shared by consumers, producers, CDD editors and admins.

    Chosen before the first migration so later fields (phone, preferred
    language) need no swap of the user model.
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")
