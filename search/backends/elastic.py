"""The Elasticsearch backend, for deployments that set ``ELASTICSEARCH_URL``.

Documents and queries arrive pre-segmented by ``search.analysis`` (Thai has
no spaces between words), so the main fields only split on white space: the
same words as the embedded backend. Queries are analysed there too, into the
tree of ``analysis.analyse_query`` (segmentation, known misspellings, synonym
groups and phrases, the prefix rule); this module renders that tree in the
Query DSL and supplies what only the index knows. Elasticsearch adds English
stemming, typo tolerance for Latin words (``fuzziness``), a search-time
synonym_graph filter built from the same analysed groups, an edge-n-gram
field for search-as-you-type and a completion field for suggestions.

The whole-word rule
-------------------
The last word of a query may still be being typed, so it also matches as a
prefix, unless it is already a whole word of the index: then ชา ("tea")
stays ชา and never completes to ชาวเขา ("hill tribe"). Whether a word is a
whole word is a property of the whole index, not of one document, so no
single query can express it. The backend first asks the index, in one cheap
request (``size: 0``, one ``filter`` aggregation per word: ``term`` for "is
a word", ``prefix`` for "starts a word", on the ``text`` field whose terms
are exactly our words), then builds the query with those answers as the
``is_term``/``has_prefix`` callables of ``analyse_query``, exactly like the
embedded backend. Whole words are matched only on whole-word fields
(``title_text``, ``text``, ``title_text.english``); the edge-n-gram field
``title_text.prefix`` (and a ``prefix`` query on ``text``) serve only prefix
phrases, which the tree holds only for a last word that is not a whole word.
``title_text.thai`` (Elasticsearch's own Thai segmentation) may split
compounds (มะม่วงหิมพานต์ -> มะม่วง + หิมพานต์), so it only adds to the
score, never decides a match. Entries of several words (``dried mango``)
match as phrases with ``slop`` 3, the embedded backend's ``NEAR``.

Misspellings: where the embedded backend replaces a Latin word that the
index lacks by its nearest indexed word, this backend matches it with
``fuzziness`` ``AUTO:4,8`` (one edit for 4-7 letters, two from 8, as
``analysis.max_edit_distance``), under the same conditions: a Latin word of
four letters or more, not a synonym entry, not a word of the index and, as
the last word typed, not the start of one. Known words are never fuzzy (silk
must not bring milk); Thai words never are.

Without an index to ask, :func:`dictionary_is_term` is the fallback of the
pure functions: a Thai word of the segmentation dictionary is whole.

Index lifecycle
---------------
Products live in concrete indices ``<alias>-<UTC timestamp>`` behind the alias
``<alias>`` (``settings.ELASTICSEARCH_INDEX``, default ``products``). A rebuild
fills a new index, refreshes it, swaps the alias in one ``update_aliases``
call and deletes the old indices, so searches never see a half-built index.
Upserts and deletes go through the alias. Synonym rules are read from
``search.analysis`` when an index is created: a rebuild picks up new groups.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from elasticsearch import Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    MetaField,
    Q,
    ScaledFloat,
    Search,
    Text,
    analyzer,
    token_filter,
)

from .. import analysis
from ..documents import ProductDocument
from .base import FacetValue, SearchRequest, SearchResponse
from .embedded import _PRICE_RANGES

logger = logging.getLogger(__name__)

DEFAULT_ALIAS = "products"

# Analyzer names used by the mapping; their definitions are built when an
# index is created (see ``analysis_analyzers``), so that they read the
# synonym groups of that moment.
WORDS_ANALYZER = "otop_words"  # whitespace + lowercase: our pre-segmented words
WORDS_SEARCH_ANALYZER = "otop_words_search"  # + synonym_graph, query time only
PREFIX_ANALYZER = "otop_prefix"  # + edge_ngram 1-20, index time
PREFIX_SEARCH_ANALYZER = "otop_prefix_search"  # whitespace + lowercase + truncate 20
SUGGEST_ANALYZER = "otop_suggest"  # keyword + lowercase: a title is one completion input
SYNONYM_FILTER = "otop_synonyms"
EDGE_NGRAM_FILTER = "otop_edge_ngram"
PREFIX_MAX = 20

# Whole-word fields: a word matches only a whole indexed word (or a synonym,
# or its English stem), never the inside of a longer word.
WORD_FIELDS = ("title_text^5", "text", "title_text.english^2")
PREFIX_FIELD = "title_text.prefix"
THAI_FIELD = "title_text.thai"
TERM_FIELD = "text"  # the field whose terms are exactly the indexed words
SUGGEST_FIELD = "suggest"

FACET_FIELDS = {
    "category": "category",
    "province": "province_code",
    "region": "region",
    "stars": "stars",
    "producer_type": "producer_type",
}
FACET_SIZE = 100  # more than the 77 provinces
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's default index.max_result_window

SORTS = {
    "relevance": ["_score", {"stars": {"order": "desc"}}, {"product_id": {"order": "asc"}}],
    "price_asc": [{"price": {"order": "asc"}}, {"product_id": {"order": "asc"}}],
    "price_desc": [{"price": {"order": "desc"}}, {"product_id": {"order": "asc"}}],
    "newest": [{"created": {"order": "desc"}}, {"product_id": {"order": "desc"}}],
    "stars": [{"stars": {"order": "desc"}}, "_score", {"product_id": {"order": "asc"}}],
}


# --- the mapping ---------------------------------------------------------------
class ProductIndexDoc(Document):
    """One product as Elasticsearch stores it."""

    product_id = Integer()
    upc = Keyword()
    # Shown by suggestions; searched through the segmented fields below.
    title_th = Keyword(index=False, doc_values=False)
    title_en = Keyword(index=False, doc_values=False)
    # index_prefixes: fast prefix queries for the last word typed (as FTS5 ``prefix = '2 3'``).
    text = Text(analyzer=WORDS_ANALYZER, search_analyzer=WORDS_SEARCH_ANALYZER,
                index_prefixes={"min_chars": 2, "max_chars": 5})
    title_text = Text(
        analyzer=WORDS_ANALYZER,
        search_analyzer=WORDS_SEARCH_ANALYZER,
        fields={
            "english": Text(analyzer="english"),
            "thai": Text(analyzer="thai"),
            "prefix": Text(analyzer=PREFIX_ANALYZER, search_analyzer=PREFIX_SEARCH_ANALYZER),
        },
    )
    category = Keyword()
    province_code = Keyword()
    region = Keyword()
    producer_type = Keyword()
    stars = Integer()
    price = ScaledFloat(scaling_factor=100)
    created = Date()
    suggest = Completion(analyzer=SUGGEST_ANALYZER)

    class Meta:
        dynamic = MetaField("strict")

    class Index:
        # The alias; concrete indices are named by ``new_index_name``.
        name = DEFAULT_ALIAS

    @classmethod
    def from_document(cls, doc: ProductDocument) -> ProductIndexDoc:
        return cls(
            meta={"id": str(doc.product_id)},
            product_id=doc.product_id,
            upc=doc.upc,
            title_th=doc.title_th,
            title_en=doc.title_en,
            text=doc.text,
            title_text=doc.title_text,
            category=doc.category,
            province_code=doc.province_code,
            region=doc.region,
            producer_type=doc.producer_type,
            stars=doc.stars,
            price=float(doc.price),
            created=doc.created,
            suggest=suggest_inputs(doc),
        )


def suggest_inputs(doc: ProductDocument) -> dict:
    """Completion inputs: both titles whole, and every segmented word of the titles."""
    inputs = [doc.title_th, doc.title_en, *doc.title_text.split(" ")]
    unique = list(dict.fromkeys(analysis.normalise(i) for i in inputs if i and i.strip()))
    return {"input": unique, "weight": max(doc.stars, 0) + 1}


def synonym_rules() -> list[str]:
    """Solr-format rules from the analysed synonym groups and typos, read now (at index creation)."""
    return list(analysis.elasticsearch_synonym_rules())


def analysis_analyzers() -> list:
    """The custom analyzers, built now so the synonym groups are read now."""
    synonym_filter = token_filter(SYNONYM_FILTER, "synonym_graph", synonyms=synonym_rules(), lenient=True)
    edge_ngram = token_filter(EDGE_NGRAM_FILTER, "edge_ngram", min_gram=1, max_gram=PREFIX_MAX)
    truncate = token_filter("otop_truncate", "truncate", length=PREFIX_MAX)
    return [
        analyzer(WORDS_ANALYZER, tokenizer="whitespace", filter=["lowercase"]),
        analyzer(WORDS_SEARCH_ANALYZER, tokenizer="whitespace", filter=["lowercase", synonym_filter]),
        analyzer(PREFIX_ANALYZER, tokenizer="whitespace", filter=["lowercase", edge_ngram]),
        analyzer(PREFIX_SEARCH_ANALYZER, tokenizer="whitespace", filter=["lowercase", truncate]),
        analyzer(SUGGEST_ANALYZER, tokenizer="keyword", filter=["lowercase"]),
    ]


def product_index(name: str, *, replicas: int = 0, building: bool = False) -> Index:
    """A concrete product index: settings, analysis and mapping."""
    index = Index(name)
    settings: dict = {"number_of_shards": 1, "number_of_replicas": 0 if building else replicas}
    if building:
        settings["refresh_interval"] = "-1"  # restored before the alias swap
    index.settings(**settings)
    for a in analysis_analyzers():
        index.analyzer(a)
    index.document(ProductIndexDoc)
    return index


def index_body(name: str = DEFAULT_ALIAS, **kwargs) -> dict:
    """``{"settings": ..., "mappings": ...}`` for ``indices.create``."""
    return product_index(name, **kwargs).to_dict()


def new_index_name(alias: str, now: datetime | None = None) -> str:
    return f"{alias}-{(now or datetime.now(UTC)).strftime('%Y%m%d%H%M%S%f')}"


def _is_concrete_index_of(alias: str, name: str) -> bool:
    return re.fullmatch(re.escape(alias) + r"-\d{20}", name) is not None


def bulk_actions(documents: Iterable[ProductDocument], index: str) -> Iterator[dict]:
    """``index`` actions for ``helpers.bulk``, one per document, id = product id."""
    for doc in documents:
        yield {
            "_op_type": "index",
            "_index": index,
            "_id": str(doc.product_id),
            "_source": ProductIndexDoc.from_document(doc).to_dict(),
        }


def delete_actions(product_ids: Iterable[int], index: str) -> Iterator[dict]:
    for pk in product_ids:
        yield {"_op_type": "delete", "_index": index, "_id": str(int(pk))}


# --- queries -------------------------------------------------------------------
FUZZINESS = "AUTO:4,8"  # = analysis.max_edit_distance: 1 edit for 4-7 letters, 2 from 8
PHRASE_SLOP = 3  # words of a several-word entry may stand this far apart (embedded: NEAR 3)


def dictionary_is_term(word: str) -> bool:
    """Fallback whole-word test without an index: a Thai word of the segmentation dictionary."""
    return analysis.is_thai(word) and word in analysis.thai_dictionary()


def _never(word: str) -> bool:
    return False


def query_tree(q: str, is_term: Callable[[str], bool] = dictionary_is_term,
               has_prefix: Callable[[str], bool] = _never):
    """``analysis.analyse_query`` without a speller: misspellings are left to ``fuzziness``."""
    return analysis.analyse_query(q, is_term=is_term, has_prefix=has_prefix, correct=None)


@dataclass(frozen=True)
class Questions:
    """What the query needs to know from the index."""

    terms: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefixes)


@dataclass(frozen=True)
class Vocabulary:
    """The index's answers: which words it holds, which words start one of its words."""

    terms: frozenset[str] = field(default_factory=frozenset)
    prefixes: frozenset[str] = field(default_factory=frozenset)

    def is_term(self, word: str) -> bool:
        return word in self.terms

    def has_prefix(self, word: str) -> bool:
        return word in self.prefixes


