"""The one way a password is checked: by e-mail, with one password hash whether or not the account exists.

Oscar's EmailBackend followed by Django's ModelBackend hashed twice for a
real address with a wrong password (each backend checked it) and once for an
unknown address (only ModelBackend's dummy hash), so the answer's timing told
which accounts exist. This backend replaces both: a real account's password
is checked once, and an unknown address costs the same single hash.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from oscar.apps.customer.utils import normalise_email


class EmailPasswordBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        login = email if email is not None else username
        if login is None or password is None:
            return None
        User = get_user_model()
        matching = list(User.objects.filter(email__iexact=normalise_email(str(login))))
        if not matching:
            User().set_password(password)  # the hash a real account's check would cost
            return None
        # Django does not enforce unique e-mails; like Oscar, refuse when two accounts share one password.
        authenticated = [user for user in matching if user.check_password(password) and self.user_can_authenticate(user)]
        return authenticated[0] if len(authenticated) == 1 else None
