"""The product index as Elasticsearch stores it: settings, mapping, documents, index names.

Only what every Elasticsearch server ships: the prebuilt ``whitespace`` and
``keyword`` analyzers, ``index_prefixes``, a completion field and doc values for
filters, facets and sorting. All text analysis happened before, in
``search.analysis`` (see search/README.md): documents arrive as normalised,
segmented words separated by spaces, so splitting on spaces is all that is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from ... import analysis
from ...documents import ProductDocument

DEFAULT_ALIAS = "products"
WORDS = "whitespace"  # documents and queries are pre-analysed words separated by spaces
TITLE_FIELD = "title_text"
TEXT_FIELD = "text"  # titles, descriptions, producer and place: its terms are exactly the indexed words
FINE_FIELD = "fine"  # the text with every compound split into its parts (analysis.fine_text)
HEAD_FIELD = "head"  # the first word of the title: what the product is (ผ้าไหม…, กาแฟ…)
SUGGEST_FIELD = "suggest"
FACET_FIELDS = {
    "category": "category",
    "province": "province_code",
    "region": "region",
    "stars": "stars",
    "producer_type": "producer_type",
}

_STORED_ONLY = {"type": "keyword", "index": False, "doc_values": False}


def index_mappings() -> dict:
    """The mapping of every product index, in tests as in production."""
    return {
        "dynamic": "strict",
        "properties": {
            "product_id": {"type": "integer"},
            "upc": {"type": "keyword"},
            # Shown by suggestions; searched through the segmented fields below.
            "title_th": _STORED_ONLY,
            "title_en": _STORED_ONLY,
            # index_prefixes: the word being typed is a cheap term lookup, not a scan of the terms.
            TITLE_FIELD: {"type": "text", "analyzer": WORDS, "index_prefixes": {"min_chars": 1, "max_chars": 10}},
            TEXT_FIELD: {"type": "text", "analyzer": WORDS, "index_prefixes": {"min_chars": 2, "max_chars": 5}},
            FINE_FIELD: {"type": "text", "analyzer": WORDS},
            HEAD_FIELD: {"type": "keyword"},
            "category": {"type": "keyword"},
            "province_code": {"type": "keyword"},
            "region": {"type": "keyword"},
            "producer_type": {"type": "keyword"},
            "stars": {"type": "integer"},
            "price": {"type": "double"},  # scaled_float lives in a module this server may lack
            "created": {"type": "date"},
            # Inputs are normalised in Python, so the keyword analyzer keeps them as they are.
            SUGGEST_FIELD: {"type": "completion", "analyzer": "keyword", "max_input_length": 100},
        },
    }


def index_settings(*, replicas: int = 0, building: bool = False) -> dict:
    settings: dict = {"number_of_shards": 1, "number_of_replicas": 0 if building else replicas}
    if building:
        settings["refresh_interval"] = "-1"  # restored before the alias swap
    return settings


def index_body(*, replicas: int = 0, building: bool = False) -> dict:
    """``{"settings": ..., "mappings": ...}`` for ``indices.create``."""
    return {"settings": index_settings(replicas=replicas, building=building), "mappings": index_mappings()}


def suggest_inputs(doc: ProductDocument) -> dict:
    """Completion inputs: both titles whole, and every segmented word of the titles."""
    inputs = [doc.title_th, doc.title_en, *doc.title_text.split(" ")]
    unique = list(dict.fromkeys(analysis.normalise(i) for i in inputs if i and i.strip()))
    return {"input": unique, "weight": max(doc.stars, 0) + 1}


def document_source(doc: ProductDocument) -> dict:
    return {
        "product_id": doc.product_id,
        "upc": doc.upc,
        "title_th": doc.title_th,
        "title_en": doc.title_en,
        TEXT_FIELD: doc.text,
        TITLE_FIELD: doc.title_text,
        FINE_FIELD: analysis.fine_text(doc.text),
        HEAD_FIELD: doc.title_text.split(" ", 1)[0],
        "category": doc.category,
        "province_code": doc.province_code,
        "region": doc.region,
        "producer_type": doc.producer_type,
        "stars": doc.stars,
        "price": float(doc.price),
        "created": doc.created,
        SUGGEST_FIELD: suggest_inputs(doc),
    }


def bulk_actions(documents: Iterable[ProductDocument], index: str) -> Iterator[dict]:
    """``index`` actions for ``helpers.bulk``, one per document, id = product id."""
    for doc in documents:
        yield {"_op_type": "index", "_index": index, "_id": str(doc.product_id), "_source": document_source(doc)}


def delete_actions(product_ids: Iterable[int], index: str) -> Iterator[dict]:
    for pk in product_ids:
        yield {"_op_type": "delete", "_index": index, "_id": str(int(pk))}


def new_index_name(alias: str, now: datetime | None = None) -> str:
    """A concrete index behind ``alias``: ``<alias>-<UTC timestamp>``."""
    return f"{alias}-{(now or datetime.now(UTC)).strftime('%Y%m%d%H%M%S%f')}"


def is_concrete_index_of(alias: str, name: str) -> bool:
    return re.fullmatch(re.escape(alias) + r"-\d{20}", name) is not None
