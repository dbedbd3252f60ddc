"""Shipping by weight, charged per producer: each producer sends their own parcel.

Staff edit the methods and their weight bands in Oscar's shipping dashboard
(``/dashboard/shipping/``); the two Thailand Post services are created by a
data migration with starting rates.
"""

from dataclasses import dataclass
from decimal import Decimal

from oscar.apps.shipping.abstract_models import AbstractWeightBased
from oscar.core import prices

GRAMS_PER_KG = Decimal(1000)


@dataclass(frozen=True)
class Parcel:
    """One producer's share of a basket, as one parcel."""

    partner_id: int | None
    partner_name: str
    weight_grams: int
    charge: Decimal


class WeightBased(AbstractWeightBased):
    """Oscar's weight-band method, applied to each producer's parcel separately and summed."""

    def line_weight_grams(self, line) -> int:
        grams = getattr(line.product, "weight_grams", None)
        if grams is None:
            grams = int((self.default_weight or Decimal(0)) * GRAMS_PER_KG)
        return grams * line.quantity

    def parcels(self, basket) -> list[Parcel]:
        grouped: dict[int | None, tuple[str, int]] = {}
        for line in basket.all_lines():
            if not line.product.is_shipping_required:
                continue
            partner = line.stockrecord.partner if line.stockrecord_id else None
            key = partner.pk if partner else None
            producer = getattr(partner, "producer", None) if partner else None
            name, grams = grouped.get(key, (producer.name if producer else (partner.name if partner else ""), 0))
            grouped[key] = (name, grams + self.line_weight_grams(line))
        parcels = []
        for partner_id, (name, grams) in grouped.items():
            charge = self.get_charge(Decimal(grams) / GRAMS_PER_KG) if self.bands.exists() else Decimal("0.00")
            parcels.append(Parcel(partner_id, name, grams, Decimal(charge)))
        return parcels

    def calculate(self, basket):
        charge = sum((parcel.charge for parcel in self.parcels(basket)), Decimal("0.00"))
        return prices.Price(currency=basket.currency, excl_tax=charge, incl_tax=charge)


from oscar.apps.shipping.models import *  # noqa: E402,F401,F403  (Oscar's fork convention)
