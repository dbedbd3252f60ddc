"""Thai ↔ English ↔ transliteration synonyms and spelling variants, shared by every backend.

The data here is plain text so that any backend can use it:

``SYNONYM_GROUPS``
    Each group lists words or phrases that mean the same to a shopper; a query
    for any of them finds documents with any other. Entries are written the
    way a person types them; ``analysis.synonym_index()`` holds them analysed
    (normalised, Thai segmented, English plurals folded), the form both
    backends expand queries with at query time (a synonym change needs no
    reindex).

    A Thai entry without spaces is one word: it is added to the segmentation
    dictionary so that it is never cut. A Thai entry with spaces is a phrase
    of separate words (``"มะม่วง อบแห้ง"``): used where the head word must stay
    findable on its own (มะม่วง "mango" must find dried mango).

``TYPOS``
    One-way corrections of common misspellings and alternative romanisations
    that query text gets before anything else (``cofee`` → ``coffee``,
    ``เชียงลาย`` → ``เชียงราย``). Thai keys are added to the segmentation
    dictionary so that a misspelt word is not cut into unrelated words.

``PLACES``
    Districts, sub-districts and villages known for OTOP crafts, with their
    romanised names: added to the dictionary and to the synonyms.

Province names (all 77, Thai and English, with and without spaces) are added
by ``analysis`` from ``marketplace.geography.data``.
"""

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    # --- the programme ---------------------------------------------------------
    ("โอทอป", "otop", "หนึ่งตำบลหนึ่งผลิตภัณฑ์", "one tambon one product"),
    # --- textiles ---------------------------------------------------------------
    ("ผ้าไหม", "ไหม", "silk", "thai silk"),
    ("มัดหมี่", "mudmee", "mudmi", "matmi", "mat mi", "mat mee", "mud mee", "mut mee", "mutmee", "ikat"),
    ("แพรวา", "ผ้าแพรวา", "praewa", "phraewa", "prae wa", "phrae wa", "praeva"),
    ("คราม", "ผ้าคราม", "ผ้าย้อมคราม", "indigo", "khram"),
    ("ผ้าฝ้าย", "ฝ้าย", "cotton"),
    ("หม้อห้อม", "ม่อฮ่อม", "ผ้าหม้อห้อม", "mor hom", "mo hom", "morhom", "mohom", "moh hom"),
    ("ตีนจก", "ผ้าตีนจก", "teen jok", "teenjok", "tin chok", "tin jok", "tinjok"),
    ("ขิด", "ผ้าขิด", "khit", "kit cloth"),
    ("บาติก", "ปาเต๊ะ", "ผ้าบาติก", "batik"),
    ("ผ้าซิ่น", "ซิ่น", "ผ้าถุง", "sarong", "pha sin", "phasin"),
    ("ผ้าพันคอ", "scarf", "scarves", "ผ้าคลุมผม", "headscarf"),
    ("ผ้าคลุมไหล่", "ผ้าสไบ", "สไบ", "shawl", "sabai"),
    ("ผ้าขาวม้า", "pha khao ma", "phakhaoma", "pakama", "loincloth"),
    ("ไทลื้อ", "tai lue", "tai lu", "thai lue", "tailue"),
    ("ผ้ายกดอก", "ยกดอก", "brocade"),
    ("ทอ มือ", "handwoven", "hand woven", "handloom"),
    ("เสื้อ", "เสื้อเชิ้ต", "shirt", "blouse"),
    ("กางเกง", "trousers", "pants"),
    ("เนคไท", "necktie"),
    ("กระเป๋า", "กระเป๋าถือ", "กระเป๋าสะพาย", "bag", "handbag", "tote"),
    ("ย่าม", "yam bag", "shoulder bag"),
    ("หมอน", "หมอนอิง", "pillow", "cushion"),
    ("ผ้าห่ม", "quilt", "blanket"),
    # --- drinks --------------------------------------------------------------------
    ("กาแฟ", "coffee", "kafae", "gafae", "kafe", "kaffee", "koffie", "cafe"),
    ("ชา", "น้ำชา", "tea"),
    ("ชา เขียว", "green tea"),
    ("อู่หลง", "อูหลง", "oolong", "oo long", "wulong", "ulong"),
    ("อาราบิก้า", "อาราบิกา", "arabica"),
    ("โรบัสต้า", "โรบัสตา", "robusta"),
    ("คั่ว", "roast", "roasted"),
    ("ดอยช้าง", "doi chang", "doichang"),
    ("แม่สลอง", "mae salong", "maesalong"),
    ("ภูฟ้า", "phu fa", "phufa"),
    ("น้ำผึ้ง", "honey"),
    ("ลำไย", "longan", "lamyai", "lum yai"),
    ("หม่อน", "ใบหม่อน", "mulberry"),
    ("อัญชัน", "ดอกอัญชัน", "butterfly pea"),
    ("กระเจี๊ยบ", "กระเจี๊ยบแดง", "roselle"),
    ("สาโท", "sato", "rice wine"),
    ("ไวน์", "wine"),
    ("น้ำผลไม้", "juice"),
    # --- food ----------------------------------------------------------------------
    ("ข้าว", "rice"),
    ("ข้าวหอมมะลิ", "หอมมะลิ", "jasmine rice", "hom mali", "khao hom mali", "hom mali rice", "thai jasmine rice"),
    ("ไรซ์เบอร์รี่", "ไรซ์เบอรี่", "ไรซ์เบอร์รี", "riceberry", "rice berry"),
    ("ข้าวกล้อง", "brown rice"),
    ("ข้าวเหนียว", "sticky rice", "glutinous rice", "khao niao"),
    ("อินทรีย์", "ออร์แกนิก", "organic"),
    ("น้ำพริก", "chili paste", "nam prik", "nam phrik", "namprik", "chili dip"),
    ("น้ำพริก เผา", "chili jam", "roasted chili paste", "nam prik pao"),
    ("พริก", "chili", "prik"),
    ("เครื่องแกง", "น้ำพริกแกง", "curry paste"),
    ("น้ำตาลมะพร้าว", "coconut sugar", "coconut palm sugar"),
    ("น้ำตาลโตนด", "น้ำตาลตาล", "น้ำตาลแว่น", "palm sugar", "toddy palm sugar", "nam tan tanod"),
    ("น้ำตาล", "sugar"),
    ("มะพร้าว", "coconut"),
    ("มะม่วง", "mango"),
    ("มะม่วง อบแห้ง", "มะม่วง แห้ง", "dried mango"),
    ("มะม่วงหิมพานต์", "เม็ดมะม่วงหิมพานต์", "กาหยู", "หัวครก", "cashew", "cashew nut", "cashews"),
    ("ทุเรียน", "durian"),
    ("มังคุด", "mangosteen"),
    ("กล้วย", "banana"),
    ("กล้วยตาก", "dried banana", "sun dried banana"),
    ("กล้วยฉาบ", "banana chip"),
    ("ผลไม้ อบแห้ง", "dried fruit"),
    ("น้ำปลา", "fish sauce"),
    ("กะปิ", "shrimp paste"),
    ("ไข่เค็ม", "salted egg"),
    ("ทองม้วน", "thong muan", "coconut roll", "egg roll"),
    ("ข้าวแต๋น", "khao taen", "rice cracker"),
    ("ข้าวเกรียบ", "cracker", "crisps"),
    ("เนื้อแดดเดียว", "beef jerky", "sun dried beef", "jerky"),
    ("ขนมหม้อแกง", "khanom mo kaeng", "custard"),
    ("ขนม", "ขนมไทย", "dessert", "thai dessert", "sweets", "khanom"),
    ("ปลาร้า", "pla ra", "plara", "fermented fish"),
    ("ปลาทู", "mackerel"),
    ("ขมิ้น", "ขมิ้นชัน", "turmeric"),
    ("ไพล", "plai", "phlai", "cassumunar ginger"),
    ("ตะไคร้", "lemongrass", "lemon grass"),
    ("มะกรูด", "kaffir lime", "makrut", "makrut lime"),
    ("มะขาม", "tamarind"),
    ("เห็ด", "mushroom"),
    ("เนื้อวัว", "beef"),
    # --- herbal and body care ------------------------------------------------------
    ("สมุนไพร", "herbal", "herb", "herbs"),
    ("ลูกประคบ", "ลูกประคบสมุนไพร", "herbal compress", "compress ball", "luk pra kob", "luk prakob", "lukprakob"),
    ("ยาหม่อง", "บาล์ม", "balm", "ya mong", "yamong"),
    ("ยาดม", "inhaler", "ya dom", "yadom"),
    ("สบู่", "soap"),
    ("แชมพู", "shampoo"),
    ("สครับ", "scrub"),
    ("น้ำมัน นวด", "massage oil"),
    ("นวด", "massage"),
    ("ครีม", "cream"),
    ("สปา", "spa"),
    ("ฮาลาล", "halal"),
    # --- household, crafts and souvenirs ------------------------------------------
    ("เครื่องปั้นดินเผา", "ดินเผา", "เซรามิก", "เครื่องเคลือบ", "pottery", "ceramic", "terracotta", "stoneware"),
    ("เซลาดอน", "ศิลาดล", "celadon", "sila don"),
    ("เบญจรงค์", "benjarong", "bencharong", "benjarong porcelain"),
    ("ด่านเกวียน", "dan kwian", "dankwian", "dan kwien", "dan kwean", "dan kweean", "dan gwian"),
    ("ตะกร้า", "จักสาน", "เครื่องจักสาน", "basket", "basketry", "wickerwork"),
    ("ผักตบชวา", "ผักตบ", "water hyacinth", "hyacinth"),
    ("กระจูด", "krajood", "krajud", "kra jood", "grey sedge"),
    ("ย่านลิเภา", "yan lipao", "yanlipao", "lipao", "yan li pao"),
    ("ไม้ไผ่", "ไผ่", "bamboo"),
    ("หวาย", "rattan"),
    ("ร่ม", "umbrella", "parasol"),
    ("กระดาษสา", "sa paper", "saa paper", "mulberry paper"),
    ("บ่อสร้าง", "bo sang", "bosang", "borsang", "bor sang", "bo sung"),
    ("เครื่องเงิน", "เงิน", "silver", "silverware", "silverwork", "sterling silver"),
    ("วัวลาย", "wualai", "wua lai", "wualai road"),
    ("เครื่องประดับ", "jewelry", "jewellery"),
    ("มีด", "knife", "knives", "machete"),
    ("อรัญญิก", "aranyik", "aranyika"),
    ("แกะสลัก", "ไม้แกะสลัก", "carved", "carving", "woodcarving", "wood carving"),
    ("ไม้สัก", "teak", "teakwood"),
    ("โคมไฟ", "lamp", "lantern", "lampshade"),
    ("แจกัน", "vase"),
    ("ชาม", "bowl"),
    ("จาน", "plate", "dish"),
    ("ชุด น้ำชา", "tea set"),
    ("ช้าง", "elephant"),
    ("ไก่", "ตราไก่", "rooster", "chicken"),
    ("เสื่อ", "mat"),
    ("กะลา", "กะลา มะพร้าว", "coconut shell"),
    ("ของขวัญ", "ของฝาก", "gift", "souvenir"),
    # --- spelling variants and near-synonyms shoppers type -------------------------
    ("กะละแม", "กาละแม", "kalamae", "kalamare", "thai caramel"),
    ("เมล็ด", "เม็ด", "seed"),
    ("ข้าวแต๋น", "ข้าวแตน", "นางเล็ด"),
    ("สับปะรด", "สัปปะรด", "pineapple"),
    ("ลิ้นจี่", "ลิ้นจี", "lychee", "litchi"),
    ("ช็อกโกแลต", "ช็อคโกแลต", "ช็อกโกแลด", "chocolate"),
    ("คุกกี้", "คุ้กกี้", "cookie"),
    ("เบเกอรี่", "เบเกอรี", "bakery"),
    ("โลชั่น", "โลชัน", "lotion"),
    ("เซรั่ม", "ซีรั่ม", "serum"),
    ("กระยาสารท", "กระยาสาด", "kraya sat"),
    ("ไส้อั่ว", "ไส้อั๋ว", "sai ua", "northern sausage"),
    ("แหนม", "naem", "fermented pork"),
    ("หมูยอ", "moo yor", "pork sausage"),
    ("ข้าวซ้อมมือ", "ข้าว ซ้อม มือ", "hand pounded rice", "hand milled rice"),
    ("ผ้าขะม้า", "ผ้าขาวม้า"),
    ("น้ำมันมะพร้าว", "coconut oil"),
    ("น้ำส้มสายชู", "vinegar"),
    ("กระติ๊บ", "กระติบ", "กระติบข้าว", "sticky rice basket"),
    ("หวด", "หวดนึ่งข้าว", "rice steamer"),
    ("ครก", "mortar"),
    ("ไม้กวาด", "broom"),
    ("ตุ๊กตา", "doll"),
    ("พวงกุญแจ", "key ring", "keychain", "key chain"),
    ("โคม", "โคมล้านนา", "โคมไฟ"),
    ("เทียน", "เทียนหอม", "candle", "scented candle"),
    ("ธูป", "ธูปหอม", "incense"),
    ("ทำ มือ", "handmade", "hand made"),
)

