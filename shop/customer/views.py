"""Oscar's customer views; the log-in page sends a producer to their dashboard and a CDD editor
to the CMS, and registration answers by e-mail (marketplace/accounts/registration.py).

Only the classes below are ours: Oscar's class loader takes every other view
of ``customer.views`` from Oscar itself.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from oscar.apps.customer.views import AccountAuthView as OscarAccountAuthView
from oscar.apps.customer.views import AccountRegistrationView as OscarAccountRegistrationView
from oscar.apps.customer.views import AnonymousOrderDetailView as OscarAnonymousOrderDetailView
from oscar.apps.customer.views import AnonymousOrderFormView as OscarAnonymousOrderFormView
from oscar.core.loading import get_model

from marketplace.accounts.registration import account_activate, account_registration_request, safe_next_url
from cms.roles.services import user_manages_all_storefronts
from marketplace.producers.selectors import user_is_producer

Order = get_model("order", "Order")


class RegistrationByEmailMixin:
    """Registering answers "we have sent you an e-mail" whatever the address: the e-mail says the rest."""

    def register_user(self, form):
        account_registration_request(self.request, form.cleaned_data["email"], form.cleaned_data["password1"],
                                     next_url=form.cleaned_data.get("redirect_url") or "")

    def get_registration_success_message(self, form):
        return _("We have sent an e-mail to %(email)s. Follow the link in it to finish registering.") % {
            "email": form.cleaned_data["email"]}

    def get_registration_success_url(self, form):
        return reverse("customer:login")


class AccountAuthView(RegistrationByEmailMixin, OscarAccountAuthView):
    def get_login_success_url(self, form):
        # Where they were going comes first; otherwise a producer's day starts on their dashboard,
        # a CDD editor's in the CMS (stories, villages, storefront changes to approve).
        if not form.cleaned_data.get("redirect_url"):
            user = form.get_user()
            if user_is_producer(user):
                return reverse("dashboard:index")
            if user_manages_all_storefronts(user) and not user.is_staff:
                return reverse("wagtailadmin_home")
        url = super().get_login_success_url(form)
        # Oscar's default is the bare "/", the Thai home: a shopper reading English stays in English.
        return reverse("home") if url == settings.LOGIN_REDIRECT_URL else url


class AccountRegistrationView(RegistrationByEmailMixin, OscarAccountRegistrationView):
    def form_valid(self, form):
        self.register_user(form)
        messages.success(self.request, self.get_registration_success_message(form))
        return redirect(self.get_registration_success_url(form))


class AccountActivateView(View):
    """The link in the registration e-mail: activates the account and logs its owner in, once."""

    def get(self, request, uidb64, token):
        user = account_activate(uidb64, token)
        if user is None:
            messages.error(request, _("This link has been used or has expired. Register again to get a new one."))
            return redirect("customer:login")
        login(request, user, backend="marketplace.accounts.auth_backends.EmailPasswordBackend")
        messages.success(request, _("Thanks for registering! Your account is ready."))
        # Back where they registered from: a shopper who created an account at the checkout goes on with it.
        next_url = request.GET.get("next", "")
        return redirect(next_url if safe_next_url(request, next_url) else "customer:summary")


class GuestOrderByEmailMixin:
    """A guest's order, found with the e-mail address as they type it.

    Oscar compares the address exactly, so "Somying@example.th" (a phone capitalises the first letter)
    found nothing. Case does not matter in the address a guest ordered with.
    """

    def get_object(self):
        email = (self.email or "").strip()
        order = Order.objects.filter(user=None, number=self.order_number).first()
        if order is None or not email or not order.check_verification_hash(self.hash):
            return None
        return order if (order.email or "").strip().lower() == email.lower() else None


class AnonymousOrderFormView(GuestOrderByEmailMixin, OscarAnonymousOrderFormView):
    def form_valid(self, form):
        self.request.session["anon_order_email"] = form.cleaned_data["email"]
        if not self.get_object():
            form.add_error("email", _("No order %(number)s was placed with this e-mail address. Enter the address "
                                      "the order confirmation was sent to.") % {"number": self.order_number})
            return self.form_invalid(form)
        return redirect(self.get_success_url())


class AnonymousOrderDetailView(GuestOrderByEmailMixin, OscarAnonymousOrderDetailView):
    pass
