from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LedgerConfig(AppConfig):
    name = "marketplace.ledger"
    label = "ledger"
    verbose_name = _("Producer ledger")

    def ready(self):
        from shop.order.events import order_paid

        from .services import ledger_record_order_paid

        order_paid.connect(ledger_record_order_paid, dispatch_uid="ledger-record-order-paid")
