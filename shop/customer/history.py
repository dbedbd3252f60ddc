"""Oscar's "recently viewed products" history, not kept: no storefront page shows that box.

Oscar's product page writes the products a visitor viewed into a cookie for a box that our
product page (templates/oscar/catalogue/detail.html) does not have. Nothing read the cookie,
and a response that sets a cookie cannot be shared, so it kept every product page out of the
whole-page cache (marketplace/storefront/page_cache.py). Found by Oscar's class loader through
the forked customer app.
"""

from oscar.apps.customer.history import CustomerHistoryManager as OscarCustomerHistoryManager


class CustomerHistoryManager(OscarCustomerHistoryManager):
    @classmethod
    def update(cls, product, request, response):
        """Sets no cookie (see the module's docstring)."""
