"""The index file: connections, the writers' lock across processes, and every write.

A rebuild writes a new file and swaps it in whole, so searches never see a half-built index;
updates wait for the swap (``write_lock``) and retry while SQLite reports the file locked.
"""

import contextlib
import fcntl
import logging
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ... import analysis
from ...documents import ProductDocument
from .schema import FORMAT, SCHEMA
from .store import IndexState

logger = logging.getLogger(__name__)

# Seconds SQLite waits for another writer before answering "database is locked"; a write then
# retries with growing pauses for up to RETRY_FOR seconds (see ``_retrying``).
BUSY_TIMEOUT = 5.0
RETRY_FOR = 120.0


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


class IndexFile:
    """The index file: its connections, its writers' lock, and every write."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._local = threading.local()
        self._state: IndexState | None = None

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
        conn.executescript(SCHEMA)
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
                             ("1" if had_docs else FORMAT,))
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

    def _current_state(self, conn: sqlite3.Connection) -> IndexState:
        meta = dict(conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('generation', 'format', 'built_for')").fetchall())
        version = (self._local.identity, meta.get("generation", ""))
        state = self._state
        if state is None or state.version != version:
            state = self._state = IndexState(version)
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
                conn.executescript(SCHEMA)
                with conn:
                    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('format', ?)", (FORMAT,))
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
