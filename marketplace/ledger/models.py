"""The producers' ledger: what each paid order line (and each producer's shipping) earns its producer.

An entry is written once, when the order is paid, with the commission rate in
force then; refunds are read from the refund items, so the amount owed is
always current (``selectors.py``).
"""

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
