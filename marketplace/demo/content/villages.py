"""Demo OTOP villages for tourism (TourismVillagePage), linked to the demo producers who live there.

Real places. Bo Sang's coordinates are those Wikipedia gives for the village;
the others are approximate, within a few kilometres (good for the map card and
a link to OpenStreetMap, not for navigation). Thai first, then English.
"""

from dataclasses import dataclass


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


VILLAGES: tuple[DemoVillage, ...] = (
    DemoVillage(
        slug="dan-kwian-pottery-village",
        province_code="TH-30",
        title_th="ด่านเกวียน หมู่บ้านเครื่องปั้นดินเผา",
        title_en="Dan Kwian Pottery Village",
        district_th="โชคชัย",
        district_en="Chok Chai",
        subdistrict_th="ด่านเกวียน",
        subdistrict_en="Dan Kwian",
        address_th="ริมถนนหมายเลข 224 สายนครราชสีมา–โชคชัย",
        address_en="On Highway 224 between Nakhon Ratchasima and Chok Chai",
        latitude="14.887000",
        longitude="102.160000",
        intro_th="หมู่บ้านริมแม่น้ำมูลที่ปั้นดินมาตั้งแต่ยุคกองเกวียน ร้านและลานปั้นเรียงรายสองข้างทาง ผู้มาเยือนได้ชมช่างฉลุลายบนดินหมาด และลองขึ้นรูปด้วยตัวเอง",
        intro_en="A village on the Mun River that has made pottery since the days of the ox-cart caravans. Shops and workshops line the road; watch potters pierce patterns into leather-hard clay, then try the wheel yourself.",
        see_and_do_th=(
            "ชมช่างขึ้นรูปบนแป้นหมุน และฉลุลายกนกบนดินที่ยังหมาด",
            "ลองปั้นดินในลานปั้นของกลุ่ม แล้วรับชิ้นงานที่เผาแล้วทางไปรษณีย์",
            "เดินชมร้านเครื่องปั้นริมถนนที่มีทั้งโอ่ง โคมไฟ กระถาง และของแต่งบ้าน",
            "ดูเตาเผาฟืนแบบดั้งเดิม และเรียนรู้ว่าทำไมดินที่นี่จึงเปลี่ยนเป็นสีสนิมโดยไม่ต้องเคลือบ",
        ),
        see_and_do_en=(
            "Watch potters throw on the wheel and pierce kranok patterns into leather-hard clay.",
            "Try the wheel in the group's open workshop; your fired piece is posted to you.",
            "Browse the roadside shops: jars, lamps, planters and home decorations.",
            "See a traditional wood-fired kiln and learn why the clay turns rust-brown without any glaze.",
        ),
        getting_there_th="จากตัวเมืองนครราชสีมา ใช้ถนนหมายเลข 224 มุ่งหน้าอำเภอโชคชัยราว 15 กิโลเมตร ร้านเครื่องปั้นจะอยู่สองข้างทาง รถสองแถวและรถประจำทางสายโคราช–โชคชัยผ่านหน้าหมู่บ้าน",
        getting_there_en="From Nakhon Ratchasima (Korat) town, follow Highway 224 towards Chok Chai for about 15 km; the pottery shops line both sides of the road. Songthaews and buses on the Korat–Chok Chai route pass through the village.",
        best_time_th="พฤศจิกายน–กุมภาพันธ์ อากาศเย็นสบาย เหมาะกับการเดินชมร้านและลงมือปั้น",
        best_time_en="November to February, when it is cool enough to stroll the shops and work the clay",
        events=(
            DemoEvent(
                "งานฉลองวันแห่งชัยชนะของท้าวสุรนารี", "Thao Suranari Festival",
                "23 มีนาคม – 3 เมษายน ของทุกปี", "23 March to 3 April every year",
                "งานใหญ่ประจำปีของเมืองโคราช ห่างจากหมู่บ้านราว 15 กิโลเมตร มีขบวนแห่ การแสดง และตลาดสินค้าพื้นเมือง",
                "Korat's great annual festival, about 15 km away: parades, performances and a market of local products.",
            ),
        ),
        contact_th="วิสาหกิจชุมชนเครื่องปั้นดินเผาด่านเกวียน",
        contact_en="Dan Kwian Pottery Community Enterprise",
        producer_keys=("home-dankwian-clay",),
        product_upcs=("8850004000001", "8850004000003"),
        colours=("#8a3b12", "#f0c987"),
        image_alt_th="ภาพวาดหมู่บ้านริมทุ่ง บ้านใต้ถุนสูงและต้นตาล ในโทนสีดินเผา",
        image_alt_en="Drawing of a village by the fields: stilt houses and sugar palms in terracotta tones",
    ),
    DemoVillage(
        slug="bo-sang-umbrella-village",
        province_code="TH-50",
        title_th="บ่อสร้าง หมู่บ้านทำร่ม",
        title_en="Bo Sang Umbrella Village",
        district_th="สันกำแพง",
        district_en="San Kamphaeng",
        subdistrict_th="ต้นเปา",
        subdistrict_en="Ton Pao",
        address_th="ถนนเชียงใหม่–สันกำแพง (ทางหลวงหมายเลข 1006)",
        address_en="On the Chiang Mai–San Kamphaeng road (Route 1006)",
        latitude="18.769170",  # Wikipedia "Bo Sang": 18°46′9″N 99°5′12″E
        longitude="99.086670",
        intro_th="หมู่บ้านที่ทำร่มกระดาษสามากว่าร้อยปี ทุกบ้านมีช่างผ่าไม้ไผ่ ทำกระดาษสา หรือเขียนลาย ผู้มาเยือนชมได้ทุกขั้นตอนและให้ช่างวาดลายบนของที่ระลึกได้",
        intro_en="A village that has made mulberry-paper umbrellas for over a century. Every step is done by hand, from bamboo ribs to painted canopies, and visitors can watch it all and have a souvenir painted while they wait.",
        see_and_do_th=(
            "ชมการทำร่มครบทุกขั้นตอน ตั้งแต่ผ่าซี่ไม้ไผ่ กลึงหัวร่ม ไปจนถึงขึงกระดาษ",
            "ดูการทำกระดาษสาจากเปลือกปอสา แล้วลองช้อนกระดาษด้วยตัวเอง",
            "ให้ช่างเขียนลายดอกไม้บนเสื้อ กระเป๋า หรือเคสโทรศัพท์ ใช้เวลาเพียงไม่กี่นาที",
            "ปั่นจักรยานต่อไปยังถนนสายหัตถกรรมสันกำแพง ที่มีงานผ้าไหม งานไม้ และเครื่องเงิน",
        ),
        see_and_do_en=(
            "Follow an umbrella through every step: splitting the ribs, turning the hub, stretching the paper.",
            "See sa paper made from mulberry bark, and dip a screen to make a sheet yourself.",
            "Have flowers painted on a shirt, a bag or a phone case in a few minutes.",
            "Cycle on along the San Kamphaeng craft road: silk, woodwork and silver.",
        ),
        getting_there_th="อยู่ห่างจากตัวเมืองเชียงใหม่ไปทางทิศตะวันออกราว 9 กิโลเมตร ตามถนนเชียงใหม่–สันกำแพง รถสองแถวสีขาวสายสันกำแพงจอดในหมู่บ้าน และเส้นทางราบเรียบ ปั่นจักรยานมาได้สบาย",
        getting_there_en="About 9 km east of Chiang Mai on the Chiang Mai–San Kamphaeng road. White songthaews to San Kamphaeng stop in the village, and the flat road makes an easy bicycle ride.",
        best_time_th="พฤศจิกายน–กุมภาพันธ์ โดยเฉพาะช่วงเทศกาลร่มในเดือนมกราคม",
        best_time_en="November to February, above all for the umbrella festival in January",
        events=(
            DemoEvent(
                "เทศกาลร่มบ่อสร้างและหัตถกรรมสันกำแพง", "Bo Sang Umbrella and San Kamphaeng Crafts Festival",
                "สุดสัปดาห์ที่สามของเดือนมกราคม", "Third weekend of January",
                "ขบวนแห่ร่ม การประกวดสาวงามถือร่มขี่จักรยาน ร่มหลากสีแขวนเต็มถนน และตลาดงานหัตถกรรม",
                "Umbrella parades, a contest of young women cycling with parasols, coloured umbrellas hung along the street and a crafts market.",
            ),
            DemoEvent(
                "ประเพณียี่เป็ง", "Yi Peng",
                "คืนเพ็ญเดือนสิบสอง (ราวเดือนพฤศจิกายน)", "Full moon of the twelfth lunar month (around November)",
                "ชาวเชียงใหม่ประดับโคมกระดาษทั่วเมืองและลอยกระทง โคมและร่มจากบ่อสร้างเป็นที่ต้องการมากในช่วงนี้",
                "Chiang Mai hangs paper lanterns everywhere and floats krathongs; Bo Sang's lanterns and parasols are in great demand.",
            ),
        ),
        contact_th="วิสาหกิจชุมชนร่มกระดาษสาบ่อสร้าง",
        contact_en="Bo Sang Paper Umbrella Community Enterprise",
        producer_keys=("home-bosang-paper",),
        product_upcs=("8850004000005", "8850004000006"),
        colours=("#c0392b", "#f7dc6f"),
        image_alt_th="ภาพวาดหมู่บ้านภาคเหนือ บ้านไม้มีกาแลบนหลังคา ทุ่งนา และดอยไกล ๆ",
        image_alt_en="Drawing of a northern village: wooden houses with kalae gables, rice fields and distant hills",
    ),
    DemoVillage(
        slug="khwao-sinarin-silk-village",
        province_code="TH-32",
        title_th="เขวาสินรินทร์ หมู่บ้านผ้าไหมและเครื่องเงิน",
        title_en="Khwao Sinarin Silk and Silver Villages",
        district_th="เขวาสินรินทร์",
        district_en="Khwao Sinarin",
        subdistrict_th="เขวาสินรินทร์",
        subdistrict_en="Khwao Sinarin",
        address_th="ทางหลวงหมายเลข 214 สายสุรินทร์–ร้อยเอ็ด",
        address_en="Off Route 214 from Surin towards Roi Et",
        latitude="15.001000",
        longitude="103.555000",
        intro_th="หมู่บ้านชาวไทยเชื้อสายเขมรที่ทอผ้าไหมมัดหมี่ใต้ถุนบ้าน และทำลูกปะเกือมเงินตามแบบโบราณ เยือนได้ทั้งวันแล้วต่อไปชมช้างที่สุรินทร์",
        intro_en="Khmer-speaking villages where mudmee silk is woven under the houses and prakuam silver beads are made in the old way. Spend a day here, then go on to see Surin's elephants.",
        see_and_do_th=(
            "ชมการเลี้ยงไหม สาวไหม และมัดหมี่บนโฮงหมี่ใต้ถุนบ้าน",
            "ลองทอผ้าบนกี่พื้นบ้านกับแม่บ้านในกลุ่ม",
            "ชมการทำลูกปะเกือม เครื่องเงินโบราณของชาวสุรินทร์ ที่บ้านโชค",
            "แวะชมศูนย์คชศึกษา หมู่บ้านช้างบ้านตากลาง ห่างออกไปราว 50 กิโลเมตร",
        ),
        see_and_do_en=(
            "See silkworms raised, thread reeled and mudmee tied on the frames under the houses.",
            "Try a village loom with the group's weavers.",
            "Watch prakuam, Surin's old-style silver beads, being made in Ban Chok.",
            "Visit the Elephant Study Centre at Ban Ta Klang, about 50 km away.",
        ),
        getting_there_th="ห่างจากตัวเมืองสุรินทร์ราว 14 กิโลเมตร ตามทางหลวงหมายเลข 214 มุ่งหน้าร้อยเอ็ด แล้วเลี้ยวตามป้ายอำเภอเขวาสินรินทร์ สุรินทร์เดินทางจากกรุงเทพฯ ได้ทั้งรถไฟและรถโดยสาร",
        getting_there_en="About 14 km north of Surin town: take Route 214 towards Roi Et and follow the signs to Khwao Sinarin. Surin is reached from Bangkok by train or bus.",
        best_time_th="พฤศจิกายน–กุมภาพันธ์ หลังฤดูเกี่ยวข้าว ช่วงที่ชาวบ้านทอผ้ากันมากที่สุด",
        best_time_en="November to February, after the rice harvest, when the looms are busiest",
        events=(
            DemoEvent(
                "งานแสดงช้างและงานกาชาดจังหวัดสุรินทร์", "Surin Elephant Round-up",
                "สุดสัปดาห์ที่สามของเดือนพฤศจิกายน", "Third weekend of November",
                "ขบวนช้างนับร้อยเชือกในตัวเมืองสุรินทร์ และตลาดผ้าไหมจากทุกอำเภอ",
                "Hundreds of elephants parade through Surin town, with a market of silk from every district.",
            ),
        ),
        contact_th="กลุ่มทอผ้าไหมมัดหมี่บ้านเขวาสินรินทร์",
        contact_en="Ban Khwao Sinarin Mudmee Silk Weaving Group",
        producer_keys=("textile-surin-khwao-mudmee",),
        product_upcs=("8850003000001", "8850003000002"),
        colours=("#7a1f3d", "#d9a441"),
        image_alt_th="ภาพวาดหมู่บ้านอีสาน บ้านใต้ถุนสูงริมทุ่งนา โทนสีแดงเลือดหมูและทอง",
        image_alt_en="Drawing of a north-eastern village: stilt houses by the rice fields, in maroon and gold",
    ),
    DemoVillage(
        slug="ban-phon-praewa-village",
        province_code="TH-46",
        title_th="บ้านโพน หมู่บ้านผ้าไหมแพรวา",
        title_en="Ban Phon Praewa Silk Village",
        district_th="คำม่วง",
        district_en="Kham Muang",
        subdistrict_th="โพน",
        subdistrict_en="Phon",
        address_th="บ้านโพน อำเภอคำม่วง",
        address_en="Ban Phon, Kham Muang district",
        latitude="16.955000",
        longitude="103.655000",
        intro_th="หมู่บ้านชาวผู้ไทต้นตำรับผ้าไหมแพรวา ผู้มาเยือนได้ชมการจกลายด้วยปลายนิ้ว พักโฮมสเตย์ และร่วมพาแลง อาหารค่ำต้อนรับแขกแบบผู้ไท",
        intro_en="The Phu Tai village where praewa silk comes from. Watch weavers pick patterns by fingertip, stay in a homestay and join a pha laeng, the Phu Tai welcome dinner.",
        see_and_do_th=(
            "ชมช่างทอจกลายแพรวาทีละเส้น และผ้าแม่ลายที่รวบรวมลายโบราณกว่าร้อยลาย",
            "พักโฮมสเตย์กับครอบครัวชาวผู้ไท",
            "ร่วมพาแลง อาหารค่ำต้อนรับแขกพร้อมการฟ้อนผู้ไท (จองล่วงหน้ากับกลุ่ม)",
            "เลือกซื้อผ้าแพรวาจากศูนย์จำหน่ายของกลุ่ม",
        ),
        see_and_do_en=(
            "Watch weavers pick praewa motifs thread by thread, and see the mae lai sampler of more than a hundred old patterns.",
            "Stay in a homestay with a Phu Tai family.",
            "Join a pha laeng welcome dinner with Phu Tai dancing (book ahead with the group).",
            "Choose praewa silk at the group's shop.",
        ),
        getting_there_th="จากตัวเมืองกาฬสินธุ์ มุ่งหน้าไปทางอำเภอสมเด็จแล้วต่อไปอำเภอคำม่วง รวมราว 80 กิโลเมตร แนะนำให้ขับรถหรือเช่ารถพร้อมคนขับจากตัวเมือง",
        getting_there_en="From Kalasin town, drive towards Somdet and on to Kham Muang, about 80 km in all. A car, or a driver hired in town, is the easiest way.",
        best_time_th="ตุลาคม–กุมภาพันธ์ อากาศเย็นและเป็นช่วงที่ชาวบ้านว่างจากงานนา",
        best_time_en="October to February, when it is cool and the farm work is done",
        events=(
            DemoEvent(
                "งานมหกรรมโปงลาง แพรวา และงานกาชาดจังหวัดกาฬสินธุ์", "Ponglang, Praewa and Red Cross Festival",
                "ต้นปี (จังหวัดกาฬสินธุ์ประกาศวันทุกปี)", "Early in the year (dates announced by Kalasin province)",
                "งานประจำปีของจังหวัด มีการแสดงดนตรีโปงลาง การประกวดผ้าแพรวา และตลาดสินค้าโอทอป",
                "Kalasin's annual fair: ponglang music, a praewa silk contest and an OTOP market.",
            ),
        ),
        contact_th="กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        contact_en="Ban Phon Praewa Silk Weaving Group",
        producer_keys=("textile-kalasin-phon-praewa",),
        product_upcs=("8850003000006", "8850003000007"),
        colours=("#b3262d", "#f2c14e"),
        image_alt_th="ภาพวาดหมู่บ้านผู้ไท บ้านไม้หลังคาจั่วกลางทุ่งนา โทนสีแดงครั่ง",
        image_alt_en="Drawing of a Phu Tai village: gabled wooden houses among rice fields, in lac red",
    ),
)
