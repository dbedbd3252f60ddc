"""A shopper's query analysed into a tree (``nodes``) in which every top-level part must match.

``analyse_query`` reads top-down in three phases: the words (analysed like documents, known
misspellings fixed), the parts (runs of words that form a synonym entry, other words one by one
with spelling corrected and the last one as a prefix while it is being typed), and the typed
tail (a Thai word cut short also tried whole, as a prefix). A backend supplies what only its
index knows: is this a word of the index (``is_term``), does a word start so (``has_prefix``),
which indexed word is nearest (``correct``).
"""

from collections.abc import Callable
from dataclasses import dataclass

from .nodes import AllOf, AnyOf, Phrase, QueryNode, all_of, any_of
from .synonym_index import synonym_index, synonyms_of
from .text import LATIN_WORD_RE, _chunk_tokens, is_thai, normalise

MIN_PREFIX_CHARS = 2
# Words a shopper adds that no product needs to contain ("silk scarf from surin").
QUERY_STOP_WORDS = frozenset({"a", "an", "the", "of", "for", "from", "with", "and", "in", "on", "to", "by", "or",
                              "at", "และ", "หรือ", "กับ"})


def _never(word: str) -> bool:
    return False


def is_correctable(word: str) -> bool:
    """Only whole Latin words of four letters or more are ever spelling-corrected; Thai never is."""
    return len(word) >= 4 and bool(LATIN_WORD_RE.fullmatch(word))


def max_edit_distance(word: str) -> int:
    """How far a correction may be: one edit for 4–7 letters, two from 8."""
    if not is_correctable(word):
        return 0
    return 1 if len(word) <= 7 else 2


def analyse_query(
    q: str,
    *,
    is_term: Callable[[str], bool] = _never,
    has_prefix: Callable[[str], bool] = _never,
    correct: Callable[[str], str | None] | None = None,
) -> QueryNode | None:
    """The query as a tree in which every top-level part must match.

    * Words are analysed exactly like documents, then known misspellings are
      replaced (``TYPOS``).
    * Runs of words that form a synonym entry (``jasmine rice``, ``dan kwian``)
      become one part: any entry of its group.
    * A Latin word of four letters or more that is not a word of the index (and,
      when it is the last word, not the start of one) is replaced by
      ``correct(word)``, the nearest indexed word, if there is one.
    * The last word may still be being typed, so it also matches as a prefix,
      unless it is already a whole word of the index (``is_term``) or of a
      synonym group, or the query ends with a space: then ชา ("tea") stays ชา
      and never completes to ชาวเขา ("hill tribe"). A Thai prefix can segment wrongly (ผ้าไห → ผ้า + ไห "jar"),
      so the unsegmented last chunk is tried as a prefix too.
    """
    words = query_words_typed(q)
    if words is None:
        return None
    nodes, node_chunks = query_parts(words, is_term=is_term, has_prefix=has_prefix, correct=correct)
    return all_of(typed_tail(words, nodes, node_chunks, is_term=is_term))


# --- phase 1: the words ------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryWords:
    words: list[str]  # analysed like documents, misspellings fixed
    chunk_of: list[int]  # the number of the space-separated chunk each word came from
    last_chunk: int
    last_chunk_words: list[str]  # the words of the last chunk, before misspellings were fixed
    typing: bool  # the query does not end with a space: its last word may be unfinished


def query_words_typed(q: str) -> QueryWords | None:
    text = normalise(q)
    if not text:
        return None
    typos = synonym_index().typos
    words: list[str] = []
    chunk_of: list[int] = []
    chunks = text.split(" ")
    last_chunk_words: list[str] = []
    for number, chunk in enumerate(chunks):
        chunk_words = list(_chunk_tokens(chunk))
        if number == len(chunks) - 1:
            last_chunk_words = chunk_words
        for word in chunk_words:
            for fixed in typos.get(word, (word,)):
                words.append(fixed)
                chunk_of.append(number)
    if not words:
        return None
    return QueryWords(words, chunk_of, len(chunks) - 1, last_chunk_words, typing=not (q and q[-1].isspace()))


