"""Queries over ``catalogue.json`` with graded judgements.

Grades: 3 = exactly what the shopper asked for, 2 = clearly relevant (right
kind of product, a qualifier differs), 1 = marginal (related, acceptable low
in the list), 0 = not relevant (every product not listed).

The judgements were written from the catalogue (titles and descriptions),
not from what any search engine returns.
"""

# Reusable sets of product ids (see catalogue.json).
SILK_FABRIC = {55: 3, 56: 3, 58: 3, 59: 3, 60: 3, 63: 3, 64: 3, 68: 3, 76: 3, 77: 3, 57: 2, 61: 2, 75: 2, 62: 2,
               118: 2}
COFFEE = {33: 3, 34: 3, 35: 3, 36: 3, 37: 3, 39: 3, 40: 3, 106: 3, 130: 3, 38: 1}
CHIANG_RAI_COFFEE = {33: 3, 34: 3, 35: 3, 36: 3, 106: 3, 37: 1, 39: 1, 40: 1}
TEA = {29: 3, 30: 3, 31: 3, 32: 3, 43: 3, 44: 3, 111: 3, 38: 2, 89: 1}
MANGO = {101: 3, 102: 3, 103: 3}
CASHEW = {104: 3, 105: 3}
HILL_TRIBE = {33: 3, 107: 3, 108: 3}
JASMINE_RICE = {17: 3, 18: 3, 113: 3}
CHILI_PASTE = {6: 3, 13: 3, 26: 3, 27: 3, 28: 3, 112: 3}
HONEY = {109: 3, 110: 3, 41: 2, 25: 1, 49: 1, 21: 1}
PRAEWA = {59: 3, 60: 3, 61: 2, 62: 2}
MUDMEE = {55: 3, 56: 3, 57: 3, 64: 3, 65: 3, 68: 3, 78: 3, 76: 2, 58: 2, 118: 2}
DAN_KWIAN = {79: 3, 80: 3, 81: 3}
POTTERY = {79: 3, 80: 3, 81: 3, 87: 2, 88: 2, 89: 2, 90: 2, 91: 2, 92: 2, 125: 1, 129: 1}
CELADON = {87: 3, 88: 3, 89: 3, 125: 1}
BENJARONG = {91: 3, 92: 3}
WATER_HYACINTH = {99: 3, 100: 3}
BASKET = {96: 3, 97: 3, 99: 3, 126: 3, 94: 1, 95: 1, 100: 1, 119: 1}
KRAJOOD = {93: 3, 94: 3, 119: 3}
UMBRELLA = {82: 3}
SOAP = {49: 3, 53: 3}
BALM = {47: 3, 54: 3}
COMPRESS = {46: 3, 48: 3, 52: 3}
DRIED_MANGO = {101: 3, 102: 2, 103: 1}
COCONUT_SUGAR = {4: 3, 5: 3, 7: 1}
PALM_SUGAR = {20: 3, 22: 3, 21: 2, 3: 1}
SILVER = {84: 3, 85: 3, 108: 3, 95: 1}
INDIGO = {65: 3, 66: 3, 67: 3, 68: 3, 69: 3, 73: 2, 74: 2, 128: 2, 61: 1}
COTTON = {65: 3, 66: 3, 67: 3, 69: 3, 71: 3, 73: 3, 74: 3, 78: 3, 128: 3, 72: 1}
OOLONG = {29: 3, 30: 3, 31: 3, 32: 3}
DURIAN = {8: 3, 9: 3, 10: 3}
BANANA_CHIPS = {117: 3, 115: 3, 116: 3, 24: 1, 25: 1}
HANDBAG = {118: 3, 119: 3, 95: 3, 62: 2, 94: 2, 100: 2, 69: 2, 72: 1}
KALAMAE = {120: 3}
COFFEE_BEANS = {33: 3, 36: 3, 37: 3, 40: 3, 130: 3, 34: 1, 35: 1, 39: 1, 106: 1}
THA_RAP = {1: 3, 2: 3, 3: 3}
KHWAO_SINARIN = {55: 3, 56: 3, 57: 3, 58: 3}
PHANNA_NIKHOM = {65: 3, 66: 3, 67: 3, 68: 3, 69: 3}
SAN_KAMPHAENG = {82: 3, 83: 3, 112: 3, 124: 3}
HANG_DONG = {86: 3, 87: 3, 88: 3, 89: 3, 125: 3}
KHUAN_KHANUN = {93: 3, 94: 3, 119: 3}
LAMPHUN = {41: 3, 42: 3, 109: 3, 121: 3, 122: 3}