def _phrases(node) -> Iterator[analysis.Phrase]:
    if isinstance(node, analysis.Phrase):
        yield node
    elif node is not None:
        for child in node.options if isinstance(node, analysis.AnyOf) else node.parts:
            yield from _phrases(child)


def _prefix_words(node) -> set[str]:
    return {p.words[0] for p in _phrases(node) if p.prefix and len(p.words) == 1}


def vocabulary_questions(q: str) -> Questions:
    """The words whose status changes the query: asked while analysing with "no" for every answer.

    The analysis asks the same questions whatever the answers (they only
    decide prefix or not), so one pass finds them all. ``has_prefix`` matters
    for fuzziness of the last word typed.
    """
    asked: list[str] = []

    def record(word: str) -> bool:
        asked.append(word)
        return False

    node = query_tree(q, is_term=record, has_prefix=_never)
    terms = list(dict.fromkeys(asked))
    prefixes = [w for w in sorted(_prefix_words(node)) if analysis.is_correctable(w)]
    return Questions(tuple(terms), tuple(prefixes))


def vocabulary_body(questions: Questions) -> dict:
    """One request answering every question: a filter aggregation per word, no hits."""
    aggs = {f"t{i}": {"filter": {"term": {TERM_FIELD: w}}} for i, w in enumerate(questions.terms)}
    aggs |= {f"p{i}": {"filter": {"prefix": {TERM_FIELD: w}}} for i, w in enumerate(questions.prefixes)}
    return {"size": 0, "track_total_hits": False, "aggs": aggs}