# --- phase 2: the parts ------------------------------------------------------------------------


def group_node(words: tuple[str, ...], prefix: Phrase | None = None) -> QueryNode:
    """``words`` or any synonym, and any narrower kind (pottery → celadon); the typed prefix first if given."""
    index = synonym_index()
    number = index.by_phrase.get(words)
    if number is None:
        return prefix or Phrase(words)
    options = [prefix] if prefix else []
    options += [Phrase(entry) for entry in synonyms_of(words) if not (prefix and entry == prefix.words)]
    node = AnyOf(tuple(options), group=index.keys[number])
    narrower = [AnyOf(tuple(Phrase(e) for e in index.groups[n]), group=index.keys[n])
                for n in index.broader.get(number, ())]
    return AnyOf((node, *narrower)) if narrower else node


def query_parts(typed: QueryWords, *, is_term, has_prefix, correct) -> tuple[list[QueryNode], list[set[int]]]:
    """The top-level parts, and the chunks each came from: synonym phrases (longest first) and
    single words; stop words dropped unless the query is nothing else."""
    index = synonym_index()
    words = typed.words
    last = len(words) - 1

    def single(position: int) -> QueryNode:
        word = words[position]
        is_last_typed = position == last and typed.typing
        if is_correctable(word) and (word,) not in index.by_phrase and not is_term(word):
            if not (is_last_typed and has_prefix(word)) and correct is not None:
                word = correct(word) or word
        prefix = None
        # A word of a synonym group is a whole word even when the index lacks it: ชา is "tea",
        # never the start of ชาวเขา.
        if (is_last_typed and len(word) >= MIN_PREFIX_CHARS and not is_term(word)
                and (word,) not in index.by_phrase):
            prefix = Phrase((word,), prefix=True)  # the word typed so far, or any word it starts
        return group_node((word,), prefix)

    nodes: list[QueryNode] = []
    node_chunks: list[set[int]] = []
    drop_stop_words = any(w not in QUERY_STOP_WORDS for w in words)
    position = 0
    while position < len(words):
        size = 1
        for n in range(min(index.longest, len(words) - position), 1, -1):
            if tuple(words[position:position + n]) in index.by_phrase:
                size = n
                break
        if size == 1 and drop_stop_words and words[position] in QUERY_STOP_WORDS:
            position += 1
            continue
        nodes.append(group_node(tuple(words[position:position + size])) if size > 1 else single(position))
        node_chunks.append(set(typed.chunk_of[position:position + size]))
        position += size
    return nodes, node_chunks


# --- phase 3: the typed tail -------------------------------------------------------------------


def typed_tail(typed: QueryWords, nodes: list[QueryNode], node_chunks: list[set[int]], *,
               is_term) -> list[QueryNode]:
    """The parts, with a last chunk that may be a Thai word cut short also tried whole, as a prefix."""
    last_number = typed.last_chunk
    raw = "".join(typed.last_chunk_words)
    if not (typed.typing and len(typed.last_chunk_words) > 1 and is_thai(raw) and not is_term(raw)
            and node_chunks and node_chunks[-1] == {last_number}):
        return nodes
    first_tail = [i for i, c in enumerate(node_chunks) if c == {last_number}][0]
    if not all(c == {last_number} for c in node_chunks[first_tail:]):
        return nodes
    tail = nodes[first_tail:]
    if (len(tail) > 1 and all(isinstance(n, Phrase) and len(n.words) == 1 for n in tail)
            and not any(n.prefix for n in tail[:-1])):
        # Plain words typed together belong together: ผ้า then a word starting ไห.
        tail_node = AllOf(tuple(tail), together=True)
    else:
        tail_node = all_of(tail)
    return nodes[:first_tail] + [any_of([tail_node, Phrase((raw,), prefix=True)])]
