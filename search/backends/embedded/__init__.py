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
own), sorting and paging — is done on in-memory columns (``store.Store``), loaded
once per version of the index. Up to ``EXACT_RANK_LIMIT`` matches are ranked
by BM25 (titles weigh five times the text); beyond, title matches come first,
shortest titles first, which keeps a query over 100,000 products in tens of
milliseconds.

After changing the dictionary or the synonyms, rebuild the index
(``manage.py search_index --rebuild``).

The package reads top-down: ``schema`` (the file's tables), ``files`` (connections,
the writers' lock, writes), ``store`` (columns in memory), ``speller``, ``query``
(a query tree in FTS5 syntax), ``facets`` (filters and drill-sideways counts) and
``backend`` (matching, ranking, paging, suggestions).
"""

from .backend import EmbeddedBackend
from .query import match_expression, render
from .speller import Speller, edit_distance

__all__ = ["EmbeddedBackend", "Speller", "edit_distance", "match_expression", "render"]