def parse_vocabulary(questions: Questions, raw: dict) -> Vocabulary:
    aggs = raw.get("aggregations") or {}

    def found(key: str) -> bool:
        return aggs.get(key, {}).get("doc_count", 0) > 0

    return Vocabulary(
        terms=frozenset(w for i, w in enumerate(questions.terms) if found(f"t{i}")),
        prefixes=frozenset(w for i, w in enumerate(questions.prefixes) if found(f"p{i}")),
    )


@dataclass(frozen=True)
class _Renderer:
    is_term: Callable[[str], bool]
    has_prefix: Callable[[str], bool]
    prefix_words: frozenset[str]

    def fuzzy(self, word: str) -> bool:
        """Where the embedded backend would ask its speller for the nearest word."""
        if not analysis.is_correctable(word) or (word,) in analysis.synonym_index().by_phrase:
            return False
        if self.is_term(word):
            return False
        return not (word in self.prefix_words and self.has_prefix(word))

    def word(self, word: str) -> Q:
        params: dict = {"query": word, "fields": list(WORD_FIELDS), "operator": "and"}
        if self.fuzzy(word):
            params.update(fuzziness=FUZZINESS, prefix_length=1)
        return Q("multi_match", **params)

    def render(self, node) -> Q:
        if isinstance(node, analysis.AnyOf):
            return Q("bool", should=[self.render(o) for o in node.options], minimum_should_match=1)
        if isinstance(node, analysis.AllOf):
            return Q("bool", must=[self.render(p) for p in node.parts])
        words = node.words
        if not node.prefix:
            if len(words) == 1:
                return self.word(words[0])
            # A synonym entry of several words: near each other, as the embedded backend's NEAR.
            return Q("multi_match", query=" ".join(words), fields=list(WORD_FIELDS), type="phrase",
                     slop=PHRASE_SLOP)
        if len(words) == 1:
            if self.fuzzy(words[0]):  # starts no word of the index: maybe a typo of one
                return Q("bool", should=[_prefix_clause(words[0]), self.word(words[0])], minimum_should_match=1)
            return _prefix_clause(words[0])  # any title word it starts, itself included
        return Q("match_phrase_prefix", title_text={"query": " ".join(words)})


