"""Text analysis shared by every search backend.

Thai is written without spaces between words, so documents and queries are
segmented into words here (PyThaiNLP's newmm over its dictionary plus OTOP
vocabulary) before any backend sees them. Backends then only split on spaces.

Three layers, all in Python so that every backend gets the same answers:

* ``normalise`` and ``tokens``: Unicode clean-up (width, Thai ``ำ`` after NFKC,
  doubled marks, zero-width characters, Thai digits, Latin accents), Thai word
  segmentation with the domain dictionary, English plural folding and
  British/American spelling. Used for documents and queries alike.
* ``synonym_index``: the Thai ↔ English ↔ transliteration groups of
  ``search.synonyms`` (plus the 77 provinces and craft villages), analysed.
* ``analyse_query``: a query as a tree of phrases (``AllOf``/``AnyOf``/
  ``Phrase``) with spelling fixed, synonyms expanded and the last word marked
  as a prefix while it is still being typed. A backend renders the tree in its
  own query language and supplies what only the index knows (is this a word
  of the index? a misspelling of which word?).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie, dict_trie

from marketplace.geography.data import PROVINCES

from . import synonyms

# Words PyThaiNLP's general dictionary splits wrongly or lacks: OTOP products,
# techniques, materials and the places famous for them.
OTOP_WORDS = frozenset(
    {
        # the programme
        "โอทอป", "นวัตวิถี", "ภูมิปัญญา", "วิสาหกิจชุมชน", "มผช",
        # textiles: fabrics, techniques, garments
        "มัดหมี่", "แพรวา", "ผ้าไหม", "ผ้าฝ้าย", "ผ้าคราม", "ย้อมคราม", "ตีนจก", "หม้อห้อม", "ม่อฮ่อม", "ผ้าขิด",
        "ผ้าบาติก", "บาติก", "ปาเต๊ะ", "ผ้าซิ่น", "ผ้าถุง", "ผ้าสไบ", "ผ้าขาวม้า", "ผ้าพันคอ", "ผ้าคลุมไหล่",
        "ผ้ายกดอก", "ยกดอก", "สมปักปูม", "โฮล", "จวนตานี", "ผ้าจก", "ผ้าทอ", "ไทลื้อ", "ไทพวน", "ภูไท",
        "ย้อมครั่ง", "ครั่ง", "หางกระรอก", "เนคไท", "คลัตช์", "คลัทช์", "โท้ท",
        # food
        "น้ำพริก", "ข้าวหอมมะลิ", "หอมมะลิ", "ไรซ์เบอร์รี่", "ไรซ์เบอรี่", "ไรซ์เบอร์รี", "น้ำตาลมะพร้าว",
        "น้ำตาลโตนด", "น้ำตาลแว่น", "ทองม้วน", "ข้าวแต๋น", "กล้วยฉาบ", "กล้วยตาก", "ขนมหม้อแกง", "ทุเรียนกวน",
        "มังคุดกวน", "เนื้อแดดเดียว", "เนื้อสวรรค์", "ไข่เค็ม", "กะปิ", "ปลาร้า", "แจ่วบอง", "เครื่องแกง",
        "ไตปลา", "ข้าวเกรียบ", "ข้าวตัง", "หมูหยอง", "ลูกตาล", "อบแห้ง", "ฟรีซดราย", "กาหยู", "หัวครก",
        "มะม่วงหิมพานต์", "หมอนทอง",
        # drinks
        "อู่หลง", "อูหลง", "อาราบิก้า", "อาราบิกา", "โรบัสต้า", "โรบัสตา", "ทิกวนอิม", "จินเซวียน", "คาสคาร่า",
        "ดริป", "โพรเซส", "ฮันนี่", "ชาวเขา", "อาข่า", "ลัวะ", "สาโท", "ใบหม่อน", "ดอกอัญชัน", "กระเจี๊ยบแดง",
        # herbal
        "ลูกประคบ", "ยาหม่อง", "ยาดม", "บาล์ม", "สครับ", "ไพล", "ขมิ้นชัน", "เสลดพังพอน", "ว่านนางคำ",
        "ประคำดีควาย", "พิมเสน", "ฮาลาล",
        # household and crafts
        "เครื่องเงิน", "เครื่องปั้นดินเผา", "ดินเผา", "เซลาดอน", "ศิลาดล", "เบญจรงค์", "ลายน้ำทอง", "จักสาน",
        "เครื่องจักสาน", "กระดาษสา", "ผักตบชวา", "ผักตบ", "กระจูด", "ย่านลิเภา", "วัวลาย", "อรัญญิก", "ตราไก่",
        "ด่านเกวียน", "บ่อสร้าง", "ดุนลาย", "ลงรัก", "กะลา", "จามจุรี", "แกะสลัก", "โถปริก",
        # general words the dictionary lacks, whose parts would be misread as product words
        "ร่มป่า", "ใต้ร่ม", "ร่มครึ้ม",
    }
)

# General-dictionary words that would hide a product word shoppers search on its
# own: ชาเขียว must still be found by ชา ("tea"), กาแฟเย็น by กาแฟ.
DICTIONARY_EXCLUDE = frozenset(
    {
        "ชาเขียว", "ชาร้อน", "ชาเย็น", "ชามะลิ", "ใบชา", "กาแฟสด", "กาแฟร้อน", "กาแฟเย็น", "กาแฟใบใหญ่",
        "น้ำพริกเผา", "ไหมทอง", "ผ้าไหมไทย", "ข้าวหอม", "น้ำผึ้งป่า", "สบู่เหลว",
    }
)

_SPACE_RE = re.compile(r"\s+")
# Letters, digits and the Thai vowel and tone marks (category Mn, which \w misses).
_TOKEN_RE = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59]+")
_THAI_RE = re.compile(r"[\u0E00-\u0E7F]")
_LATIN_WORD_RE = re.compile(r"[a-z]+")
# NFKC splits ำ (sara am) into nikhahit + sara aa; put it back (also when typed tone-mark-last).
_SARA_AM_RE = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_SARA_AM_TONE_RE = re.compile("\u0e33([\u0e48-\u0e4b])")
# A mark or vowel typed twice (ผ้้า, เเ for แ, าา).
_DOUBLED_RE = re.compile("([\u0e31\u0e32\u0e34-\u0e3a\u0e47-\u0e4e])\\1+")
_SARA_E_TWICE = "\u0e40\u0e40"


def _char_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in "\u200c\u200d\u2060\ufeff\u00ad"}
    table[0x200B] = " "  # zero-width space separates words in Thai text
    table.update({0x0E50 + i: str(i) for i in range(10)})  # Thai digits
    for code in range(0x00C0, 0x0250):  # Latin letters with accents → plain letters
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code) and base.isascii():
            table[code] = base
    table[ord("ß")] = "ss"
    table[ord("æ")] = "ae"
    table[ord("ø")] = "o"
    return table


_CHAR_TABLE = _char_table()

# English spellings folded to one form, in documents and queries alike.
_CANONICAL_SPELLING = {
    "colour": "color", "flavour": "flavor", "grey": "gray", "jewellery": "jewelry", "chilli": "chili",
    "chile": "chili", "yoghurt": "yogurt", "mould": "mold", "centre": "center", "fibre": "fiber",
    "favour": "favor", "odour": "odor", "armour": "armor", "moisturiser": "moisturizer",
}
_IRREGULAR_PLURALS = {
    "knives": "knife", "scarves": "scarf", "leaves": "leaf", "shelves": "shelf", "halves": "half",
    "mangoes": "mango", "tomatoes": "tomato", "potatoes": "potato", "chillies": "chili", "chilies": "chili",
    "women": "woman", "men": "man", "children": "child", "teeth": "tooth", "feet": "foot",
}


def english_stem(word: str) -> str:
    """Folds English plurals (baskets → basket, berries → berry) and spelling variants."""
    if word in _IRREGULAR_PLURALS:
        word = _IRREGULAR_PLURALS[word]
    elif len(word) >= 4 and _LATIN_WORD_RE.fullmatch(word):
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith(("sses", "xes", "ches", "shes")):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    return _CANONICAL_SPELLING.get(word, word)


def normalise(text: str) -> str:
    """NFKC, lower-case, collapsed white space; Thai ำ, doubled marks and digits fixed, accents removed."""
    text = unicodedata.normalize("NFKC", text or "").translate(_CHAR_TABLE).lower()
    if _THAI_RE.search(text):
        text = _SARA_AM_RE.sub("\\1\u0e33", text)
        text = _SARA_AM_TONE_RE.sub("\\1\u0e33", text)
        text = text.replace(_SARA_E_TWICE, "\u0e41")
        text = _DOUBLED_RE.sub("\\1", text)
    return _SPACE_RE.sub(" ", text).strip()


def _place_and_synonym_words() -> set[str]:
    words: set[str] = set()
    entries = [e for group in synonyms.SYNONYM_GROUPS for e in group]
    entries += [e for group in synonyms.PLACES for e in group]
    entries += list(synonyms.TYPOS) + list(synonyms.TYPOS.values())
    for entry in entries:
        entry = normalise(entry)
        if _THAI_RE.search(entry) and " " not in entry:
            words.add(entry)
    return words


@functools.lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Every word the segmenter knows: PyThaiNLP's, OTOP vocabulary, places, synonyms, typos."""
    words = {normalise(w) for w in thai_words()} - DICTIONARY_EXCLUDE
    words |= {normalise(w) for w in OTOP_WORDS}
    words |= {normalise(p.name_th) for p in PROVINCES}
    words |= _place_and_synonym_words()
    return frozenset(w for w in words if w)


