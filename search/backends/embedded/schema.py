"""The index file's tables: the documents' columns, and the FTS5 text index with its formats."""

# unicode61 would split Thai words at their vowel and tone marks (category Mn);
# documents arrive pre-segmented, so those marks must count as word characters.
THAI_MARKS = "".join(chr(c) for c in [0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])

SCHEMA = """
CREATE TABLE IF NOT EXISTS doc (
    product_id INTEGER PRIMARY KEY,
    upc TEXT NOT NULL,
    title_th TEXT NOT NULL,
    title_en TEXT NOT NULL,
    category TEXT NOT NULL,
    province_code TEXT NOT NULL,
    region TEXT NOT NULL,
    producer_type TEXT NOT NULL,
    stars INTEGER NOT NULL,
    price REAL NOT NULL,
    created TEXT NOT NULL,
    title_len INTEGER NOT NULL DEFAULT 0,
    head TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS doc_category ON doc(category);
CREATE INDEX IF NOT EXISTS doc_province ON doc(province_code);
CREATE INDEX IF NOT EXISTS doc_price ON doc(price);
CREATE INDEX IF NOT EXISTS doc_stars_order ON doc(stars DESC, product_id);
CREATE INDEX IF NOT EXISTS doc_created_order ON doc(created DESC, product_id DESC);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title_text, text, fine, tokenize = "unicode61 remove_diacritics 0 tokenchars '%s'", prefix = '2 3'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(fts, 'row');
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
""" % THAI_MARKS

# Index format: 2 = synonym-group tokens are indexed beside the words; 3 = and the words with
# compounds split into their parts (``analysis.fine_text``) in a column of their own.
FORMAT = "3"
# Titles weigh five times the rest of the text; the words with compounds split (``fine``) half.
BM25 = "bm25(fts, 5.0, 1.0, 0.5)"