def _prefix_clause(prefix: str) -> Q:
    """A word starting with ``prefix``: scored in titles (edge n-grams), also found in the rest of the text."""
    return Q("bool", should=[Q("match", **{PREFIX_FIELD: {"query": prefix, "operator": "and"}}),
                             Q("prefix", **{TERM_FIELD: {"value": prefix}})], minimum_should_match=1)


def text_query(node, is_term: Callable[[str], bool] = dictionary_is_term,
               has_prefix: Callable[[str], bool] = _never, *, relaxed: bool = False, q: str = "") -> Q:
    """Every top-level part of the tree must match (any one of them when ``relaxed``)."""
    renderer = _Renderer(is_term, has_prefix, frozenset(_prefix_words(node)))
    parts = list(node.parts) if isinstance(node, analysis.AllOf) else [node]
    rendered = [renderer.render(p) for p in parts]
    if relaxed and len(rendered) > 1:
        # No product has every part: rank those with most of them first (scores add up).
        must = [Q("bool", should=rendered, minimum_should_match=1)]
    else:
        must = rendered
    # Ranking only: Elasticsearch's own Thai segmentation, and the words in title order.
    words = analysis.tokens(q) if q else analysis.query_words(node)
    should = [Q("match", **{THAI_FIELD: {"query": " ".join(words)}})]
    if len(words) > 1:
        should.append(Q("match_phrase", title_text={"query": " ".join(words), "slop": 2, "boost": 2}))
    return Q("bool", must=must, should=should)


