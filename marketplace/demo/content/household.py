"""Demo catalogue: household goods, decorations and souvenirs (ของใช้ ของตกแต่ง ของที่ระลึก)."""

from marketplace.demo.records import DemoProducer, DemoProduct

PRODUCERS: tuple[DemoProducer, ...] = (
    DemoProducer(
        key="home-dankwian-clay",
        name_th="วิสาหกิจชุมชนเครื่องปั้นดินเผาด่านเกวียน",
        name_en="Dan Kwian Pottery Community Enterprise",
        producer_type="community_group",
        province_code="TH-30",
        district_th="โชคชัย",
        district_en="Chok Chai",
        subdistrict_th="ด่านเกวียน",
        subdistrict_en="Dan Kwian",
        story_th=(
            "ด่านเกวียนเคยเป็นจุดพักกองเกวียนค้าขายระหว่างโคราชกับเขมร ชาวบ้านริมลำน้ำมูลจึงปั้นหม้อไหขายนักเดินทางมาหลายชั่วอายุคน "
            "ดินริมน้ำมูลมีแร่เหล็กสูง เมื่อเผาด้วยไฟแรงจะได้ผิวสีน้ำตาลแดงอมดำเป็นมันโดยไม่ต้องเคลือบ "
            "ปัจจุบันสมาชิก 18 ครัวเรือนรวมกลุ่มกันขึ้นรูป ฉลุลาย และเผาเตาร่วมกันในหมู่บ้าน"
        ),
        story_en=(
            "Dan Kwian was once a rest stop for ox-cart caravans trading between Korat and Cambodia, and families on the Mun River "
            "have made pots for travellers for generations. The iron-rich river clay turns a glossy rust-brown to near-black in a hot "
            "kiln with no glaze at all. Today 18 households share the shaping, the pierced decoration and a communal kiln in the village."
        ),
        phone="081-726-4413",
    ),
    DemoProducer(
        key="home-bosang-paper",
        name_th="วิสาหกิจชุมชนร่มกระดาษสาบ้านบ่อสร้าง",
        name_en="Bo Sang Paper Umbrella Community Enterprise",
        producer_type="community_group",
        province_code="TH-50",
        district_th="สันกำแพง",
        district_en="San Kamphaeng",
        subdistrict_th="ต้นเปา",
        subdistrict_en="Ton Pao",
        story_th=(
            "บ้านบ่อสร้างทำร่มกระดาษสามากว่าร้อยปี ตั้งแต่เหลาซี่ไม้ไผ่ กลึงหัวร่ม ทำกระดาษสาจากเปลือกปอสา ไปจนถึงเขียนลายด้วยมือ "
            "กลุ่มของเรามีทั้งช่างรุ่นปู่ย่าและคนหนุ่มสาวที่กลับมาบ้านเกิด และทุกเดือนมกราคมจะร่วมจัดงานเทศกาลร่มบ่อสร้างของหมู่บ้าน"
        ),
        story_en=(
            "Bo Sang has made paper umbrellas for more than a century: splitting bamboo ribs, turning the wooden hubs, making sa paper "
            "from mulberry bark and painting every canopy by hand. Our group brings together grandparent craftsmen and young people who "
            "have come home, and every January we help run the village's Bo Sang Umbrella Festival."
        ),
        phone="083-152-9087",
    ),
    DemoProducer(
        key="home-wualai-silver",
        name_th="เครื่องเงินสล่าประเสริฐ วัวลาย",
        name_en="Salah Prasert Silverwork, Wualai",
        producer_type="single_owner",
        province_code="TH-50",
        district_th="เมืองเชียงใหม่",
        district_en="Mueang Chiang Mai",
        subdistrict_th="หายยา",
        subdistrict_en="Hai Ya",
        story_th=(
            "สล่าประเสริฐเป็นช่างเงินรุ่นที่สามของครอบครัวในย่านวัวลาย ใกล้วัดศรีสุพรรณ "
            "เขาตีขึ้นรูปขันเงินจากแผ่นเงินแท้ แล้วดุนลายจากด้านในและสลักเก็บรายละเอียดจากด้านนอกด้วยสิ่วเล็ก ๆ กว่าร้อยเล่ม "
            "ขันใบหนึ่งใช้เวลาทำสองถึงสามสัปดาห์ และเขายังสอนลูกหลานในชุมชนทุกวันเสาร์"
        ),
        story_en=(
            "Salah Prasert is the third silversmith of his family in the Wualai quarter, a few steps from Wat Sri Suphan. He raises each "
            "bowl from a flat sheet of silver, pushes the pattern out from inside and chases the detail from outside with more than a "
            "hundred small punches. A single bowl takes two to three weeks, and on Saturdays he teaches the neighbourhood's children."
        ),
        phone="086-431-7720",
    ),
    DemoProducer(
        key="home-tawai-celadon",
        name_th="บริษัท ถวายศิลป์ เซลาดอน จำกัด",
        name_en="Tawai Sin Celadon Co., Ltd.",
        producer_type="sme",
        province_code="TH-50",
        district_th="หางดง",
        district_en="Hang Dong",
        subdistrict_th="ขุนคง",
        subdistrict_en="Khun Khong",
        story_th=(
            "บริษัทก่อตั้งที่บ้านถวายโดยคุณสมชายซึ่งเป็นช่างแกะสลักไม้ และภรรยาที่มาจากครอบครัวช่างเผาเซลาดอน "
            "โรงงานจึงมีทั้งแผนกแกะไม้และเตาเผาเครื่องเคลือบเขียวไข่กาที่ใช้น้ำเคลือบผสมขี้เถ้าไม้ "
            "พนักงาน 28 คนส่วนใหญ่เป็นคนในตำบลขุนคง และส่งงานให้ร้านของตกแต่งทั่วประเทศ"
        ),
        story_en=(
            "The company was founded in Ban Tawai by woodcarver Somchai and his wife, who grew up in a family of celadon potters. "
            "So the workshop has two halves: a carving floor and a kiln firing jade-green celadon glazed with wood ash. "
            "Most of its 28 staff live in Khun Khong, and the work goes to home-decor shops across the country."
        ),
        phone="089-554-1306",
    ),
    DemoProducer(
        key="home-lampang-rooster",
        name_th="บริษัท ลำปางไก่ทอง เซรามิก จำกัด",
        name_en="Lampang Kai Thong Ceramic Co., Ltd.",
        producer_type="sme",
        province_code="TH-52",
        district_th="เมืองลำปาง",
        district_en="Mueang Lampang",
        subdistrict_th="พระบาท",
        subdistrict_en="Phra Bat",
        story_th=(
            "ชามตราไก่เริ่มผลิตในลำปางเมื่อราวปี 2500 หลังพบดินขาวคุณภาพดีที่อำเภอแจ้ห่ม "
            "โรงงานของเรายังเขียนลายไก่ ต้นกล้วย และดอกโบตั๋นด้วยพู่กันทีละใบ โดยช่างเขียนลายที่ทำงานมากว่ายี่สิบปี "
            "ทุกชิ้นเผาที่อุณหภูมิสูงจึงใช้กับอาหารร้อนและเครื่องล้างจานได้"
        ),
        story_en=(
            "Rooster bowls have been made in Lampang since the late 1950s, after fine kaolin was found in Chae Hom district. "
            "Our painters, some with more than twenty years at the wheel, still brush the rooster, banana tree and peony onto every "
            "piece by hand. Everything is fired at high temperature, so it is safe for hot food and the dishwasher."
        ),
        phone="087-203-6649",
    ),
    DemoProducer(
        key="home-donkaidi-benjarong",
        name_th="เบญจรงค์บ้านครูสมพร ดอนไก่ดี",
        name_en="Khru Somporn Benjarong House, Don Kai Di",
        producer_type="single_owner",
        province_code="TH-74",
        district_th="กระทุ่มแบน",
        district_en="Krathum Baen",
        subdistrict_th="ดอนไก่ดี",
        subdistrict_en="Don Kai Di",
        story_th=(
            "ครูสมพรเป็นครูศิลปะเกษียณที่หันมาเขียนเบญจรงค์ที่บ้านดอนไก่ดี หมู่บ้านเบญจรงค์ที่มีชื่อเสียงของสมุทรสาคร "
            "เธอตัดเส้นลายน้ำทองด้วยพู่กันเส้นเล็ก ลงสีทีละช่องห้าสี แล้วเผาซ้ำหลายรอบจนสีและทองติดแน่น "
            "ปัจจุบันมีลูกสาวและเพื่อนบ้านอีกสี่คนช่วยงานในบ้าน"
        ),
        story_en=(
            "Khru Somporn is a retired art teacher who took up Benjarong painting at home in Don Kai Di, Samut Sakhon's well-known "
            "Benjarong village. She outlines each pattern in gold with a fine brush, fills the cells in five colours and fires every "
            "piece several times so the enamel and gold bond for good. Her daughter and four neighbours now work alongside her."
        ),
        phone="085-918-3342",
    ),
    DemoProducer(
        key="home-thalenoi-krajood",
        name_th="กลุ่มจักสานกระจูดบ้านทะเลน้อย",
        name_en="Thale Noi Krajood Weaving Group",
        producer_type="community_group",
        province_code="TH-93",
        district_th="ควนขนุน",
        district_en="Khuan Khanun",
        subdistrict_th="ทะเลน้อย",
        subdistrict_en="Thale Noi",
        story_th=(
            "กระจูดขึ้นเองตามพรุรอบทะเลน้อย สมาชิกกลุ่มเกือบทั้งหมดเป็นแม่บ้านที่ถอนกระจูด นำมาคัดขนาด ตากแดด "
            "และทุบให้แบนก่อนย้อมสีแล้วสานที่ใต้ถุนบ้าน "
            "กลุ่มมีสมาชิก 35 คน และยังทอเสื่อลายโบราณที่คนทะเลน้อยใช้กันมาตั้งแต่รุ่นยาย"
        ),
        story_en=(
            "Krajood sedge grows wild in the peat swamps around Thale Noi. Almost all of our members are women who pull the stems, "
            "sort them, sun-dry and pound them flat, then dye and weave under their stilt houses. The group has 35 members and still "
            "weaves the old mat patterns Thale Noi families have used since their grandmothers' time."
        ),
        phone="082-640-5518",
    ),
    DemoProducer(
        key="home-tharua-lipao",
        name_th="ย่านลิเภาป้าจำเนียร",
        name_en="Auntie Chamnian's Yan Lipao",
        producer_type="single_owner",
        province_code="TH-80",
        district_th="เมืองนครศรีธรรมราช",
        district_en="Mueang Nakhon Si Thammarat",
        subdistrict_th="ท่าเรือ",
        subdistrict_en="Tha Rua",
        story_th=(
            "ป้าจำเนียรสานย่านลิเภามากว่า 40 ปี โดยเรียนจากแม่ซึ่งเคยสานถวายงานในโครงการศิลปาชีพ "
            "เถาย่านลิเภาต้องลอกผิว ชักเส้นผ่านรูเหล็กจนเล็กเท่าเส้นด้าย แล้วสานอัดแน่นบนโครงหวาย "
            "กระเป๋าใบหนึ่งอาจใช้เวลาหนึ่งถึงสองเดือน"
        ),
        story_en=(
            "Auntie Chamnian has woven yan lipao for more than 40 years, taught by her mother, who wove for the royal SUPPORT "
            "handicraft programme. The fern vine is stripped and drawn through a metal gauge until it is as fine as thread, then woven "
            "tightly over a rattan frame. A single handbag can take one to two months."
        ),
        phone="088-372-0964",
    ),
    DemoProducer(
        key="home-bangchaocha-bamboo",
        name_th="กลุ่มจักสานบ้านบางเจ้าฉ่า",
        name_en="Bang Chao Cha Basketry Group",
        producer_type="community_group",
        province_code="TH-15",
        district_th="โพธิ์ทอง",
        district_en="Pho Thong",
        subdistrict_th="บางเจ้าฉ่า",
        subdistrict_en="Bang Chao Cha",
        story_th=(
            "ชาวบางเจ้าฉ่าสานไม้ไผ่เป็นอาชีพเสริมหลังฤดูเกี่ยวข้าวมาแต่โบราณ จนแทบทุกบ้านมีคนสานเป็น "
            "ช่างของกลุ่มจักตอกเส้นเล็กบางเรียบ สานลายละเอียด แล้วทาน้ำมันหรือลงรักให้ทนทาน "
            "นอกจากตะกร้าและกระเป๋า กลุ่มยังพัฒนาโคมไฟไม้ไผ่สานร่วมกับนักออกแบบรุ่นใหม่"
        ),
        story_en=(
            "People in Bang Chao Cha have woven bamboo after the rice harvest for as long as anyone remembers, and almost every house "
            "has a weaver. Our craftsmen split very thin, smooth strips, weave fine patterns and finish with oil or lacquer for "
            "durability. Besides baskets and bags, the group now makes woven bamboo lamps with young designers."
        ),
        phone="080-267-4851",
    ),
    DemoProducer(
        key="home-aranyik-knife",
        name_th="มีดอรัญญิก ช่างเสถียร",
        name_en="Chang Sathian Aranyik Knives",
        producer_type="single_owner",
        province_code="TH-14",
        district_th="นครหลวง",
        district_en="Nakhon Luang",
        subdistrict_th="ท่าช้าง",
        subdistrict_en="Tha Chang",
        story_th=(
            "ช่างเสถียรตีมีดที่หมู่บ้านอรัญญิกมาตั้งแต่อายุ 15 ปี สืบต่อเตาตีเหล็กจากพ่อและปู่ "
            "ใบมีดตีจากเหล็กแหนบรถยนต์ด้วยมือ ชุบน้ำให้คมแข็ง แล้วลับบนหินจนคมกริบ ด้ามทำจากไม้มะขามที่กลึงเอง"
        ),
        story_en=(
            "Chang Sathian has forged knives in Aranyik village since he was 15, carrying on the forge of his father and grandfather. "
            "Each blade is hand-forged from leaf-spring steel, water-quenched for a hard edge and finished on whetstones. "
            "He turns the tamarind-wood handles himself."
        ),
        phone="084-777-2345",
    ),
    DemoProducer(
        key="home-watlamut-hyacinth",
        name_th="บริษัท ท่าจีนผักตบ ดีไซน์ จำกัด",
        name_en="Tha Chin Hyacinth Design Co., Ltd.",
        producer_type="sme",
        province_code="TH-73",
        district_th="นครชัยศรี",
        district_en="Nakhon Chai Si",
        subdistrict_th="วัดละมุด",
        subdistrict_en="Wat Lamut",
        story_th=(
            "ผักตบชวาที่เคยอุดตันแม่น้ำท่าจีนกลายเป็นวัตถุดิบของเรา ชาวบ้านเก็บต้นผักตบมาตากแดดราวสองสัปดาห์ "
            "แล้วถักเปียและสานเป็นกระเป๋าและตะกร้า "
            "บริษัทรับซื้อวัตถุดิบและจ้างช่างสานทำงานที่บ้านกว่า 40 คนในตำบลวัดละมุด"
        ),
        story_en=(
            "Water hyacinth that once choked the Tha Chin River is our raw material. Villagers gather the stems, sun-dry them for "
            "about two weeks, then braid and weave them into bags and baskets. The company buys the fibre locally and employs more "
            "than 40 home-based weavers in Wat Lamut."
        ),
        phone="086-905-2271",
    ),
    DemoProducer(
        key="home-laemngop-coconut",
        name_th="บริษัท กะลาทะเลตราด จำกัด",
        name_en="Kala Thale Trat Co., Ltd.",
        producer_type="sme",
        province_code="TH-23",
        district_th="แหลมงอบ",
        district_en="Laem Ngop",
        subdistrict_th="แหลมงอบ",
        subdistrict_en="Laem Ngop",
        story_th=(
            "เรารับซื้อกะลามะพร้าวจากสวนและโรงกะทิในตราดที่เคยต้องเผาทิ้ง มาเลือกใบที่หนาและสมมาตร "
            "ตัด ขัด และเคลือบด้วยน้ำมันมะพร้าวสกัดเย็น "
            "ทีมช่าง 12 คนส่วนใหญ่เป็นแม่บ้านในครอบครัวชาวประมงของแหลมงอบ"
        ),
        story_en=(
            "We buy coconut shells from Trat's plantations and coconut-milk makers that used to burn them. The thickest and most even "
            "shells are cut, sanded and finished with cold-pressed coconut oil. Most of our 12 craftspeople are women from Laem Ngop's "
            "fishing families."
        ),
        phone="083-618-4790",
    ),
)

