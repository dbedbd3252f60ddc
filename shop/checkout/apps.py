import oscar.apps.checkout.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CheckoutConfig(apps.CheckoutConfig):
    name = "shop.checkout"

    def ready(self):
        super().ready()
        # The pay pages belong to payments; the buyer meets them as the checkout's last step.
        from marketplace.payments import views as pay_views

        self.pay_view = pay_views.PayView
        self.pay_card_view = pay_views.CardConfirmView
        self.payment_return_view = pay_views.PaymentReturnView
        self.payment_status_view = pay_views.PaymentStatusView
        self.address_options_view = get_class("checkout.views", "AddressOptionsView")

    def get_urls(self):
        return super().get_urls() + self.post_process_urls([
            path("pay/", self.pay_view.as_view(), name="pay"),
            path("pay/card/", self.pay_card_view.as_view(), name="pay-card"),
            path("pay/return/", self.payment_return_view.as_view(), name="payment-return"),
            path("pay/status/", self.payment_status_view.as_view(), name="payment-status"),
            path("address-options/", self.address_options_view.as_view(), name="address-options"),
        ])
