"""A basket's lines grouped by producer: each producer packs and ships their own parcel.

The basket page (with the cheapest service as an estimate) and the checkout review (with the
service chosen) show the same groups, each with its items, subtotal and shipping charge.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from .models import Parcel
from .repository import Repository


@dataclass
class ProducerGroup:
    partner_id: int | None
    producer: str  # the producer's name in the active language
    url: str  # the producer's storefront, "" when there is none
    lines: list = field(default_factory=list)
    parcel: Parcel | None = None

    @property
    def subtotal(self) -> Decimal:
        return sum((line.line_price_incl_tax or Decimal(0) for line in self.lines), Decimal("0.00"))


def basket_groups_by_producer(basket, shipping_method=None) -> list[ProducerGroup]:
    """The basket's lines by producer, in the order first added; each with its parcel under ``shipping_method``."""
    parcels = {p.partner_id: p for p in shipping_method.parcels(basket)} if hasattr(shipping_method, "parcels") else {}
    groups: dict[int | None, ProducerGroup] = {}
    for line in basket.all_lines():
        partner = line.stockrecord.partner if line.stockrecord_id else None
        key = partner.pk if partner else None
        if key not in groups:
            producer = getattr(partner, "producer", None) if partner else None
            groups[key] = ProducerGroup(
                partner_id=key,
                producer=producer.name if producer else (partner.name if partner else ""),
                url=producer.get_absolute_url() if producer else "",
                parcel=parcels.get(key),
            )
        groups[key].lines.append(line)
    return list(groups.values())


def basket_cheapest_shipping(basket, shipping_address=None):
    """The cheapest delivery service for this basket: the basket page's shipping estimate."""
    methods = Repository().get_available_shipping_methods(basket, shipping_addr=shipping_address)
    return methods[0] if methods else None
