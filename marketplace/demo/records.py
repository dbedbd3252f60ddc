"""Typed records for the demo content, read from the JSON files in ``data/`` by ``content.py``."""

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


@dataclass(frozen=True)
class DemoStory:
    """A CDD editor's story (StoryPage) about demo producers and their local wisdom."""

    slug: str
    province_code: str
    days_ago: int  # the story's date, counted back from the day the demo is seeded
    title_th: str
    title_en: str
    intro_th: str
    intro_en: str
    body_th: tuple[str, ...]  # paragraphs
    body_en: tuple[str, ...]
    producer_keys: tuple[str, ...]
    product_upcs: tuple[str, ...]
    colours: tuple[str, str]  # for the drawn header picture
    image_alt_th: str
    image_alt_en: str


@dataclass(frozen=True)
class DemoEvent:
    name_th: str
    name_en: str
    when_th: str
    when_en: str
    description_th: str
    description_en: str


@dataclass(frozen=True)
class DemoVillage:
    """An OTOP village for tourism (TourismVillagePage), linked to the demo producers who live there."""

    slug: str
    province_code: str
    title_th: str
    title_en: str
    district_th: str
    district_en: str
    subdistrict_th: str
    subdistrict_en: str
    address_th: str
    address_en: str
    latitude: str
    longitude: str
    intro_th: str
    intro_en: str
    see_and_do_th: tuple[str, ...]  # list items
    see_and_do_en: tuple[str, ...]
    getting_there_th: str
    getting_there_en: str
    best_time_th: str
    best_time_en: str
    events: tuple[DemoEvent, ...]
    contact_th: str
    contact_en: str
    producer_keys: tuple[str, ...]
    product_upcs: tuple[str, ...]
    colours: tuple[str, str]
    image_alt_th: str
    image_alt_en: str
