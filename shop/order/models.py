"""Oscar's order models, plus the marketplace's order numbers and per-producer shipments.

``Order`` and ``Line`` only add their status pipelines (``statuses.py``):
their fields are Oscar's. One basket spans several producers, and each
producer ships their own lines, so an order has one ``Shipment`` per producer,
with its own method, charge, status, carrier and tracking number.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.order.abstract_models import AbstractLine, AbstractOrder

from .statuses import LINE_STATUS_PIPELINE, ORDER_STATUS_PIPELINE


class Order(AbstractOrder):
    pipeline = ORDER_STATUS_PIPELINE
    cascade: dict[str, str] = {}


class Line(AbstractLine):
    pipeline = LINE_STATUS_PIPELINE


class OrderNumber(models.Model):
    """One row per order number ever handed out: the database's sequence makes them unique.

    Numbers are taken before the order is written (the payment needs one), so a
    number whose checkout failed is simply never used again.
    """

    id = models.BigAutoField(primary_key=True)
    basket_id = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("order number")
        verbose_name_plural = _("order numbers")


class ShipmentStatus(models.TextChoices):
    AWAITING = "awaiting", _("Awaiting shipment")
    SHIPPED = "shipped", _("Shipped")
    DELIVERED = "delivered", _("Delivered")


class Carrier(models.TextChoices):
    THAILAND_POST_EMS = "thailand-post-ems", _("Thailand Post EMS")
    THAILAND_POST_REGISTERED = "thailand-post-registered", _("Thailand Post registered mail")
    KERRY = "kerry", _("Kerry Express")
    FLASH = "flash", _("Flash Express")
    JT = "jt", _("J&T Express")
    OTHER = "other", _("Other")


class Shipment(models.Model):
    """The parcel one producer sends for their lines of an order."""

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="shipments",
                              verbose_name=_("order"))
    partner = models.ForeignKey("partner.Partner", on_delete=models.SET_NULL, null=True, related_name="shipments",
                                verbose_name=_("producer"))
    partner_name = models.CharField(_("producer name"), max_length=200, blank=True)
    method_code = models.CharField(_("shipping method code"), max_length=128)
    method_name = models.CharField(_("shipping method"), max_length=200)
    weight_grams = models.PositiveIntegerField(_("weight (g)"), default=0)
    charge = models.DecimalField(_("shipping charge"), max_digits=12, decimal_places=2)
    status = models.CharField(_("status"), max_length=20, choices=ShipmentStatus.choices,
                              default=ShipmentStatus.AWAITING)
    carrier = models.CharField(_("carrier"), max_length=40, choices=Carrier.choices, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=64, blank=True)
    shipped_at = models.DateTimeField(_("shipped at"), null=True, blank=True)
    shipped_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("shipped by"))
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        ordering = ("order", "pk")
        verbose_name = _("shipment")
        verbose_name_plural = _("shipments")
        constraints = [
            models.UniqueConstraint(fields=["order", "partner"], name="shipment_one_per_producer_per_order"),
        ]

    def __str__(self) -> str:
        return f"{self.order.number} – {self.partner_name}"

    @property
    def producer_name(self) -> str:
        """The producer's name in the page's language (Thai or English), else the name recorded."""
        producer = getattr(self.partner, "producer", None) if self.partner_id else None
        return producer.name if producer is not None else self.partner_name

    @property
    def method_display(self) -> str:
        """The delivery service in the page's language, else the name recorded.

        The order records the name in the language the buyer checked out in; staff name each service in
        both ("ไปรษณีย์ไทย ลงทะเบียน · Thailand Post registered mail"), and the bilingual e-mails and the
        other language's pages read their own half.
        """
        from marketplace.i18n import pick_half
        from oscar.core.loading import get_model

        method = get_model("shipping", "WeightBased").objects.filter(code=self.method_code).only("name").first()
        return pick_half(method.name) if method is not None else self.method_name

    @property
    def lines(self):
        return self.order.lines.filter(partner_id=self.partner_id)


from oscar.apps.order.models import *  # noqa: E402,F401,F403  (Oscar's fork convention)