def request_filters(request: SearchRequest) -> dict[str, Q]:
    """The active filters, keyed by facet name (``price`` for the price range)."""
    filters: dict[str, Q] = {}
    exact = {"category": request.category, "province": request.province, "region": request.region,
             "producer_type": request.producer_type}
    for name, value in exact.items():
        if value:
            filters[name] = Q("term", **{FACET_FIELDS[name]: value})
    if request.stars:
        filters["stars"] = Q("range", stars={"gte": int(request.stars)})
    price: dict = {}
    if request.min_price is not None:
        price["gte"] = float(request.min_price)
    if request.max_price is not None:
        price["lte"] = float(request.max_price)
    if price:
        filters["price"] = Q("range", price=price)
    return filters


def _all_of(clauses: list[Q]) -> Q:
    return Q("bool", filter=clauses) if clauses else Q("match_all")


def search_body(request: SearchRequest, is_term: Callable[[str], bool] = dictionary_is_term,
                has_prefix: Callable[[str], bool] = _never, *, relaxed: bool = False) -> dict:
    """The request body of ``search`` for ``request``.

    ``is_term``/``has_prefix`` are the index's answers (see ``Vocabulary``);
    ``relaxed`` asks for products with any part of the query rather than all,
    the embedded backend's second try when nothing has every part. Filters go
    to ``post_filter`` so that the facet aggregations, which run on the
    query's hits before it, can each apply every filter but their own
    (drill-sideways, as the embedded backend).
    """
    node = query_tree(request.q, is_term, has_prefix)
    query = Q("match_all") if node is None else text_query(node, is_term, has_prefix, relaxed=relaxed, q=request.q)
    s = Search().query(query)
    filters = request_filters(request)
    if filters:
        s = s.post_filter(_all_of(list(filters.values())))
    for name, field_name in FACET_FIELDS.items():
        others = [clause for key, clause in filters.items() if key != name]
        s.aggs.bucket(name, "filter", filter=_all_of(others)).bucket(
            "values", "terms", field=field_name, size=FACET_SIZE)
    others = [clause for key, clause in filters.items() if key != "price"]
    ranges = [{"key": key, "from": low, **({} if high is None else {"to": high})} for key, low, high in _PRICE_RANGES]
    s.aggs.bucket("price", "filter", filter=_all_of(others)).bucket("ranges", "range", field="price", ranges=ranges)
    s = s.sort(*SORTS.get(request.sort, SORTS["relevance"]))
    page = max(int(request.page), 1)
    page_size = max(int(request.page_size), 0)
    start = min((page - 1) * page_size, MAX_RESULT_WINDOW)
    stop = min(start + page_size, MAX_RESULT_WINDOW)
    s = s[start:stop].source(False).extra(track_total_hits=True)
    return s.to_dict()


