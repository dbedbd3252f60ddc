"""Who may use the certification pages of the Oscar dashboard.

* Staff (``is_staff``) work the verification queue and act on any certification.
* Producers, users in some ``Producer.partner.users`` who also hold Oscar's
  ``partner.dashboard_access`` permission, see and submit their own.

The dashboard menu has its own checks (``marketplace/settings/navigation.py``);
the views always check again with these.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from marketplace.producers.selectors import PRODUCER_PERMISSION, user_is_producer  # noqa: F401  (re-exported)

User = AbstractBaseUser | AnonymousUser


def user_is_certification_staff(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_staff)
