"""Index updates that wait for the search engine.

When the engine cannot be reached, a product change still commits; its index
update is queued here (one row per product) and made again until the index
has it: by the next update that gets through, and by the ``search_index
--retry-pending`` job every minute (``marketplace/scheduling/jobs.py``).
"""

import logging
from collections.abc import Iterable

from django.utils import timezone

from .backends.base import SearchUnavailable
from .indexing import index_refresh_products
from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)


def pending_updates_queue(product_ids: Iterable[int]) -> None:
    now = timezone.now()
    PendingIndexUpdate.objects.bulk_create(
        [PendingIndexUpdate(product_id=pk, queued_at=now) for pk in sorted(set(product_ids))],
        update_conflicts=True, unique_fields=["product_id"], update_fields=["queued_at"],
    )


def pending_updates_count() -> int:
    return PendingIndexUpdate.objects.count()


def index_refresh_or_queue(product_ids: Iterable[int]) -> bool:
    """Re-indexes these products, or queues them when the engine is down; True when the index has them."""
    ids = sorted(set(product_ids))
    try:
        index_refresh_products(ids)
    except SearchUnavailable:
        logger.warning("Search engine unavailable: %d index updates queued", len(ids))
        pending_updates_queue(ids)
        return False
    pending_updates_retry()  # the engine answers: also the updates it missed
    return True


def pending_updates_retry() -> int:
    """Makes the queued updates now; returns how many still wait (all of them while the engine is down)."""
    started = timezone.now()
    ids = list(PendingIndexUpdate.objects.values_list("product_id", flat=True)[:5000])
    if not ids:
        return 0
    try:
        index_refresh_products(ids)
    except SearchUnavailable:
        return pending_updates_count()
    # A product queued again while this ran keeps its row (later queued_at): it is retried next time.
    PendingIndexUpdate.objects.filter(product_id__in=ids, queued_at__lte=started).delete()
    return pending_updates_count()
