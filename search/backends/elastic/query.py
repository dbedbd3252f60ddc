"""Search requests in the Query DSL, and the answers back as ``SearchResponse``.

``analysis.analyse_query`` turns the shopper's words into a tree (synonyms
expanded, known misspellings fixed, the last word marked as a prefix while it
is being typed); this module renders that tree and adds what only the index
can say: which words it holds (``Vocabulary``, one cheap request), and
``fuzziness`` for a Latin word it lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ... import analysis
from ..base import FacetValue, SearchRequest, SearchResponse
from ...facets import PRICE_BANDS
from .mapping import FACET_FIELDS, FINE_FIELD, HEAD_FIELD, SUGGEST_FIELD, TEXT_FIELD, TITLE_FIELD

FIELDS = [f"{TITLE_FIELD}^5", TEXT_FIELD]  # titles weigh five times the rest, as in the embedded backend
FUZZINESS = "AUTO:4,8"  # = analysis.max_edit_distance: 1 edit for 4-7 letters, 2 from 8
PHRASE_SLOP = 3  # words of a several-word entry may stand this far apart (embedded: NEAR 3)
# In a partial match each matched part of the query adds this much: more parts matched always
# rank first, BM25 (which words: rarer ones weigh more) orders those with as many.
PART_WEIGHT = 1000.0
# A match of the words as written ranks above one found only through compounds' parts
# (กล้วยฉาบ before กล้วยหอมฉาบ): the exact tier adds this much.
EXACT_WEIGHT = 100.0
# A product whose title starts with a word of the query is that thing, not made with it: ผ้าไหม…
# (silk cloth) before กระเป๋า…ผ้าไหม (a bag of silk), within the same tier.
HEAD_WEIGHT = 50.0
FINE_BOOST = 0.5  # as the embedded backend's bm25 weight of its ``fine`` column
FACET_SIZE = 100  # more than the 77 provinces
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's default index.max_result_window
SORTS = {
    "relevance": ["_score", {"stars": {"order": "desc"}}, {"product_id": {"order": "asc"}}],
    "price_asc": [{"price": {"order": "asc"}}, {"product_id": {"order": "asc"}}],
    "price_desc": [{"price": {"order": "desc"}}, {"product_id": {"order": "asc"}}],
    "newest": [{"created": {"order": "desc"}}, {"product_id": {"order": "desc"}}],
    "stars": [{"stars": {"order": "desc"}}, "_score", {"product_id": {"order": "asc"}}],
}


# --- what the index knows about the query's words ---------------------------------
def _never(word: str) -> bool:
    return False


def query_tree(q: str, is_term: Callable[[str], bool] = _never, has_prefix: Callable[[str], bool] = _never):
    """``analysis.analyse_query`` without a speller: misspellings are left to ``fuzziness``."""
    return analysis.analyse_query(q, is_term=is_term, has_prefix=has_prefix, correct=None)


@dataclass(frozen=True)
class Questions:
    """The words whose status changes the query."""

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
    elif node is not None and not isinstance(node, analysis.Parts):
        for child in node.options if isinstance(node, analysis.AnyOf) else node.parts:
            yield from _phrases(child)


def _prefix_words(node) -> set[str]:
    return {p.words[0] for p in _phrases(node) if p.prefix and len(p.words) == 1}


def vocabulary_questions(q: str) -> Questions:
    """Every word the analysis asks about (it asks the same whatever the answers), and the
    Latin prefixes whose answer decides fuzziness for the last word typed."""
    asked: list[str] = []

    def record(word: str) -> bool:
        asked.append(word)
        return False

    node = query_tree(q, is_term=record)
    prefixes = [w for w in sorted(_prefix_words(node)) if analysis.is_correctable(w)]
    return Questions(tuple(dict.fromkeys(asked)), tuple(prefixes))


def vocabulary_body(questions: Questions) -> dict:
    """One request answering every question: a filter aggregation per word, no hits."""
    aggs = {f"t{i}": {"filter": {"term": {TEXT_FIELD: w}}} for i, w in enumerate(questions.terms)}
    aggs |= {f"p{i}": {"filter": {"prefix": {TEXT_FIELD: w}}} for i, w in enumerate(questions.prefixes)}
    return {"size": 0, "track_total_hits": False, "aggs": aggs}


def parse_vocabulary(questions: Questions, raw: dict) -> Vocabulary:
    aggs = raw.get("aggregations") or {}

    def found(key: str) -> bool:
        return aggs.get(key, {}).get("doc_count", 0) > 0

    return Vocabulary(
        terms=frozenset(w for i, w in enumerate(questions.terms) if found(f"t{i}")),
        prefixes=frozenset(w for i, w in enumerate(questions.prefixes) if found(f"p{i}")),
    )


# --- the query tree in the Query DSL -------------------------------------------------
def _bool(**clauses) -> dict:
    return {"bool": clauses}


def _prefix(word: str) -> dict:
    """A word starting with ``word``, in the title (weighted) or the rest of the text."""
    return _bool(should=[{"prefix": {TITLE_FIELD: {"value": word, "boost": 5}}},
                         {"prefix": {TEXT_FIELD: {"value": word}}}], minimum_should_match=1)


def _phrase(words: tuple[str, ...], *, prefix: bool = False, slop: int = 0) -> dict:
    params: dict = {"query": " ".join(words), "fields": FIELDS, "type": "phrase_prefix" if prefix else "phrase"}
    if slop and not prefix:
        params["slop"] = slop
    return {"multi_match": params}


@dataclass(frozen=True)
class Renderer:
    vocabulary: Vocabulary
    prefix_words: frozenset[str]

    def fuzzy(self, word: str) -> bool:
        """Where the embedded backend would ask its speller for the nearest indexed word.

        Only a Latin word of four letters or more that is neither a synonym entry nor a word
        of the index (nor, as the last word typed, the start of one): silk never brings milk.
        """
        if not analysis.is_correctable(word) or (word,) in analysis.synonym_index().by_phrase:
            return False
        if self.vocabulary.is_term(word):
            return False
        return not (word in self.prefix_words and self.vocabulary.has_prefix(word))

    def word(self, word: str) -> dict:
        if self.fuzzy(word):
            return {"multi_match": {"query": word, "fields": FIELDS, "fuzziness": FUZZINESS, "prefix_length": 1}}
        # One BM25 over the weighted fields, as FTS5's bm25() over its columns.
        return {"combined_fields": {"query": word, "fields": FIELDS}}

    def render(self, node) -> dict:
        if isinstance(node, analysis.Parts):  # a compound's parts, near each other in the split text
            words = " ".join(node.words)
            if len(node.words) == 1:
                return {"match": {FINE_FIELD: {"query": words, "boost": FINE_BOOST}}}
            return {"match_phrase": {FINE_FIELD: {"query": words, "slop": len(node.words), "boost": FINE_BOOST}}}
        if isinstance(node, analysis.AnyOf):
            return _bool(should=[self.render(o) for o in node.options], minimum_should_match=1)
        if isinstance(node, analysis.AllOf):
            if node.together:  # ผ้า then a word starting ไห: one phrase, its last word a prefix
                return _phrase(tuple(p.words[0] for p in node.parts), prefix=node.parts[-1].prefix)
            return _bool(must=[self.render(p) for p in node.parts])
        words = node.words
        if node.prefix:
            if len(words) > 1:
                return _phrase(words, prefix=True)
            if self.fuzzy(words[0]):  # starts no word of the index: maybe a typo of one
                return _bool(should=[_prefix(words[0]), self.word(words[0])], minimum_should_match=1)
            return _prefix(words[0])  # any word it starts, itself included
        if len(words) == 1:
            return self.word(words[0])
        return _phrase(words, slop=PHRASE_SLOP)  # a synonym entry of several words (dried mango)


def query_parts(node) -> list:
    """The parts of the tree that must all match."""
    return list(node.parts) if isinstance(node, analysis.AllOf) and not node.together else [node]


def text_query(node, vocabulary: Vocabulary, *, partial: bool = False) -> dict:
    """Every part of the query must match; with ``partial``, any one, the most parts first.

    Thai words also match the parts of longer compounds (``analysis.with_compound_parts``),
    in a tier below the words as written.
    """
    renderer = Renderer(vocabulary, frozenset(_prefix_words(node)))
    loose = analysis.with_compound_parts(node)
    rendered = [renderer.render(part) for part in query_parts(loose)]
    head = {"constant_score": {"filter": {"terms": {HEAD_FIELD: sorted(set(analysis.query_words(node)))}},
                               "boost": HEAD_WEIGHT}}
    if partial:
        counted = [{"constant_score": {"filter": clause, "boost": PART_WEIGHT}} for clause in rendered]
        return _bool(must=[_bool(should=counted + rendered, minimum_should_match=1)], should=[head])
    query = rendered[0] if len(rendered) == 1 else _bool(must=rendered)
    if loose == node:
        return _bool(must=[query], should=[head])
    exact = [renderer.render(part) for part in query_parts(node)]
    exact_query = exact[0] if len(exact) == 1 else _bool(must=exact)
    return _bool(must=[query], should=[head, {"constant_score": {"filter": exact_query, "boost": EXACT_WEIGHT}}])


# --- filters, facets, sorting, paging ----------------------------------------------
def request_filters(request: SearchRequest) -> dict[str, dict]:
    """The active filters, keyed by facet name (``price`` for the price range)."""
    filters: dict[str, dict] = {}
    exact = {"category": request.category, "province": request.province, "region": request.region,
             "producer_type": request.producer_type}
    for name, value in exact.items():
        if value:
            filters[name] = {"term": {FACET_FIELDS[name]: value}}
    if request.stars:
        filters["stars"] = {"range": {"stars": {"gte": int(request.stars)}}}
    price: dict = {}
    if request.min_price is not None:
        price["gte"] = float(request.min_price)
    if request.max_price is not None:
        price["lte"] = float(request.max_price)
    if price:
        filters["price"] = {"range": {"price": price}}
    return filters


def _all_of(clauses: list[dict]) -> dict:
    return _bool(filter=clauses) if clauses else {"match_all": {}}


def facet_aggregations(filters: dict[str, dict]) -> dict:
    """Each facet counted with every filter but its own (drill-sideways), on the query's matches."""
    aggs: dict = {"matched": {"filter": {"match_all": {}}}}  # matches before any filter
    for name, field_name in FACET_FIELDS.items():
        others = [clause for key, clause in filters.items() if key != name]
        aggs[name] = {"filter": _all_of(others),
                      "aggs": {"values": {"terms": {"field": field_name, "size": FACET_SIZE}}}}
    others = [clause for key, clause in filters.items() if key != "price"]
    ranges = [{"key": key, "from": low, **({} if high is None else {"to": high})} for key, low, high in PRICE_BANDS]
    aggs["price"] = {"filter": _all_of(others), "aggs": {"ranges": {"range": {"field": "price", "ranges": ranges}}}}
    return aggs


