"""The synonym groups of ``search.synonyms`` (plus the 77 provinces and craft places), analysed."""

import functools
import hashlib
from dataclasses import dataclass

from marketplace.geography.data import PROVINCES

from .. import synonyms
from .text import tokens

@dataclass(frozen=True)
class SynonymIndex:
    groups: tuple[tuple[tuple[str, ...], ...], ...]  # each group: its entries as word tuples
    keys: tuple[str, ...]  # each group's stable token (see ``synonym_tokens``)
    by_phrase: dict[tuple[str, ...], int]  # entry → group number
    lengths_by_first_word: dict[str, tuple[int, ...]]  # first word of entries → their lengths
    typos: dict[str, tuple[str, ...]]  # one misspelt word → the words meant
    broader: dict[int, tuple[int, ...]]  # group → groups of narrower kinds (pottery → celadon, ...)
    longest: int  # words in the longest entry


def _group_key(first_entry: tuple[str, ...]) -> str:
    # Letters and a digit, so that it is one token everywhere and never looks like an English word.
    return "q0" + hashlib.blake2s(" ".join(first_entry).encode(), digest_size=5).hexdigest()


def _province_groups() -> list[tuple[str, ...]]:
    groups = []
    for p in PROVINCES:
        english = p.name_en.lower()
        groups.append((p.name_th, english, english.replace(" ", "")))
    return groups


@functools.lru_cache(maxsize=1)
def synonym_index() -> SynonymIndex:
    """``SYNONYM_GROUPS``, ``PLACES`` and the provinces, analysed; groups sharing an entry are merged."""
    raw_groups = list(synonyms.SYNONYM_GROUPS) + list(synonyms.PLACES) + _province_groups()
    groups: list[list[tuple[str, ...]]] = []
    by_phrase: dict[tuple[str, ...], int] = {}
    for raw in raw_groups:
        entries = []
        for entry in raw:
            words = tuple(tokens(entry))
            if words and words not in entries:
                entries.append(words)
        targets = sorted({by_phrase[e] for e in entries if e in by_phrase})
        if targets:  # merge into the first group that shares an entry
            keep = targets[0]
            for other in targets[1:]:
                for e in groups[other]:
                    if e not in groups[keep]:
                        groups[keep].append(e)
                        by_phrase[e] = keep
                groups[other] = []
            for e in entries:
                if e not in groups[keep]:
                    groups[keep].append(e)
                by_phrase[e] = keep
        else:
            groups.append(entries)
            for e in entries:
                by_phrase[e] = len(groups) - 1
    kept = [g for g in groups if g]
    by_phrase = {e: number for number, group in enumerate(kept) for e in group}
    lengths: dict[str, set[int]] = {}
    for entry in by_phrase:
        lengths.setdefault(entry[0], set()).add(len(entry))
    broader: dict[int, tuple[int, ...]] = {}
    for general, specifics in synonyms.NARROWER.items():
        general_group = by_phrase.get(tuple(tokens(general)))
        narrower = tuple(by_phrase[tuple(tokens(s))] for s in specifics if tuple(tokens(s)) in by_phrase)
        if general_group is not None and narrower:
            broader[general_group] = narrower
    typos = {}
    for wrong, right in synonyms.TYPOS.items():
        wrong_words, right_words = tokens(wrong), tuple(tokens(right))
        if len(wrong_words) == 1 and right_words and wrong_words[0] != " ".join(right_words):
            typos[wrong_words[0]] = right_words
    return SynonymIndex(
        groups=tuple(tuple(g) for g in kept),
        keys=tuple(_group_key(g[0]) for g in kept),
        by_phrase=by_phrase,
        lengths_by_first_word={w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()},
        typos=typos,
        broader=broader,
        longest=max(len(e) for e in by_phrase),
    )


def synonym_tokens(words: list[str] | tuple[str, ...]) -> list[str]:
    """One token per synonym-group entry found in ``words`` (every entry, overlapping ones too).

    A backend may index these beside the words so that a query for a group
    matches one token with one document frequency, whichever of its synonyms a
    product uses: then ranking does not favour a rare synonym over the common
    one. Rebuild such an index after changing the synonyms.
    """
    index = synonym_index()
    found = []
    for i, word in enumerate(words):
        sizes = index.lengths_by_first_word.get(word)
        if sizes:
            for n in sizes:
                group = index.by_phrase.get(tuple(words[i:i + n])) if n > 1 else index.by_phrase.get((word,))
                if group is not None:
                    found.append(index.keys[group])
    return found


def synonyms_of(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Every entry of the group ``words`` belongs to, ``words`` first; just ``(words,)`` when none."""
    index = synonym_index()
    group = index.by_phrase.get(words)
    if group is None:
        return (words,)
    return (words,) + tuple(e for e in index.groups[group] if e != words)