@functools.lru_cache(maxsize=1)
def thai_dictionary() -> Trie:
    """The segmentation dictionary, built once per process."""
    return dict_trie(set(dictionary_words()))


@functools.lru_cache(maxsize=65536)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    if _THAI_RE.search(chunk):
        words = word_tokenize(chunk, engine="newmm", custom_dict=thai_dictionary(), keep_whitespace=False)
    else:
        words = [chunk]
    result = []
    for word in words:
        for token in _TOKEN_RE.findall(word):
            result.append(english_stem(token) if token.isascii() else token)
    return tuple(result)


def tokens(text: str) -> list[str]:
    """Words of ``text``: Thai runs segmented, other runs split on non-letters, English plurals folded."""
    result: list[str] = []
    for chunk in normalise(text).split(" "):
        if chunk:
            result.extend(_chunk_tokens(chunk))
    return result


def segmented(text: str) -> str:
    """``text`` as space-separated words, ready for a whitespace tokenizer."""
    return " ".join(tokens(text))


def is_thai(word: str) -> bool:
    return bool(_THAI_RE.search(word))


# --- compounds -----------------------------------------------------------------

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


# --- synonyms ------------------------------------------------------------------


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


def synonym_groups() -> list[list[str]]:
    """The analysed synonym groups as lists of space-separated phrases (for index-time synonym filters)."""
    return [[" ".join(e) for e in group] for group in synonym_index().groups if len(group) > 1]


