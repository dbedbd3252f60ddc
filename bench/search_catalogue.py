"""Generated catalogues and query mixes for bench/search_benchmark.py.

Products are variations on the 180 products of the demo catalogue
(``marketplace.demo.content``): the same Thai and English titles and
descriptions, with modifiers (sizes, editions, gift sets, the province's name)
added, a sentence borrowed from another product of the same group, and one of
2,000 generated producers spread over all 77 provinces. Everything is drawn
from a seeded ``random.Random``, so a run is repeatable.
"""

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

from marketplace.demo.content import PRODUCERS as DEMO_PRODUCERS
from marketplace.demo.content import PRODUCTS as DEMO_PRODUCTS
from marketplace.geography.data import PROVINCES

MODIFIERS = (
    ("สูตรพิเศษ", "Special Recipe"), ("รุ่นพรีเมียม", "Premium"), ("ชุดของขวัญ", "Gift Set"),
    ("ขนาดทดลอง", "Trial Size"), ("แพ็กคู่", "Twin Pack"), ("ทำมือ", "Handmade"), ("ออร์แกนิก", "Organic"),
    ("ลายใหม่", "New Pattern"), ("สีธรรมชาติ", "Natural Colours"), ("ขนาดใหญ่", "Large"),
    ("ขนาดเล็ก", "Small"), ("รุ่นฉลองครบรอบ", "Anniversary Edition"), ("ของฝาก", "Souvenir"),
)
PRODUCER_KINDS = (
    ("กลุ่มแม่บ้าน", "Housewives Group", "community_group"),
    ("วิสาหกิจชุมชน", "Community Enterprise", "community_group"),
    ("กลุ่มทอผ้า", "Weaving Group", "community_group"),
    ("ร้าน", "Shop", "single_owner"),
    ("บริษัท", "Co., Ltd.", "sme"),
    ("ห้างหุ้นส่วนจำกัด", "Limited Partnership", "sme"),
)
VILLAGES = tuple({(p.subdistrict_th, p.subdistrict_en) for p in DEMO_PRODUCERS}
                 | {(p.district_th, p.district_en) for p in DEMO_PRODUCERS})


@dataclass(frozen=True)
class Producer:
    name_th: str
    name_en: str
    producer_type: str
    province_code: str
    district_th: str
    district_en: str
    subdistrict_th: str
    subdistrict_en: str


@dataclass(frozen=True)
class Item:
    number: int
    upc: str
    title_th: str
    title_en: str
    description_th: str
    description_en: str
    category: str
    price: Decimal
    stars: int
    producer: int  # index into producers()
    created: datetime.datetime


def producers(seed: int = 7, count: int = 2000) -> list[Producer]:
    rng = random.Random(seed)
    result = []
    for n in range(count):
        kind_th, kind_en, kind = rng.choice(PRODUCER_KINDS)
        village_th, village_en = rng.choice(VILLAGES)
        district_th, district_en = rng.choice(VILLAGES)
        province = rng.choice(PROVINCES)
        result.append(Producer(
            name_th=f"{kind_th}บ้าน{village_th} {n + 1}", name_en=f"Ban {village_en} {kind_en} {n + 1}",
            producer_type=kind, province_code=province.code, district_th=district_th, district_en=district_en,
            subdistrict_th=village_th, subdistrict_en=village_en,
        ))
    return result


def _sentences(text: str, separator: str) -> list[str]:
    return [s.strip() for s in text.split(separator) if s.strip()]


