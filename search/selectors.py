"""Searching the catalogue: backend hits turned into products, in rank order."""

import math
from dataclasses import dataclass

from shop.catalogue.models import Product

from marketplace.certification.selectors import products_eligible, products_for_cards

from . import analysis
from .backends import search_backend
from .backends.base import FacetValue, SearchRequest, SearchUnavailable
from .indexing import index_ensure_current


@dataclass(frozen=True)
class SearchResults:
    request: SearchRequest
    count: int
    products: list[Product]
    facets: dict[str, list[FacetValue]]
    unavailable: bool = False  # the search engine did not answer: the page says so
    partial: bool = False  # no product has every word: the products shown have some of them

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.request.page_size))

    @property
    def has_next(self) -> bool:
        return self.request.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.request.page > 1


def products_in_order(product_ids: list[int]) -> list[Product]:
    """Eligible products with these ids, in the given order, ready for product cards.

    The eligibility filter is applied again so that a product whose
    certificate lapsed since it was indexed never shows.
    """
    queryset = products_for_cards(products_eligible(Product.objects.filter(pk__in=product_ids)))
    by_id = {p.pk: p for p in queryset}
    return [by_id[pk] for pk in product_ids if pk in by_id]


def product_search(request: SearchRequest) -> SearchResults:
    """The products and facet counts of a listing page or an API call, in rank order."""
    if request.q.strip() and not analysis.tokens(request.q):
        # Only emoji or punctuation: nothing to look for. Without a word the backends would browse
        # the whole catalogue, which would read as if everything matched "😀".
        return SearchResults(request=request, count=0, products=[], facets={})
    try:
        index_ensure_current()
        response = search_backend().search(request)
    except SearchUnavailable:
        return SearchResults(request=request, count=0, products=[], facets={}, unavailable=True)
    return SearchResults(
        request=request,
        count=response.count,
        products=products_in_order(response.product_ids),
        facets=response.facets,
        partial=response.partial,
    )


def search_suggestions(prefix: str, limit: int = 8) -> list[str]:
    try:
        index_ensure_current()
        return search_backend().suggest(prefix, limit)
    except SearchUnavailable:
        return []  # the search box still works: the page will say search is unavailable


def search_available() -> bool:
    return search_backend().available()
