"""Writing the ledger."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from .models import EntryKind, LedgerEntry


def commission_rate_current() -> Decimal:
    """The platform's commission (``MARKETPLACE_COMMISSION_RATE``), a fraction from 0 up to 1."""
    try:
        rate = Decimal(str(settings.MARKETPLACE_COMMISSION_RATE))
    except ArithmeticError as exc:
        raise ImproperlyConfigured("MARKETPLACE_COMMISSION_RATE must be a number such as 0.10") from exc
    if not Decimal(0) <= rate < Decimal(1):
        raise ImproperlyConfigured("MARKETPLACE_COMMISSION_RATE must be at least 0 and below 1")
    return rate


def ledger_record_order(order, paid_at=None) -> int:
    """One entry per line and per producer's shipping of a paid order; safe to call again. Returns entries added."""
    paid_at = paid_at or timezone.now()
    rate = commission_rate_current()
    added = 0
    for line in order.lines.select_related("partner").all():
        _, created = LedgerEntry.objects.get_or_create(
            line=line,
            defaults={
                "order": order, "partner": line.partner, "producer_name": line.partner_name,
                "kind": EntryKind.LINE, "description": line.title[:255], "quantity": line.quantity,
                "gross": line.line_price_incl_tax, "commission_rate": rate, "recorded_at": paid_at,
            },
        )
        added += created
    for shipment in order.shipments.all():
        if shipment.charge <= 0:
            continue
        _, created = LedgerEntry.objects.get_or_create(
            shipment=shipment,
            defaults={
                "order": order, "partner_id": shipment.partner_id, "producer_name": shipment.partner_name,
                "kind": EntryKind.SHIPPING, "description": shipment.method_name[:255], "quantity": 1,
                "gross": shipment.charge, "commission_rate": Decimal(0), "recorded_at": paid_at,
            },
        )
        added += created
    return added


def ledger_record_order_paid(sender, order, paid_at, **kwargs) -> None:
    """Receiver of ``shop.order.events.order_paid``: the paid order's entries, in the payment's transaction."""
    ledger_record_order(order, paid_at=paid_at)
