"""Oscar's customer views; the log-in page sends a producer to their dashboard.

Only ``AccountAuthView`` is ours: Oscar's class loader takes every other view
of ``customer.views`` from Oscar itself.
"""

from django.urls import reverse
from oscar.apps.customer.views import AccountAuthView as OscarAccountAuthView

from marketplace.producers.selectors import user_is_producer


class AccountAuthView(OscarAccountAuthView):
    def get_login_success_url(self, form):
        # Where they were going comes first; otherwise a producer's day starts on their dashboard.
        if not form.cleaned_data.get("redirect_url") and user_is_producer(form.get_user()):
            return reverse("dashboard:index")
        return super().get_login_success_url(form)