QUERIES: list[tuple[str, dict[int, int]]] = [
    # Thai, one word
    ("ผ้าไหม", SILK_FABRIC),
    ("กาแฟ", COFFEE),
    ("ชา", TEA),  # never ชาวเขา ("hill tribe") coffee
    ("มะม่วง", MANGO),  # never มะม่วงหิมพานต์ (cashew)
    ("มะม่วงหิมพานต์", CASHEW),
    ("ชาวเขา", HILL_TRIBE),
    ("ข้าวหอมมะลิ", JASMINE_RICE),
    ("น้ำพริก", CHILI_PASTE),
    ("น้ำผึ้ง", HONEY),
    ("มัดหมี่", MUDMEE),
    ("ด่านเกวียน", DAN_KWIAN),
    ("เซลาดอน", CELADON),
    ("ผักตบชวา", WATER_HYACINTH),
    ("ตะกร้า", BASKET),
    ("ร่ม", UMBRELLA),
    ("ยาหม่อง", BALM),
    ("ลูกประคบ", COMPRESS),
    ("น้ำตาลโตนด", PALM_SUGAR),
    ("เครื่องเงิน", SILVER),
    ("คราม", INDIGO),
    ("ผ้าฝ้าย", COTTON),
    ("อูหลง", OOLONG),
    ("ทุเรียน", DURIAN),
    ("ไหม", SILK_FABRIC),  # never โรตีสายไหม (candy floss)
    ("สายไหม", {114: 3}),  # and never silk
    ("ข้าว", {17: 3, 18: 3, 19: 3, 113: 3, 45: 1, 15: 1}),
    # Thai compounds typed without spaces
    ("ผ้าไหมสุรินทร์", {55: 3, 56: 3, 58: 3, 57: 2, 118: 2, 59: 1, 60: 1, 63: 1, 64: 1, 68: 1, 76: 1, 77: 1}),
    ("กาแฟเชียงราย", CHIANG_RAI_COFFEE),
    ("ผ้าไหมแพรวากาฬสินธุ์", {59: 3, 60: 3, 61: 2, 62: 2}),
    ("เครื่องปั้นดินเผาด่านเกวียน", {79: 3, 80: 3, 81: 3, 87: 1, 88: 1, 89: 1, 90: 1, 91: 1, 92: 1}),
    ("กระเป๋าผักตบชวา", {100: 3, 99: 1}),
    ("ชาอูหลงแม่สลอง", {29: 3, 32: 3, 30: 2, 31: 2}),
    ("สบู่ขมิ้น", {49: 3, 53: 3, 50: 1}),
    ("มะม่วงอบแห้ง", DRIED_MANGO),
    ("ข้าวหอมมะลิยโสธร", {17: 3, 18: 3, 113: 1, 19: 1}),
    ("น้ำพริกปลาทู", {6: 3, 27: 1, 26: 1}),
    # English
    ("silk", SILK_FABRIC),
    ("coffee", COFFEE),
    ("tea", TEA),
    ("mango", MANGO),
    ("cashew", CASHEW),
    ("jasmine rice", JASMINE_RICE),
    ("chili paste", CHILI_PASTE),
    ("honey", HONEY),
    ("pottery", POTTERY),
    ("celadon", CELADON),
    ("water hyacinth", WATER_HYACINTH),
    ("basket", BASKET),
    ("umbrella", UMBRELLA),
    ("soap", SOAP),
    ("balm", BALM),
    ("herbal compress", COMPRESS),
    ("dried mango", DRIED_MANGO),
    ("coconut sugar", COCONUT_SUGAR),
    ("palm sugar", PALM_SUGAR),
    ("silver", SILVER),
    ("indigo", INDIGO),
    ("cotton", COTTON),
    ("oolong", OOLONG),
    ("durian", DURIAN),
    ("silk scarf", {57: 3, 61: 3, 75: 3, 55: 1, 56: 1, 58: 1, 59: 1, 60: 1, 63: 1, 64: 1, 68: 1, 76: 1, 77: 1}),
    ("surin silk", {55: 3, 56: 3, 58: 3, 57: 2, 118: 2}),
    ("Chiang Rai coffee", CHIANG_RAI_COFFEE),
    ("lampang rooster bowl", {90: 3}),
    ("yasothon organic rice", {17: 3, 18: 3, 19: 3}),
    # Transliterations
    ("mudmee", MUDMEE),
    ("praewa", PRAEWA),
    ("khao hom mali", JASMINE_RICE),
    ("Dan Kwian", DAN_KWIAN),
    ("dankwian", DAN_KWIAN),
    ("krajood", KRAJOOD),
    ("benjarong", BENJARONG),
    ("mor hom", {73: 3, 74: 3}),
    ("teen jok", {70: 3}),
    ("bo sang", {82: 3, 83: 2}),
    ("kafae", COFFEE),
    ("nam prik", CHILI_PASTE),
    # Misspellings
    ("cofee", COFFEE),
    ("jasmin rice", JASMINE_RICE),
    ("celedon", CELADON),
    ("umbrela", UMBRELLA),
    ("water hyacith", WATER_HYACINTH),
    ("oolang", OOLONG),
    ("กาแฟเชียงลาย", CHIANG_RAI_COFFEE),
    ("ผ้าใหม", SILK_FABRIC),
    ("เเพรวา", PRAEWA),
    # Partial words, as typed so far
    ("ผ้าไห", SILK_FABRIC),
    ("กาแ", COFFEE),
    ("cof", COFFEE),
    ("oolo", OOLONG),
    ("benja", BENJARONG),
    ("celad", CELADON),
    ("มัดห", MUDMEE),
    ("ด่านเก", DAN_KWIAN),
    # Mixed Thai and English
    ("silk สุรินทร์", {55: 3, 56: 3, 58: 3, 57: 2, 118: 2}),
    ("ผ้าไหม praewa", {59: 3, 60: 3, 61: 2, 62: 2}),
    # Compounds split differently in the query and the product (กล้วยฉาบ / กล้วยหอมฉาบ)
    ("กล้วยฉาบ", BANANA_CHIPS),
    ("banana chips", BANANA_CHIPS),
    ("กล้วยหอมฉาบ", {115: 3, 117: 2, 116: 2}),
    ("กระเป๋าถือ", HANDBAG),
    ("handbag", HANDBAG),
    ("กระเป๋าถือสตรี", {118: 3, 95: 2, 119: 2, 62: 1, 94: 1, 100: 1, 69: 1}),
    ("กระเป๋าผ้าไหม", {118: 3, 62: 3}),
    ("กาแฟกระบี่", {130: 3, 33: 1, 34: 1, 35: 1, 36: 1, 37: 1, 39: 1, 40: 1, 106: 1}),
    # Spelling variants and near-synonyms
    ("กะละแม", KALAMAE),
    ("กาละแม", KALAMAE),
    ("kalamae", KALAMAE),
    ("กาแฟเม็ด", COFFEE_BEANS),
    ("เมล็ดกาแฟ", COFFEE_BEANS),
    ("coffee beans", COFFEE_BEANS),
    ("ลำไย", {121: 3, 122: 3, 42: 3, 109: 2, 41: 2}),
    ("ลำไยอบแห้ง", {121: 3, 122: 2, 109: 1, 41: 1, 42: 1}),
    ("dried longan", {121: 3, 122: 3, 42: 1, 109: 1, 41: 1}),
    ("สัปปะรดกวน", {123: 3}),
    ("pineapple", {123: 3}),
    ("ไส้อั๋ว", {124: 3}),
    ("sai ua", {124: 3}),
    ("เทียนหอม", {125: 3}),
    ("candle", {125: 3}),
    ("กระติ๊บข้าวเหนียว", {126: 3, 97: 1}),
    ("หมูยอ", {127: 3}),
    ("ผ้าขะม้า", {128: 3}),
    ("ผ้าขาวม้า", {128: 3}),
    ("ตุ๊กตา", {129: 3}),
    # Places: sub-district, district and province, Thai and English
    ("ท่าราบ", THA_RAP),
    ("Tha Rap", THA_RAP),
    ("เขวาสินรินทร์", KHWAO_SINARIN),
    ("Khwao Sinarin", KHWAO_SINARIN),
    ("พรรณานิคม", PHANNA_NIKHOM),
    ("Phanna Nikhom", PHANNA_NIKHOM),
    ("ทุ่งโฮ้ง", {73: 3, 74: 3}),
    ("สันกำแพง", SAN_KAMPHAENG),
    ("San Kamphaeng", SAN_KAMPHAENG),
    ("หางดง", HANG_DONG),
    ("Hang Dong", HANG_DONG),
    ("บางคล้า", MANGO),
    ("Bang Khla", MANGO),
    ("เกษตรวิสัย", {113: 3}),
    ("Kaset Wisai", {113: 3}),
    ("ละแม", {115: 3, 116: 3}),
    ("ควนขนุน", KHUAN_KHANUN),
    ("Khuan Khanun", KHUAN_KHANUN),
    ("ป่าซาง", LAMPHUN),
    ("ลำพูน", LAMPHUN),
    ("Lamphun", LAMPHUN),
    # One word no product has: the best partial matches, those with most of the words first
    ("dried longan chips", {121: 3, 122: 3, 42: 1, 109: 1}),
    ("กาแฟดอยช้าง แคปซูล", {33: 3, 34: 3, 35: 3, 36: 3, 37: 1, 39: 1, 40: 1, 106: 1, 130: 1}),
    ("silk necktie", SILK_FABRIC),
    ("honey soap lavender", {49: 3, 53: 1, 109: 1, 110: 1}),
    ("น้ำพริกปลาทู ขวดแก้ว", {6: 3, 27: 1, 26: 1}),
    ("ชาอูหลง ดอยตุง", OOLONG),
    ("ผ้าไหมแพรวา สีชมพู", PRAEWA),
]

# Products a query must never return, whatever else it finds.
NEVER: dict[str, set[int]] = {
    "ชา": {33, 107, 108},  # ชาวเขา "hill tribe": coffee, embroidery, silver
    "tea": {33, 107, 108},
    "มะม่วง": {104, 105},  # มะม่วงหิมพานต์ "cashew"
    "mango": {104, 105},
    "มะม่วงอบแห้ง": {104, 105},
    "ไหม": {114},  # สายไหม "candy floss"
    "สายไหม": set(SILK_FABRIC),
    "ร่ม": {33, 34, 36, 37, 106},  # ร่มไม้ "shade trees" in coffee descriptions
}
