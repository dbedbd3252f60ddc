"""How the site writes an amount of money: one format everywhere (pages, e-mails, dashboard, messages).

Whole baht without satang, as Thai shops print prices (฿3,800); satang only when there are some
(฿4,340.50). Machine formats (the search API, CSV exports, Stripe) keep their own two decimals.
"""

from decimal import Decimal, InvalidOperation


def format_baht(amount) -> str:
    """฿4,340 for whole baht, ฿4,340.50 when there are satang, −฿120 for a negative amount; "" if not a number."""
    try:
        value = Decimal(amount)
    except (TypeError, ValueError, InvalidOperation):
        return ""
    if not value.is_finite():
        return ""
    sign = "−" if value < 0 else ""
    try:
        value = abs(value).quantize(Decimal("0.01"))
    except InvalidOperation:  # beyond the 28 digits of decimal's context (1e309 typed in a price filter)
        return ""
    digits = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return f"{sign}฿{digits}"