def empty_facets() -> dict[str, list[FacetValue]]:
    facets: dict[str, list[FacetValue]] = {name: [] for name in FACET_FIELDS}
    facets["price"] = [FacetValue(key, 0) for key, _low, _high in _PRICE_RANGES]
    return facets


def parse_search_response(raw: dict) -> SearchResponse:
    hits = raw["hits"]
    total = hits["total"]
    count = total["value"] if isinstance(total, dict) else int(total)
    aggs = raw.get("aggregations") or {}
    facets = empty_facets()
    for name in FACET_FIELDS:
        buckets = aggs.get(name, {}).get("values", {}).get("buckets", [])
        facets[name] = [FacetValue(str(b.get("key_as_string", b["key"])), b["doc_count"]) for b in buckets]
    price = aggs.get("price", {}).get("ranges", {}).get("buckets")
    if price is not None:
        counts = {b["key"]: b["doc_count"] for b in price}
        facets["price"] = [FacetValue(key, counts.get(key, 0)) for key, _low, _high in _PRICE_RANGES]
    return SearchResponse(count=count, product_ids=[int(h["_id"]) for h in hits["hits"]], facets=facets)


def suggest_body(prefix: str, limit: int = 8) -> dict | None:
    """A completion-suggester request; ``None`` when there is nothing to complete."""
    text = analysis.normalise(prefix)
    if not text or limit <= 0:
        return None
    completion: dict = {"field": SUGGEST_FIELD, "size": limit * 2, "skip_duplicates": True}
    if analysis.is_correctable(text):
        completion["fuzzy"] = {"fuzziness": FUZZINESS, "prefix_length": 1}
    return {"size": 0, "_source": ["title_th", "title_en"],
            "suggest": {"titles": {"prefix": text, "completion": completion}}}


def parse_suggestions(raw: dict, limit: int = 8, *, english: bool = False) -> list[str]:
    """Titles in the script the shopper is typing (as the embedded backend), best first, once each."""
    titles: list[str] = []
    for entry in (raw.get("suggest") or {}).get("titles", []):
        for option in entry.get("options", []):
            source = option.get("_source") or {}
            th, en = source.get("title_th") or "", source.get("title_en") or ""
            title = (en or th) if english else (th or en)
            title = title or option.get("text", "")
            if title and title not in titles:
                titles.append(title)
    return titles[:limit]


