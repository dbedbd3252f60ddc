"""Typed records for the demo catalogue written in ``content/``."""

from dataclasses import dataclass

PRODUCER_TYPES = ("community_group", "single_owner", "sme")
CATEGORIES = ("food", "beverage", "textile", "household", "herbal")
STANDARD_KINDS = ("fda", "tcps", "tis", "halal")  # อย., มผช., มอก., ฮาลาล

# What the demo image drawer (``images.py``) knows how to draw.
MOTIFS = (
    "fabric", "garment", "scarf", "bag", "basket", "mat", "pottery", "vase", "bowl",
    "umbrella", "silverware", "woodcarving", "lamp", "jar", "bottle", "box", "pouch",
    "soap", "tea", "coffee", "rice", "fruit", "honey", "sauce", "compress", "balm",
)


@dataclass(frozen=True)
class DemoProducer:
    key: str  # ascii slug, unique across all content modules
    name_th: str
    name_en: str
    producer_type: str  # one of PRODUCER_TYPES
    province_code: str  # ISO 3166-2:TH, see marketplace/geography/data.py
    district_th: str
    district_en: str
    subdistrict_th: str
    subdistrict_en: str
    story_th: str
    story_en: str
    phone: str  # 08x-xxx-xxxx


@dataclass(frozen=True)
class DemoProduct:
    upc: str  # 13 digits, unique
    producer_key: str
    category: str  # one of CATEGORIES
    title_th: str
    title_en: str
    description_th: str
    description_en: str
    price: str  # THB, e.g. "350.00"
    stock: int
    weight_grams: int
    stars: int  # 1-5
    selection_year: int  # C.E.
    expires_in_days: int  # from the day the demo is seeded; negative means lapsed
    standards: tuple[tuple[str, str], ...]  # (kind, approval number)
    motif: str  # one of MOTIFS
    colours: tuple[str, str]  # two "#rrggbb" colours for the image