# Words a longer word may start with and still be that thing (กล้วยหอม is a กล้วย, กระเป๋าถือสตรี a
# กระเป๋าถือ): with the one-word Thai entries of SYNONYM_GROUPS and the OTOP vocabulary, the heads
# ``analysis.compound_parts`` splits compounds after, so that กล้วยฉาบ finds กล้วยหอมฉาบ.
COMPOUND_HEADS: tuple[str, ...] = (
    "ผ้า", "กระเป๋า", "ข้าว", "ขนม", "เสื้อ", "หมวก", "ตะกร้า", "กล้วย", "ชา", "กาแฟ", "สบู่", "น้ำพริก",
    "ปลา", "หมู", "ไก่", "กุ้ง", "เห็ด", "ถั่ว", "มะม่วง", "ทุเรียน", "ลำไย", "มะพร้าว", "แชมพู", "ครีม",
    "โคม", "แจกัน", "จาน", "ชาม", "แก้ว", "ถ้วย", "หมอน", "ผ้าห่ม", "ตุ๊กตา", "พวงกุญแจ", "เข็มขัด", "รองเท้า",
)

# Words that start like another word but are not a kind of it: never split into parts.
WHOLE_WORDS: tuple[str, ...] = (
    "มะม่วงหิมพานต์", "เม็ดมะม่วงหิมพานต์", "สายไหม", "ร่มไม้", "ร่มเงา", "ร่มเย็น", "ชาวเขา", "ชาวบ้าน",
    "ข้าวของ", "ผ้าป่า", "ผ้าเช็ดหน้า", "ไก่ชน", "ปลาทู", "หมูป่า", "แก้วมังกร", "ข้าวโพด", "ข้าวเม่า",
    "ถั่วลิสง", "ถั่วเหลือง", "ถั่วเขียว", "กล้วยไม้", "ขนมปัง", "ชามะนาว", "ร่มป่า", "ใต้ร่ม", "ร่มครึ้ม",
)

