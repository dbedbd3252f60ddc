"""The interface every search backend implements, with typed requests and answers."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from ..documents import ProductDocument

SORTS = ("relevance", "price_asc", "price_desc", "newest", "stars")


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    category: str | None = None
    province: str | None = None  # ISO code
    region: str | None = None
    producer_type: str | None = None
    stars: int | None = None  # at least this many
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 24


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResponse:
    count: int
    product_ids: list[int]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    # No product has every word of the query: these are the best partial matches,
    # ranked by how many (and which) of its words they have.
    partial: bool = False


class SearchUnavailable(Exception):
    """The search engine cannot answer now (unreachable, timed out or failing)."""


class SearchBackend(Protocol):
    def index_replace_all(self, documents: list[ProductDocument]) -> None: ...

    def index_upsert(self, documents: list[ProductDocument]) -> None: ...

    def index_delete(self, product_ids: list[int]) -> None: ...

    def search(self, request: SearchRequest) -> SearchResponse: ...

    def suggest(self, prefix: str, limit: int = 8) -> list[str]: ...

    def available(self) -> bool: ...