def items(start: int, stop: int, producer_count: int, seed: int = 11) -> list[Item]:
    """Products number ``start`` to ``stop - 1``: the same numbers always give the same products."""
    by_category: dict[str, list] = {}
    for product in DEMO_PRODUCTS:
        by_category.setdefault(product.category, []).append(product)
    provinces = {p.code: p for p in PROVINCES}
    producer_list = producers(count=producer_count)
    result = []
    base = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number in range(start, stop):
        rng = random.Random(seed * 1_000_003 + number)
        template = rng.choice(DEMO_PRODUCTS)
        other = rng.choice(by_category[template.category])
        producer_index = rng.randrange(producer_count)
        province = provinces[producer_list[producer_index].province_code]
        title_th, title_en = template.title_th, template.title_en
        for _ in range(rng.choice((0, 1, 1, 2))):
            mod_th, mod_en = rng.choice(MODIFIERS)
            title_th, title_en = f"{title_th} {mod_th}", f"{title_en}, {mod_en}"
        if rng.random() < 0.5:
            title_th, title_en = f"{title_th} {province.name_th}", f"{title_en}, {province.name_en}"
        extra_th = rng.choice(_sentences(other.description_th, " "))
        extra_en = rng.choice(_sentences(other.description_en, ". "))
        price = (Decimal(template.price) * Decimal(rng.uniform(0.7, 1.5))).quantize(Decimal("1.00"))
        result.append(Item(
            number=number, upc=f"99{number:011d}", title_th=title_th, title_en=title_en,
            description_th=f"{template.description_th} {extra_th}",
            description_en=f"{template.description_en} {extra_en}.",
            category=template.category, price=price, stars=rng.choice((4, 4, 5)), producer=producer_index,
            created=base + datetime.timedelta(minutes=rng.randrange(800_000)),
        ))
    return result


# --- the query mix -------------------------------------------------------------

TEXT_QUERIES = (
    # Thai words and compounds typed without spaces
    "ผ้าไหม", "กาแฟ", "ชา", "มะม่วง", "น้ำพริก", "น้ำผึ้ง", "มัดหมี่", "ด่านเกวียน", "เซลาดอน", "ผักตบชวา",
    "ตะกร้า", "ร่ม", "ยาหม่อง", "ลูกประคบ", "น้ำตาลโตนด", "เครื่องเงิน", "คราม", "ผ้าฝ้าย", "อูหลง", "ทุเรียน",
    "ผ้าไหมสุรินทร์", "กาแฟเชียงราย", "ผ้าไหมแพรวากาฬสินธุ์", "เครื่องปั้นดินเผาด่านเกวียน", "กระเป๋าผักตบชวา",
    "ชาอูหลงแม่สลอง", "สบู่ขมิ้น", "ข้าวหอมมะลิยโสธร", "น้ำพริกปลาทู", "ผ้าซิ่นตีนจก", "ข้าวแต๋น", "ไข่เค็มไชยา",
    # English, transliterations, misspellings
    "silk", "coffee", "tea", "honey", "jasmine rice", "chili paste", "pottery", "celadon", "water hyacinth",
    "basket", "umbrella", "soap", "herbal compress", "coconut sugar", "silver", "indigo cotton", "oolong tea",
    "silk scarf", "surin silk", "Chiang Rai coffee", "lampang rooster bowl", "mudmee", "praewa", "khao hom mali",
    "Dan Kwian", "krajood", "benjarong", "mor hom", "bo sang umbrella", "cofee", "jasmin rice", "celedon",
    "umbrela", "water hyacith",
    # partial words, as typed so far
    "ผ้าไห", "กาแ", "cof", "oolo", "benja", "มัดห", "hyac",
)
CATEGORIES = ("food", "beverage", "textile", "household", "herbal")
SORTS = ("price_asc", "price_desc", "newest", "stars")


def query_mix(count: int = 200, seed: int = 3) -> list[dict]:
    """``count`` search requests (as API parameters): text, text with filters, sorts, facets, browsing."""
    rng = random.Random(seed)
    mix = []
    for _ in range(count):
        kind = rng.random()
        params: dict = {}
        if kind < 0.85:
            params["q"] = rng.choice(TEXT_QUERIES)
        if 0.40 <= kind < 0.55 or kind >= 0.85:
            params["category"] = rng.choice(CATEGORIES)
        if 0.55 <= kind < 0.62 or (kind >= 0.92):
            params["province"] = rng.choice(PROVINCES).code
        if 0.62 <= kind < 0.72:
            params["stars"] = "5"
            low = rng.choice((0, 100, 200, 500))
            params["min_price"], params["max_price"] = str(low), str(low + rng.choice((300, 1000, 3000)))
        if 0.72 <= kind < 0.85 or kind >= 0.85:
            params["sort"] = rng.choice(SORTS)
        if kind >= 0.85 and rng.random() < 0.5:
            params["page"] = str(rng.randint(2, 5))
        mix.append(params)
    return mix
