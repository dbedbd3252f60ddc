"""The producers' ledger: what each paid order line (and each producer's shipping) earns its producer.

An entry is written once, when the order is paid, with the commission rate in
force then; refunds are read from the refund items, so the amount owed is
always current (``selectors.py``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class EntryKind(models.TextChoices):
    LINE = "line", _("Goods")
    SHIPPING = "shipping", _("Shipping")


class LedgerEntry(models.Model):
    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="ledger_entries",
                              verbose_name=_("order"))
    partner = models.ForeignKey("partner.Partner", on_delete=models.SET_NULL, null=True, related_name="ledger_entries",
                                verbose_name=_("producer"))
    producer_name = models.CharField(_("producer"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=EntryKind.choices)
    line = models.OneToOneField("order.Line", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="ledger_entry")
    shipment = models.OneToOneField("order.Shipment", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="ledger_entry")
    description = models.CharField(_("description"), max_length=255)
    quantity = models.PositiveIntegerField(_("quantity"), default=1)
    gross = models.DecimalField(_("paid by the buyer"), max_digits=12, decimal_places=2)
    commission_rate = models.DecimalField(_("commission rate"), max_digits=5, decimal_places=4)
    recorded_at = models.DateTimeField(_("paid at"), db_index=True)

    class Meta:
        ordering = ("recorded_at", "pk")
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="line", line__isnull=False, shipment__isnull=True)
                           | Q(kind="shipping", line__isnull=True, shipment__isnull=False)),
                name="ledger_entry_line_or_shipment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order.number}: {self.description}"


class TransferMethod(models.TextChoices):
    BANK = "bank", _("Bank transfer")
    PROMPTPAY = "promptpay", _("PromptPay")


class Payout(models.Model):
    """Money staff sent a producer for a period: what the ledger said was owed, and how it was sent."""

    partner = models.ForeignKey("partner.Partner", on_delete=models.PROTECT, related_name="payouts",
                                verbose_name=_("producer"))
    producer_name = models.CharField(_("producer"), max_length=200)
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period until"))
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    method = models.CharField(_("sent by"), max_length=20, choices=TransferMethod.choices)
    account = models.CharField(_("account"), max_length=100,
                               help_text=_("Bank, account number and name, or the PromptPay ID."))
    reference = models.CharField(_("transfer reference"), max_length=100)
    paid_on = models.DateField(_("paid on"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                    verbose_name=_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ("-paid_on", "-pk")
        verbose_name = _("payout")
        verbose_name_plural = _("payouts")
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="payout_amount_positive")]

    def __str__(self) -> str:
        return f"{self.producer_name} {self.period_start}–{self.period_end}: {self.amount}"


class PayoutLine(models.Model):
    """What a payout paid for one ledger entry; negative when a refund after an earlier payout is deducted."""

    payout = models.ForeignKey(Payout, on_delete=models.PROTECT, related_name="lines")
    entry = models.ForeignKey(LedgerEntry, on_delete=models.PROTECT, related_name="payout_lines")
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)

    class Meta:
        ordering = ("payout", "entry")
        constraints = [models.UniqueConstraint(fields=["payout", "entry"], name="payout_line_once_per_entry")]
