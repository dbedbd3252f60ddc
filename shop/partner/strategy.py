"""Pricing and availability for the marketplace.

Prices are the producers' tax-inclusive THB prices. Availability adds the
certification rule (asked of ``marketplace.certification.selectors``) on top
of Oscar's stock check, so the basket and checkout refuse products whose
certificate has lapsed.
"""

from oscar.apps.partner import strategy as oscar_strategy

from marketplace.certification.selectors import product_is_eligible

from .availability import NotCertified


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return MarketplaceStrategy(request)


class CertifiedStockRequired(oscar_strategy.StockRequired):
    def availability_policy(self, product, stockrecord):
        if not product_is_eligible(product):
            return NotCertified(product.get_title())
        return super().availability_policy(product, stockrecord)


class MarketplaceStrategy(
    oscar_strategy.UseFirstStockRecord,
    CertifiedStockRequired,
    oscar_strategy.NoTax,
    oscar_strategy.Structured,
):
    """Tax-inclusive THB prices, stock required, certification required."""
