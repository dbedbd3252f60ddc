"""The embedded backend: an SQLite FTS5 inverted index ranked with BM25.

It needs no server, so it is the default for development, tests and small
deployments. The index lives in its own SQLite file beside the database;
a rebuild writes a new file and swaps it in atomically, so searches never
see a half-built index.

Queries are analysed in ``search.analysis`` (segmentation, synonyms, known
misspellings, prefixes); this module adds what only the index knows: which
words it holds (the whole-word rule for the last word) and, for a Latin word
with no hits, the nearest word it holds (edit distance 1 for 4–7 letters, 2
from 8 letters; Thai words are never fuzzed).

Each synonym group is also indexed as one token (``analysis.synonym_tokens``),
so a query for silk matches ผ้าไหม, ไหม and silk with one document frequency.
Matching is always the FTS5 inverted index; what happens to the matches —
filters, facet counts "drill-sideways" (each facet with every filter but its
own), sorting and paging — is done on in-memory columns (``_Store``), loaded
once per version of the index. Up to ``EXACT_RANK_LIMIT`` matches are ranked
by BM25 (titles weigh five times the text); beyond, title matches come first,
shortest titles first, which keeps a query over 100,000 products in tens of
milliseconds.

After changing the dictionary or the synonyms, rebuild the index
(``manage.py search_index --rebuild``).
"""

import bisect
import contextlib
import dataclasses
import fcntl
import heapq
import itertools
import json
import logging
import math
import os
import random
import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .. import analysis
from ..documents import ProductDocument
from ..facets import PRICE_BANDS, VALUE_FACETS, price_band_index
from .base import FacetValue, SearchRequest, SearchResponse

logger = logging.getLogger(__name__)

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
    created TEXT NOT NULL,
    title_len INTEGER NOT NULL DEFAULT 0,
    head TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS doc_category ON doc(category);
