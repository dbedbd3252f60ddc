"""The Elasticsearch backend: index lifecycle (a new index per rebuild behind an alias), and reads.

When the cluster cannot be reached, every call raises ``SearchUnavailable``
quickly: searches wait at most ``ELASTICSEARCH_SEARCH_TIMEOUT`` seconds, and
after a failure the backend does not try again for ``RETRY_AFTER`` seconds,
so listing pages keep answering fast while the engine is down.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Iterable

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError, helpers

from ... import analysis
from ...documents import ProductDocument
from ..base import SearchRequest, SearchResponse, SearchUnavailable
from .mapping import DEFAULT_ALIAS, bulk_actions, delete_actions, index_body, is_concrete_index_of, new_index_name
from .query import (
    Vocabulary,
    empty_facets,
    matched_before_filters,
    parse_search_response,
    parse_suggestions,
    parse_vocabulary,
    query_parts,
    query_tree,
    search_body,
    suggest_body,
    vocabulary_body,
    vocabulary_questions,
)

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0  # seconds without trying once the cluster failed to answer


def _server_failure(error: Exception) -> bool:
    """The cluster is unreachable, timed out or failing (not: a bad request of ours)."""
    if isinstance(error, TransportError):
        return True
    return isinstance(error, ApiError) and (error.meta.status >= 500 or error.meta.status == 429)


class ElasticBackend:
    def __init__(self, url: str = "", *, alias: str = DEFAULT_ALIAS, client: Elasticsearch | None = None,
                 timeout: float = 30, search_timeout: float = 1.5, refresh: bool | str = "wait_for",
                 replicas: int = 0, chunk_size: int = 500):
        self.alias = alias
        self.client = client or Elasticsearch(url, request_timeout=timeout, max_retries=2, retry_on_timeout=True)
        # Reads: one try, a short wait. Writes: the client's retries and timeout.
        self.reader = self.client.options(request_timeout=search_timeout, max_retries=0)
        self.timeout = timeout
        self.refresh = refresh
        self.replicas = replicas
        self.chunk_size = chunk_size
        self._down_until = 0.0
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls) -> ElasticBackend:
        from django.conf import settings

        return cls(
            settings.ELASTICSEARCH_URL,
            alias=settings.ELASTICSEARCH_INDEX or DEFAULT_ALIAS,
            timeout=settings.ELASTICSEARCH_TIMEOUT,
            search_timeout=settings.ELASTICSEARCH_SEARCH_TIMEOUT,
            # Read-your-writes like the embedded index: a saved product shows in search.
            refresh=settings.ELASTICSEARCH_REFRESH,
            replicas=settings.ELASTICSEARCH_REPLICAS,
        )

    # --- availability -------------------------------------------------------------
    def _call(self, fn, *args, **kwargs):
        """Runs one request; a server failure becomes ``SearchUnavailable`` and pauses further tries."""
        if time.monotonic() < self._down_until:
            raise SearchUnavailable("Elasticsearch did not answer a moment ago")
        try:
            return fn(*args, **kwargs)
        except (TransportError, ApiError) as error:
            if not _server_failure(error):
                raise
            with self._lock:
                self._down_until = time.monotonic() + RETRY_AFTER
            logger.warning("Elasticsearch unavailable: %s", error)
            raise SearchUnavailable(str(error)) from error

    def available(self) -> bool:
        try:
            health = self._call(self.reader.cluster.health)
        except SearchUnavailable:
            return False
        return health.body.get("status") in ("green", "yellow")

    # --- writing ------------------------------------------------------------------
    def _bulk(self, actions: Iterable[dict], **kwargs) -> None:
        def run():
            for _ok, _info in helpers.streaming_bulk(self.client, actions, chunk_size=self.chunk_size,
                                                     max_retries=3, raise_on_error=True, **kwargs):
                pass

        self._call(run)

    def _create_index(self, name: str, *, building: bool = False) -> None:
        body = index_body(replicas=self.replicas, building=building)
        self._call(self.client.indices.create, index=name, settings=body["settings"], mappings=body["mappings"])

    def _aliased_indices(self) -> list[str]:
        try:
            return sorted(self._call(self.client.indices.get_alias, name=self.alias).body)
        except NotFoundError:
            return []

    def _point_alias_at(self, name: str) -> list[str]:
        """Moves the alias to ``name`` in one atomic call; returns the indices it left."""
        current = self._aliased_indices()
        previous = [i for i in current if i != name]
        actions: list[dict] = [{"remove": {"index": i, "alias": self.alias}} for i in previous]
        if not current and self._call(self.client.indices.exists, index=self.alias):
            # A concrete index squats the alias name (auto-created by a stray write).
            actions.append({"remove_index": {"index": self.alias}})
        actions.append({"add": {"index": name, "alias": self.alias}})
        self._call(self.client.indices.update_aliases, actions=actions)
        return previous

    def _delete_stale(self, keep: str, previous: list[str]) -> None:
        """Drops the indices the alias left, and leftovers of failed older builds."""
        stale = set(previous)
        try:
            existing = self.client.indices.get_alias(index=f"{self.alias}-*").body
        except NotFoundError:
            existing = {}
        stale |= {i for i, info in existing.items()
                  if is_concrete_index_of(self.alias, i) and i < keep and not info.get("aliases")}
        for name in sorted(stale - {keep}):
            try:
                self.client.options(ignore_status=404).indices.delete(index=name)
            except Exception:  # the new index serves already; a leftover only costs disk
                logger.exception("Could not delete the old search index %s", name)

    def index_replace_all(self, documents: Iterable[ProductDocument]) -> None:
        """Fills a new index, then swaps the alias in one call: searches never see a half-built index."""
        name = new_index_name(self.alias)
        self._create_index(name, building=True)
        try:
            self._bulk(bulk_actions(documents, name))
            self._call(self.client.indices.put_settings, index=name, settings={
                "index": {"refresh_interval": None, "number_of_replicas": self.replicas}})
            self._call(self.client.indices.refresh, index=name)
            previous = self._point_alias_at(name)
        except BaseException:
            self.client.options(ignore_status=404).indices.delete(index=name)
            raise
        self._delete_stale(name, previous)

    def index_drop(self) -> None:
        """Deletes every index of this alias (for throwaway indices: tests, benchmarks)."""
        try:
            names = self.client.indices.get_alias(index=f"{self.alias}*").body
        except NotFoundError:
            return
        for name in names:
            if name == self.alias or is_concrete_index_of(self.alias, name):
                self.client.options(ignore_status=404).indices.delete(index=name)

    def _ensure_index(self) -> None:
        """Before the first rebuild, writes need an index behind the alias."""
        if self._call(self.client.indices.exists_alias, name=self.alias):
            return
        name = new_index_name(self.alias)
        self._create_index(name)
        self._point_alias_at(name)

    def index_upsert(self, documents: Iterable[ProductDocument]) -> None:
        documents = iter(documents)
        first = next(documents, None)
        if first is None:
            return
        self._ensure_index()
        self._bulk(bulk_actions(itertools.chain([first], documents), self.alias), refresh=self.refresh)

    def index_delete(self, product_ids: Iterable[int]) -> None:
        ids = [int(pk) for pk in product_ids]
        if not ids or not self._call(self.client.indices.exists_alias, name=self.alias):
            return
        self._bulk(delete_actions(ids, self.alias), refresh=self.refresh, ignore_status=(404,))

    # --- reading ------------------------------------------------------------------
    def _search(self, body: dict) -> dict:
        return self._call(self.reader.search, index=self.alias, body=body).body

    def vocabulary(self, q: str) -> Vocabulary:
        """What the index says about the words of ``q`` (one request, none when nothing to ask)."""
        questions = vocabulary_questions(q)
        if not questions:
            return Vocabulary()
        return parse_vocabulary(questions, self._search(vocabulary_body(questions)))

    def search(self, request: SearchRequest) -> SearchResponse:
        try:
            vocabulary = self.vocabulary(request.q)
            raw = self._search(search_body(request, vocabulary))
            node = query_tree(request.q, vocabulary.is_term, vocabulary.has_prefix)
            if matched_before_filters(raw) == 0 and len(query_parts(analysis.with_compound_parts(node))) > 1:
                # No product has every part of the query: the best partial matches.
                raw = self._search(search_body(request, vocabulary, partial=True))
                return parse_search_response(raw, partial=matched_before_filters(raw) > 0)
        except NotFoundError:  # nothing indexed yet
            return SearchResponse(count=0, product_ids=[], facets=empty_facets())
        return parse_search_response(raw)

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        body = suggest_body(prefix, limit)
        if body is None:
            return []
        try:
            raw = self._search(body)
        except NotFoundError:
            return []
        return parse_suggestions(raw, limit, english=not analysis.is_thai(prefix))
