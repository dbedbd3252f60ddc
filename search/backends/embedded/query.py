"""A query tree from ``analysis.analyse_query`` in FTS5's query syntax."""

from collections.abc import Callable

from ... import analysis

# Words of a multi-word synonym ("dried mango") may have this many words between them.
NEAR = 3
# The columns of the words as written: a word found only in ``fine`` is a part of a longer one.
WHOLE_WORDS = "{title_text text} : "


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
            return "NEAR(" + " ".join(_quote(w) for w in node.words) + f", {NEAR}" + ")"
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
