"""Keeping the search index in step with the catalogue.

Only eligible products are ever indexed: the set comes from the
certification selectors, the one home of that rule.

Other apps tell search what changed through one function, ``index_follow``
(after their transaction commits); search decides whether to refresh those
products or rebuild. Single saves reach it through the receivers
(``search.receivers``). Before answering, ``index_ensure_current`` checks that
the index was built from this database, and rebuilds it when it was not.
"""

import contextlib
import hashlib
import logging
import threading
from collections.abc import Iterable, Iterator

from django.db import DEFAULT_DB_ALIAS, connections
from shop.catalogue.models import Product

from marketplace.certification.selectors import products_eligible

from .backends import search_backend
from .documents import product_document, products_for_documents

logger = logging.getLogger(__name__)

_suspended = threading.local()
_BATCH = 500
# Refreshing this share of the catalogue document by document costs about as much as a rebuild.
REBUILD_SHARE = 0.3
REBUILD_MIN = 2_000


def _documented(queryset) -> Iterator:
    for product in products_for_documents(queryset).iterator(chunk_size=_BATCH):
        yield product_document(product)


def database_identity(alias: str = DEFAULT_DB_ALIAS) -> str:
    """Which database the catalogue lives in: where it is, and when it was first migrated.

    Another ``DATABASE_URL`` is another identity, and so is a database dropped and
    created again under the same name (its first migration has another time).
    """
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute("SELECT MIN(applied) FROM django_migrations")
        (first_migrated,) = cursor.fetchone()
    where = connection.settings_dict
    parts = [connection.vendor, str(where.get("NAME")), str(where.get("HOST") or ""), str(where.get("PORT") or ""),
             str(first_migrated)]
    return hashlib.blake2s("\n".join(parts).encode(), digest_size=12).hexdigest()


def _records_its_database(backend) -> bool:
    # The embedded index file can outlive its database (a new DATABASE_URL, a fresh database).
    return hasattr(backend, "built_for")


def _writing(backend):
    """Writers of the index one at a time, from the database read to the index write."""
    return backend.write_lock() if hasattr(backend, "write_lock") else contextlib.nullcontext()


def index_rebuild() -> int:
    """Rebuilds the whole index from the database; returns how many products it holds."""
    eligible = products_eligible().order_by("pk")
    backend = search_backend()
    with _writing(backend):
        if _records_its_database(backend):
            backend.index_replace_all(_documented(eligible), built_for=database_identity())
        else:
            backend.index_replace_all(_documented(eligible))
    return eligible.count()


def _built_for_another_database(backend) -> bool:
    return _records_its_database(backend) and backend.built_for() != database_identity()


def index_ensure_current() -> None:
    """Rebuilds an index built from another database (or from none) before it answers anything."""
    backend = search_backend()
    if not _built_for_another_database(backend):
        return
    with _writing(backend):
        if _built_for_another_database(backend):  # no other writer rebuilt it meanwhile
            logger.warning("The search index was built from another database: rebuilding it.")
            index_rebuild()


def index_refresh_products(product_ids: Iterable[int]) -> None:
    """Re-indexes these products, dropping any that are no longer eligible."""
    ids = sorted(set(product_ids))
    if not ids:
        return
    backend = search_backend()
    # Read the database under the writers' lock: a refresh that waited for another writer
    # then writes what the database holds now, never what it held before it waited.
    with _writing(backend):
        if _built_for_another_database(backend):
            index_rebuild()
            return
        eligible = products_eligible(Product.objects.filter(pk__in=ids))
        eligible_ids = set(eligible.values_list("pk", flat=True))
        backend.index_upsert(_documented(eligible))
        backend.index_delete([pk for pk in ids if pk not in eligible_ids])


def index_follow(product_ids: Iterable[int]) -> None:
    """Brings the index in line with these changed products: call after the change commits.

    The one door for bulk changes (the demo loader, the official-list importer, the
    certification jobs): a small share of the catalogue is refreshed in the background
    task queue, a large one rebuilt at once.
    """
    from .tasks import refresh_products_in_index  # the task calls back into this module

    ids = sorted(set(product_ids))
    if not ids:
        index_ensure_current()
        return
    if len(ids) >= REBUILD_MIN and len(ids) >= REBUILD_SHARE * Product.objects.count():
        index_rebuild()
        return
    for start in range(0, len(ids), _BATCH):
        refresh_products_in_index.enqueue(ids[start:start + _BATCH])


def index_updates_suspended_now() -> bool:
    return getattr(_suspended, "active", False)


@contextlib.contextmanager
def index_updates_suspended() -> Iterator[None]:
    """For bulk loads that call ``index_follow`` afterwards: per-row updates would be wasted."""
    previous = index_updates_suspended_now()
    _suspended.active = True
    try:
        yield
    finally:
        _suspended.active = previous
