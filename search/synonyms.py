"""Thai ↔ English synonyms and spelling variants, shared by every backend.

Each group lists words that mean the same to a shopper; a query for any of
them finds documents with any other. Words are written as ``analysis.tokens``
produces them (lower case, Thai segmented).
"""

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("ผ้าไหม", "silk"),
    ("ผ้าฝ้าย", "cotton"),
    ("กาแฟ", "coffee"),
    ("ชา", "tea"),
    ("น้ำผึ้ง", "honey"),
    ("โอทอป", "otop"),
)
