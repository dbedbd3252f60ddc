"""The embedded backend: an SQLite FTS5 inverted index ranked with BM25.

It needs no server, so it is the default for development, tests and small
deployments. The index lives in its own SQLite file beside the database;
a rebuild writes a new file and swaps it in atomically, so searches never
see a half-built index.
"""

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from .. import analysis
from ..documents import ProductDocument
from .base import FacetValue, SearchRequest, SearchResponse

# unicode61 would split Thai words at their vowel and tone marks (category Mn);
# documents arrive pre-segmented, so those marks must count as word characters.
_THAI_MARKS = "".join(chr(c) for c in [0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])

_SCHEMA = """
CREATE TABLE IF NOT EXISTS doc (
    product_id INTEGER PRIMARY KEY,
    upc TEXT NOT NULL,
    title_th TEXT NOT NULL,
    title_en TEXT NOT NULL,
    category TEXT NOT NULL,
    province_code TEXT NOT NULL,
    region TEXT NOT NULL,
    producer_type TEXT NOT NULL,
    stars INTEGER NOT NULL,
    price REAL NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_category ON doc(category);
CREATE INDEX IF NOT EXISTS doc_province ON doc(province_code);
CREATE INDEX IF NOT EXISTS doc_price ON doc(price);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title_text, text, tokenize = "unicode61 remove_diacritics 0 tokenchars '%s'"
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(fts, 'row');
""" % _THAI_MARKS

_FACET_COLUMNS = {
    "category": "category",
    "province": "province_code",
    "region": "region",
    "stars": "stars",
    "producer_type": "producer_type",
}
_PRICE_RANGES = (("0-200", 0, 200), ("200-500", 200, 500), ("500-1000", 500, 1000),
                 ("1000-3000", 1000, 3000), ("3000+", 3000, None))
_ORDER_BY = {
    "relevance": "score, d.stars DESC, d.product_id",
    "price_asc": "d.price, d.product_id",
    "price_desc": "d.price DESC, d.product_id",
    "newest": "d.created DESC, d.product_id DESC",
    "stars": "d.stars DESC, score, d.product_id",
}
# Titles weigh five times the rest of the text.
_BM25 = "bm25(fts, 5.0, 1.0)"


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(q: str, is_term: Callable[[str], bool] = lambda word: False) -> str | None:
    """An FTS5 query in which every word must match.

    The last word may still be being typed, so it also matches as a prefix,
    unless it is already a whole indexed word: then ชา ("tea") stays ชา and
    never completes to ชาวเขา ("hill tribe"). A Thai prefix can segment
    wrongly (ผ้าไห → ผ้า + ไห "jar"), so the unsegmented prefix is tried too.
    """
    chunks = analysis.normalise(q).split(" ")
    head = [w for chunk in chunks[:-1] for w in analysis.tokens(chunk)]
    last_chunk = chunks[-1]
    last_words = analysis.tokens(last_chunk)
    if not head and not last_words:
        return None
    required = [_quote(w) for w in head]
    if last_words:
        segmented_words = [_quote(w) for w in last_words]
        if not is_term(last_words[-1]):
            segmented_words[-1] += "*"
        alternatives = ["(" + " ".join(segmented_words) + ")"]
        raw = "".join(last_words)
        if len(last_words) > 1 and not is_term(raw):
            alternatives.append(_quote(raw) + "*")
        required.append("(" + " OR ".join(alternatives) + ")")
    return " ".join(required)


