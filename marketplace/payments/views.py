"""The pay pages: paying for an order once it is placed (card or PromptPay), and its status.

Served under the checkout's URLs (``checkout:pay``, ``checkout:pay-card``,
``checkout:payment-return``, ``checkout:payment-status``; wired in
``shop/checkout/apps.py``), for the order just placed in this session or one
of the signed-in buyer's (``?order=<number>``, "pay for this order" in the
account). Everything they do to the payment goes through ``services.py``.
"""

import json
import logging

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View, generic
from django.views.decorators.cache import cache_control

from shop.order import statuses
from shop.order.models import Order

from . import stripe_gateway
from .methods import PaymentMethod
from .services import (
    PaymentNotPossible,
    order_stripe_source,
    payment_card_confirm,
    payment_promptpay_qr,
    payment_sync,
)

logger = logging.getLogger("oscar.checkout")


class OrderPaymentMixin:
    """The order being paid: the one just placed in this session, or one of the signed-in buyer's."""

    def get_order(self):
        number = self.request.GET.get("order", "")
        order = None
        if number and self.request.user.is_authenticated:
            order = Order.objects.filter(number=number, user=self.request.user).first()
        elif self.request.session.get("checkout_order_id"):
            order = Order.objects.filter(pk=self.request.session["checkout_order_id"]).first()
        if order is None:
            raise Http404
        return order

    def order_query(self, order) -> str:
        return f"?order={order.number}" if self.request.GET.get("order") else ""


class PayView(OrderPaymentMixin, generic.TemplateView):
    template_name = "oscar/checkout/pay.html"

    def get(self, request, *args, **kwargs):
        order = self.get_order()
        if order.status != statuses.PENDING:
            return redirect(reverse("checkout:thank-you") + self.order_query(order))
        source = order_stripe_source(order)
        if source is None:
            raise Http404
        query = self.order_query(order)
        ctx = self.get_context_data(
            order=order, method=source.label, amount=order.total_incl_tax,
            stripe_js_url=stripe_gateway.stripe_js_url(), publishable_key=stripe_gateway.publishable_key(),
            local_mode=stripe_gateway.is_local_mode(),
            confirm_url=reverse("checkout:pay-card") + query,
            return_url=reverse("checkout:payment-return") + query,
            status_url=reverse("checkout:payment-status") + query,
            thank_you_url=reverse("checkout:thank-you") + query,
        )
        if source.label == PaymentMethod.PROMPTPAY:
            try:
                intent = payment_promptpay_qr(order, email=order.email,
                                              return_url=request.build_absolute_uri(ctx["return_url"]))
            except PaymentNotPossible as exc:
                ctx["error"] = str(exc)
            else:
                ctx["qr_image_url"] = intent.promptpay_qr_image_url
                ctx["qr_hosted_url"] = intent.promptpay_qr_hosted_instructions_url
        return self.render_to_response(ctx)


class CardConfirmView(OrderPaymentMixin, View):
    """POST from static/js/checkout-pay.js with the card's PaymentMethod id; answers JSON."""

    def post(self, request, *args, **kwargs):
        order = self.get_order()
        try:
            payload = json.loads(request.body or b"{}")
        except ValueError:
            payload = {}
        payment_method_id = str(payload.get("payment_method_id") or request.POST.get("payment_method_id") or "")
        try:
            result = payment_card_confirm(order, payment_method_id)
        except PaymentNotPossible as exc:
            return JsonResponse({"status": "error", "message": str(exc)}, status=400)
        body = {"status": result.status, "message": result.message,
                "redirect": reverse("checkout:payment-return") + self.order_query(order)}
        if result.status == "requires_action":
            body["client_secret"] = result.client_secret
        return JsonResponse(body)


class PaymentReturnView(OrderPaymentMixin, View):
    """Where the buyer lands after paying by card (and after 3-D Secure).

    The card's PaymentIntent is re-fetched from Stripe (``payment_sync``: state
    guarded, idempotent). A PromptPay order is only ever marked paid by the
    webhook, so here it is just shown.
    """

    def get(self, request, *args, **kwargs):
        order = self.get_order()
        source = order_stripe_source(order)
        if source is not None and source.label == PaymentMethod.CARD and order.status == statuses.PENDING:
            try:
                payment_sync(source.reference)
            except stripe_gateway.GatewayError:
                logger.warning("Order #%s: could not re-fetch the payment on return", order.number, exc_info=True)
            order.refresh_from_db()
            if order.status == statuses.PENDING:
                messages.warning(request, _("Your payment was not completed. Please try again."))
                return redirect(reverse("checkout:pay") + self.order_query(order))
        return redirect(reverse("checkout:thank-you") + self.order_query(order))


@method_decorator(cache_control(no_store=True), name="dispatch")
class PaymentStatusView(OrderPaymentMixin, View):
    """The order's payment status, polled by the PromptPay page while the buyer scans the QR code."""

    def get(self, request, *args, **kwargs):
        order = self.get_order()
        return JsonResponse({
            "status": order.status,
            "paid": order.status in statuses.PAID_STATUSES,
            "failed": order.status == statuses.FAILED,
            "redirect": reverse("checkout:thank-you") + self.order_query(order),
        })
