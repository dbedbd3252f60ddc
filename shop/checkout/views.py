"""Checkout: Thai address, shipping per producer, card or PromptPay through Stripe.

Oscar's flow, with these seams:

* ``PaymentMethodView`` asks PromptPay or card (the local Stripe server offers
  both too).
* ``PaymentDetailsView.handle_payment`` opens the order's PaymentIntent for the
  server's own total (idempotent per order number) and records it as the
  order's payment source; ``handle_order_placement`` writes the order in one
  transaction, allocating stock with a check that can't oversell. If the order
  can't be written the PaymentIntent is cancelled; once it is written nothing
  can undo it or let the basket be placed twice.
* The buyer then pays on the pay pages (``marketplace/payments/views.py``,
  under this app's URLs): the card is confirmed server-side (3-D Secure
  finished by Stripe.js), PromptPay shows its QR code and the order is
  fulfilled when Stripe's webhook says so.
"""

import logging

from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import cache_control
from oscar.apps.checkout import views as oscar_views
from oscar.apps.checkout.exceptions import FailedPreCondition
from oscar.apps.payment.exceptions import PaymentError, UnableToTakePayment
from oscar.core.loading import get_class, get_model

from marketplace.geography.addresses import address_options_for_province
from marketplace.payments import stripe_gateway
from marketplace.payments.methods import PaymentMethod
from marketplace.payments.services import (
    PaymentNotPossible,
    order_stripe_source,
    payment_intent_abandon,
    payment_intent_open,
    payment_source_unsaved,
)
from marketplace.payments.views import OrderPaymentMixin
from shop.order import statuses
from shop.shipping.groups import basket_groups_by_producer

PaymentMethodForm = get_class("checkout.forms", "PaymentMethodForm")
BasketAlreadyOrdered = get_class("order.exceptions", "BasketAlreadyOrdered")
available_payment_methods = get_class("checkout.forms", "available_payment_methods")
order_email_send = get_class("order.emails", "order_email_send")
Order = get_model("order", "Order")

logger = logging.getLogger("oscar.checkout")


class ShippingAddressView(oscar_views.ShippingAddressView):
    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["address_options_url"] = reverse("checkout:address-options")
        return ctx


class ShippingMethodView(oscar_views.ShippingMethodView):
    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        basket = self.request.basket
        ctx["method_options"] = [
            {"method": method, "charge": method.calculate(basket),
             "parcels": method.parcels(basket) if hasattr(method, "parcels") else []}
            for method in ctx["methods"]
        ]
        return ctx


class PaymentMethodView(oscar_views.PaymentMethodView):
    """Card or PromptPay. With one method available (the local server: card) the step is skipped."""

    template_name = "oscar/checkout/payment_method.html"
    success_url = reverse_lazy("checkout:preview")

    def get(self, request, *args, **kwargs):
        methods = available_payment_methods()
        if len(methods) == 1:
            self.checkout_session.pay_by(methods[0].value)
            return self.get_success_response()
        form = PaymentMethodForm(initial={"method": self.checkout_session.payment_method() or methods[0].value})
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = PaymentMethodForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        self.checkout_session.pay_by(form.cleaned_data["method"])
        return self.get_success_response()