class EmbeddedBackend:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    # --- connections ---------------------------------------------------------
    def _connect(self, path: Path | None = None) -> sqlite3.Connection:
        target = Path(path or self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(_SCHEMA)
        return conn

    # --- writing -------------------------------------------------------------
    def index_replace_all(self, documents: Iterable[ProductDocument]) -> None:
        tmp = self.path.with_suffix(".building")
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        conn = self._connect(tmp)
        try:
            with conn:
                self._write(conn, documents)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        with self._lock:
            os.replace(tmp, self.path)
            for stale in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
                stale.unlink(missing_ok=True)

    def index_upsert(self, documents: Iterable[ProductDocument]) -> None:
        conn = self._connect()
        try:
            with conn:
                self._write(conn, documents)
        finally:
            conn.close()

    def index_delete(self, product_ids: Iterable[int]) -> None:
        ids = [(int(pk),) for pk in product_ids]
        conn = self._connect()
        try:
            with conn:
                conn.executemany("DELETE FROM doc WHERE product_id = ?", ids)
                conn.executemany("DELETE FROM fts WHERE rowid = ?", ids)
        finally:
            conn.close()

    @staticmethod
    def _write(conn: sqlite3.Connection, documents: Iterable[ProductDocument]) -> None:
        for d in documents:
            conn.execute("DELETE FROM fts WHERE rowid = ?", (d.product_id,))
            conn.execute(
                "INSERT OR REPLACE INTO doc VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (d.product_id, d.upc, d.title_th, d.title_en, d.category, d.province_code, d.region,
                 d.producer_type, d.stars, float(d.price), d.created),
            )
            conn.execute("INSERT INTO fts(rowid, title_text, text) VALUES (?,?,?)",
                         (d.product_id, d.title_text, d.text))

    # --- reading -------------------------------------------------------------
    def search(self, request: SearchRequest) -> SearchResponse:
        conn = self._connect()
        try:
            return self._search(conn, request)
        finally:
            conn.close()

    @staticmethod
    def _term_checker(conn: sqlite3.Connection) -> Callable[[str], bool]:
        def is_term(word: str) -> bool:
            return conn.execute("SELECT 1 FROM fts_terms WHERE term = ?", (word,)).fetchone() is not None

        return is_term

    def _search(self, conn: sqlite3.Connection, request: SearchRequest) -> SearchResponse:
        match = match_expression(request.q, self._term_checker(conn))
        where, params = self._filters(request)
        if match:
            source = f"SELECT d.*, {_BM25} AS score FROM fts JOIN doc d ON d.product_id = fts.rowid WHERE fts MATCH ?"
            source_params: list = [match]
        else:
            source = "SELECT d.*, 0.0 AS score FROM doc d WHERE 1"
            source_params = []
        base = f"{source}{where}"
        all_params = source_params + params
        count = conn.execute(f"SELECT count(*) FROM ({base})", all_params).fetchone()[0]
        offset = (request.page - 1) * request.page_size
        rows = conn.execute(
            f"SELECT d.product_id FROM ({base}) d ORDER BY {_ORDER_BY[request.sort]} LIMIT ? OFFSET ?",
            all_params + [request.page_size, offset],
        ).fetchall()
        facets = self._facets(conn, source, source_params, request)
        return SearchResponse(count=count, product_ids=[r[0] for r in rows], facets=facets)

    def _facets(self, conn, source: str, source_params: list, request: SearchRequest) -> dict:
        """Counts per facet value, each computed with every filter but its own (drill-sideways)."""
        facets: dict[str, list[FacetValue]] = {}
        for name, column in _FACET_COLUMNS.items():
            where, params = self._filters(request, skip=name)
            rows = conn.execute(
                f"SELECT d.{column}, count(*) FROM ({source}{where}) d GROUP BY d.{column} ORDER BY count(*) DESC",
                source_params + params,
            ).fetchall()
            facets[name] = [FacetValue(str(value), n) for value, n in rows]
        where, params = self._filters(request, skip="price")
        price_facet = []
        for key, low, high in _PRICE_RANGES:
            cond = "d.price >= ?" + ("" if high is None else " AND d.price < ?")
            args = [low] + ([] if high is None else [high])
            n = conn.execute(f"SELECT count(*) FROM ({source}{where}) d WHERE {cond}",
                             source_params + params + args).fetchone()[0]
            price_facet.append(FacetValue(key, n))
        facets["price"] = price_facet
        return facets

    @staticmethod
    def _filters(request: SearchRequest, skip: str = "") -> tuple[str, list]:
        clauses, params = [], []
        exact = {"category": request.category, "province": request.province, "region": request.region,
                 "producer_type": request.producer_type}
        for name, value in exact.items():
            if value and name != skip:
                clauses.append(f"d.{_FACET_COLUMNS[name]} = ?")
                params.append(value)
        if request.stars and skip != "stars":
            clauses.append("d.stars >= ?")
            params.append(request.stars)
        if skip != "price":
            if request.min_price is not None:
                clauses.append("d.price >= ?")
                params.append(float(request.min_price))
            if request.max_price is not None:
                clauses.append("d.price <= ?")
                params.append(float(request.max_price))
        return "".join(f" AND {c}" for c in clauses), params

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        conn = self._connect()
        try:
            match = match_expression(prefix)
            if not match:
                return []
            rows = conn.execute(
                f"SELECT d.title_th, d.title_en FROM fts JOIN doc d ON d.product_id = fts.rowid "
                f"WHERE fts MATCH ? ORDER BY {_BM25} LIMIT ?",
                ("title_text : (" + match + ")", limit),
            ).fetchall()
        finally:
            conn.close()
        return [th for th, _en in rows]
