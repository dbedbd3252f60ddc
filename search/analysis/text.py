"""Text as words: Unicode clean-up, Thai word segmentation with the OTOP dictionary, English folding.

Used for documents and queries alike, so that both are cut into the same words.
"""

import functools
import re
import unicodedata

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie, dict_trie

from marketplace.geography.data import PROVINCES

from .. import synonyms

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
LATIN_WORD_RE = re.compile(r"[a-z]+")
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
    elif len(word) >= 4 and LATIN_WORD_RE.fullmatch(word):
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
