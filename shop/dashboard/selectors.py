"""What the dashboard's home page shows a producer: their own figures and nothing of anyone else's.

Oscar's home page filters a partner user's *orders* by "holds one of their
lines" and then sums the orders' totals, so a producer would see the other
producers' sales of shared orders. Everything money here comes from the
producer's own order lines (``marketplace.ledger.selectors.producer_sales``).
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from oscar.core.loading import get_class, get_model

from marketplace.certification.models import CertificationStatus
from marketplace.certification.selectors import (
    certifications_visible_to,
    products_managed_by,
)
from marketplace.ledger.selectors import ProducerSales, producer_sales
from marketplace.producers.selectors import partner_ids_managed_by, producers_managed_by
from shop.order import statuses
from shop.order.selectors import shipments_with_lines

StockAlert = get_model("partner", "StockAlert")
Shipment = get_model("order", "Shipment")
ShipmentStatus = get_class("order.models", "ShipmentStatus")


@dataclass(frozen=True)
class ProducerDashboard:
    last_day: ProducerSales
    all_time: ProducerSales
    shipments_awaiting: int
    products: int
    open_stock_alerts: int
    closed_stock_alerts: int
    certifications_pending: int
    certifications_rejected: int
    storefront_pages: tuple = ()  # the producer's shop pages in the CMS, for "Edit my shop page"


def producer_dashboard(user, now: datetime.datetime | None = None) -> ProducerDashboard:
    partner_ids = partner_ids_managed_by(user)
    now = now or timezone.now()
    alerts = StockAlert.objects.filter(stockrecord__partner_id__in=partner_ids).aggregate(
        open=Count("pk", filter=Q(status=StockAlert.OPEN)), closed=Count("pk", filter=Q(status=StockAlert.CLOSED)),
    )
    certifications = certifications_visible_to(user).aggregate(
        pending=Count("pk", filter=Q(status=CertificationStatus.PENDING)),
        rejected=Count("pk", filter=Q(status=CertificationStatus.REJECTED)),
    )
    return ProducerDashboard(
        last_day=producer_sales(partner_ids, since=now - datetime.timedelta(hours=24)),
        all_time=producer_sales(partner_ids),
        shipments_awaiting=sum(not parcel.nothing_to_ship for parcel in shipments_with_lines(Shipment.objects.filter(
            partner_id__in=partner_ids, order__status__in=(statuses.PAID, statuses.PARTLY_REFUNDED),
            status=ShipmentStatus.AWAITING,
        ))),  # a parcel whose every line was refunded is not to be shipped
        products=products_managed_by(user).count(),
        open_stock_alerts=alerts["open"],
        closed_stock_alerts=alerts["closed"],
        certifications_pending=certifications["pending"],
        certifications_rejected=certifications["rejected"],
        storefront_pages=tuple(producer_storefront_pages(user)),
    )


def producer_storefront_pages(user):
    """The storefront pages (``cms.producers``) of the producers ``user`` acts for, with their producer."""
    from cms.producers.models import ProducerPage

    return ProducerPage.objects.filter(producer__in=producers_managed_by(user)).select_related("producer").order_by(
        "producer__name_th")