PRODUCTS: tuple[DemoProduct, ...] = (
    # Dan Kwian pottery
    DemoProduct(
        upc="8850004000001",
        producer_key="home-dankwian-clay",
        category="household",
        title_th="แจกันดินเผาด่านเกวียน ทรงโอ่ง ผิวไฟ สูง 30 ซม.",
        title_en="Dan Kwian Fire-Finish Terracotta Vase, 30 cm",
        description_th=(
            "แจกันทรงโอ่งขึ้นรูปด้วยแป้นหมุนจากดินริมลำน้ำมูล เผาไฟแรงจนผิวเป็นสีน้ำตาลแดงอมดำแวววาวโดยไม่ใช้น้ำเคลือบ "
            "สูง 30 ซม. ปากกว้าง 10 ซม. ใช้ปักกิ่งไม้แห้งหรือตั้งตกแต่ง หากใส่น้ำควรรองจานเพราะเนื้อดินซึมน้ำได้เล็กน้อย"
        ),
        description_en=(
            "A jar-shaped vase thrown on the wheel from Mun River clay and fired hot until the unglazed surface turns a glossy "
            "rust-black. 30 cm tall with a 10 cm mouth, made for dried branches or display. The clay breathes slightly, so use a "
            "saucer if you add water."
        ),
        price="890.00",
        stock=18,
        weight_grams=2600,
        stars=5,
        selection_year=2024,
        expires_in_days=780,
        standards=(("tcps", "มผช. 12/2546"),),
        motif="vase",
        colours=("#7a3b1e", "#2e211a"),
    ),
    DemoProduct(
        upc="8850004000002",
        producer_key="home-dankwian-clay",
        category="household",
        title_th="กระถางดินเผาด่านเกวียน ลายฉลุ ชุด 3 ใบ",
        title_en="Dan Kwian Pierced Clay Planters, Set of 3",
        description_th=(
            "กระถางสามขนาด 12, 16 และ 20 ซม. ฉลุลายดอกไม้รอบขอบด้วยมือ มีรูระบายน้ำที่ก้น "
            "เนื้อดินเผาช่วยระบายอากาศให้รากต้นไม้ เหมาะกับแคคตัส ไม้อวบน้ำ และไม้ประดับในบ้าน"
        ),
        description_en=(
            "Three planters of 12, 16 and 20 cm with a hand-pierced flower border and a drainage hole in each base. "
            "The fired clay lets roots breathe, ideal for cacti, succulents and indoor plants."
        ),
        price="650.00",
        stock=25,
        weight_grams=3800,
        stars=4,
        selection_year=2024,
        expires_in_days=690,
        standards=(("tcps", "มผช. 12/2546"),),
        motif="pottery",
        colours=("#a4522b", "#d9b08c"),
    ),
    DemoProduct(
        upc="8850004000003",
        producer_key="home-dankwian-clay",
        category="household",
        title_th="โคมไฟดินเผาด่านเกวียน ฉลุลายกนก ตั้งโต๊ะ",
        title_en="Dan Kwian Pierced Clay Table Lamp, Kranok Pattern",
        description_th=(
            "โคมไฟตั้งโต๊ะสูง 35 ซม. ฉลุลายกนกทั้งใบ เมื่อเปิดไฟแสงจะลอดเป็นลวดลายบนผนัง "
            "มาพร้อมขั้วหลอด E27 และสายไฟยาว 1.5 ม. ใช้หลอด LED ไม่เกิน 9 วัตต์ เช็ดฝุ่นด้วยแปรงขนนุ่ม"
        ),
        description_en=(
            "A 35 cm table lamp pierced all over with kranok flame scrolls that throw a lace of light across the wall. "
            "Comes with an E27 socket and a 1.5 m cable; use an LED bulb of up to 9 W. Dust with a soft brush."
        ),
        price="1250.00",
        stock=10,
        weight_grams=3200,
        stars=4,
        selection_year=2022,
        expires_in_days=210,
        standards=(("tcps", "มผช. 12/2546"),),
        motif="lamp",
        colours=("#8c4a2f", "#f2c879"),
    ),
    DemoProduct(
        upc="8850004000004",
        producer_key="home-dankwian-clay",
        category="household",
        title_th="โมบายกระดิ่งลมดินเผาด่านเกวียน",
        title_en="Dan Kwian Clay Wind Chime",
        description_th=(
            "กระดิ่งลมดินเผาห้าลูกร้อยเชือกป่าน ยาวรวมประมาณ 45 ซม. เสียงกังวานทุ้มเมื่อลมพัด "
            "แขวนระเบียงหรือชายคา ควรเก็บเข้าที่ร่มเมื่อมีพายุ"
        ),
        description_en=(
            "Five fired-clay bells strung on hemp cord, about 45 cm long, with a soft low ring in the breeze. "
            "Hang it on a balcony or under the eaves, and bring it in during storms."
        ),
        price="180.00",
        stock=40,
        weight_grams=450,
        stars=3,
        selection_year=2022,
        expires_in_days=410,
        standards=(),
        motif="pottery",
        colours=("#b5653d", "#5a4636"),
    ),
    # Bo Sang umbrellas and mulberry paper
    DemoProduct(
        upc="8850004000005",
        producer_key="home-bosang-paper",
        category="household",
        title_th="ร่มกระดาษสาบ่อสร้าง เขียนลายดอกไม้ 40 นิ้ว",
        title_en="Bo Sang Hand-Painted Mulberry Paper Umbrella, 40 in.",
        description_th=(
            "ร่มกระดาษสาโครงไม้ไผ่ 40 ซี่ เส้นผ่านศูนย์กลางกางออก 100 ซม. เขียนลายดอกไม้ล้านนาด้วยมือแล้วทาน้ำมันกันน้ำ "
            "ใช้ตกแต่งบ้าน ร้านอาหาร หรืองานพิธี กางผึ่งให้แห้งหลังโดนน้ำและเก็บในที่ไม่ชื้น"
        ),
        description_en=(
            "A 40-rib bamboo umbrella covered in mulberry paper, 100 cm across when open, hand-painted with Lanna flowers and "
            "oiled against rain. Made for decorating homes, restaurants and ceremonies. Open it to dry after rain and store it "
            "somewhere dry."
        ),
        price="750.00",
        stock=30,
        weight_grams=1400,
        stars=5,
        selection_year=2024,
        expires_in_days=820,
        standards=(("tcps", "มผช. 34/2546"),),
        motif="umbrella",
        colours=("#c0392b", "#f4d58d"),
    ),
    DemoProduct(
        upc="8850004000006",
        producer_key="home-bosang-paper",
        category="household",
        title_th="ร่มผ้าฝ้ายบ่อสร้าง ลายนกยูง 20 นิ้ว",
        title_en="Bo Sang Cotton Parasol, Peacock Pattern, 20 in.",
        description_th=(
            "ร่มกันแดดผ้าฝ้ายขนาด 20 นิ้ว โครงไม้ไผ่ ด้ามไม้สัก เขียนลายนกยูงด้วยสีอะคริลิกที่ไม่ซีดง่าย "
            "ใช้กันแดดเดินเที่ยวหรือถ่ายภาพ ไม่ควรใช้กลางฝนตกหนัก"
        ),
        description_en=(
            "A 20-inch cotton sunshade on a bamboo frame with a teak handle, painted with a peacock in fade-resistant acrylics. "
            "For strolling in the sun or photo shoots; not for heavy rain."
        ),
        price="450.00",
        stock=35,
        weight_grams=700,
        stars=4,
        selection_year=2024,
        expires_in_days=640,
        standards=(("tcps", "มผช. 34/2546"),),
        motif="umbrella",
        colours=("#1f6f78", "#e8c547"),
    ),
    DemoProduct(
        upc="8850004000007",
        producer_key="home-bosang-paper",
        category="household",
        title_th="โคมไฟแขวนกระดาษสา ทรงกลม 40 ซม.",
        title_en="Mulberry Paper Pendant Lamp, Round, 40 cm",
        description_th=(
            "โคมกลมโครงไม้ไผ่หุ้มกระดาษสาทำมือจากเปลือกปอสา ให้แสงนวลอุ่นทั่วห้อง พับเก็บได้ ส่งแบบแบน "
            "มีชุดสายไฟและขั้ว E27 ใช้หลอด LED เท่านั้น ทำความสะอาดด้วยไม้ขนไก่"
        ),
        description_en=(
            "A round bamboo-framed shade covered in handmade paper from mulberry bark, giving a warm, even glow. It folds flat "
            "for shipping and comes with an E27 cord set; use LED bulbs only. Clean with a feather duster."
        ),
        price="590.00",
        stock=22,
        weight_grams=900,
        stars=4,
        selection_year=2022,
        expires_in_days=180,
        standards=(("tcps", "มผช. 56/2546"),),
        motif="lamp",
        colours=("#f3e3c3", "#b58b5a"),
    ),
    DemoProduct(
        upc="8850004000008",
        producer_key="home-bosang-paper",
        category="household",
        title_th="สมุดบันทึกกระดาษสา ปกดอกไม้แห้ง A5",
        title_en="Mulberry Paper Notebook with Pressed Flowers, A5",
        description_th=(
            "สมุดขนาด A5 ไส้กระดาษสา 80 แผ่น เย็บกี่ด้วยด้ายฝ้าย ปกกระดาษสาหนาอัดดอกไม้และใบไม้จริง "
            "เนื้อกระดาษเขียนด้วยปากกาหมึกซึมและสีน้ำได้ดี เหมาะเป็นของขวัญหรือของที่ระลึกจากเชียงใหม่"
        ),
        description_en=(
            "An A5 notebook with 80 sheets of mulberry paper, stitched with cotton thread, in a thick cover set with real "
            "pressed flowers and leaves. The paper takes fountain pen and watercolour well, and it makes a lovely gift from "
            "Chiang Mai."
        ),
        price="180.00",
        stock=80,
        weight_grams=320,
        stars=4,
        selection_year=2024,
        expires_in_days=560,
        standards=(("tcps", "มผช. 56/2546"),),
        motif="box",
        colours=("#e9dcc0", "#8a9a5b"),
    ),
    # Wualai silverware
    DemoProduct(
        upc="8850004000009",
        producer_key="home-wualai-silver",
        category="household",
        title_th="ขันเงินดุนลายวัวลาย 5 นิ้ว ลายสิบสองนักษัตร",
        title_en="Wualai Repoussé Silver Bowl, 5 in., Zodiac Pattern",
        description_th=(
            "ขันเงินแท้ 92.5% ขนาดปาก 5 นิ้ว ดุนลายสัตว์สิบสองนักษัตรรอบตัวขันและสลักเก็บรายละเอียดด้วยมือ "
            "ใช้เป็นขันน้ำมนต์ ขันใส่ดอกไม้ หรือของขวัญวันสำคัญ มีกล่องไม้บุผ้าและใบรับรองเนื้อเงิน "
            "ขัดเงาด้วยผ้าเช็ดเงิน หลีกเลี่ยงน้ำยาทำความสะอาดที่มีกรด"
        ),
        description_en=(
            "A 925 sterling silver bowl, 5 inches across, with the twelve zodiac animals raised in repoussé and finished by hand "
            "chasing. Used for blessing water, floating flowers or as a gift for big occasions; comes in a lined wooden box with a "
            "silver certificate. Polish with a silver cloth and avoid acidic cleaners."
        ),
        price="8500.00",
        stock=3,
        weight_grams=650,
        stars=5,
        selection_year=2024,
        expires_in_days=880,
        standards=(("tcps", "มผช. 146/2546"),),
        motif="silverware",
        colours=("#c0c0c8", "#5b5f66"),
    ),
    DemoProduct(
        upc="8850004000010",
        producer_key="home-wualai-silver",
        category="household",
        title_th="ตลับเงินดุนลายดอกพิกุล ทรงกลม",
        title_en="Round Silver Box with Chased Pikul Flowers",
        description_th=(
            "ตลับเงินแท้เส้นผ่านศูนย์กลาง 6 ซม. ฝาดุนลายดอกพิกุล ปิดสนิทพอดี "
            "ใช้ใส่เครื่องประดับ แหวน หรือยาดม เก็บในถุงซิปเพื่อชะลอการหมอง"
        ),
        description_en=(
            "A sterling silver box 6 cm across with a snug lid chased with pikul blossoms. Keep rings, small jewellery or an "
            "inhaler in it, and store it in a zip bag to slow tarnish."
        ),
        price="3200.00",
        stock=6,
        weight_grams=260,
        stars=5,
        selection_year=2022,
        expires_in_days=260,
        standards=(("tcps", "มผช. 146/2546"),),
        motif="box",
        colours=("#d4d6da", "#7d6b4f"),
    ),
    DemoProduct(
        upc="8850004000011",
        producer_key="home-wualai-silver",
        category="household",
        title_th="ช้อนเงินด้ามสลักลายเครือเถา ชุด 2 คัน",
        title_en="Silver Spoons with Engraved Vine Handles, Set of 2",
        description_th=(
            "ช้อนเงินแท้ยาว 15 ซม. ด้ามสลักลายเครือเถาล้านนา เหมาะเป็นช้อนกาแฟหรือช้อนของหวาน "
            "บรรจุกล่องผ้าไหมพร้อมให้เป็นของขวัญ ล้างด้วยสบู่อ่อนและเช็ดให้แห้งทันที"
        ),
        description_en=(
            "Two 15 cm sterling silver spoons with Lanna vine engraving on the handles, for coffee or dessert. "
            "Boxed in silk, ready to give. Wash with mild soap and dry straight away."
        ),
        price="1850.00",
        stock=12,
        weight_grams=240,
        stars=4,
        selection_year=2024,
        expires_in_days=600,
        standards=(("tcps", "มผช. 146/2546"),),
        motif="silverware",
        colours=("#b8bcc2", "#3d4a5c"),
    ),
    DemoProduct(
        upc="8850004000012",
        producer_key="home-wualai-silver",
        category="household",
        title_th="ที่คั่นหนังสือเงิน ลายช้างล้านนา",
        title_en="Silver Bookmark, Lanna Elephant",
        description_th=(
            "ที่คั่นหนังสือเงินแท้ฉลุรูปช้างและสลักลายบนตัวช้าง ปลายห้อยพู่ไหมสีแดง "
            "ของที่ระลึกชิ้นเล็กจากถนนวัวลาย น้ำหนักเบา ส่งทางไปรษณีย์ได้สะดวก"
        ),
        description_en=(
            "A sterling silver bookmark cut out as an elephant with engraved detail and a red silk tassel. "
            "A small souvenir from Wualai Road, light and easy to post."
        ),
        price="650.00",
        stock=24,
        weight_grams=90,
        stars=4,
        selection_year=2024,
        expires_in_days=530,
        standards=(),
        motif="silverware",
        colours=("#dfe1e4", "#9b2335"),
    ),
    # Ban Tawai woodcarving and celadon
    DemoProduct(
        upc="8850004000013",
        producer_key="home-tawai-celadon",
        category="household",
        title_th="ถาดไม้สักแกะลายใบบัว ยาว 40 ซม.",
        title_en="Carved Teak Lotus-Leaf Tray, 40 cm",
        description_th=(
            "ถาดไม้สักเก่ารีไซเคิลแกะเป็นรูปใบบัวยาว 40 ซม. เห็นเส้นใบชัดเจน ขัดเรียบและเคลือบน้ำมันที่ปลอดภัยต่ออาหาร "
            "ใช้เสิร์ฟผลไม้ ขนม หรือวางของบนโต๊ะ ล้างด้วยมือ ไม่แช่น้ำ และทาน้ำมันพืชบาง ๆ ทุกสองสามเดือน"
        ),
        description_en=(
            "A 40 cm lotus-leaf tray carved from reclaimed teak with crisp leaf veins, sanded smooth and sealed with food-safe "
            "oil. Serve fruit and snacks or use it on a sideboard. Hand wash, never soak, and rub with a little vegetable oil "
            "every few months."
        ),
        price="980.00",
        stock=20,
        weight_grams=1300,
        stars=4,
        selection_year=2024,
        expires_in_days=720,
        standards=(("tcps", "มผช. 166/2546"),),
        motif="woodcarving",
        colours=("#8b5a2b", "#c9a66b"),
    ),
    DemoProduct(
        upc="8850004000014",
        producer_key="home-tawai-celadon",
        category="household",
        title_th="ช้างไม้จามจุรีแกะสลัก สูง 25 ซม.",
        title_en="Hand-Carved Raintree Elephant, 25 cm",
        description_th=(
            "ช้างยืนชูงวงแกะจากไม้จามจุรีท่อนเดียวโดยช่างบ้านถวาย สูง 25 ซม. ลงสีน้ำตาลเข้มแล้วขัดแว็กซ์ให้เห็นลายไม้ "
            "ตั้งโชว์ในห้องรับแขกหรือใช้เป็นของขวัญขึ้นบ้านใหม่ ปัดฝุ่นด้วยแปรงนุ่ม"
        ),
        description_en=(
            "An elephant with raised trunk carved from a single block of raintree wood by Ban Tawai carvers, 25 cm tall, "
            "stained dark brown and waxed to show the grain. A centrepiece for the living room or a housewarming gift; dust with "
            "a soft brush."
        ),
        price="1650.00",
        stock=14,
        weight_grams=2100,
        stars=5,
        selection_year=2024,
        expires_in_days=840,
        standards=(("tcps", "มผช. 166/2546"),),
        motif="woodcarving",
        colours=("#5c3a21", "#a47551"),
    ),
    DemoProduct(
        upc="8850004000015",
        producer_key="home-tawai-celadon",
        category="household",
        title_th="ชามเซลาดอนลายปลาคู่ 8 นิ้ว",
        title_en="Celadon Twin-Fish Bowl, 8 in.",
        description_th=(
            "ชามเครื่องเคลือบเซลาดอนสีเขียวไข่กา ก้นชามแกะลายปลาคู่ใต้น้ำเคลือบ เผาที่ 1,260 องศาเซลเซียส "
            "ขนาด 8 นิ้ว ใส่แกงหรือสลัดได้ ใช้กับไมโครเวฟและเครื่องล้างจานได้"
        ),
        description_en=(
            "A jade-green celadon stoneware bowl with twin fish incised under the glaze, fired at 1,260 °C. "
            "At 8 inches it suits curries and salads, and it is microwave and dishwasher safe."
        ),
        price="690.00",
        stock=30,
        weight_grams=1100,
        stars=5,
        selection_year=2024,
        expires_in_days=760,
        standards=(("tis", "มอก. 1166-2536"), ("tcps", "มผช. 12/2546")),
        motif="bowl",
        colours=("#9dc3a8", "#4f7c65"),
    ),
    DemoProduct(
        upc="8850004000016",
        producer_key="home-tawai-celadon",
        category="household",
        title_th="แจกันเซลาดอน เคลือบแตกลายงา สูง 22 ซม.",
        title_en="Crackle-Glaze Celadon Vase, 22 cm",
        description_th=(
            "แจกันทรงน้ำเต้าเคลือบเขียวอ่อนที่แตกลายงาละเอียดทั่วใบ เกิดจากการเย็นตัวของน้ำเคลือบขี้เถ้าไม้ จึงไม่มีใบไหนเหมือนกัน "
            "สูง 22 ซม. ใส่น้ำปักดอกไม้สดได้ ไม่รั่วซึม"
        ),
        description_en=(
            "A gourd-shaped vase in pale green with a fine ivory-like crackle from the cooling wood-ash glaze, so no two are alike. "
            "22 cm tall and fully watertight for fresh flowers."
        ),
        price="1450.00",
        stock=9,
        weight_grams=1500,
        stars=4,
        selection_year=2022,
        expires_in_days=300,
        standards=(("tcps", "มผช. 12/2546"),),
        motif="vase",
        colours=("#b7d3b0", "#6e8b74"),
    ),
    DemoProduct(
        upc="8850004000017",
        producer_key="home-tawai-celadon",
        category="household",
        title_th="ชุดน้ำชาเซลาดอน กาน้ำชาพร้อมถ้วย 4 ใบ",
        title_en="Celadon Tea Set, Teapot and 4 Cups",
        description_th=(
            "กาน้ำชาความจุ 600 มล. พร้อมถ้วยชา 4 ใบ เคลือบเซลาดอนเขียวอมฟ้า หูจับพันหวาย "
            "บรรจุกล่องไม้สนกันกระแทก เหมาะเป็นของขวัญผู้ใหญ่ ล้างด้วยน้ำอุ่นและฟองน้ำนุ่ม"
        ),
        description_en=(
            "A 600 ml teapot with four cups in blue-green celadon, the handle bound in rattan. Packed in a padded pinewood box, "
            "a thoughtful gift for elders. Wash with warm water and a soft sponge."
        ),
        price="1890.00",
        stock=11,
        weight_grams=2400,
        stars=5,
        selection_year=2024,
        expires_in_days=700,
        standards=(("tis", "มอก. 1166-2536"),),
        motif="pottery",
        colours=("#8fbfb3", "#2f5d50"),
    ),
    # Lampang rooster bowls
    DemoProduct(
        upc="8850004000018",
        producer_key="home-lampang-rooster",
        category="household",
        title_th="ชามตราไก่ลำปาง 6 นิ้ว เขียนมือ ชุด 2 ใบ",
        title_en="Lampang Hand-Painted Rooster Bowls, 6 in., Pair",
        description_th=(
            "ชามตราไก่ทรงโคมขนาด 6 นิ้ว เขียนลายไก่ ต้นกล้วย และดอกโบตั๋นด้วยมือทีละใบ "
            "ใช้ใส่ข้าวต้ม ก๋วยเตี๋ยว หรือของหวาน เข้าไมโครเวฟและเครื่องล้างจานได้"
        ),
        description_en=(
            "A pair of classic 6-inch rooster bowls, each hand-painted with the rooster, banana tree and peony. "
            "Perfect for rice soup, noodles or desserts; microwave and dishwasher safe."
        ),
        price="390.00",
        stock=60,
        weight_grams=1000,
        stars=5,
        selection_year=2024,
        expires_in_days=900,
        standards=(("tis", "มอก. 1166-2536"), ("tcps", "มผช. 12/2546")),
        motif="bowl",
        colours=("#f5f1e6", "#d2452f"),
    ),
    DemoProduct(
        upc="8850004000019",
        producer_key="home-lampang-rooster",
        category="household",
        title_th="ชามก๋วยเตี๋ยวตราไก่ 8 นิ้ว ลายดั้งเดิม",
        title_en="Rooster Noodle Bowl, 8 in., Original Pattern",
        description_th=(
            "ชามก๋วยเตี๋ยวตราไก่ขนาดใหญ่ 8 นิ้ว ลายดั้งเดิมแบบร้านก๋วยเตี๋ยวสมัยก่อน ขอบชามหนาไม่บิ่นง่าย "
            "ทนน้ำซุปร้อน ใช้ได้ทั้งในบ้านและในร้านอาหาร"
        ),
        description_en=(
            "A large 8-inch rooster noodle bowl in the original pattern of old-style noodle shops, with a thick, chip-resistant "
            "rim. Takes piping-hot broth and suits homes and restaurants alike."
        ),
        price="220.00",
        stock=45,
        weight_grams=850,
        stars=4,
        selection_year=2019,
        expires_in_days=-120,
        standards=(("tis", "มอก. 1166-2536"),),
        motif="bowl",
        colours=("#fbf7ee", "#2f6b3a"),
    ),
    DemoProduct(
        upc="8850004000020",
        producer_key="home-lampang-rooster",
        category="household",
        title_th="แก้วมัคลายไก่ลำปาง 350 มล.",
        title_en="Lampang Rooster Mug, 350 ml",
        description_th=(
            "แก้วมัคเซรามิกความจุ 350 มล. เขียนลายไก่ตัวผู้สีแดงดำตามแบบชามตราไก่ หูจับถนัดมือ "
            "ใช้กับกาแฟและชาร้อน เข้าไมโครเวฟได้"
        ),
        description_en=(
            "A 350 ml ceramic mug painted with the red-and-black rooster of the classic bowl, with a comfortable handle. "
            "For hot coffee and tea; microwave safe."
        ),
        price="250.00",
        stock=70,
        weight_grams=520,
        stars=4,
        selection_year=2024,
        expires_in_days=610,
        standards=(("tis", "มอก. 1166-2536"),),
        motif="pottery",
        colours=("#fffaf0", "#1b1b1b"),
    ),
    DemoProduct(
        upc="8850004000021",
        producer_key="home-lampang-rooster",
        category="household",
        title_th="จานข้าวลายไก่ 9 นิ้ว ชุด 4 ใบ",
        title_en="Rooster Dinner Plates, 9 in., Set of 4",
        description_th=(
            "จานข้าวเซรามิกขนาด 9 นิ้ว สี่ใบ ลายไก่และต้นกล้วยเข้าชุดกับชามตราไก่ "
            "ผิวเคลือบทนรอยช้อนส้อม ใช้กับเครื่องล้างจานได้ แพ็กกันแตกอย่างดี"
        ),
        description_en=(
            "Four 9-inch ceramic plates with the rooster and banana tree, matching the rooster bowls. "
            "The glaze resists cutlery marks, they are dishwasher safe, and they ship in breakage-proof packing."
        ),
        price="690.00",
        stock=28,
        weight_grams=2900,
        stars=4,
        selection_year=2022,
        expires_in_days=150,
        standards=(("tis", "มอก. 1166-2536"),),
        motif="bowl",
        colours=("#f7f3e8", "#e07a2f"),
    ),
    # Don Kai Di Benjarong
    DemoProduct(
        upc="8850004000022",
        producer_key="home-donkaidi-benjarong",
        category="household",
        title_th="โถปริกเบญจรงค์ลายน้ำทอง 4 นิ้ว",
        title_en="Benjarong Lidded Jar with Gold Lines, 4 in.",
        description_th=(
            "โถปริกเบญจรงค์ขนาด 4 นิ้ว ลายดอกประจำยามตัดเส้นทองคำ 12% ลงสีห้าสีบนพื้นเขียว ยอดฝาทรงบัวตูม "
            "ใช้ใส่ลูกอมหรือตั้งโชว์ในตู้ ควรล้างด้วยมือ ห้ามเข้าไมโครเวฟเพราะมีทองคำ"
        ),
        description_en=(
            "A 4-inch Benjarong jar with a lotus-bud finial, painted with prachamyam flowers in five enamels on green and "
            "outlined in 12% gold. For sweets or the display cabinet. Hand wash only and never microwave, because of the gold."
        ),
        price="1500.00",
        stock=8,
        weight_grams=700,
        stars=4,
        selection_year=2024,
        expires_in_days=660,
        standards=(("tcps", "มผช. 13/2546"),),
        motif="pottery",
        colours=("#2e8b57", "#d4af37"),
    ),
    DemoProduct(
        upc="8850004000023",
        producer_key="home-donkaidi-benjarong",
        category="household",
        title_th="ชุดน้ำชาเบญจรงค์ ลายเทพพนม 7 ชิ้น",
        title_en="Benjarong Tea Set, Thep Phanom Pattern, 7 Pieces",
        description_th=(
            "ชุดน้ำชาเบญจรงค์ 7 ชิ้น ได้แก่ กาน้ำชา ถ้วยพร้อมจานรอง 2 ชุด โถน้ำตาล และครีมเมอร์ "
            "เขียนลายเทพพนมบนพื้นแดงเลือดนก ตัดเส้นทองด้วยมือ บรรจุกล่องผ้าไหมเหมาะเป็นของขวัญ"
        ),
        description_en=(
            "A 7-piece Benjarong tea set: teapot, two cups with saucers, sugar bowl and creamer, painted with praying "
            "Thep Phanom deities on deep red and hand-lined in gold. Presented in a silk-covered gift box."
        ),
        price="4800.00",
        stock=4,
        weight_grams=2300,
        stars=5,
        selection_year=2019,
        expires_in_days=-300,
        standards=(("tcps", "มผช. 13/2546"),),
        motif="pottery",
        colours=("#9e1b32", "#e5c158"),
    ),
    DemoProduct(
        upc="8850004000024",
        producer_key="home-donkaidi-benjarong",
        category="household",
        title_th="ชามเบญจรงค์ลายดอกพุดตาน 6 นิ้ว",
        title_en="Benjarong Bowl, Putan Flower Pattern, 6 in.",
        description_th=(
            "ชามเบญจรงค์ขนาด 6 นิ้ว ลายดอกพุดตานสีชมพูบนพื้นฟ้าคราม ขอบชามเดินเส้นทอง "
            "ใช้ใส่ของหวานในโอกาสพิเศษหรือตั้งโชว์ ล้างด้วยมือเท่านั้น"
        ),
        description_en=(
            "A 6-inch Benjarong bowl with pink putan flowers on a cobalt ground and a gold rim. "
            "For desserts on special occasions or for display; hand wash only."
        ),
        price="1200.00",
        stock=10,
        weight_grams=650,
        stars=5,
        selection_year=2024,
        expires_in_days=730,
        standards=(("tcps", "มผช. 13/2546"),),
        motif="bowl",
        colours=("#1f3a93", "#f4a6b7"),
    ),
    DemoProduct(
        upc="8850004000025",
        producer_key="home-donkaidi-benjarong",
        category="household",
        title_th="แก้วกาแฟเบญจรงค์ มีฝาและจานรอง",
        title_en="Benjarong Coffee Cup with Lid and Saucer",
        description_th=(
            "แก้วกาแฟเบญจรงค์ความจุ 250 มล. พร้อมฝาปิดและจานรอง ลายก้านขดสีส้มทอง "
            "ฝาช่วยเก็บความร้อนของเครื่องดื่ม เหมาะเป็นของขวัญเกษียณหรือวันเกิด"
        ),
        description_en=(
            "A 250 ml Benjarong coffee cup with lid and saucer, painted with orange-gold scrolling vines. "
            "The lid keeps drinks hot; a popular retirement or birthday gift."
        ),
        price="890.00",
        stock=16,
        weight_grams=600,
        stars=4,
        selection_year=2022,
        expires_in_days=240,
        standards=(("tcps", "มผช. 13/2546"),),
        motif="bowl",
        colours=("#e67e22", "#2c3e50"),
    ),
    # Thale Noi krajood
    DemoProduct(
        upc="8850004000026",
        producer_key="home-thalenoi-krajood",
        category="household",
        title_th="เสื่อกระจูดทะเลน้อย ทอลายลูกแก้ว 120x180 ซม.",
        title_en="Thale Noi Krajood Mat, Glass-Bead Pattern, 120x180 cm",
        description_th=(
            "เสื่อกระจูดทอมือลายลูกแก้วขนาด 120x180 ซม. สลับสีธรรมชาติกับสีแดงเข้ม เย็นสบายเวลานั่งหรือนอน "
            "ม้วนเก็บได้ เช็ดด้วยผ้าหมาด ๆ และผึ่งลมให้แห้งก่อนเก็บ"
        ),
        description_en=(
            "A 120x180 cm hand-woven krajood mat in the glass-bead pattern, natural fibre alternating with deep red. "
            "Cool to sit or lie on and rolls up for storage. Wipe with a damp cloth and air-dry before rolling."
        ),
        price="850.00",
        stock=15,
        weight_grams=2200,
        stars=4,
        selection_year=2022,
        expires_in_days=-5,
        standards=(("tcps", "มผช. 219/2546"),),
        motif="mat",
        colours=("#c8a96e", "#8e2b2b"),
    ),
    DemoProduct(
        upc="8850004000027",
        producer_key="home-thalenoi-krajood",
        category="household",
        title_th="กระเป๋าโท้ทกระจูด สายหนังแท้",
        title_en="Krajood Tote Bag with Leather Handles",
        description_th=(
            "กระเป๋าทรงโท้ทสานกระจูดแน่น ขนาด 38x30x12 ซม. บุผ้าฝ้ายด้านใน มีช่องซิปเล็ก สายหนังวัวแท้ "
            "ใส่ของไปทำงานหรือไปทะเลได้ หลีกเลี่ยงการตากฝนและเก็บในที่แห้ง"
        ),
        description_en=(
            "A tightly woven krajood tote, 38x30x12 cm, lined in cotton with a small zip pocket and genuine cowhide handles. "
            "Good for work or the beach; keep it out of the rain and store somewhere dry."
        ),
        price="590.00",
        stock=40,
        weight_grams=550,
        stars=5,
        selection_year=2024,
        expires_in_days=750,
        standards=(("tcps", "มผช. 219/2546"),),
        motif="bag",
        colours=("#d8c08f", "#6b4226"),
    ),
    DemoProduct(
        upc="8850004000028",
        producer_key="home-thalenoi-krajood",
        category="household",
        title_th="คลัทช์กระจูดย้อมคราม ทรงซองจดหมาย",
        title_en="Indigo-Dyed Krajood Envelope Clutch",
        description_th=(
            "คลัทช์ทรงซองจดหมายขนาด 28x18 ซม. สานจากกระจูดย้อมครามสลับสีธรรมชาติ ปิดด้วยกระดุมแม่เหล็ก "
            "ใส่โทรศัพท์ กระเป๋าสตางค์ และเครื่องสำอางได้พอดี"
        ),
        description_en=(
            "An envelope clutch, 28x18 cm, woven from indigo-dyed and natural krajood with a magnetic snap. "
            "Fits a phone, wallet and make-up."
        ),
        price="290.00",
        stock=50,
        weight_grams=250,
        stars=4,
        selection_year=2024,
        expires_in_days=580,
        standards=(("tcps", "มผช. 219/2546"),),
        motif="bag",
        colours=("#2b4c7e", "#d6c29a"),
    ),
    DemoProduct(
        upc="8850004000029",
        producer_key="home-thalenoi-krajood",
        category="household",
        title_th="แผ่นรองจานกระจูด ทรงกลม ชุด 6 ผืน",
        title_en="Round Krajood Placemats, Set of 6",
        description_th=(
            "แผ่นรองจานกระจูดทรงกลมเส้นผ่านศูนย์กลาง 35 ซม. หกผืน ขอบเย็บกันลุ่ย "
            "ช่วยกันความร้อนจากจานบนโต๊ะ เช็ดคราบด้วยผ้าชุบน้ำบิดหมาด"
        ),
        description_en=(
            "Six round krajood placemats, 35 cm across, with stitched edges that won't fray. "
            "They protect the table from hot plates; wipe spills with a well-wrung damp cloth."
        ),
        price="240.00",
        stock=55,
        weight_grams=900,
        stars=4,
        selection_year=2022,
        expires_in_days=170,
        standards=(("tcps", "มผช. 219/2546"),),
        motif="mat",
        colours=("#e3cf9f", "#556b2f"),
    ),
    # Yan lipao basketry
    DemoProduct(
        upc="8850004000030",
        producer_key="home-tharua-lipao",
        category="household",
        title_th="กระเป๋าถือย่านลิเภา ลายดอกพิกุล ประดับเงิน",
        title_en="Yan Lipao Handbag, Pikul Pattern, Silver Clasp",
        description_th=(
            "กระเป๋าถือทรงกล่องสานย่านลิเภาเส้นละเอียดบนโครงหวาย ลายดอกพิกุลรอบใบ ขนาด 22x14x9 ซม. ตัวล็อกเงินแกะลาย "
            "ใช้เวลาสานกว่าหนึ่งเดือน ยิ่งใช้ยิ่งขึ้นเงาสีน้ำตาลเข้ม เก็บในถุงผ้าที่ให้มาเมื่อไม่ใช้งาน"
        ),
        description_en=(
            "A box handbag of finely drawn yan lipao fern woven over rattan, with a pikul-flower pattern all round, 22x14x9 cm, "
            "closed by an engraved silver clasp. It takes more than a month to weave and darkens to a deep glossy brown with use. "
            "Keep it in the cloth bag provided when not in use."
        ),
        price="7800.00",
        stock=2,
        weight_grams=900,
        stars=5,
        selection_year=2024,
        expires_in_days=860,
        standards=(("tcps", "มผช. 185/2546"),),
        motif="bag",
        colours=("#4a3423", "#b08d57"),
    ),
    DemoProduct(
        upc="8850004000031",
        producer_key="home-tharua-lipao",
        category="household",
        title_th="กล่องใส่เครื่องประดับย่านลิเภา ทรงหกเหลี่ยม",
        title_en="Hexagonal Yan Lipao Jewellery Box",
        description_th=(
            "กล่องหกเหลี่ยมสานย่านลิเภาสลับหวายสีอ่อนเป็นลายดอกจัน ขนาดกว้าง 12 ซม. สูง 8 ซม. ด้านในบุผ้าไหม "
            "ใส่แหวน ต่างหู หรือสร้อยคอ เป็นของขวัญที่เก็บได้นานหลายสิบปี"
        ),
        description_en=(
            "A hexagonal box woven in yan lipao with pale rattan forming a star-flower pattern, 12 cm wide and 8 cm high, lined "
            "with silk. For rings, earrings and necklaces; a gift that lasts for decades."
        ),
        price="2900.00",
        stock=5,
        weight_grams=420,
        stars=5,
        selection_year=2022,
        expires_in_days=330,
        standards=(("tcps", "มผช. 185/2546"),),
        motif="box",
        colours=("#3b2f2f", "#c7a27c"),
    ),
    DemoProduct(
        upc="8850004000032",
        producer_key="home-tharua-lipao",
        category="household",
        title_th="ตะกร้าย่านลิเภาใบเล็ก หูหิ้วหวาย",
        title_en="Small Yan Lipao Basket with Rattan Handle",
        description_th=(
            "ตะกร้าทรงกลมขนาด 15 ซม. สานย่านลิเภาลายขัดแน่น หูหิ้วหวายขดโค้ง "
            "ใช้ใส่ดอกไม้ไหว้พระ ขนมมงคล หรือของชิ้นเล็กบนโต๊ะ"
        ),
        description_en=(
            "A 15 cm round basket in tight plain-weave yan lipao with a curved rattan handle. "
            "For temple flowers, auspicious sweets or small things on a desk."
        ),
        price="1800.00",
        stock=6,
        weight_grams=380,
        stars=4,
        selection_year=2024,
        expires_in_days=620,
        standards=(("tcps", "มผช. 185/2546"),),
        motif="basket",
        colours=("#5a4030", "#e0c9a6"),
    ),
    # Bang Chao Cha bamboo basketry and lamps
    DemoProduct(
        upc="8850004000033",
        producer_key="home-bangchaocha-bamboo",
        category="household",
        title_th="ตะกร้าไม้ไผ่บางเจ้าฉ่า ทรงกลมมีฝา",
        title_en="Bang Chao Cha Lidded Round Bamboo Basket",
        description_th=(
            "ตะกร้าไม้ไผ่สานลายขัดละเอียด เส้นผ่านศูนย์กลาง 25 ซม. สูง 18 ซม. ฝาปิดสนิท ขอบพันหวาย ทาแล็กเกอร์ใส "
            "ใช้ใส่ผลไม้ ขนมปิกนิก หรือเก็บของในบ้าน เช็ดด้วยผ้าแห้ง"
        ),
        description_en=(
            "A finely woven bamboo basket, 25 cm across and 18 cm tall, with a snug lid, rattan-bound rim and clear lacquer. "
            "For fruit, picnic snacks or tidy storage; wipe with a dry cloth."
        ),
        price="680.00",
        stock=26,
        weight_grams=750,
        stars=5,
        selection_year=2024,
        expires_in_days=800,
        standards=(("tcps", "มผช. 6/2546"),),
        motif="basket",
        colours=("#c9a25e", "#7a5230"),
    ),
    DemoProduct(
        upc="8850004000034",
        producer_key="home-bangchaocha-bamboo",
        category="household",
        title_th="กระเป๋าถือไม้ไผ่สานลงรัก ทรงกล่อง",
        title_en="Lacquered Woven Bamboo Box Handbag",
        description_th=(
            "กระเป๋าถือทรงกล่องสานไม้ไผ่ลายสอง ลงรักสีดำทับหลายชั้นจนผิวเงางาม ขนาด 24x15x10 ซม. "
            "บุผ้าด้านใน หูจับไม้ ใช้ออกงานหรือเป็นของขวัญ"
        ),
        description_en=(
            "A box handbag in twill-woven bamboo finished with several coats of black lacquer to a deep shine, 24x15x10 cm, "
            "fabric-lined with a wooden handle. For evenings out or as a gift."
        ),
        price="1200.00",
        stock=12,
        weight_grams=650,
        stars=4,
        selection_year=2024,
        expires_in_days=670,
        standards=(("tcps", "มผช. 6/2546"),),
        motif="bag",
        colours=("#1c1c1c", "#a0522d"),
    ),
    DemoProduct(
        upc="8850004000035",
        producer_key="home-bangchaocha-bamboo",
        category="household",
        title_th="โคมไฟแขวนไม้ไผ่สาน ทรงกระบอก 45 ซม.",
        title_en="Woven Bamboo Pendant Lamp, Cylinder, 45 cm",
        description_th=(
            "โคมไฟแขวนทรงกระบอกสูง 45 ซม. สานไม้ไผ่ลายตาหกโปร่ง แสงลอดเป็นลายสวยบนเพดาน "
            "เหมาะกับห้องอาหาร คาเฟ่ และรีสอร์ต มีสายไฟและขั้ว E27 ใช้หลอด LED"
        ),
        description_en=(
            "A 45 cm cylindrical pendant in open hexagonal-weave bamboo that scatters patterned light across the ceiling. "
            "Suits dining rooms, cafés and resorts; supplied with cable and E27 socket for an LED bulb."
        ),
        price="850.00",
        stock=18,
        weight_grams=1200,
        stars=4,
        selection_year=2022,
        expires_in_days=280,
        standards=(("tcps", "มผช. 6/2546"),),
        motif="lamp",
        colours=("#d9b26f", "#fff4d6"),
    ),
    DemoProduct(
        upc="8850004000036",
        producer_key="home-bangchaocha-bamboo",
        category="household",
        title_th="โคมไฟตั้งโต๊ะไม้ไผ่สาน ขนาดเล็ก",
        title_en="Small Woven Bamboo Table Lamp",
        description_th=(
            "โคมไฟตั้งโต๊ะทรงน้ำเต้าสูง 28 ซม. สานไม้ไผ่เส้นกลาง ฐานไม้ยางพารา "
            "ให้แสงสลัวเหมาะข้างเตียง ใช้หลอด LED ไม่เกิน 5 วัตต์"
        ),
        description_en=(
            "A gourd-shaped table lamp, 28 cm tall, woven from medium bamboo strips on a rubberwood base. "
            "A soft bedside glow; use an LED bulb of up to 5 W."
        ),
        price="390.00",
        stock=20,
        weight_grams=800,
        stars=3,
        selection_year=2022,
        expires_in_days=300,
        standards=(),
        motif="lamp",
        colours=("#b88a4a", "#f7e1a8"),
    ),
    # Aranyik knives
    DemoProduct(
        upc="8850004000037",
        producer_key="home-aranyik-knife",
        category="household",
        title_th="มีดอีโต้อรัญญิก 8 นิ้ว ด้ามไม้มะขาม",
        title_en="Aranyik Machete Knife, 8 in., Tamarind Handle",
        description_th=(
            "มีดอีโต้ใบยาว 8 นิ้ว ตีจากเหล็กแหนบด้วยมือ ชุบแข็งจนคมทน ด้ามไม้มะขามกลึงจับกระชับ "
            "ใช้สับกระดูก ผ่ามะพร้าว หรือตัดกิ่งไม้ในสวน เช็ดให้แห้งและทาน้ำมันบาง ๆ หลังใช้เพื่อกันสนิม"
        ),
        description_en=(
            "An 8-inch chopping knife hand-forged from leaf-spring steel and hardened for a lasting edge, with a turned tamarind "
            "handle that sits firmly in the hand. Chops bone, splits coconuts and clears garden branches. Dry it and wipe with a "
            "little oil after use to prevent rust."
        ),
        price="650.00",
        stock=25,
        weight_grams=700,
        stars=4,
        selection_year=2024,
        expires_in_days=590,
        standards=(("tis", "มอก. 1136-2536"),),
        motif="silverware",
        colours=("#6d7278", "#7b4a2a"),
    ),
    DemoProduct(
        upc="8850004000038",
        producer_key="home-aranyik-knife",
        category="household",
        title_th="มีดปอกผลไม้อรัญญิก ชุด 3 เล่ม",
        title_en="Aranyik Fruit Knives, Set of 3",
        description_th=(
            "มีดปอกผลไม้ใบยาว 3, 4 และ 5 นิ้ว เหล็กกล้าตีมือ ลับคมสองหน้า ด้ามไม้ประดู่ "
            "ใช้ปอก คว้าน และแกะสลักผลไม้ในครัว ไม่ควรใส่เครื่องล้างจาน"
        ),
        description_en=(
            "Three hand-forged steel fruit knives with 3, 4 and 5 inch blades, double-bevel edges and padauk handles. "
            "For peeling, coring and carving fruit; keep them out of the dishwasher."
        ),
        price="390.00",
        stock=40,
        weight_grams=420,
        stars=4,
        selection_year=2022,
        expires_in_days=200,
        standards=(("tis", "มอก. 1136-2536"),),
        motif="silverware",
        colours=("#8a8f96", "#5e2f1b"),
    ),
    DemoProduct(
        upc="8850004000039",
        producer_key="home-aranyik-knife",
        category="household",
        title_th="มีดเชฟอรัญญิก 9 นิ้ว พร้อมฝักไม้สัก",
        title_en="Aranyik Chef's Knife, 9 in., with Teak Sheath",
        description_th=(
            "มีดเชฟใบยาว 9 นิ้ว เหล็กกล้าคาร์บอนตีพับ ผิวใบมีลายค้อนจากการตีมือ คมบางหั่นผักและเนื้อได้เรียบ "
            "มาพร้อมฝักไม้สักและหินลับมีดขนาดเล็ก ล้างด้วยมือและเช็ดแห้งทันทีหลังใช้"
        ),
        description_en=(
            "A 9-inch chef's knife in folded carbon steel with a hammered finish from the forge and a thin edge that slices "
            "vegetables and meat cleanly. Comes with a teak sheath and a small whetstone. Hand wash and dry immediately."
        ),
        price="1500.00",
        stock=10,
        weight_grams=900,
        stars=5,
        selection_year=2024,
        expires_in_days=870,
        standards=(("tis", "มอก. 1136-2536"),),
        motif="silverware",
        colours=("#4b4f54", "#9c6b3c"),
    ),
    # Wat Lamut water hyacinth
    DemoProduct(
        upc="8850004000040",
        producer_key="home-watlamut-hyacinth",
        category="household",
        title_th="ตะกร้าผ้าผักตบชวา มีฝา สูง 50 ซม.",
        title_en="Water Hyacinth Laundry Basket with Lid, 50 cm",
        description_th=(
            "ตะกร้าผ้าทรงสูง 50 ซม. ถักเปียผักตบชวาแน่นบนโครงเหล็กกันสนิม มีฝาและหูจับสองข้าง "
            "ใส่ผ้าที่ใช้แล้ว ผ้าห่ม หรือของเล่นเด็ก ตั้งในที่อากาศถ่ายเท ไม่ควรวางในห้องน้ำที่เปียกตลอด"
        ),
        description_en=(
            "A 50 cm tall laundry basket of tightly braided water hyacinth over a rust-proof frame, with lid and two handles. "
            "Holds laundry, blankets or toys. Keep it somewhere airy rather than in a constantly wet bathroom."
        ),
        price="790.00",
        stock=20,
        weight_grams=2400,
        stars=4,
        selection_year=2024,
        expires_in_days=540,
        standards=(("tcps", "มผช. 2/2546"),),
        motif="basket",
        colours=("#a68a5b", "#4e3b24"),
    ),
    DemoProduct(
        upc="8850004000041",
        producer_key="home-watlamut-hyacinth",
        category="household",
        title_th="กระเป๋าผักตบชวาทรงถัง หูหนัง",
        title_en="Water Hyacinth Bucket Bag with Leather Straps",
        description_th=(
            "กระเป๋าทรงถังสานผักตบชวาลายเปีย ขนาด 30x28 ซม. ซับในผ้าฝ้ายรูดเชือก สายหนังปรับความยาวได้ "
            "น้ำหนักเบา ใส่ของได้เยอะ เหมาะกับการเที่ยวตลาดและชายทะเล"
        ),
        description_en=(
            "A bucket bag in braided water hyacinth, 30x28 cm, with a drawstring cotton lining and adjustable leather strap. "
            "Light but roomy, made for markets and the seaside."
        ),
        price="650.00",
        stock=35,
        weight_grams=600,
        stars=5,
        selection_year=2024,
        expires_in_days=710,
        standards=(("tcps", "มผช. 2/2546"),),
        motif="bag",
        colours=("#bfa274", "#3e2a1a"),
    ),
    DemoProduct(
        upc="8850004000042",
        producer_key="home-watlamut-hyacinth",
        category="household",
        title_th="ที่รองแก้วผักตบชวา ชุด 6 ชิ้น",
        title_en="Water Hyacinth Coasters, Set of 6",
        description_th=(
            "ที่รองแก้วทรงกลมขนาด 10 ซม. ขดผักตบชวาเป็นวง หกชิ้นพร้อมกล่องใส่ "
            "ซับน้ำจากแก้วเย็นได้ดี เป็นของฝากราคาประหยัด"
        ),
        description_en=(
            "Six coiled water hyacinth coasters, 10 cm across, with a holder. "
            "They soak up condensation from cold glasses; an affordable souvenir."
        ),
        price="120.00",
        stock=80,
        weight_grams=300,
        stars=2,
        selection_year=2022,
        expires_in_days=220,
        standards=(),
        motif="mat",
        colours=("#b39b6b", "#6f8f3a"),
    ),
    # Laem Ngop coconut shell
    DemoProduct(
        upc="8850004000043",
        producer_key="home-laemngop-coconut",
        category="household",
        title_th="ชามกะลามะพร้าว พร้อมช้อนไม้ ชุด 2 ใบ",
        title_en="Coconut Shell Bowls with Wooden Spoons, Set of 2",
        description_th=(
            "ชามกะลามะพร้าวแท้สองใบ ความจุราว 400 มล. ขัดเรียบและเคลือบน้ำมันมะพร้าวสกัดเย็น พร้อมช้อนไม้มะพร้าว "
            "ใส่สมูทตี้โบวล์ สลัด หรือขนม ไม่ควรใส่อาหารร้อนจัด ล้างด้วยมือและทาน้ำมันมะพร้าวเมื่อผิวดูแห้ง"
        ),
        description_en=(
            "Two real coconut shell bowls of about 400 ml, sanded smooth and finished with cold-pressed coconut oil, with coconut "
            "wood spoons. For smoothie bowls, salads and snacks, but not very hot food. Hand wash and re-oil when the surface looks "
            "dry."
        ),
        price="350.00",
        stock=60,
        weight_grams=450,
        stars=4,
        selection_year=2024,
        expires_in_days=650,
        standards=(("tcps", "มผช. 128/2546"),),
        motif="bowl",
        colours=("#6b4423", "#e8d3b0"),
    ),
    DemoProduct(
        upc="8850004000044",
        producer_key="home-laemngop-coconut",
        category="household",
        title_th="โคมไฟกะลามะพร้าวฉลุลาย แขวนระเบียง",
        title_en="Pierced Coconut Shell Hanging Lantern",
        description_th=(
            "โคมไฟแขวนทำจากกะลามะพร้าวสองซีกประกบกัน เจาะรูฉลุเป็นลายดาวและคลื่นทะเล สูงราว 18 ซม. "
            "แสงที่ลอดออกมาสร้างบรรยากาศอบอุ่นบนระเบียงหรือสวน มีขั้วหลอด E14 และสายไฟ 2 ม."
        ),
        description_en=(
            "A hanging lantern of two coconut shell halves, drilled with star and wave patterns, about 18 cm tall. "
            "The dappled light warms up a balcony or garden; supplied with an E14 socket and 2 m cable."
        ),
        price="790.00",
        stock=15,
        weight_grams=650,
        stars=4,
        selection_year=2022,
        expires_in_days=360,
        standards=(("tcps", "มผช. 128/2546"),),
        motif="lamp",
        colours=("#4a2e19", "#ffcc66"),
    ),
)