# A general word also finds narrower kinds of it (one way: celadon does not find all pottery).
NARROWER: dict[str, tuple[str, ...]] = {
    "basketry": ("krajood", "water hyacinth", "yan lipao", "rattan"),
    "herbal": ("herbal compress", "balm", "inhaler", "plai", "turmeric"),
    "dessert": ("custard", "thong muan", "khao taen"),
}

# Misspellings and alternative romanisations (query side only): key → the word to search.
TYPOS: dict[str, str] = {
    # English typos that edit distance alone would miss or get wrong
    "cofee": "coffee", "coffe": "coffee", "coffie": "coffee", "kofee": "coffee", "caffee": "coffee",
    "jasmin": "jasmine", "jasmen": "jasmine", "jusmine": "jasmine",
    "chilli": "chili", "chillies": "chili", "chilies": "chili", "chile": "chili",
    "cashue": "cashew", "cashow": "cashew", "cashu": "cashew",
    "celedon": "celadon", "celadone": "celadon", "seladon": "celadon",
    "hiacinth": "hyacinth", "hyacynth": "hyacinth", "hyasinth": "hyacinth",
    "umbrela": "umbrella", "umberella": "umbrella",
    "tumeric": "turmeric", "termeric": "turmeric",
    "lemongras": "lemongrass",
    "oolang": "oolong", "olong": "oolong",
    "arabika": "arabica", "rubusta": "robusta",
    "benjarung": "benjarong", "bencharung": "benjarong", "benjalong": "benjarong",
    "mudmii": "mudmee", "mudme": "mudmee", "madmee": "mudmee", "matmee": "mudmee", "mutmi": "mudmee",
    "praeywa": "praewa", "preawa": "praewa", "prawa": "praewa",
    "krajut": "krajood", "krachood": "krajood", "krajoot": "krajood",
    "silke": "silk", "sylk": "silk",
    "hunny": "honey", "honney": "honey",
    "pottary": "pottery", "potery": "pottery",
    "baskit": "basket", "basketts": "basket",
    # Thai misspellings and colloquial spellings
    "กาแฝ": "กาแฟ", "กาเฟ": "กาแฟ", "กาแฟร์": "กาแฟ",
    "ผ้าใหม": "ผ้าไหม", "ผ้าไหมม": "ผ้าไหม",
    "มัดหมี": "มัดหมี่", "มัดมี่": "มัดหมี่", "มัดหมิ่": "มัดหมี่",
    "แพรว่า": "แพรวา", "แพวา": "แพรวา",
    "เชียงลาย": "เชียงราย", "เชียงใหม": "เชียงใหม่", "เชียงไหม่": "เชียงใหม่",
    "อาราบิกก้า": "อาราบิก้า", "อาราบีก้า": "อาราบิก้า",
    "ด่านเกวียร": "ด่านเกวียน", "ด่านเกียน": "ด่านเกวียน", "ด่านเกวีย": "ด่านเกวียน",
    "เบญจรงศ์": "เบญจรงค์", "เบญจรง": "เบญจรงค์", "เบณจรงค์": "เบญจรงค์",
    "เซลาดอล": "เซลาดอน", "ศิลาดอน": "เซลาดอน",
    "กระจูต": "กระจูด", "กะจูด": "กระจูด",
    "ผักตบชะวา": "ผักตบชวา",
    "น้ำพิก": "น้ำพริก", "นำ้พริก": "น้ำพริก",
    "ยาหม่องง": "ยาหม่อง", "ยาม่อง": "ยาหม่อง",
    "ลูกประคม": "ลูกประคบ", "ลูกปะคบ": "ลูกประคบ",
    "ข้าวหอมมะลี": "ข้าวหอมมะลิ", "ข้าวหอมมลิ": "ข้าวหอมมะลิ",
    "สุรินท์": "สุรินทร์", "สุริน": "สุรินทร์",
    "กาฬสินธ์": "กาฬสินธุ์", "กาละสิน": "กาฬสินธุ์",
    "น้ำผึง": "น้ำผึ้ง",
    "อูหลอง": "อู่หลง",
}

