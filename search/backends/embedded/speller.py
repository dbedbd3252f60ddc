"""Spelling correction of Latin words from the index's own vocabulary (SymSpell)."""

import re
from collections.abc import Iterable

from ... import analysis

_LATIN_TERM_RE = re.compile(r"[a-z]{3,}")


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