def search_body(request: SearchRequest, vocabulary: Vocabulary = Vocabulary(), *, partial: bool = False) -> dict:
    """The body of the search request: filters in ``post_filter`` so the facets see around them."""
    node = query_tree(request.q, vocabulary.is_term, vocabulary.has_prefix)
    query = {"match_all": {}} if node is None else text_query(node, vocabulary, partial=partial)
    filters = request_filters(request)
    page = max(int(request.page), 1)
    page_size = max(int(request.page_size), 0)
    start = min((page - 1) * page_size, MAX_RESULT_WINDOW)
    body = {
        "query": query,
        "aggs": facet_aggregations(filters),
        "sort": SORTS.get(request.sort, SORTS["relevance"]),
        "from": start,
        "size": min(start + page_size, MAX_RESULT_WINDOW) - start,
        "_source": False,
        "track_total_hits": True,
    }
    if filters:
        body["post_filter"] = _all_of(list(filters.values()))
    return body


def empty_facets() -> dict[str, list[FacetValue]]:
    facets: dict[str, list[FacetValue]] = {name: [] for name in FACET_FIELDS}
    facets["price"] = [FacetValue(key, 0) for key, _low, _high in PRICE_BANDS]
    return facets


def matched_before_filters(raw: dict) -> int:
    return (raw.get("aggregations") or {}).get("matched", {}).get("doc_count", 0)


def parse_search_response(raw: dict, *, partial: bool = False) -> SearchResponse:
    hits = raw["hits"]
    total = hits["total"]
    count = total["value"] if isinstance(total, dict) else int(total)
    aggs = raw.get("aggregations") or {}
    facets = empty_facets()
    for name in FACET_FIELDS:
        buckets = aggs.get(name, {}).get("values", {}).get("buckets", [])
        facets[name] = [FacetValue(str(b.get("key_as_string", b["key"])), b["doc_count"]) for b in buckets]
    counts = {b["key"]: b["doc_count"] for b in aggs.get("price", {}).get("ranges", {}).get("buckets", [])}
    facets["price"] = [FacetValue(key, counts.get(key, 0)) for key, _low, _high in PRICE_BANDS]
    return SearchResponse(count=count, product_ids=[int(h["_id"]) for h in hits["hits"]], facets=facets,
                          partial=partial)


# --- suggestions ---------------------------------------------------------------------
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
            title = ((en or th) if english else (th or en)) or option.get("text", "")
            if title and title not in titles:
                titles.append(title)
    return titles[:limit]
