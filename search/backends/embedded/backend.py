"""Searching the index: matching in FTS5, then filters, facets, ranking and paging in memory."""

import bisect
import dataclasses
import heapq
import itertools
import math
import sqlite3
from collections import Counter

from ... import analysis
from ..base import SearchRequest, SearchResponse
from .facets import filtered_and_counted
from .files import IndexFile
from .query import WHOLE_WORDS, render
from .schema import BM25
from .speller import Speller
from .store import IndexState, Store

# Up to this many matches every match is ranked by BM25; beyond, the matches with the
# words in their title come first, the shortest titles first (what BM25 favours too),
# because scoring tens of thousands of matches would cost more than 30 ms.
EXACT_RANK_LIMIT = 3000
_CACHE_LIMIT = 20_000


def _tier(score) -> tuple:
    """The leading parts of a tiered score (``_tiered_matches``, ``_partial_matches``), () for plain BM25."""
    return score[:-1] if isinstance(score, tuple) else ()


def _score(score) -> float:
    return score[-1] if isinstance(score, tuple) else score


class EmbeddedBackend(IndexFile):
    """The embedded search backend (see the package's docstring)."""

    # --- what the index holds ------------------------------------------------
    def _vocabulary(self, conn: sqlite3.Connection, state: IndexState):
        def is_term(word: str) -> bool:
            known = state.terms.get(word)
            if known is None:
                known = conn.execute("SELECT 1 FROM fts_terms WHERE term = ?", (word,)).fetchone() is not None
                if len(state.terms) > _CACHE_LIMIT:
                    state.terms.clear()
                state.terms[word] = known
            return known

        def has_prefix(word: str) -> bool:
            known = state.prefixes.get(word)
            if known is None:
                upper = word[:-1] + chr(ord(word[-1]) + 1)
                known = conn.execute(
                    "SELECT 1 FROM fts_terms WHERE term >= ? AND term < ? LIMIT 1", (word, upper)
                ).fetchone() is not None
                if len(state.prefixes) > _CACHE_LIMIT:
                    state.prefixes.clear()
                state.prefixes[word] = known
            return known

        def correct(word: str) -> str | None:
            if word not in state.corrections:
                if state.speller is None:
                    latin = conn.execute("SELECT term, doc FROM fts_terms WHERE term >= 'a' AND term < '{'")
                    state.speller = Speller(latin)
                if len(state.corrections) > _CACHE_LIMIT:
                    state.corrections.clear()
                state.corrections[word] = state.speller.correct(word)
            return state.corrections[word]

        return is_term, has_prefix, correct

    def _match(self, conn: sqlite3.Connection, state: IndexState, q: str):
        is_term, has_prefix, correct = self._vocabulary(conn, state)
        return analysis.analyse_query(q, is_term=is_term, has_prefix=has_prefix, correct=correct)

    @staticmethod
    def _loose(state: IndexState, node):
        """``node`` with compounds' parts matching too, when the index has them and they add anything."""
        if node is None or not state.fine:
            return None
        loose = analysis.with_compound_parts(node)
        return loose if loose != node else None

    # --- reading -------------------------------------------------------------
    def _store(self, conn: sqlite3.Connection, state: IndexState) -> Store:
        if state.store is None:
            try:
                rows = conn.execute("SELECT product_id, category, province_code, region, producer_type, stars, price, "
                                    "created, title_len, head FROM doc").fetchall()
            except sqlite3.OperationalError:  # an index from before title_len and head
                rows = conn.execute("SELECT product_id, category, province_code, region, producer_type, stars, price, "
                                    "created, 0, '' FROM doc").fetchall()
            state.store = Store(rows)
        return state.store

    def search(self, request: SearchRequest) -> SearchResponse:
        conn = self._reader()
        state = self._current_state(conn)
        store = self._store(conn, state)
        node = self._match(conn, state, request.q)
        loose = self._loose(state, node)
        response, matched = self._search(conn, state, store, node, request, loose=loose)
        if matched == 0 and isinstance(node, analysis.AllOf):
            # No product has every word: the best partial matches, those with the most words first.
            partial = loose if isinstance(loose, analysis.AllOf) else node
            response, matched = self._search(conn, state, store, partial, request, partial=True)
            response = dataclasses.replace(response, partial=matched > 0)
        return response

    def _partial_matches(self, conn, state: IndexState, store: Store, node: analysis.AllOf):
        """Products with some of the query's parts, scored (smaller first) by how many parts they have,
        then which (a part few products have says more of what the shopper wants), then BM25."""
        total = max(len(store.all), 1)
        count: Counter = Counter()
        weight: Counter = Counter()
        for part in node.parts:
            expression = render(part, state.group_tokens)
            row = conn.execute("SELECT json_group_array(rowid) FROM fts WHERE fts MATCH ?", (expression,)).fetchone()
            found = store.positions(row[0])
            informative = math.log(1 + total / (1 + len(found)))
            for n in found:
                count[n] += 1
                weight[n] += informative
        matched = sorted(count)
        bm25: dict[int, float] = {}
        if matched and len(matched) <= EXACT_RANK_LIMIT:
            pos = (lambda rowid: rowid) if store.direct else store.pos.get
            expression = render(analysis.AnyOf(node.parts), state.group_tokens)
            for rowid, score in conn.execute(f"SELECT rowid, {BM25} FROM fts WHERE fts MATCH ?", (expression,)):
                n = pos(rowid)
                if n is not None:
                    bm25[n] = score
        scores = {n: (-count[n], -round(weight[n], 6), bm25.get(n, 0.0)) for n in matched}
        return matched, scores, None

    @staticmethod
    def _whole(state: IndexState, node) -> str:
        """``node`` matched against the words as written (not their parts)."""
        expression = render(node, state.group_tokens)
        return WHOLE_WORDS + expression if state.fine else expression

    def _tiered_matches(self, conn, state: IndexState, store: Store, node, loose):
        """Matches of the words themselves, then those found only through compounds' parts."""
        exact, exact_scores, exact_in_title = self._matches(conn, store, self._whole(state, node))
        matched, scores, in_title = self._matches(conn, store, render(loose, state.group_tokens))
        if len(matched) == len(exact):
            return exact, exact_scores, exact_in_title
        if exact_scores is not None and scores is not None:
            tiered = {n: (1, score) for n, score in scores.items()}
            tiered.update((n, (0, score)) for n, score in exact_scores.items())
            return matched, tiered, None
        return matched, None, set(exact) if exact else in_title

    def _matches(self, conn, store: Store, expression: str, title_only: bool = False):
        """Matching products (store positions, ascending) and their BM25 scores, or the title matches."""
        if title_only:
            expression = "{title_text} : (" + expression + ")"
        row = conn.execute("SELECT json_group_array(rowid) FROM fts WHERE fts MATCH ?", (expression,)).fetchone()
        matched = store.positions(row[0])
        if len(matched) <= EXACT_RANK_LIMIT:
            pos = (lambda rowid: rowid) if store.direct else store.pos.get
            scores = {}
            for rowid, score in conn.execute(f"SELECT rowid, {BM25} FROM fts WHERE fts MATCH ?", (expression,)):
                n = pos(rowid)
                if n is not None:
                    scores[n] = score
            return matched, scores, None
        if title_only:
            return matched, None, None
        row = conn.execute("SELECT json_group_array(rowid) FROM fts WHERE fts MATCH ?",
                           ("{title_text} : (" + expression + ")",)).fetchone()
        return matched, None, set(store.positions(row[0]))

    def _search(self, conn, state: IndexState, store: Store, node, request: SearchRequest, partial: bool = False,
                loose=None):
        """The response, and how many products matched the words before any filter.

        ``partial``: ``node`` is an ``AllOf`` no product matches whole; match any of its parts.
        ``loose``: ``node`` with compounds' parts; its matches rank after those of the words themselves.
        """
        scores = in_title = None
        low, high = request.min_price, request.max_price
        has_price = low is not None or high is not None
        low_f = float(low) if low is not None else float("-inf")
        high_f = float(high) if high is not None else float("inf")
        if node is None:
            matched = store.all
            if has_price:
                first = bisect.bisect_left(store.sorted_prices, low_f)
                last = bisect.bisect_right(store.sorted_prices, high_f)
                priced = sorted(store.by_price[first:last])
            else:
                priced = matched
        elif partial:
            matched, scores, in_title = self._partial_matches(conn, state, store, node)
        elif loose is not None:
            matched, scores, in_title = self._tiered_matches(conn, state, store, node, loose)
        else:
            matched, scores, in_title = self._matches(conn, store, self._whole(state, node))
        if node is not None:
            if has_price:
                price = store.price
                priced = [n for n in matched if low_f <= price[n] <= high_f]
            else:
                priced = matched
        selected, ordered_facets = filtered_and_counted(store, request, matched, priced,
                                                         whole_catalogue=node is None, has_price=has_price)

        if scores is not None and node is not None:
            # A product whose title starts with a word of the query is that thing, not made with it:
            # ผ้าไหม… (silk cloth) before กระเป๋า…ผ้าไหม (a bag of silk), within the same tier.
            heads = set(analysis.query_words(node))
            head = store.head
            scores = {n: (*_tier(score), head[n] not in heads, _score(score)) for n, score in scores.items()}
        offset = (request.page - 1) * request.page_size
        end = offset + request.page_size
        ordered = self._order(store, selected, request.sort, node is not None, scores, in_title, end)
        ids = store.ids
        response = SearchResponse(count=len(selected), product_ids=[ids[n] for n in ordered[offset:end]],
                                  facets=ordered_facets)
        return response, len(matched)

    @staticmethod
    def _order(store: Store, selected: list[int], sort: str, text: bool, scores, in_title, end: int) -> list[int]:
        """The first ``end`` of ``selected`` in the requested order."""
        if end <= 0 or not selected:
            return []

        def first(order_name: str, among: list[int]) -> list[int]:
            """The first ``end`` of ``among`` in a whole-catalogue order: a walk that stops early when
            ``among`` is a good part of the catalogue, a partial sort when it is a small part."""
            order = store.orders[order_name]
            if len(among) * 16 >= len(order):
                wanted = set(among)
                return list(itertools.islice((n for n in order if n in wanted), end))
            rank = store.ranks(order_name)
            return heapq.nsmallest(end, among, key=rank.__getitem__)

        if sort in ("price_asc", "price_desc", "newest"):
            return first(sort, selected)
        if not text:  # relevance and stars without words: most stars first
            return first("stars", selected)
        stars, ids = store.stars, store.ids
        if scores is not None:  # BM25 for every match
            if sort == "stars":
                return heapq.nsmallest(end, selected, key=lambda n: (-stars[n], scores[n], ids[n]))
            return heapq.nsmallest(end, selected, key=lambda n: (scores[n], -stars[n], ids[n]))
        static = store.rank_static
        if sort == "stars":
            return heapq.nsmallest(end, selected, key=lambda n: (-stars[n], n not in in_title, static[n]))
        ordered = first("static", [n for n in selected if n in in_title])
        if len(ordered) < end:
            rest = [n for n in selected if n not in in_title]
            ordered += first("static", rest)[:end - len(ordered)]
        return ordered

    def available(self) -> bool:
        """A local file: it answers whenever the site runs."""
        return True

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        """Titles of the best-matching products, in the script the shopper is typing."""
        conn = self._reader()
        state = self._current_state(conn)
        store = self._store(conn, state)
        node = self._match(conn, state, prefix)
        if node is None:
            return []
        matched, scores, _ = self._matches(conn, store, render(node, state.group_tokens), title_only=True)
        stars, ids, static = store.stars, store.ids, store.rank_static
        if scores is not None:
            best = heapq.nsmallest(limit * 2, matched, key=lambda n: (scores[n], -stars[n], ids[n]))
        else:
            best = heapq.nsmallest(limit * 2, matched, key=static.__getitem__)
        if not best:
            return []
        wanted = [ids[n] for n in best]
        titles = dict((pk, (th, en)) for pk, th, en in conn.execute(
            f"SELECT product_id, title_th, title_en FROM doc WHERE product_id IN ({','.join('?' * len(wanted))})",
            wanted))
        english = not analysis.is_thai(prefix)
        suggestions: list[str] = []
        for pk in wanted:
            if pk not in titles:
                continue
            title_th, title_en = titles[pk]
            title = (title_en or title_th) if english else title_th
            if title not in suggestions:
                suggestions.append(title)
        return suggestions[:limit]
