"""Showing orders: Thai addresses, statuses, each producer's shipment."""

from django import template
from django.utils.translation import gettext

from .. import statuses
from ..selectors import order_shipments_with_lines
from ..tracking import tracking_url

register = template.Library()

BANGKOK = "กรุงเทพมหานคร"


@register.filter
def thai_address_lines(address) -> list[str]:
    """An address as Thai carriers write it: house and road; subdistrict and district; province and postcode."""
    if not address:
        return []
    bangkok = (address.state or "") == BANGKOK
    district = address.line4 or ""
    if district and not bangkok and not district.startswith(("อ.", "อำเภอ")):
        district = f"อ.{district}"
    subdistrict = address.line3 or ""
    if subdistrict:
        subdistrict = f"แขวง{subdistrict}" if bangkok else f"ต.{subdistrict}"
    province = address.state or ""
    if province and not bangkok:
        province = f"จ.{province}"
    lines = [
        " ".join(part for part in (address.first_name, address.last_name) if part),
        " ".join(part for part in (address.line1, address.line2) if part),
        " ".join(part for part in (subdistrict, district) if part),
        " ".join(part for part in (province, address.postcode) if part),
    ]
    return [line for line in lines if line.strip()]


@register.filter
def status_label(status: str) -> str:
    """An order or line status, translated."""
    return gettext(status) if status else ""


@register.filter
def is_paid_status(status: str) -> bool:
    return status in statuses.PAID_STATUSES


@register.simple_tag
def order_shipments(order):
    """The order's shipments, each with its lines (``shipment.order_lines``) and what was refunded of them."""
    return order_shipments_with_lines(order)


@register.filter
def tracking_link(shipment) -> str:
    """The carrier's tracking page for this parcel ("" when the carrier has none)."""
    return tracking_url(shipment.carrier, shipment.tracking_number)


@register.filter
def thai_phone(number) -> str:
    """A phone number as Thais write it (081 234 5678); foreign numbers stay international."""
    if not number:
        return ""
    if getattr(number, "country_code", None) == 66 and hasattr(number, "as_national"):
        return number.as_national
    return str(number)
