"""Counting product page views for Oscar's product analytics (the staff "product analytics" report).

Oscar counts a view in its ``product_viewed`` receiver, which runs only when the view renders the
page. A signed-out visitor's product page usually comes whole from the cache
(marketplace/storefront/page_cache.py) without the view running, so the cache counts it here.

A write per view would cost more than serving the cached page (about 4 ms on SQLite, against
0.4 ms for its two reads, and every write waits for the others), so each process adds its views
up and writes them at most every ``FLUSH_SECONDS``, in one transaction, and when it stops. A
worker killed outright loses at most those seconds of counts.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
ProductRecord = get_model("analytics", "ProductRecord")
logger = logging.getLogger(__name__)

FLUSH_SECONDS = 10

_lock = threading.Lock()
_waiting: Counter[int] = Counter()
_last_flush = time.monotonic()


def product_view_record(product_id: int) -> None:
    """One more view of the product, written with the others of the last seconds."""
    with _lock:
        _waiting[int(product_id)] += 1
        due = time.monotonic() - _last_flush >= FLUSH_SECONDS
    if due:
        product_views_flush()


def product_views_flush() -> None:
    """Writes the views counted so far: one UPDATE per product (or its first record), in one transaction."""
    global _last_flush
    with _lock:
        counts, _last_flush = sorted(_waiting.items()), time.monotonic()
        _waiting.clear()
    if not counts:
        return
    try:
        with transaction.atomic():
            for product_id, views in counts:  # in product order: two processes flushing never deadlock
                _views_add(product_id, views)
    except DatabaseError:  # a statistic: never worth a visitor's page or a worker's clean exit
        logger.warning("%d product views not counted", sum(views for _, views in counts), exc_info=True)


def _views_add(product_id: int, views: int) -> None:
    if ProductRecord.objects.filter(product_id=product_id).update(num_views=F("num_views") + views):
        return
    if not Product.objects.filter(pk=product_id).exists():  # deleted since it was viewed
        return
    try:
        with transaction.atomic():
            ProductRecord.objects.create(product_id=product_id, num_views=views)
    except IntegrityError:  # created meanwhile by another process, or the product is gone
        ProductRecord.objects.filter(product_id=product_id).update(num_views=F("num_views") + views)


atexit.register(product_views_flush)
