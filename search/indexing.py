"""Keeping the search index in step with the catalogue.

Only eligible products are ever indexed: the set comes from the
certification selectors, the one home of that rule.
"""

import contextlib
import threading
from collections.abc import Iterable, Iterator

from shop.catalogue.models import Product

from marketplace.certification.selectors import products_eligible

from .backends import search_backend
from .documents import product_document, products_for_documents

_suspended = threading.local()
_BATCH = 500


def _documented(queryset) -> Iterator:
    for product in products_for_documents(queryset).iterator(chunk_size=_BATCH):
        yield product_document(product)


def index_rebuild() -> int:
    """Rebuilds the whole index from the database; returns how many products it holds."""
    eligible = products_eligible().order_by("pk")
    backend = search_backend()
    backend.index_replace_all(_documented(eligible))
    return eligible.count()


def index_refresh_products(product_ids: Iterable[int]) -> None:
    """Re-indexes these products, dropping any that are no longer eligible."""
    ids = sorted(set(product_ids))
    if not ids:
        return
    eligible = products_eligible(Product.objects.filter(pk__in=ids))
    eligible_ids = set(eligible.values_list("pk", flat=True))
    backend = search_backend()
    backend.index_upsert(_documented(eligible))
    backend.index_delete([pk for pk in ids if pk not in eligible_ids])


def index_updates_suspended_now() -> bool:
    return getattr(_suspended, "active", False)


@contextlib.contextmanager
def index_updates_suspended() -> Iterator[None]:
    """For bulk loads that rebuild the index afterwards: per-row updates would be wasted."""
    previous = index_updates_suspended_now()
    _suspended.active = True
    try:
        yield
    finally:
        _suspended.active = previous
