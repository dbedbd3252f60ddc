from django.utils.translation import pgettext_lazy
from oscar.apps.customer.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.customer.forms import EmailUserCreationForm as OscarEmailUserCreationForm
from oscar.apps.customer.utils import normalise_email

from marketplace.date_fields import EraDateField
from marketplace.i18n import format_date


class EmailUserCreationForm(OscarEmailUserCreationForm):
    """Oscar's registration form without "a user with that e-mail address already exists":
    whether an address has an account is said only to that address, by e-mail
    (marketplace/accounts/registration.py)."""

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def validate_unique(self):
        """The unique e-mail is the registration service's business (it never makes a second account)."""


class OrderSearchForm(OrderSearchForm):  # noqa: F405  (Oscar's, from the star import above)
    """The buyer's order history filter: dates typed in the page's era (B.E. on Thai pages, on any browser),
    and said back in it ("Orders placed since 28 มีนาคม 2570"; Oscar wrote 2027-03-28)."""

    date_from = EraDateField(required=False, label=pgettext_lazy("start date", "From"))
    date_to = EraDateField(required=False, label=pgettext_lazy("end date", "To"))

    def _orders_description(self, date_from, date_to, order_number):
        description = super()._orders_description(date_from, date_to, order_number)
        for value in (date_from, date_to):
            if value and description:
                description = description.replace(str(value), format_date(value))
        return description
