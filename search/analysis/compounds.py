"""Thai compounds and their parts: กล้วยหอม is a กล้วย, กระเป๋าถือสตรี a กระเป๋าถือ.

A backend may index a document's words with every compound split (``fine_text``) so that a
query word also finds the parts of a longer word, and the reverse (``query.with_compound_parts``).
"""

import functools
import re

from .. import synonyms
from .text import OTOP_WORDS, dictionary_words, is_thai, normalise

# Thai vowels and marks that follow a consonant: a word never starts with one.
_FOLLOWING_RE = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")


@functools.lru_cache(maxsize=1)
def compound_heads() -> frozenset[str]:
    """Thai words a longer word may start with and still be a kind of (see ``synonyms.COMPOUND_HEADS``)."""
    heads = {normalise(w) for w in synonyms.COMPOUND_HEADS} | {normalise(w) for w in OTOP_WORDS}
    heads |= {normalise(e) for group in synonyms.SYNONYM_GROUPS for e in group if is_thai(e) and " " not in e}
    return frozenset(h for h in heads if len(h) >= 2)


@functools.lru_cache(maxsize=1)
def _whole_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in synonyms.WHOLE_WORDS)


def _dictionary_run(text: str) -> tuple[str, ...] | None:
    """``text`` as the fewest dictionary words of two letters or more, or None."""
    words = dictionary_words()
    n = len(text)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[n] = ()
    for i in range(n - 2, -1, -1):
        for j in range(i + 2, n + 1):
            if best[j] is None or text[i:j] not in words or (j < n and _FOLLOWING_RE.match(text[j])):
                continue
            candidate = (text[i:j],) + best[j]
            if best[i] is None or len(candidate) < len(best[i]):
                best[i] = candidate
    return best[0]


@functools.lru_cache(maxsize=65536)
def compound_parts(word: str) -> tuple[str, ...]:
    """The smallest parts of a Thai compound that is a kind of its first part, or ``(word,)``.

    กล้วยหอม → กล้วย หอม; กระเป๋าถือสตรี → กระเป๋า ถือ สตรี; ผ้าไหม → ผ้า ไหม. Only words that
    start with a product word (``compound_heads``) are split, never those listed in
    ``synonyms.WHOLE_WORDS`` (สายไหม is candy floss, not silk; มะม่วงหิมพานต์ is cashew, not mango).
    """
    if not is_thai(word) or word in _whole_words():
        return (word,)
    heads = compound_heads()
    for end in range(len(word) - 2, 1, -1):  # the longest head first
        head = word[:end]
        if head not in heads or _FOLLOWING_RE.match(word[end]):
            continue
        rest = _dictionary_run(word[end:])
        if rest:
            parts = compound_parts(head) + tuple(p for r in rest for p in compound_parts(r))
            return parts
    return (word,)


def fine_text(text: str) -> str:
    """Space-separated words (as from ``segmented``) with every compound split into its parts."""
    return " ".join(part for word in text.split(" ") if word for part in compound_parts(word))
