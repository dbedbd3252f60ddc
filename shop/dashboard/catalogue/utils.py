"""Which products a producer may see and change in the dashboard.

The module name is Oscar's (``dashboard.catalogue.utils`` is loaded through
``get_class``); it holds only this override. Oscar grants access through the
partner of a product's stock records, so a product a producer created without
stock yet would vanish from their list; ownership here is the product's
producer, as everywhere else in the marketplace.
"""

from django.db.models import Q

from marketplace.producers.selectors import producer_managed_q


def partner_product_visibility_q(user) -> Q:
    return producer_managed_q(user) | producer_managed_q(user, "parent__producer")
