"""What only the embedded backend has: its speller, its FTS5 expressions, older index files.

Its search behaviours are those of every backend: tests/search/backends/test_backends.py.
"""

from search.backends.base import SearchRequest
from search.backends.embedded import EmbeddedBackend, Speller, edit_distance, match_expression
from tests.search.documents import document as _doc


def test_a_blank_query_has_no_match_expression():
    assert match_expression("   ") is None


def test_an_index_written_before_synonym_tokens_still_answers(tmp_path):
    backend = EmbeddedBackend(tmp_path / "old.sqlite3")
    conn = backend._connect()
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'format'")
    conn.commit()
    conn.close()
    backend.index_upsert([_doc(1, "ผ้าไหมมัดหมี่", "Mudmee silk")])
    assert backend.search(SearchRequest(q="ไหม")).product_ids == [1]
    assert backend.search(SearchRequest(q="ikat")).product_ids == [1]


def test_edit_distance_and_speller():
    assert edit_distance("cofee", "coffee", 2) == 1
    assert edit_distance("teh", "the", 1) == 1  # a swap counts once
    assert edit_distance("abcdef", "uvwxyz", 2) == 3
    speller = Speller([("coffee", 10), ("toffee", 2), ("silk", 5), ("ผ้าไหม", 3)])
    assert speller.correct("coffe") == "coffee"
    assert speller.correct("sillk") == "silk"
    assert speller.correct("ผ้าไหน") is None
    assert speller.correct("cat") is None  # too short to correct