# --- the backend ---------------------------------------------------------------
class ElasticBackend:
    def __init__(self, url: str = "", *, alias: str = DEFAULT_ALIAS, client: Elasticsearch | None = None,
                 timeout: float = 10, retries: int = 3, refresh: bool | str = "wait_for", replicas: int = 0,
                 chunk_size: int = 500):
        self.alias = alias
        self.client = client or Elasticsearch(url, request_timeout=timeout, max_retries=retries,
                                              retry_on_timeout=True)
        self.timeout = timeout
        self.refresh = refresh
        self.replicas = replicas
        self.chunk_size = chunk_size

    @classmethod
    def from_settings(cls) -> ElasticBackend:
        from django.conf import settings

        return cls(
            settings.ELASTICSEARCH_URL,
            alias=getattr(settings, "ELASTICSEARCH_INDEX", DEFAULT_ALIAS) or DEFAULT_ALIAS,
            timeout=getattr(settings, "ELASTICSEARCH_TIMEOUT", 10),
            retries=getattr(settings, "ELASTICSEARCH_RETRIES", 3),
            # Read-your-writes like the embedded index: a saved product shows in search.
            refresh=getattr(settings, "ELASTICSEARCH_REFRESH", "wait_for"),
            replicas=getattr(settings, "ELASTICSEARCH_REPLICAS", 0),
        )

    # --- writing ---------------------------------------------------------------
    def _bulk(self, actions: Iterable[dict], **kwargs) -> None:
        client = self.client.options(request_timeout=max(self.timeout, 60))
        for _ok, _info in helpers.streaming_bulk(client, actions, chunk_size=self.chunk_size, max_retries=3,
                                                 raise_on_error=True, **kwargs):
            pass

    def _create_index(self, name: str, *, building: bool = False) -> None:
        body = index_body(name, replicas=self.replicas, building=building)
        self.client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])

    def _aliased_indices(self) -> list[str]:
        try:
            return sorted(self.client.indices.get_alias(name=self.alias).body)
        except NotFoundError:
            return []

    def _point_alias_at(self, name: str) -> list[str]:
        """Moves the alias to ``name`` in one atomic call; returns the indices it left."""
        current = self._aliased_indices()
        previous = [i for i in current if i != name]
        actions: list[dict] = [{"remove": {"index": i, "alias": self.alias}} for i in previous]
        if not current and self.client.indices.exists(index=self.alias):
            # A concrete index squats the alias name (auto-created by a stray write).
            actions.append({"remove_index": {"index": self.alias}})
        actions.append({"add": {"index": name, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)
        return previous

    def _delete_stale(self, keep: str, previous: list[str]) -> None:
        """Drops the indices the alias left, and leftovers of failed older builds."""
        stale = set(previous)
        try:
            existing = self.client.indices.get_alias(index=f"{self.alias}-*").body
        except NotFoundError:
            existing = {}
        stale |= {i for i, info in existing.items()
                  if _is_concrete_index_of(self.alias, i) and i < keep and not info.get("aliases")}
        for name in sorted(stale - {keep}):
            try:
                self.client.options(ignore_status=404).indices.delete(index=name)
            except Exception:  # the new index serves already; a leftover only costs disk
                logger.exception("Could not delete the old search index %s", name)

    def index_replace_all(self, documents: Iterable[ProductDocument]) -> None:
        name = new_index_name(self.alias)
        self._create_index(name, building=True)
        try:
            self._bulk(bulk_actions(documents, name))
            self.client.indices.put_settings(
                index=name, settings={"index": {"refresh_interval": None, "number_of_replicas": self.replicas}}
            )
            self.client.indices.refresh(index=name)
            previous = self._point_alias_at(name)
        except BaseException:
            self.client.options(ignore_status=404).indices.delete(index=name)
            raise
        self._delete_stale(name, previous)

    def _ensure_index(self) -> None:
        """Before the first rebuild, writes need an index behind the alias."""
        if self.client.indices.exists_alias(name=self.alias):
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
        if not ids or not self.client.indices.exists_alias(name=self.alias):
            return
        self._bulk(delete_actions(ids, self.alias), refresh=self.refresh, ignore_status=(404,))

    # --- reading ---------------------------------------------------------------
    def vocabulary(self, q: str) -> Vocabulary:
        """What the index says about the words of ``q`` (one request, none when nothing to ask)."""
        questions = vocabulary_questions(q)
        if not questions:
            return Vocabulary()
        raw = self.client.search(index=self.alias, body=vocabulary_body(questions))
        return parse_vocabulary(questions, raw.body)

    def search(self, request: SearchRequest) -> SearchResponse:
        try:
            vocabulary = self.vocabulary(request.q)
            body = search_body(request, vocabulary.is_term, vocabulary.has_prefix)
            response = parse_search_response(self.client.search(index=self.alias, body=body).body)
            if response.count == 0:
                node = query_tree(request.q, vocabulary.is_term, vocabulary.has_prefix)
                if isinstance(node, analysis.AllOf):
                    # No product has every word: rank those with any of them, as the embedded backend.
                    body = search_body(request, vocabulary.is_term, vocabulary.has_prefix, relaxed=True)
                    response = parse_search_response(self.client.search(index=self.alias, body=body).body)
        except NotFoundError:  # nothing indexed yet
            return SearchResponse(count=0, product_ids=[], facets=empty_facets())
        return response

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        body = suggest_body(prefix, limit)
        if body is None:
            return []
        try:
            raw = self.client.search(index=self.alias, body=body)
        except NotFoundError:
            return []
        return parse_suggestions(raw.body, limit, english=not analysis.is_thai(prefix))
