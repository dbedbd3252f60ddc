"""Oscar's review search (found by its class loader through the forked dashboard app), its dates typed in the page's era.

Oscar's fields are date-times filled by its picker (Christian-era years on Thai pages); the view
compares them with ``date_created``, so a typed day becomes its first moment in the shop's time zone.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.reviews.forms import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.dashboard.reviews.forms import ProductReviewSearchForm as OscarProductReviewSearchForm

from marketplace.date_fields import EraDateField


class ProductReviewSearchForm(OscarProductReviewSearchForm):
    date_from = EraDateField(required=False, label=_("Date from"))
    date_to = EraDateField(required=False, label=_("to"))

    def _start_of(self, name: str):
        day = self.cleaned_data.get(name)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min)) if day else None

    def clean_date_from(self):
        return self._start_of("date_from")

    def clean_date_to(self):
        return self._start_of("date_to")