class PaymentDetailsView(oscar_views.PaymentDetailsView):
    """The order preview and its placement. Card details and the QR code come after, on the pay page."""

    _payment_intent_id = None

    def get(self, request, *args, **kwargs):
        if not self.preview:
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def check_payment_data_is_captured(self, request):
        method = self.checkout_session.payment_method()
        if method not in {m.value for m in available_payment_methods()}:
            raise FailedPreCondition(url=reverse("checkout:payment-method"),
                                     message=_("Please choose how you would like to pay."))

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        method = self.checkout_session.payment_method()
        ctx["payment_method"] = PaymentMethod(method) if method in PaymentMethod.values else None
        ctx["can_change_payment_method"] = len(available_payment_methods()) > 1
        ctx["producer_groups"] = basket_groups_by_producer(ctx.get("basket") or self.request.basket,
                                                           ctx.get("shipping_method"))
        return ctx

    def render_payment_details(self, request, **kwargs):
        # There is no separate payment details page: errors show on the preview.
        return self.render_preview(request, **kwargs)

    def get_initial_order_status(self, basket):
        return statuses.PENDING

    def handle_payment(self, order_number, total, **kwargs):
        method = self.checkout_session.payment_method()
        try:
            intent = payment_intent_open(order_number, total.incl_tax, total.currency, method)
        except PaymentNotPossible as exc:
            raise UnableToTakePayment(str(exc)) from exc
        except stripe_gateway.GatewayError as exc:
            raise PaymentError(str(exc)) from exc
        self._payment_intent_id = intent.id
        self.add_payment_source(payment_source_unsaved(intent, method, total.incl_tax, total.currency))

    def place_order(self, *args, **kwargs):
        # Addresses, order, lines, stock, shipments and the payment source: all or nothing.
        with transaction.atomic():
            return super().place_order(*args, **kwargs)

    def handle_order_placement(self, order_number, user, basket, shipping_address, shipping_method,
                               shipping_charge, billing_address, order_total, surcharges=None, **kwargs):
        try:
            order = self.place_order(
                order_number=order_number, user=user, basket=basket, shipping_address=shipping_address,
                shipping_method=shipping_method, shipping_charge=shipping_charge, order_total=order_total,
                billing_address=billing_address, surcharges=surcharges, **kwargs,
            )
        except BasketAlreadyOrdered as exc:
            # A double submission: this attempt's PaymentIntent is not needed; pay for the order there is.
            if self._payment_intent_id:
                payment_intent_abandon(self._payment_intent_id, order_number)
            self.checkout_session.flush()
            self.request.session["checkout_order_id"] = exc.order.id
            return redirect("checkout:pay")
        except Exception:
            if self._payment_intent_id:
                payment_intent_abandon(self._payment_intent_id, order_number)
            raise
        # The order is written. Whatever fails now must neither undo it nor hand the basket back
        # (Oscar would thaw it, and the buyer could place it a second time).
        try:
            basket.submit()
        except Exception:
            logger.exception("Order #%s: written, but the basket could not be marked submitted", order_number)
        try:
            return self.handle_successful_order(order)
        except Exception:
            logger.exception("Order #%s: written, but the steps after it failed", order_number)
            self.request.session["checkout_order_id"] = order.id
            return redirect("checkout:pay")

    def handle_successful_order(self, order):
        try:
            self.send_order_placed_email(order)
        except Exception:
            logger.exception("Order #%s: the order e-mail could not be sent", order.number)
        self.checkout_session.flush()
        self.request.session["checkout_order_id"] = order.id
        response = redirect("checkout:pay")
        self.send_signal(self.request, response, order)
        return response

    def send_order_placed_email(self, order):
        order_email_send(order.pk, "placed")


class ThankYouView(OrderPaymentMixin, oscar_views.ThankYouView):
    def get_object(self, queryset=None):
        if self.request.GET.get("order"):
            try:
                return self.get_order()
            except Http404:
                return None
        return super().get_object(queryset)

    def get_context_data(self, *args, **kwargs):
        ctx = super().get_context_data(*args, **kwargs)
        order = ctx["order"]
        ctx["is_paid"] = order.status in statuses.PAID_STATUSES
        ctx["is_pending"] = order.status == statuses.PENDING
        ctx["is_failed"] = order.status == statuses.FAILED
        ctx["pay_url"] = reverse("checkout:pay") + self.order_query(order)
        ctx["status_url"] = reverse("checkout:payment-status") + self.order_query(order)
        source = order_stripe_source(order)
        ctx["method"] = source.label if source else ""
        return ctx


@method_decorator(cache_control(max_age=86400, public=True), name="dispatch")
class AddressOptionsView(View):
    """The districts, subdistricts and postal codes of a province, for the address form's suggestions."""

    def get(self, request, *args, **kwargs):
        province = request.GET.get("province", "")
        return JsonResponse({"province": province, "districts": address_options_for_province(province)})
