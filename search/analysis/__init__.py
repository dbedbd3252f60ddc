"""Text analysis shared by every search backend.

Thai is written without spaces between words, so documents and queries are
segmented into words here (PyThaiNLP's newmm over its dictionary plus OTOP
vocabulary) before any backend sees them. Backends then only split on spaces.
All in Python, so that every backend gets the same answers; read top-down:

* ``text``: ``normalise`` and ``tokens`` — Unicode clean-up (width, Thai ``ำ``
  after NFKC, doubled marks, zero-width characters, Thai digits, Latin
  accents), Thai word segmentation with the domain dictionary, English plural
  folding and British/American spelling. Used for documents and queries alike.
* ``compounds``: the parts of Thai compounds (กล้วยหอม → กล้วย หอม), for
  matching a query word inside a longer word and the reverse.
* ``synonym_index``: the Thai ↔ English ↔ transliteration groups of
  ``search.synonyms`` (plus the 77 provinces and craft villages), analysed.
* ``nodes`` and ``query``: ``analyse_query`` turns a query into a tree of
  phrases (``AllOf``/``AnyOf``/``Phrase``/``Parts``) with spelling fixed,
  synonyms expanded and the last word marked as a prefix while it is still
  being typed. A backend renders the tree in its own query language and
  supplies what only the index knows (is this a word of the index? a
  misspelling of which word?).
"""

from .compounds import compound_heads, compound_parts, fine_text
from .nodes import AllOf, AnyOf, Parts, Phrase, QueryNode, query_words, with_compound_parts
from .query import MIN_PREFIX_CHARS, QUERY_STOP_WORDS, analyse_query, is_correctable, max_edit_distance
from .synonym_index import (
    SynonymIndex,
    synonym_index,
    synonym_tokens,
    synonyms_of,
)
from .text import (
    DICTIONARY_EXCLUDE,
    OTOP_WORDS,
    _chunk_tokens,
    dictionary_words,
    english_stem,
    is_thai,
    normalise,
    segmented,
    thai_dictionary,
    tokens,
)

__all__ = [
    "DICTIONARY_EXCLUDE", "MIN_PREFIX_CHARS", "OTOP_WORDS", "QUERY_STOP_WORDS", "AllOf", "AnyOf", "Parts", "Phrase",
    "QueryNode", "SynonymIndex", "_chunk_tokens", "analyse_query", "compound_heads", "compound_parts",
    "dictionary_words", "english_stem", "fine_text", "is_correctable", "is_thai",
    "max_edit_distance", "normalise", "query_words", "segmented", "synonym_index",
    "synonym_tokens", "synonyms_of", "thai_dictionary", "tokens", "with_compound_parts",
]
