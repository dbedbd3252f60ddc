"""Oscar's review list (found by its class loader through the forked dashboard app), its date filter said in the
page's era: Oscar wrote "created between 5 พฤศจิกายน 2026 and …" with Django's own date filter (C.E.)."""

import datetime

from django.utils import timezone
from oscar.apps.dashboard.reviews.views import *  # noqa: F401,F403  (Oscar's fork convention)
from oscar.apps.dashboard.reviews.views import ReviewListView as OscarReviewListView
from oscar.core.utils import format_datetime

from marketplace.i18n import format_date


class ReviewListView(OscarReviewListView):
    def get_date_from_to_queryset(self, date_from, date_to, queryset=None):
        queryset = super().get_date_from_to_queryset(date_from, date_to, queryset)
        description = self.desc_ctx.get("date_filter")
        # Oscar names the day after date_to ("created before"): the same moments, written as the page counts years.
        for moment in (date_from, date_to + datetime.timedelta(days=1) if date_to else None):
            if moment and description:
                description = description.replace(format_datetime(moment), format_date(timezone.localtime(moment)))
        if description:
            self.desc_ctx["date_filter"] = description
        return queryset