def elasticsearch_synonym_rules() -> list[str]:
    """Solr-format rules (``a, b, c`` and ``typo => word``) for an Elasticsearch synonym_graph filter."""
    index = synonym_index()
    rules = [", ".join(group) for group in synonym_groups()]
    rules += [f"{wrong} => {' '.join(right)}" for wrong, right in sorted(index.typos.items())]
    return rules


def _group_node(words: tuple[str, ...], prefix: Phrase | None = None) -> "QueryNode":
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


def synonyms_of(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Every entry of the group ``words`` belongs to, ``words`` first; just ``(words,)`` when none."""
    index = synonym_index()
    group = index.by_phrase.get(words)
    if group is None:
        return (words,)
    return (words,) + tuple(e for e in index.groups[group] if e != words)


# --- queries -------------------------------------------------------------------


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


def _never(word: str) -> bool:
    return False


def _any_of(options: list) -> QueryNode:
    unique = list(dict.fromkeys(options))
    return unique[0] if len(unique) == 1 else AnyOf(tuple(unique))


def _all_of(parts: list) -> QueryNode:
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def is_correctable(word: str) -> bool:
    """Only whole Latin words of four letters or more are ever spelling-corrected; Thai never is."""
    return len(word) >= 4 and bool(_LATIN_WORD_RE.fullmatch(word))


def max_edit_distance(word: str) -> int:
    """How far a correction may be: one edit for 4–7 letters, two from 8."""
    if not is_correctable(word):
        return 0
    return 1 if len(word) <= 7 else 2


MIN_PREFIX_CHARS = 2
# Words a shopper adds that no product needs to contain ("silk scarf from surin").
QUERY_STOP_WORDS = frozenset({"a", "an", "the", "of", "for", "from", "with", "and", "in", "on", "to", "by", "or",
                              "at", "และ", "หรือ", "กับ"})


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
    text = normalise(q)
    if not text:
        return None
    typing = not (q and q[-1].isspace())
    index = synonym_index()

    # Words, each with the number of the chunk it came from.
    words: list[str] = []
    chunk_of: list[int] = []
    chunks = text.split(" ")
    last_chunk_words: list[str] = []
    for number, chunk in enumerate(chunks):
        chunk_words = list(_chunk_tokens(chunk))
        if number == len(chunks) - 1:
            last_chunk_words = chunk_words
        for word in chunk_words:
            for fixed in index.typos.get(word, (word,)):
                words.append(fixed)
                chunk_of.append(number)
    if not words:
        return None
    last = len(words) - 1

    def single(position: int) -> QueryNode:
        word = words[position]
        is_last_typed = position == last and typing
        if is_correctable(word) and (word,) not in index.by_phrase and not is_term(word):
            if not (is_last_typed and has_prefix(word)) and correct is not None:
                word = correct(word) or word
        prefix = None
        # A word of a synonym group is a whole word even when the index lacks it: ชา is "tea",
        # never the start of ชาวเขา.
        if (is_last_typed and len(word) >= MIN_PREFIX_CHARS and not is_term(word)
                and (word,) not in index.by_phrase):
            prefix = Phrase((word,), prefix=True)  # the word typed so far, or any word it starts
        return _group_node((word,), prefix)

    # Group runs of words into synonym phrases, longest first; drop stop words.
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
        if size > 1:
            nodes.append(_group_node(tuple(words[position:position + size])))
        else:
            nodes.append(single(position))
        node_chunks.append(set(chunk_of[position:position + size]))
        position += size

    # The last chunk may be a Thai word cut short: also try it whole, as a prefix.
    last_number = len(chunks) - 1
    raw = "".join(last_chunk_words)
    if (typing and len(last_chunk_words) > 1 and is_thai(raw) and not is_term(raw)
            and node_chunks[-1] == {last_number}):
        tail = [i for i, c in enumerate(node_chunks) if c == {last_number}]
        first_tail = tail[0]
        if all(c == {last_number} for c in node_chunks[first_tail:]):
            tail = nodes[first_tail:]
            if (len(tail) > 1 and all(isinstance(n, Phrase) and len(n.words) == 1 for n in tail)
                    and not any(n.prefix for n in tail[:-1])):
                # Plain words typed together belong together: ผ้า then a word starting ไห.
                tail_node = AllOf(tuple(tail), together=True)
            else:
                tail_node = _all_of(tail)
            nodes = nodes[:first_tail] + [_any_of([tail_node, Phrase((raw,), prefix=True)])]
    return _all_of(nodes)


def query_words(node: QueryNode | None) -> list[str]:
    """Every word a query tree mentions (for highlighting and tests)."""
    if node is None:
        return []
    if isinstance(node, (Phrase, Parts)):
        return list(node.words)
    children = node.options if isinstance(node, AnyOf) else node.parts
    return [w for child in children for w in query_words(child)]
