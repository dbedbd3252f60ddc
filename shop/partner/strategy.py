"""Pricing and availability for the marketplace.

Prices are the producers' tax-inclusive THB prices. Availability adds the
certification rule (asked of ``marketplace.certification.selectors``) on top
of Oscar's stock check, so the basket and checkout refuse products whose
certificate has lapsed, and a price of 0 or less is never sold.
"""

from oscar.apps.partner import strategy as oscar_strategy
from oscar.apps.partner.availability import Unavailable

from marketplace.certification.selectors import product_is_eligible

from .availability import NotCertified


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return MarketplaceStrategy(request)


class CertifiedStockRequired(oscar_strategy.StockRequired):
    def availability_policy(self, product, stockrecord):
        if not product_is_eligible(product):
            return NotCertified(product.get_title())
        if stockrecord is not None and stockrecord.price is not None and stockrecord.price <= 0:
            # The forms and the import refuse such a price; one stored some other way is not sold.
            return Unavailable()
        return super().availability_policy(product, stockrecord)


class MarketplaceStrategy(
    oscar_strategy.UseFirstStockRecord,
    CertifiedStockRequired,
    oscar_strategy.NoTax,
    oscar_strategy.Structured,
):
    """Tax-inclusive THB prices, stock required, certification required."""
