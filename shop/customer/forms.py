from oscar.apps.customer.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.customer.forms import EmailUserCreationForm as OscarEmailUserCreationForm
from oscar.apps.customer.utils import normalise_email


class EmailUserCreationForm(OscarEmailUserCreationForm):
    """Oscar's registration form without "a user with that e-mail address already exists":
    whether an address has an account is said only to that address, by e-mail
    (marketplace/accounts/registration.py)."""

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def validate_unique(self):
        """The unique e-mail is the registration service's business (it never makes a second account)."""
