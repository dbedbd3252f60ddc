"""A query as a tree: what a backend renders in its own query language."""

from dataclasses import dataclass

from .compounds import compound_parts
from .text import is_thai


@dataclass(frozen=True)
class Phrase:
    """Words that must appear in this order; the last may be an unfinished prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class AnyOf:
    options: tuple  # of nodes
    group: str | None = None  # when the options are one synonym group: its key (see ``synonym_tokens``)


@dataclass(frozen=True)
class AllOf:
    parts: tuple  # of nodes
    together: bool = False  # one-word phrases typed as one chunk: a backend may want them adjacent, in order


@dataclass(frozen=True)
class Parts:
    """The parts of a compound (``compound_parts``), near each other in a document's words with
    every compound split too: กล้วยฉาบ as กล้วย … ฉาบ in กล้วยหอมฉาบ. Ranked below the word itself."""

    words: tuple[str, ...]


QueryNode = Phrase | AnyOf | AllOf | Parts


def any_of(options: list) -> QueryNode:
    unique = list(dict.fromkeys(options))
    return unique[0] if len(unique) == 1 else AnyOf(tuple(unique))


def all_of(parts: list) -> QueryNode:
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def query_words(node: QueryNode | None) -> list[str]:
    """Every word a query tree mentions (for highlighting and tests)."""
    if node is None:
        return []
    if isinstance(node, (Phrase, Parts)):
        return list(node.words)
    children = node.options if isinstance(node, AnyOf) else node.parts
    return [w for child in children for w in query_words(child)]


def with_compound_parts(node: QueryNode | None) -> QueryNode | None:
    """``node`` in which each whole Thai word also matches as its parts (``Parts``) in longer words.

    For a backend that indexes ``fine_text``: the word กล้วยฉาบ then also finds กล้วยหอมฉาบ,
    กระเป๋าถือ finds กระเป๋าถือสตรี. Returns ``node`` itself when no word gains anything.
    """
    if node is None:
        return None
    if isinstance(node, Phrase):
        if node.prefix or len(node.words) != 1 or not is_thai(node.words[0]):
            return node
        return AnyOf((node, Parts(compound_parts(node.words[0]))))
    if isinstance(node, Parts):
        return node
    if isinstance(node, AnyOf):
        options = []
        for option in node.options:
            expanded = with_compound_parts(option)
            if isinstance(expanded, AnyOf) and expanded.group is None and isinstance(option, Phrase):
                options.extend(expanded.options)
            else:
                options.append(expanded)
        return AnyOf(tuple(dict.fromkeys(options)), group=node.group)
    if node.together:  # typed as one chunk: also its words apart, each with its parts
        return AnyOf((node, AllOf(tuple(with_compound_parts(part) for part in node.parts))))
    return AllOf(tuple(with_compound_parts(part) for part in node.parts))