CREATE INDEX IF NOT EXISTS doc_province ON doc(province_code);
CREATE INDEX IF NOT EXISTS doc_price ON doc(price);
CREATE INDEX IF NOT EXISTS doc_stars_order ON doc(stars DESC, product_id);
CREATE INDEX IF NOT EXISTS doc_created_order ON doc(created DESC, product_id DESC);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title_text, text, fine, tokenize = "unicode61 remove_diacritics 0 tokenchars '%s'", prefix = '2 3'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(fts, 'row');
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
""" % _THAI_MARKS

# Up to this many matches every match is ranked by BM25; beyond, the matches with the
# words in their title come first, the shortest titles first (what BM25 favours too),
# because scoring tens of thousands of matches would cost more than 30 ms.
EXACT_RANK_LIMIT = 3000
# Titles weigh five times the rest of the text; the words with compounds split (``fine``) half.
_BM25 = "bm25(fts, 5.0, 1.0, 0.5)"
# The columns of the words as written: a word found only in ``fine`` is a part of a longer one.
_WHOLE_WORDS = "{title_text text} : "
_LATIN_TERM_RE = re.compile(r"[a-z]{3,}")
_CACHE_LIMIT = 20_000
# Seconds SQLite waits for another writer before answering "database is locked"; a write then
# retries with growing pauses for up to RETRY_FOR seconds (see ``_retrying``).
BUSY_TIMEOUT = 5.0
RETRY_FOR = 120.0
# Words of a multi-word synonym ("dried mango") may have this many words between them.
_NEAR = 3
# Index format: 2 = synonym-group tokens are indexed beside the words; 3 = and the words with
# compounds split into their parts (``analysis.fine_text``) in a column of their own.
_FORMAT = "3"


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def render(node, group_tokens: bool = False) -> str:
    """A query tree from ``analysis.analyse_query`` in FTS5 syntax.

    Entries of several words match within a few words of each other, in any
    order ("Dried Nam Dok Mai Mango" is dried mango). With ``group_tokens``
    (an index that holds ``analysis.synonym_tokens``) a synonym group's
    one-word entries are matched through the group's token.
    """
    if isinstance(node, analysis.Parts):
        if len(node.words) == 1:
            return "{fine} : " + _quote(node.words[0])
        return "{fine} : NEAR(" + " ".join(_quote(w) for w in node.words) + f", {len(node.words)}" + ")"
    if isinstance(node, analysis.Phrase):
        if node.prefix:
            return _quote(" ".join(node.words)) + "*"
        if len(node.words) > 1:
            return "NEAR(" + " ".join(_quote(w) for w in node.words) + f", {_NEAR}" + ")"
        return _quote(node.words[0])
    if isinstance(node, analysis.AnyOf):
        options = list(node.options)
        parts = []
        if group_tokens and node.group:
            # The group's token stands for its one-word entries, and for its longer entries where
            # their words are adjacent. Words apart ("Dried Nam Dok Mai Mango") are searched with
            # NEAR only for groups without a one-word entry: NEAR over common words is slow.
            parts.append(_quote(node.group))
            single = [o for o in options if isinstance(o, analysis.Phrase) and not o.prefix and len(o.words) == 1]
            options = [o for o in options if o not in single
                       and not (single and isinstance(o, analysis.Phrase) and not o.prefix)]
        parts += [render(option, group_tokens) for option in options]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
    if node.together:  # ผ้า then a word starting ไห: one phrase, its last word a prefix
        return _quote(" ".join(p.words[0] for p in node.parts)) + ("*" if node.parts[-1].prefix else "")
    return "(" + " AND ".join(render(part, group_tokens) for part in node.parts) + ")"


def match_expression(
    q: str,
    is_term: Callable[[str], bool] = lambda word: False,
    has_prefix: Callable[[str], bool] = lambda word: False,
    correct: Callable[[str], str | None] | None = None,
) -> str | None:
    """An FTS5 query in which every word (or one of its synonyms) must match.

    See ``analysis.analyse_query`` for the rules; without an index at hand the
    last word is always also a prefix and nothing is spelling-corrected.
    """
    node = analysis.analyse_query(q, is_term=is_term, has_prefix=has_prefix, correct=correct)
    return render(node) if node is not None else None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours counts once); ``limit + 1`` when beyond."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[len(b)]


def _deletes(word: str, distance: int) -> set[str]:
    result = {word}
    frontier = {word}
    for _ in range(distance):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        result |= frontier
    return result


class Speller:
    """Corrects a Latin word to the most frequent indexed word within its edit distance.

    A symmetric-delete index (SymSpell) over the index's Latin vocabulary, so a
    look-up costs a few dictionary probes instead of a scan of the vocabulary.
    """

    def __init__(self, terms: Iterable[tuple[str, int]]):
        self.frequency: dict[str, int] = {}
        self.by_delete: dict[str, list[str]] = {}
        for term, documents in terms:
            if not _LATIN_TERM_RE.fullmatch(term):
                continue
            self.frequency[term] = documents
            for key in _deletes(term, 2 if len(term) >= 6 else 1):
                self.by_delete.setdefault(key, []).append(term)

    def correct(self, word: str) -> str | None:
        limit = analysis.max_edit_distance(word)
        if not limit:
            return None
        candidates = {t for key in _deletes(word, limit) for t in self.by_delete.get(key, ())}
        best: tuple[int, int, str] | None = None
        for term in candidates:
            if term == word or len(term) < 4:
                continue
            distance = edit_distance(word, term, limit)
            if distance <= limit:
                rank = (distance, -self.frequency[term], term)
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None


class _IndexState:
    """What is cached about one version of the index file."""

    def __init__(self, version):
        self.version = version
        self.terms: dict[str, bool] = {}
        self.prefixes: dict[str, bool] = {}
        self.corrections: dict[str, str | None] = {}
        self.speller: Speller | None = None
        self.store: _Store | None = None
        self.group_tokens = False
        self.fine = False  # the index has the ``fine`` column filled
        self.built_for = ""


class _Store:
    """The filter, facet and sort columns of one index version, in memory.

    Matching stays in the FTS5 inverted index; what to do with the matches
    (filters, drill-sideways facet counts, sorting, paging) is done here on
    plain lists, which at 100,000 products is several times faster than
    joining every match back to the ``doc`` table in SQL. A product's position
    in the lists is its id when ids are dense enough (the usual case), so the
    row ids FTS5 returns need no translation.
    """

    def __init__(self, rows: list[tuple]):
        rows.sort(key=lambda r: r[0])
        present = [r[0] for r in rows]
        top = present[-1] if present else -1
        self.direct = top <= 4 * len(rows) + 10_000
        size = top + 1 if self.direct else len(rows)
        self.ids = list(range(size)) if self.direct else present
        self.pos = None if self.direct else {pk: n for n, pk in enumerate(present)}
        self.all = present if self.direct else list(range(len(rows)))
        combos: dict[tuple, int] = {}
        self.combo = [0] * size
        self.price = [0.0] * size
        self.stars = [0] * size
        created = [""] * size
        title_len = [0] * size
        self.head = [""] * size  # the first word of the title: what the product is (ผ้าไหม…, กาแฟ…)
        self.province = [""] * size
        self.region_of: dict[str, str] = {}
        for n, (_pk, category, province, region, producer_type, stars, price, made, length, head) in zip(
                self.all, rows, strict=True):
            self.head[n] = head
            key = (category, producer_type, stars, price_band_index(price))
            self.combo[n] = combos.setdefault(key, len(combos))
            self.province[n] = province
            self.region_of[province] = region
            self.price[n], self.stars[n], created[n], title_len[n] = price, stars, made, length
        # At most 5 × 3 × 5 × 5 combos: (category, producer type, stars, price range). Province and
        # region (77 and 6 values) are counted per product instead, so the combos stay few.
        self.combos = list(combos)
        self.combos_by_value: list[dict] = [{} for _ in range(3)]  # category, producer type, stars
        for number, key in enumerate(self.combos):
            for dimension in range(3):
                self.combos_by_value[dimension].setdefault(key[dimension], set()).add(number)
        self.all_provinces = Counter(self.province[n] for n in self.all)
        self.by_province: dict[str, list[int]] = {}
        self.provinces_by_combo: list[Counter] = [Counter() for _ in self.combos]
        for n in self.all:
            self.by_province.setdefault(self.province[n], []).append(n)
            self.provinces_by_combo[self.combo[n]][self.province[n]] += 1
        self.all_counts = Counter(self.combo[n] for n in self.all)
        self.by_price = sorted(self.all, key=self.price.__getitem__)
        self.sorted_prices = [self.price[n] for n in self.by_price]
        self.by_combo: dict[int, list[int]] = {}
        for n in self.all:
            self.by_combo.setdefault(self.combo[n], []).append(n)

        ids, price = self.ids, self.price
        # Whole-catalogue orders (ties broken as the SQL orders did), and as ranks (smaller first).
        self.orders = {
            "price_asc": self.by_price,
            "price_desc": sorted(self.all, key=lambda n: (-price[n], ids[n])),
            "newest": sorted(self.all, key=lambda n: (created[n], ids[n]), reverse=True),
            "stars": sorted(self.all, key=lambda n: (-self.stars[n], ids[n])),
            # Without BM25: short titles (the query is most of the title) and more stars first.
            "static": sorted(self.all, key=lambda n: (title_len[n], -self.stars[n], ids[n])),
        }
        self._ranks: dict[str, list[int]] = {}
        self.rank_static = self.ranks("static")

    def ranks(self, order_name: str) -> list[int]:
        """Position of every product in a whole-catalogue order, computed when first needed."""
        cached = self._ranks.get(order_name)
        if cached is None:
            cached = [0] * len(self.price)
            for position, n in enumerate(self.orders[order_name]):
                cached[n] = position
            self._ranks[order_name] = cached
        return cached

    def positions(self, rowids_json: str) -> list[int]:
        rowids = json.loads(rowids_json)
        if self.direct:
            return rowids
        return [n for n in map(self.pos.get, rowids) if n is not None]


def _is_locked(error: sqlite3.OperationalError) -> bool:
    message = str(error).lower()
    return "locked" in message or "busy" in message


def _retrying(write: Callable[[], None], what: str) -> None:
    """Runs ``write``, retrying with growing pauses while another writer holds the index file.

    SQLite answers "database is locked" when its own wait (``BUSY_TIMEOUT``) runs out; an update
    given up then would leave the index behind the database, so it is tried again until
    ``RETRY_FOR`` seconds have passed, and only then fails, loudly.
    """
    deadline = time.monotonic() + RETRY_FOR
    pause = 0.02
    while True:
        try:
            return write()
        except sqlite3.OperationalError as error:
            if not _is_locked(error) or time.monotonic() >= deadline:
                raise
            logger.warning("Search index busy during %s (%s); retrying in %.2fs", what, error, pause)
            time.sleep(pause * (1 + random.random()))
            pause = min(pause * 2, 2.0)


def _tier(score) -> tuple:
    """The leading parts of a tiered score (``_tiered_matches``, ``_partial_matches``), () for plain BM25."""
    return score[:-1] if isinstance(score, tuple) else ()


def _score(score) -> float:
    return score[-1] if isinstance(score, tuple) else score


class EmbeddedBackend:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._local = threading.local()
        self._state: _IndexState | None = None

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """Holds this index's writers off, across threads and processes, re-entrant within a thread.

        A rebuild reads the whole catalogue and swaps a new file in: an update written to the old
        file meanwhile would be lost, so updates wait for the swap, and then read the database afresh.
        """
        if getattr(self._local, "lock_depth", 0):
            self._local.lock_depth += 1
            try:
                yield
            finally:
                self._local.lock_depth -= 1
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(f"{self.path}.lock", "a") as handle:  # a file of its own: it survives the swaps
            fcntl.flock(handle, fcntl.LOCK_EX)
            self._local.lock_depth = 1
            try:
                yield
            finally:
                self._local.lock_depth = 0
                fcntl.flock(handle, fcntl.LOCK_UN)

    def built_for(self) -> str:
        """The database this index was built from (``index_replace_all(built_for=...)``); "" if unknown."""
        return self._current_state(self._reader()).built_for

    # --- connections ---------------------------------------------------------
    def _connect(self, path: Path | None = None) -> sqlite3.Connection:
        """A connection for writing, with the schema in place."""
        target = Path(path or self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT)
        conn.execute("PRAGMA journal_mode=WAL")
        had_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        had_docs = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'doc'").fetchone()
        conn.executescript(_SCHEMA)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(doc)")}
        if "title_len" not in columns:  # written before titles' lengths were kept
            with conn:
                conn.execute("ALTER TABLE doc ADD COLUMN title_len INTEGER NOT NULL DEFAULT 0")
        if "head" not in columns:  # written before titles' first words were kept
            with conn:
                conn.execute("ALTER TABLE doc ADD COLUMN head TEXT NOT NULL DEFAULT ''")
        if not had_meta:  # an index written before formats were recorded has no synonym tokens
            with conn:
                conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('format', ?)",
                             ("1" if had_docs else _FORMAT,))
        return conn

    def _reader(self) -> sqlite3.Connection:
        """This thread's reading connection, reopened when a rebuild swapped the file."""
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            self._connect().close()
            stat = os.stat(self.path)
        identity = (stat.st_dev, stat.st_ino)
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.identity != identity:
            if conn is not None:
                conn.close()
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA cache_size=-32000")
            conn.execute("PRAGMA mmap_size=268435456")
            conn.execute("PRAGMA temp_store=MEMORY")
            has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
            if not has_meta:  # an index written before the meta table existed
                conn.close()
                self._connect().close()
                conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._local.conn = conn
            self._local.identity = identity
        return conn

    def _current_state(self, conn: sqlite3.Connection) -> _IndexState:
        meta = dict(conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('generation', 'format', 'built_for')").fetchall())
        version = (self._local.identity, meta.get("generation", ""))
        state = self._state
        if state is None or state.version != version:
            state = self._state = _IndexState(version)
            state.group_tokens = meta.get("format", "1") >= "2"
            state.fine = meta.get("format", "1") >= "3"
            # An index of an older format is rebuilt before it answers (``indexing.index_ensure_current``).
            state.built_for = meta.get("built_for", "") if state.fine else ""
        return state

    # --- writing -------------------------------------------------------------
    @staticmethod
    def _bump_generation(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)", (str(time.time_ns()),))

    def index_replace_all(self, documents: Iterable[ProductDocument], built_for: str = "") -> None:
        """Builds a new index file from ``documents`` and swaps it in whole.

        ``built_for`` names the database the documents come from, so that an index built for
        another one is recognised (see ``built_for()``). Writers wait meanwhile (``write_lock``).
        """
        with self.write_lock():
            tmp = self.path.with_suffix(".building")
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                leftover.unlink(missing_ok=True)
            tmp.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                conn.executescript(_SCHEMA)
                with conn:
                    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('format', ?)", (_FORMAT,))
                    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('built_for', ?)", (built_for,))
                    self._insert(conn, documents, group_tokens=True)
                    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
                    self._bump_generation(conn)
                conn.execute("PRAGMA journal_mode=WAL")
            finally:
                conn.close()
            with self._lock:
                os.replace(tmp, self.path)
                for stale in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
                    stale.unlink(missing_ok=True)

    def index_upsert(self, documents: Iterable[ProductDocument]) -> None:
        with self.write_lock():
            documents = list(documents)
            _retrying(lambda: self._upsert(documents), "an update")

    def _upsert(self, documents: list[ProductDocument]) -> None:
        conn = self._connect()
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not half-way through
                ids = [(d.product_id,) for d in documents]
                conn.executemany("DELETE FROM fts WHERE rowid = ?", ids)
                row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
                self._insert(conn, documents, group_tokens=bool(row) and row[0] >= "2")
                self._bump_generation(conn)
        finally:
            conn.close()

    def index_delete(self, product_ids: Iterable[int]) -> None:
        ids = [(int(pk),) for pk in product_ids]
        with self.write_lock():
            _retrying(lambda: self._delete(ids), "a deletion")

    def _delete(self, ids: list[tuple[int]]) -> None:
        conn = self._connect()
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("DELETE FROM doc WHERE product_id = ?", ids)
                conn.executemany("DELETE FROM fts WHERE rowid = ?", ids)
                self._bump_generation(conn)
        finally:
            conn.close()

    @staticmethod
    def _insert(conn: sqlite3.Connection, documents: Iterable[ProductDocument], group_tokens: bool,
                batch: int = 2000) -> None:
        docs, texts = [], []

        def with_groups(text: str) -> str:
            if not group_tokens:
                return text
            extra = analysis.synonym_tokens(text.split(" "))
            return f"{text} {' '.join(extra)}" if extra else text

        def flush():
            conn.executemany(
                "INSERT OR REPLACE INTO doc (product_id, upc, title_th, title_en, category, province_code, region, "
                "producer_type, stars, price, created, title_len, head) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", docs)
            conn.executemany("INSERT INTO fts(rowid, title_text, text, fine) VALUES (?,?,?,?)", texts)
            docs.clear()
            texts.clear()

        for d in documents:
            docs.append((d.product_id, d.upc, d.title_th, d.title_en, d.category, d.province_code, d.region,
                         d.producer_type, d.stars, float(d.price), d.created, d.title_text.count(" ") + 1,
                         d.title_text.split(" ", 1)[0]))
            texts.append((d.product_id, with_groups(d.title_text), with_groups(d.text), analysis.fine_text(d.text)))
            if len(docs) >= batch:
                flush()
        flush()

    # --- what the index holds ------------------------------------------------
    def _vocabulary(self, conn: sqlite3.Connection, state: _IndexState):
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

    def _match(self, conn: sqlite3.Connection, state: _IndexState, q: str):
        is_term, has_prefix, correct = self._vocabulary(conn, state)
        return analysis.analyse_query(q, is_term=is_term, has_prefix=has_prefix, correct=correct)

    @staticmethod
    def _loose(state: _IndexState, node):
        """``node`` with compounds' parts matching too, when the index has them and they add anything."""
        if node is None or not state.fine:
            return None
        loose = analysis.with_compound_parts(node)
        return loose if loose != node else None

    # --- reading -------------------------------------------------------------
    def _store(self, conn: sqlite3.Connection, state: _IndexState) -> _Store:
        if state.store is None:
            try:
                rows = conn.execute("SELECT product_id, category, province_code, region, producer_type, stars, price, "
                                    "created, title_len, head FROM doc").fetchall()
            except sqlite3.OperationalError:  # an index from before title_len and head
                rows = conn.execute("SELECT product_id, category, province_code, region, producer_type, stars, price, "
                                    "created, 0, '' FROM doc").fetchall()
            state.store = _Store(rows)
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

    def _partial_matches(self, conn, state: _IndexState, store: _Store, node: analysis.AllOf):
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
            for rowid, score in conn.execute(f"SELECT rowid, {_BM25} FROM fts WHERE fts MATCH ?", (expression,)):
                n = pos(rowid)
                if n is not None:
                    bm25[n] = score
        scores = {n: (-count[n], -round(weight[n], 6), bm25.get(n, 0.0)) for n in matched}
        return matched, scores, None

    @staticmethod
    def _whole(state: _IndexState, node) -> str:
        """``node`` matched against the words as written (not their parts)."""
        expression = render(node, state.group_tokens)
        return _WHOLE_WORDS + expression if state.fine else expression

    def _tiered_matches(self, conn, state: _IndexState, store: _Store, node, loose):
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

    def _matches(self, conn, store: _Store, expression: str, title_only: bool = False):
        """Matching products (store positions, ascending) and their BM25 scores, or the title matches."""
        if title_only:
            expression = "{title_text} : (" + expression + ")"
        row = conn.execute("SELECT json_group_array(rowid) FROM fts WHERE fts MATCH ?", (expression,)).fetchone()
        matched = store.positions(row[0])
        if len(matched) <= EXACT_RANK_LIMIT:
            pos = (lambda rowid: rowid) if store.direct else store.pos.get
            scores = {}
            for rowid, score in conn.execute(f"SELECT rowid, {_BM25} FROM fts WHERE fts MATCH ?", (expression,)):
                n = pos(rowid)
                if n is not None:
                    scores[n] = score
            return matched, scores, None
        if title_only:
            return matched, None, None
        row = conn.execute("SELECT json_group_array(rowid) FROM fts WHERE fts MATCH ?",
                           ("{title_text} : (" + expression + ")",)).fetchone()
        return matched, None, set(store.positions(row[0]))

    def _search(self, conn, state: _IndexState, store: _Store, node, request: SearchRequest, partial: bool = False,
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
        combo, province_of = store.combo, store.province
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

        # Filters on the combos (category, producer type, stars) are sets of combos.
        combo_filters: dict[int, set] = {}
        for dimension, value in ((0, request.category), (1, request.producer_type)):
            if value:
                combo_filters[dimension] = store.combos_by_value[dimension].get(value, set())
        if request.stars:
            combo_filters[2] = set().union(*(c for value, c in store.combos_by_value[2].items()
                                             if value >= request.stars))
        combo_ok = (set(range(len(store.combos))).intersection(*combo_filters.values())
                    if combo_filters else None)
        # Filters on the place (province, region) are sets of provinces.
        place_filters: dict[str, set] = {}
        if request.province:
            place_filters["province"] = {request.province}
        if request.region:
            place_filters["region"] = {p for p, r in store.region_of.items() if r == request.region}
        place_ok = set.intersection(*place_filters.values()) if place_filters else None

        def place_passing(docs, skip=None):
            allowed = [f for name, f in place_filters.items() if name != skip]
            if not allowed:
                return docs
            wanted = set.intersection(*allowed)
            return [n for n in docs if province_of[n] in wanted]

        cached = node is None and not has_price
        if cached and place_ok is not None:  # the catalogue's products in these provinces
            placed = sorted(itertools.chain.from_iterable(store.by_province.get(p, ()) for p in place_ok))
        else:
            placed = place_passing(priced)
        counts = store.all_counts if cached and place_ok is None else Counter(map(combo.__getitem__, placed))
        if combo_ok is None:
            selected = placed
        elif cached and place_ok is None:
            selected = list(itertools.chain.from_iterable(store.by_combo.get(number, ()) for number in combo_ok))
            selected.sort()
        else:
            selected = [n for n in placed if combo[n] in combo_ok]

        facets: dict[str, list[FacetValue]] = {}
        combos = store.combos
        for dimension, name in enumerate(("category", "producer_type", "stars")):
            others = [f for d, f in combo_filters.items() if d != dimension]
            found: dict = {}
            for number, n in counts.items():
                if all(number in f for f in others):
                    value = combos[number][dimension]
                    found[value] = found.get(value, 0) + n
            facets[name] = found
        # Province and region: products passing the combo filters and the other place filter.
        selected_provinces = None
        for name in ("province", "region"):
            if name in place_filters and cached:  # from the counts kept per combo
                others = [f for other, f in place_filters.items() if other != name]
                allowed = set.intersection(*others) if others else None
                provinces = Counter()
                for number in (combo_ok if combo_ok is not None else range(len(combos))):
                    for province, n in store.provinces_by_combo[number].items():
                        if allowed is None or province in allowed:
                            provinces[province] += n
            elif name in place_filters:
                base = place_passing(priced, skip=name)
                if combo_ok is not None:
                    base = [n for n in base if combo[n] in combo_ok]
                provinces = Counter(map(province_of.__getitem__, base))
            elif selected is store.all:
                provinces = store.all_provinces
            else:
                if selected_provinces is None:
                    selected_provinces = Counter(map(province_of.__getitem__, selected))
                provinces = selected_provinces
            if name == "province":
                facets[name] = dict(provinces)
            else:
                regions: dict = {}
                for province, n in provinces.items():
                    region = store.region_of[province]
                    regions[region] = regions.get(region, 0) + n
                facets[name] = regions
        # Price ranges: every filter but the price.
        if has_price:
            unpriced = place_passing(matched)
            unpriced_counts = (store.all_counts if node is None and place_ok is None
                               else Counter(map(combo.__getitem__, unpriced)))
        else:
            unpriced_counts = counts
        price_counts = [0] * len(PRICE_BANDS)
        for number, n in unpriced_counts.items():
            if combo_ok is None or number in combo_ok:
                price_counts[combos[number][3]] += n
        ordered_facets = {
            name: [FacetValue(str(value), n) for value, n in
                   sorted(facets[name].items(), key=lambda kv: (-kv[1], str(kv[0])))]
            for name in VALUE_FACETS
        }
        ordered_facets["price"] = [FacetValue(band.key, price_counts[i]) for i, band in enumerate(PRICE_BANDS)]

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
    def _order(store: _Store, selected: list[int], sort: str, text: bool, scores, in_title, end: int) -> list[int]:
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