# Places known for OTOP crafts: (Thai, romanised) — districts, sub-districts, villages.
PLACES: tuple[tuple[str, ...], ...] = (
    ("เมืองเพชรบุรี", "mueang phetchaburi"), ("ท่าราบ", "tha rap"), ("บ้านลาด", "ban lat"),
    ("อัมพวา", "amphawa"), ("แพรกหนามแดง", "phraek nam daeng"), ("แม่กลอง", "mae klong", "maeklong"),
    ("ท่าใหม่", "tha mai"), ("พลอยแหวน", "phloi waen"), ("ปากน้ำ", "pak nam"),
    ("ศรีประจันต์", "si prachan"), ("บ้านกร่าง", "ban krang"), ("พังโคน", "phang khon"),
    ("ม่วงไข่", "muang khai"), ("กุดชุม", "kut chum"), ("นาโส่", "na so"), ("สทิงพระ", "sathing phra"),
    ("จะทิ้งพระ", "chathing phra"), ("ไชยา", "chaiya"), ("บางกระทุ่ม", "bang krathum"), ("ท่าตาล", "tha tan"),
    ("หอรัตนไชย", "ho rattanachai"), ("กรุงเก่า", "krung kao"), ("กุมภวาปี", "kumphawapi"),
    ("เชียงแหว", "chiang wae"), ("หนองหาน", "nong han"), ("แม่ฟ้าหลวง", "mae fa luang"),
    ("แม่สรวย", "mae suai"), ("วาวี", "wawi"), ("บ่อเกลือ", "bo kluea"), ("ท่าแซะ", "tha sae"),
    ("รับร่อ", "rap ro"), ("ป่าซาง", "pa sang"), ("ชนบท", "chonnabot"), ("ศรีบุญเรือง", "si bun rueang"),
    ("คลองลาน", "khlong lan"), ("ดงขี้เหล็ก", "dong khilek"), ("วารินชำราบ", "warin chamrap"),
    ("คำน้ำแซบ", "kham nam saep"), ("หินตั้ง", "hin tang"), ("ทองผาภูมิ", "thong pha phum"),
    ("หินดาด", "hin dat"), ("ลำใหม่", "lam mai"), ("เขวาสินรินทร์", "khwao sinarin"), ("คำม่วง", "kham muang"),
    ("บ้านโพน", "ban phon"), ("ปักธงชัย", "pak thong chai", "pakthongchai"), ("พรรณานิคม", "phanna nikhom"),
    ("ดอนกอย", "don koi"), ("ศรีสัชนาลัย", "si satchanalai"), ("หาดเสี้ยว", "hat siao"),
    ("ท่าวังผา", "tha wang pha"), ("ทุ่งโฮ้ง", "thung hong"), ("กะทู้", "kathu"), ("บานา", "bana"),
    ("กันทรวิชัย", "kantharawichai"), ("ขามเรียง", "kham riang"), ("เชียงคาน", "chiang khan", "chiangkhan"),
    ("ท่าบ่อ", "tha bo"), ("น้ำโมง", "nam mong"), ("โชคชัย", "chok chai"), ("สันกำแพง", "san kamphaeng"),
    ("ต้นเปา", "ton pao"), ("หายยา", "hai ya"), ("หางดง", "hang dong"), ("ขุนคง", "khun khong"),
    ("ถวาย", "บ้านถวาย", "tawai", "ban tawai", "thawai"), ("กระทุ่มแบน", "krathum baen"),
    ("ดอนไก่ดี", "don kai di"), ("ควนขนุน", "khuan khanun"), ("ทะเลน้อย", "thale noi"),
    ("ท่าเรือ", "tha rua"), ("โพธิ์ทอง", "pho thong"), ("บางเจ้าฉ่า", "bang chao cha"),
    ("นครหลวง", "nakhon luang"), ("ท่าช้าง", "tha chang"), ("นครชัยศรี", "nakhon chai si"),
    ("วัดละมุด", "wat lamut"), ("แหลมงอบ", "laem ngop"), ("เกาะเกร็ด", "ko kret", "koh kret"),
    ("ดอยตุง", "doi tung"), ("ดอยสะเก็ด", "doi saket"), ("ล้านนา", "lanna"), ("อีสาน", "isan", "isaan"),
    ("เมืองเพชร", "phetchaburi"), ("สุพรรณ", "suphan"), ("อุบล", "ubon"), ("อุดร", "udon"),
    ("โคราช", "korat", "นครราชสีมา"), ("อยุธยา", "ayutthaya", "ayudhya", "พระนครศรีอยุธยา"),
    ("กรุงเทพ", "กทม", "bangkok", "กรุงเทพมหานคร"),
)
