"""Text analysis shared by every search backend.

Thai is written without spaces between words, so documents and queries are
segmented into words here (PyThaiNLP's newmm over its dictionary plus OTOP
vocabulary) before any backend sees them. Backends then only split on spaces.
"""

import functools
import re
import unicodedata

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie, dict_trie

from marketplace.geography.data import PROVINCES

# Words PyThaiNLP's general dictionary splits wrongly or lacks.
OTOP_WORDS = frozenset(
    {
        "โอทอป", "มัดหมี่", "แพรวา", "ด่านเกวียน", "ผักตบชวา", "กระจูด", "ย่านลิเภา", "เบญจรงค์",
        "เซลาดอน", "บ่อสร้าง", "ผ้าไหม", "ผ้าฝ้าย", "ผ้าคราม", "ตีนจก", "หม้อห้อม", "ลูกประคบ",
        "ยาหม่อง", "ยาดม", "น้ำพริก", "ข้าวหอมมะลิ", "ไรซ์เบอร์รี่", "น้ำตาลมะพร้าว", "น้ำตาลโตนด",
        "ทองม้วน", "ข้าวแต๋น", "กล้วยฉาบ", "อู่หลง", "ชาวเขา", "เครื่องเงิน", "เครื่องปั้นดินเผา",
        "จักสาน", "กระดาษสา", "ผ้าบาติก", "ขนมหม้อแกง", "มะม่วงหิมพานต์", "วัวลาย", "อรัญญิก",
    }
)

_SPACE_RE = re.compile(r"\s+")
# Letters, digits and the Thai vowel and tone marks (category Mn, which \w misses).
_TOKEN_RE = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59]+")
_THAI_RE = re.compile(r"[\u0E00-\u0E7F]")


@functools.lru_cache(maxsize=1)
def thai_dictionary() -> Trie:
    """The segmentation dictionary, built once per process."""
    places = {p.name_th for p in PROVINCES}
    return dict_trie(set(thai_words()) | OTOP_WORDS | places)


def normalise(text: str) -> str:
    """NFC, lower-case, collapsed white space; Thai tone-mark order is fixed by NFC."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return _SPACE_RE.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    """Words of ``text``: Thai runs segmented, other runs split on non-letters."""
    result: list[str] = []
    for chunk in normalise(text).split(" "):
        if not chunk:
            continue
        if _THAI_RE.search(chunk):
            words = word_tokenize(chunk, engine="newmm", custom_dict=thai_dictionary(), keep_whitespace=False)
        else:
            words = [chunk]
        for word in words:
            result.extend(_TOKEN_RE.findall(word))
    return result


def segmented(text: str) -> str:
    """``text`` as space-separated words, ready for a whitespace tokenizer."""
    return " ".join(tokens(text))
