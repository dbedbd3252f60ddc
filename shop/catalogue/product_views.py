"""Counting product page views for Oscar's product analytics (the staff "product analytics" report).

Oscar counts a view in its ``product_viewed`` receiver, which runs only when the view renders the
page. A signed-out visitor's product page usually comes whole from the cache
(marketplace/storefront/page_cache.py) without the view running, so the cache counts it here.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from oscar.core.loading import get_model

ProductRecord = get_model("analytics", "ProductRecord")


def product_view_record(product_id: int) -> None:
    """One more view of the product: one UPDATE, or the product's first record."""
    if ProductRecord.objects.filter(product_id=product_id).update(num_views=F("num_views") + 1):
        return
    try:
        with transaction.atomic():
            ProductRecord.objects.create(product_id=product_id, num_views=1)
    except IntegrityError:  # created meanwhile by another request, or the product is gone
        ProductRecord.objects.filter(product_id=product_id).update(num_views=F("num_views") + 1)
