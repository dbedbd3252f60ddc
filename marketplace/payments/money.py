"""Baht and satang: Stripe counts THB in satang (1/100 baht)."""

from decimal import ROUND_HALF_UP, Decimal

CURRENCY = "THB"
SATANG = Decimal("0.01")


def to_minor_units(amount: Decimal) -> int:
    return int((Decimal(amount).quantize(SATANG, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def from_minor_units(amount: int) -> Decimal:
    return (Decimal(int(amount)) / 100).quantize(SATANG)
