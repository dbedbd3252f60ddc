"""Demo catalogue: textiles and garments (ผ้าและเครื่องแต่งกาย)."""

from marketplace.demo.records import DemoProducer, DemoProduct

PRODUCERS: tuple[DemoProducer, ...] = (
    DemoProducer(
        key="textile-surin-khwao-mudmee",
        name_th="กลุ่มทอผ้าไหมมัดหมี่บ้านเขวาสินรินทร์",
        name_en="Ban Khwao Sinarin Mudmee Silk Weaving Group",
        producer_type="community_group",
        province_code="TH-32",
        district_th="เขวาสินรินทร์",
        district_en="Khwao Sinarin",
        subdistrict_th="เขวาสินรินทร์",
        subdistrict_en="Khwao Sinarin",
        story_th=(
            "แม่บ้านกว่า 40 ครัวเรือนในหมู่บ้านรวมตัวกันเลี้ยงไหม สาวไหม และทอผ้าใต้ถุนบ้านหลังฤดูเก็บเกี่ยว "
            "ลวดลายมัดหมี่ของกลุ่มสืบทอดจากผ้าโฮลและผ้าสมปักปูมของชาวเขมรสุรินทร์ที่ยายทวดเคยทอถวายเจ้าเมือง "
            "ทุกผืนมัดหมี่ด้วยมือและทอบนกี่พื้นบ้าน ผืนหนึ่งใช้เวลาตั้งแต่สองสัปดาห์ไปจนถึงหลายเดือน"
        ),
        story_en=(
            "More than forty households in the village raise silkworms, reel the thread and weave under their stilt houses once the rice harvest is in. "
            "The group's ikat patterns come down from the hol and sompak poom silks that Khmer-Surin grandmothers once wove for the town's rulers. "
            "Every piece is tied by hand and woven on a wooden village loom, taking anywhere from two weeks to several months."
        ),
        phone="086-555-1234",
    ),
    DemoProducer(
        key="textile-kalasin-phon-praewa",
        name_th="กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        name_en="Ban Phon Praewa Silk Weaving Group",
        producer_type="community_group",
        province_code="TH-46",
        district_th="คำม่วง",
        district_en="Kham Muang",
        subdistrict_th="โพน",
        subdistrict_en="Phon",
        story_th=(
            "บ้านโพนเป็นหมู่บ้านชาวผู้ไทที่ได้ชื่อว่าเป็นต้นตำรับผ้าไหมแพรวา ราชินีแห่งไหมไทย "
            "ช่างทอจกลวดลายทีละเส้นด้วยปลายนิ้ว ผ้าสไบผืนหนึ่งอาจมีมากกว่า 20 ลายในผืนเดียว "
            "กลุ่มรับสมาชิกรุ่นใหม่มาฝึกทอทุกปี เพื่อให้ลายโบราณกว่าร้อยลายไม่สูญหายไปจากหมู่บ้าน"
        ),
        story_en=(
            "Ban Phon is a Phu Tai village known as the home of praewa, often called the queen of Thai silks. "
            "Weavers pick up each supplementary thread with their fingertips, and a single sabai shawl can hold more than twenty motifs. "
            "Every year the group takes on young apprentices so that the village's hundred-plus old patterns are not lost."
        ),
        phone="081-555-2417",
    ),
    DemoProducer(
        key="textile-pakthongchai-silk",
        name_th="บริษัท ไหมงามปักธงชัย จำกัด",
        name_en="Mai Ngam Pak Thong Chai Co., Ltd.",
        producer_type="sme",
        province_code="TH-30",
        district_th="ปักธงชัย",
        district_en="Pak Thong Chai",
        subdistrict_th="เมืองปัก",
        subdistrict_en="Mueang Pak",
        story_th=(
            "ธุรกิจครอบครัวที่เริ่มจากกี่ทอผ้าสองหลังในตลาดปักธงชัยเมื่อกว่าสามสิบปีก่อน ปัจจุบันทำงานร่วมกับช่างทอในหมู่บ้านรอบอำเภอกว่า 60 คน "
            "บริษัทดูแลตั้งแต่คัดเส้นไหม ย้อมสี ไปจนถึงตรวจผ้าทุกม้วนก่อนส่งขาย "
            "ผ้าไหมยกดอกและผ้าไหมหางกระรอกของปักธงชัยเป็นที่นิยมสำหรับตัดชุดไทยและชุดทำงาน"
        ),
        story_en=(
            "A family business that started with two looms in the Pak Thong Chai market more than thirty years ago and now works with over sixty weavers in the surrounding villages. "
            "The company handles everything from sorting the silk yarn and dyeing to inspecting every bolt before it is sold. "
            "Pak Thong Chai brocade and shot 'squirrel-tail' silk are favourites for Thai formal dress and office wear."
        ),
        phone="089-555-3082",
    ),
    DemoProducer(
        key="textile-sakon-donkoi-indigo",
        name_th="วิสาหกิจชุมชนครามธรรมชาติบ้านดอนกอย",
        name_en="Ban Don Koi Natural Indigo Community Enterprise",
        producer_type="community_group",
        province_code="TH-47",
        district_th="พรรณานิคม",
        district_en="Phanna Nikhom",
        subdistrict_th="พรรณา",
        subdistrict_en="Phanna",
        story_th=(
            "สมาชิกปลูกต้นครามเองในนาหลังบ้าน แช่ใบครามทำเนื้อคราม แล้วก่อหม้อครามด้วยน้ำด่างขี้เถ้าตามวิธีของแม่เฒ่า "
            "หม้อครามแต่ละใบต้องเลี้ยงดูทุกวันเหมือนสิ่งมีชีวิต ผ้าหนึ่งผืนต้องจุ่มย้อมซ้ำนับสิบครั้งกว่าจะได้สีน้ำเงินเข้ม "
            "ผ้าครามสกลนครจึงมีกลิ่นและเฉดสีเฉพาะตัวที่ไม่มีผืนไหนเหมือนกัน"
        ),
        story_en=(
            "Members grow their own indigo plants beside the rice fields, ferment the leaves into paste and build dye vats with wood-ash lye, as their grandmothers did. "
            "Each vat is fed and tended daily like a living thing, and a cloth is dipped a dozen times or more before it reaches a deep blue. "
            "That is why Sakon Nakhon indigo has its own smell and shade, and no two pieces are quite alike."
        ),
        phone="084-555-7719",
    ),
    DemoProducer(
        key="textile-hatsiao-thongpoon",
        name_th="ร้านผ้าซิ่นตีนจกแม่ทองพูน หาดเสี้ยว",
        name_en="Mae Thongpoon Teen Jok, Hat Siao",
        producer_type="single_owner",
        province_code="TH-64",
        district_th="ศรีสัชนาลัย",
        district_en="Si Satchanalai",
        subdistrict_th="หาดเสี้ยว",
        subdistrict_en="Hat Siao",
        story_th=(
            "แม่ทองพูนเป็นชาวไทพวนหาดเสี้ยว หัดจกผ้าตั้งแต่อายุสิบขวบจากแม่และยาย และทอผ้ามาแล้วกว่าห้าสิบปี "
            "เธอยังใช้ลายโบราณของหาดเสี้ยว เช่น ลายมนสิบหก ลายเครือน้อย และลายนกคู่ โดยจกทีละลายด้วยขนเม่น "
            "ทุกวันนี้ลูกสาวและหลานช่วยขายผ้าและเล่าเรื่องผ้าให้ลูกค้าฟัง"
        ),
        story_en=(
            "Mae Thongpoon is a Tai Phuan woman from Hat Siao who learned to pick teen jok patterns from her mother and grandmother at ten, and has woven for over fifty years. "
            "She still works the old Hat Siao designs, such as mon sip hok, khruea noi and nok khu, picking each motif with a porcupine quill. "
            "Today her daughter and granddaughter help sell her cloth and tell its stories to customers."
        ),
        phone="087-555-4460",
    ),
    DemoProducer(
        key="textile-nan-nongbua-tailue",
        name_th="กลุ่มทอผ้าฝ้ายไทลื้อบ้านหนองบัว",
        name_en="Ban Nong Bua Tai Lue Cotton Weaving Group",
        producer_type="community_group",
        province_code="TH-55",
        district_th="ท่าวังผา",
        district_en="Tha Wang Pha",
        subdistrict_th="ป่าคา",
        subdistrict_en="Pa Kha",
        story_th=(
            "ชาวไทลื้อบ้านหนองบัวอพยพมาจากสิบสองปันนาเมื่อราวสองร้อยปีก่อน และนำวิชาทอผ้าลายน้ำไหลติดตัวมาด้วย "
            "กลุ่มปั่นฝ้ายพื้นเมืองเองบางส่วนและย้อมด้วยเปลือกไม้ ใบไม้ และครั่งจากป่ารอบหมู่บ้าน "
            "นักท่องเที่ยวที่มาชมจิตรกรรมฝาผนังวัดหนองบัวมักแวะดูแม่ ๆ ทอผ้าที่โรงทอของกลุ่ม"
        ),
        story_en=(
            "The Tai Lue of Ban Nong Bua came from Sipsongpanna about two hundred years ago, bringing the lai nam lai 'flowing water' weave with them. "
            "The group still hand-spins some of its local cotton and dyes with bark, leaves and lac from the forest around the village. "
            "Visitors who come to see the murals at Wat Nong Bua often stop at the group's weaving shed to watch the women at work."
        ),
        phone="085-555-6301",
    ),
    DemoProducer(
        key="textile-phrae-thunghong-morhom",
        name_th="บริษัท หม้อห้อมทุ่งโฮ้ง จำกัด",
        name_en="Thung Hong Mor Hom Co., Ltd.",
        producer_type="sme",
        province_code="TH-54",
        district_th="เมืองแพร่",
        district_en="Mueang Phrae",
        subdistrict_th="ทุ่งโฮ้ง",
        subdistrict_en="Thung Hong",
        story_th=(
            "บ้านทุ่งโฮ้งเป็นแหล่งผลิตเสื้อหม้อห้อมที่ชาวนาภาคเหนือใส่ทำงานมาหลายชั่วคน "
            "บริษัทตัดเย็บเสื้อผ้าฝ้ายในโรงงานเล็ก ๆ แล้วส่งให้ครอบครัวช่างย้อมในหมู่บ้านย้อมด้วยห้อมที่หมักเองในโอ่ง "
            "รายได้กระจายสู่ช่างเย็บและช่างย้อมกว่า 30 ครอบครัวในตำบล"
        ),
        story_en=(
            "Ban Thung Hong is where the mor hom work shirt, worn by northern farmers for generations, is made. "
            "The company cuts and sews cotton garments in a small workshop, then sends them to dyeing families in the village who ferment their own hom indigo in clay jars. "
            "The income is shared among more than thirty sewing and dyeing families in the subdistrict."
        ),
        phone="082-555-9145",
    ),
    DemoProducer(
        key="textile-phuket-kathu-batik",
        name_th="บริษัท อันดามันบาติกกะทู้ จำกัด",
        name_en="Andaman Batik Kathu Co., Ltd.",
        producer_type="sme",
        province_code="TH-83",
        district_th="กะทู้",
        district_en="Kathu",
        subdistrict_th="กะทู้",
        subdistrict_en="Kathu",
        story_th=(
            "เริ่มจากสตูดิโอเพ้นท์ผ้าเล็ก ๆ ในอดีตเมืองเหมืองแร่ดีบุกกะทู้ ปัจจุบันมีช่างเขียนเทียนและช่างลงสีที่เป็นคนในท้องถิ่น 15 คน "
            "ลวดลายได้แรงบันดาลใจจากทะเลอันดามัน ปะการัง ดอกไม้ และตึกชิโนโปรตุกีสของเมืองภูเก็ต "
            "ทุกผืนเขียนเทียนด้วยจันติ้งและลงสีด้วยพู่กันทีละส่วน"
        ),
        story_en=(
            "It began as a small painting studio in Kathu, the old tin-mining town, and now employs fifteen local wax and colour artists. "
            "The designs draw on the Andaman Sea, its corals and flowers, and the Sino-Portuguese shophouses of Phuket Town. "
            "Every piece is waxed with a canting pen and coloured section by section with a brush."
        ),
        phone="083-555-2208",
    ),
    DemoProducer(
        key="textile-pattani-bana-batik",
        name_th="ร้านบาติกก๊ะซารีฟะห์ บานา",
        name_en="Kak Sarifah Batik, Bana",
        producer_type="single_owner",
        province_code="TH-94",
        district_th="เมืองปัตตานี",
        district_en="Mueang Pattani",
        subdistrict_th="บานา",
        subdistrict_en="Bana",
        story_th=(
            "ก๊ะซารีฟะห์เรียนการทำบาติกแบบพิมพ์บล็อกและเขียนเทียนจากญาติฝั่งกลันตัน แล้วกลับมาเปิดร้านที่บ้านริมอ่าวปัตตานี "
            "เธอยังฟื้นผ้าจวนตานี ผ้าไหมมัดหมี่โบราณของเมืองปัตตานี โดยศึกษาลายจากผ้าเก่าในพิพิธภัณฑ์และของสะสมในครอบครัว "
            "ผ้าของร้านขายทั้งในตลาดนัดชุมชนและส่งให้ลูกค้าประจำทั่วภาคใต้"
        ),
        story_en=(
            "Kak Sarifah learned block-printed and hand-drawn batik from relatives in Kelantan, then came home to open a workshop by Pattani Bay. "
            "She has also revived juan tani, the old silk ikat of Pattani, studying patterns from museum pieces and family heirlooms. "
            "Her cloth sells at the community market and to regular customers all over the South."
        ),
        phone="093-555-5127",
    ),
    DemoProducer(
        key="textile-sarakham-yaisamorn-khit",
        name_th="ร้านผ้าขิดยายสมร ขามเรียง",
        name_en="Yai Samorn Khit Weaving, Kham Riang",
        producer_type="single_owner",
        province_code="TH-44",
        district_th="กันทรวิชัย",
        district_en="Kantharawichai",
        subdistrict_th="ขามเรียง",
        subdistrict_en="Kham Riang",
        story_th=(
            "ยายสมรทอผ้าขิดมาตั้งแต่สาว ๆ ทั้งขิดสำหรับหมอนขวาน ผ้าห่ม และผ้าไหมลายสร้อยดอกหมาก ผ้าประจำจังหวัดมหาสารคาม "
            "หลังเกษียณจากงานในนา ยายเปิดใต้ถุนบ้านเป็นร้านเล็ก ๆ ให้นักศึกษาและนักท่องเที่ยวแวะมาดูการเก็บขิดบนกี่ "
            "หลานชายช่วยถ่ายรูปและรับออร์เดอร์ออนไลน์"
        ),
        story_en=(
            "Yai Samorn has woven khit since she was a girl: khit for triangle pillows, blankets and the soi dok mak silk that is Maha Sarakham's provincial cloth. "
            "Since retiring from the rice fields she has turned the space under her house into a small shop where students and visitors can watch her pick khit patterns on the loom. "
            "Her grandson takes the photos and handles online orders."
        ),
        phone="080-555-3391",
    ),
    DemoProducer(
        key="textile-loei-chiangkhan-cotton",
        name_th="บริษัท เชียงคานฝ้ายทอมือ จำกัด",
        name_en="Chiang Khan Handwoven Cotton Co., Ltd.",
        producer_type="sme",
        province_code="TH-42",
        district_th="เชียงคาน",
        district_en="Chiang Khan",
        subdistrict_th="เชียงคาน",
        subdistrict_en="Chiang Khan",
        story_th=(
            "เชียงคานริมแม่น้ำโขงขึ้นชื่อเรื่องผ้าห่มนวมฝ้ายที่ดีดฝ้ายและเย็บด้วยมือ บริษัทรับฝ้ายจากเกษตรกรในอำเภอและจ้างช่างเย็บในชุมชนกว่า 20 คน "
            "หน้าหนาวนักท่องเที่ยวที่มาเดินถนนคนเดินเชียงคานมักซื้อผ้าห่มนวมกลับบ้านเป็นของฝาก"
        ),
        story_en=(
            "Chiang Khan, on the Mekong, is known for cotton quilts whose batting is fluffed and stitched by hand. "
            "The company buys cotton from farmers in the district and employs more than twenty seamstresses in the community. "
            "In the cool season, visitors strolling Chiang Khan's walking street often take a quilt home as a souvenir."
        ),
        phone="088-555-0672",
    ),
    DemoProducer(
        key="textile-nongkhai-nammong-mudmee",
        name_th="ร้านผ้ามัดหมี่ฝ้ายแม่บัวไข น้ำโมง",
        name_en="Mae Bua Khai Mudmee Cotton, Nam Mong",
        producer_type="single_owner",
        province_code="TH-43",
        district_th="ท่าบ่อ",
        district_en="Tha Bo",
        subdistrict_th="น้ำโมง",
        subdistrict_en="Nam Mong",
        story_th=(
            "บ้านน้ำโมงเป็นหมู่บ้านทอผ้าฝ้ายมัดหมี่ที่มีชื่อของหนองคาย แม่บัวไขทอผ้ามากว่าสี่สิบปีและยังมัดหมี่เองทุกลำ "
            "เธอเลือกย้อมสีธรรมชาติจากครั่ง แก่นขนุน และคราม เพราะสีนุ่มตาและไม่ระคายผิว"
        ),
        story_en=(
            "Ban Nam Mong is one of Nong Khai's best-known villages for mudmee cotton. Mae Bua Khai has woven for over forty years and still ties every ikat bundle herself. "
            "She dyes with lac, jackfruit heartwood and indigo because the colours are soft on the eye and gentle on the skin."
        ),
        phone="095-555-8824",
    ),
)

PRODUCTS: tuple[DemoProduct, ...] = (
    # --- Surin mudmee silk -------------------------------------------------
    DemoProduct(
        upc="8850003000001",
        producer_key="textile-surin-khwao-mudmee",
        category="textile",
        title_th="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม ผืนซิ่น 2 เมตร",
        title_en="Surin Mudmee Silk, Khom Lantern Pattern, 2 m Sarong Length",
        description_th=(
            "ผ้าไหมแท้ทอมือจากบ้านเขวาสินรินทร์ มัดหมี่ลายโคมแบบดั้งเดิม ย้อมสีแดงครั่งสลับทอง "
            "ขนาดประมาณ 1 x 2 เมตร เหมาะตัดผ้าถุงหรือชุดไทย "
            "ควรซักแห้ง หรือซักมือด้วยแชมพูอ่อน ๆ ในน้ำเย็น และผึ่งในที่ร่ม"
        ),
        description_en=(
            "Pure handwoven silk from Ban Khwao Sinarin, tied in the traditional khom (lantern) mudmee ikat pattern in lac red and gold. "
            "About 1 x 2 m, enough for a wrap skirt or a Thai-style outfit. "
            "Dry clean, or hand wash in cold water with mild shampoo and dry in the shade."
        ),
        price="3800.00",
        stock=8,
        weight_grams=420,
        stars=5,
        selection_year=2024,
        expires_in_days=720,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#7b1e3a", "#d4a017"),
    ),
    DemoProduct(
        upc="8850003000002",
        producer_key="textile-surin-khwao-mudmee",
        category="textile",
        title_th="ผ้าไหมโฮล สุรินทร์ มัดหมี่เส้นพุ่ง โทนเขียวเหลือบแดง",
        title_en="Surin Hol Silk, Weft Ikat in Green Shot with Red",
        description_th=(
            "ผ้าโฮลเป็นผ้าไหมมัดหมี่ของชาวเขมรสุรินทร์ ลวดลายเป็นริ้วเล็ก ๆ ไล่ระดับสลับสีอย่างประณีต "
            "ทอด้วยไหมน้อยเส้นเล็ก เนื้อผ้าแน่นแต่พลิ้ว ขนาด 1 x 2 เมตร "
            "เหมาะสำหรับงานพิธีหรือเก็บสะสม"
        ),
        description_en=(
            "Hol is the mudmee silk of the Khmer people of Surin, with fine graduated stripes of alternating colour. "
            "Woven from fine inner-cocoon silk, it is dense yet drapes softly; 1 x 2 m. "
            "A piece for ceremonies or for collectors of Thai ikat."
        ),
        price="6500.00",
        stock=4,
        weight_grams=450,
        stars=5,
        selection_year=2024,
        expires_in_days=800,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#1f5c3a", "#a8322d"),
    ),
    DemoProduct(
        upc="8850003000003",
        producer_key="textile-surin-khwao-mudmee",
        category="textile",
        title_th="ผ้าพันคอไหมมัดหมี่สุรินทร์ ลายขอ สีเขียวหัวเป็ด",
        title_en="Surin Mudmee Silk Scarf, Kho Hook Pattern, Teal",
        description_th=(
            "ผ้าพันคอผ้าไหมทอมือ มัดหมี่ลายขอ สีเขียวหัวเป็ดตัดครีม ขนาด 40 x 180 เซนติเมตร มีชายครุยทั้งสองด้าน "
            "น้ำหนักเบา ใส่ได้ทั้งในห้องแอร์และหน้าหนาว เป็นของขวัญที่สื่อถึงเมืองสุรินทร์ได้ดี"
        ),
        description_en=(
            "A handwoven silk scarf in the kho (hook) mudmee pattern, teal with cream, 40 x 180 cm with fringes at both ends. "
            "Light enough for air-conditioned offices and warm enough for the cool season: a gift that says Surin."
        ),
        price="1290.00",
        stock=25,
        weight_grams=110,
        stars=4,
        selection_year=2024,
        expires_in_days=610,
        standards=(("tcps", "มผช. 247/2552"),),
        motif="scarf",
        colours=("#0f5e5a", "#e8d7b0"),
    ),
    DemoProduct(
        upc="8850003000004",
        producer_key="textile-surin-khwao-mudmee",
        category="textile",
        title_th="ผ้าไหมสมปักปูม สุรินทร์ ผ้าโบราณชั้นสูง ทอมือ 3 ตะกอ",
        title_en="Surin Sompak Poom Silk, Royal Ikat, Three-Shaft Handwoven",
        description_th=(
            "ผ้าสมปักปูมเป็นผ้าไหมมัดหมี่ชั้นสูงที่เคยใช้เป็นผ้าพระราชทานแก่ขุนนาง "
            "ทอด้วยเทคนิคสามตะกอ เนื้อผ้าหนาและมีเงา ลวดลายมัดหมี่ละเอียดมาก ใช้เวลาทอกว่าสามเดือนต่อผืน "
            "ขนาด 1 x 3 เมตร ผลิตจำนวนจำกัด พร้อมใบรับรองจากกลุ่ม"
        ),
        description_en=(
            "Sompak poom is the court-grade ikat silk once granted by the king to noblemen. "
            "Woven in three-shaft twill, it is thick and lustrous with extremely fine ikat, and each piece takes over three months. "
            "1 x 3 m, made in small numbers and sold with the group's certificate."
        ),
        price="12000.00",
        stock=2,
        weight_grams=620,
        stars=5,
        selection_year=2022,
        expires_in_days=300,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#5a2a0c", "#b8860b"),
    ),
    DemoProduct(
        upc="8850003000005",
        producer_key="textile-surin-khwao-mudmee",
        category="textile",
        title_th="ผ้าคลุมไหล่ไหมมัดหมี่ ลายนาค สุรินทร์",
        title_en="Surin Mudmee Silk Shawl, Naga Pattern",
        description_th=(
            "ผ้าคลุมไหล่ผ้าไหมมัดหมี่ลายนาคบนพื้นสีม่วงเปลือกมังคุด ขนาด 60 x 200 เซนติเมตร "
            "ใช้คลุมไหล่ในงานพิธีหรือพาดบ่ากับชุดผ้าไหม ควรซักแห้ง"
        ),
        description_en=(
            "A mudmee silk shawl with the naga serpent pattern on a mangosteen-purple ground, 60 x 200 cm. "
            "Wear it over the shoulders at ceremonies or with a silk outfit. Dry clean only."
        ),
        price="2450.00",
        stock=6,
        weight_grams=180,
        stars=5,
        selection_year=2019,
        expires_in_days=-365,
        standards=(("tcps", "มผช. 247/2552"),),
        motif="scarf",
        colours=("#4a1c40", "#c9a227"),
    ),
    # --- Kalasin praewa silk -----------------------------------------------
    DemoProduct(
        upc="8850003000006",
        producer_key="textile-kalasin-phon-praewa",
        category="textile",
        title_th="ผ้าไหมแพรวากาฬสินธุ์ ผ้าสไบ ลายดอกแก้ว สีแดงครั่ง",
        title_en="Kalasin Praewa Silk Sabai Shawl, Dok Kaeo Pattern, Lac Red",
        description_th=(
            "ผ้าสไบไหมแพรวาจากบ้านโพน อำเภอคำม่วง จกลายดอกแก้วสลับลายนาคด้วยไหมสีทอง เหลือง และเขียว บนพื้นแดงครั่ง "
            "ขนาด 40 x 200 เซนติเมตร ทอเต็มผืนด้วยมือ ใช้เวลาทอราวหนึ่งเดือน "
            "เก็บโดยม้วนในถุงผ้า หลีกเลี่ยงแสงแดดจัด"
        ),
        description_en=(
            "A praewa silk sabai from Ban Phon, Kham Muang, with dok kaeo flowers and naga motifs picked in gold, yellow and green on a lac-red ground. "
            "40 x 200 cm, fully hand-patterned, about a month on the loom. "
            "Store rolled in a cloth bag away from strong sunlight."
        ),
        price="4500.00",
        stock=7,
        weight_grams=160,
        stars=5,
        selection_year=2024,
        expires_in_days=700,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="scarf",
        colours=("#9b111e", "#f2c14e"),
    ),
    DemoProduct(
        upc="8850003000007",
        producer_key="textile-kalasin-phon-praewa",
        category="textile",
        title_th="ผ้าไหมแพรวา ผืนใหญ่ ลายเต็มผืน 1 x 2 เมตร บ้านโพน",
        title_en="Praewa Silk Grand Piece, All-Over Pattern, 1 x 2 m, Ban Phon",
        description_th=(
            "ผ้าไหมแพรวาผืนใหญ่ลายเต็มผืน รวมลายโบราณของชาวผู้ไทกว่า 30 ลาย ทอด้วยไหมไทยพันธุ์พื้นเมือง "
            "ช่างทอสองคนช่วยกันทอนานเกือบสี่เดือน เหมาะสำหรับตัดชุดงานพิธีหรือใส่กรอบประดับบ้าน"
        ),
        description_en=(
            "A full-width praewa silk patterned edge to edge with more than thirty old Phu Tai motifs, woven from native Thai silk. "
            "Two weavers worked on it for almost four months. Made for a ceremonial outfit or for framing as a wall piece."
        ),
        price="12000.00",
        stock=1,
        weight_grams=480,
        stars=5,
        selection_year=2024,
        expires_in_days=820,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#8e1b5c", "#e3b23c"),
    ),
    DemoProduct(
        upc="8850003000008",
        producer_key="textile-kalasin-phon-praewa",
        category="textile",
        title_th="ผ้าพันคอไหมแพรวา โทนคราม กาฬสินธุ์",
        title_en="Kalasin Praewa Silk Scarf in Indigo Tones",
        description_th=(
            "ผ้าพันคอไหมแพรวาพื้นสีน้ำเงินคราม จกลายดาวและลายขอเป็นแถบที่ปลายทั้งสองด้าน ขนาด 30 x 170 เซนติเมตร "
            "ดีไซน์เรียบ ใส่ได้ทุกวัน ซักมือเบา ๆ ในน้ำเย็น ห้ามบิด"
        ),
        description_en=(
            "A praewa silk scarf on an indigo-blue ground, with bands of star and hook motifs at each end; 30 x 170 cm. "
            "Understated enough for everyday wear. Hand wash gently in cold water; do not wring."
        ),
        price="1850.00",
        stock=14,
        weight_grams=90,
        stars=4,
        selection_year=2022,
        expires_in_days=250,
        standards=(("tcps", "มผช. 247/2552"),),
        motif="scarf",
        colours=("#1f3a6b", "#f0d58c"),
    ),
    DemoProduct(
        upc="8850003000009",
        producer_key="textile-kalasin-phon-praewa",
        category="textile",
        title_th="กระเป๋าคลัตช์ผ้าไหมแพรวา กาฬสินธุ์",
        title_en="Kalasin Praewa Silk Clutch Bag",
        description_th=(
            "กระเป๋าคลัตช์ตัดเย็บจากผ้าไหมแพรวาทอมือ ซับในผ้าฝ้าย มีซิปและสายคล้องมือถอดได้ ขนาด 26 x 14 เซนติเมตร "
            "ลายจกแต่ละใบต่างกันเล็กน้อยตามผืนผ้า เหมาะถือออกงานหรือเป็นของขวัญ"
        ),
        description_en=(
            "A clutch made from handwoven praewa silk, lined with cotton, with a zip and a detachable wrist strap; 26 x 14 cm. "
            "The pattern varies slightly from bag to bag with the cloth it is cut from. For evenings out, or as a gift."
        ),
        price="1200.00",
        stock=20,
        weight_grams=220,
        stars=4,
        selection_year=2024,
        expires_in_days=540,
        standards=(("tcps", "มผช. 257/2553"),),
        motif="bag",
        colours=("#6b0f1a", "#d9a441"),
    ),
    DemoProduct(
        upc="8850003000010",
        producer_key="textile-kalasin-phon-praewa",
        category="textile",
        title_th="เนคไทผ้าไหมแพรวา ลายขอ สีม่วง",
        title_en="Praewa Silk Necktie, Kho Pattern, Purple",
        description_th=(
            "เนคไทผ้าไหมแพรวาทอมือ ลายขอสีทองบนพื้นม่วงเข้ม กว้าง 8 เซนติเมตร ยาว 145 เซนติเมตร "
            "บรรจุในกล่องกระดาษสาพร้อมให้เป็นของขวัญ ควรซักแห้ง"
        ),
        description_en=(
            "A handwoven praewa silk tie with gold hook motifs on deep purple, 8 cm wide and 145 cm long. "
            "Comes in a mulberry-paper gift box. Dry clean only."
        ),
        price="890.00",
        stock=30,
        weight_grams=70,
        stars=4,
        selection_year=2022,
        expires_in_days=180,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="garment",
        colours=("#2e1a47", "#c8a951"),
    ),
    # --- Pak Thong Chai silk -----------------------------------------------
    DemoProduct(
        upc="8850003000011",
        producer_key="textile-pakthongchai-silk",
        category="textile",
        title_th="ผ้าไหมยกดอกปักธงชัย สีเขียวมรกต ตัดชุด 4 หลา",
        title_en="Pak Thong Chai Brocade Silk, Emerald Green, 4 Yards",
        description_th=(
            "ผ้าไหมยกดอกทอมือจากปักธงชัย นครราชสีมา ลายดอกพิกุลยกด้วยไหมทองบนพื้นเขียวมรกต หน้ากว้าง 1 เมตร ยาว 4 หลา "
            "พอสำหรับตัดชุดไทยจิตรลดาหรือชุดผ้าไหมทำงาน ผ่านการตรวจคุณภาพทุกม้วน แนะนำซักแห้ง"
        ),
        description_en=(
            "Handwoven brocade silk from Pak Thong Chai, Nakhon Ratchasima, with pikul flowers raised in gold silk on emerald green; 1 m wide, 4 yards long. "
            "Enough for a Chitralada-style Thai dress or a silk work suit. Every bolt is inspected; dry clean recommended."
        ),
        price="5900.00",
        stock=10,
        weight_grams=650,
        stars=5,
        selection_year=2024,
        expires_in_days=760,
        standards=(("tcps", "มผช. 15/2555"), ("tis", "มอก. 2346-2550")),
        motif="fabric",
        colours=("#006a4e", "#d4af37"),
    ),
    DemoProduct(
        upc="8850003000012",
        producer_key="textile-pakthongchai-silk",
        category="textile",
        title_th="ผ้าไหมมัดหมี่ปักธงชัย ลายดอกสะแบง 4 หลา โทนม่วงลาเวนเดอร์",
        title_en="Pak Thong Chai Mudmee Silk, Dok Sabaeng Pattern, 4 Yards, Lavender",
        description_th=(
            "ผ้าไหมมัดหมี่ลายดอกสะแบงแบบโคราช ย้อมไล่เฉดม่วงเข้มถึงลาเวนเดอร์ หน้ากว้าง 1 เมตร ยาว 4 หลา "
            "เนื้อผ้านุ่ม ไม่หนาเกินไป ตัดได้ทั้งกระโปรง เสื้อ และชุดเดรส"
        ),
        description_en=(
            "Mudmee ikat silk in the Korat dok sabaeng pattern, dyed from deep purple to lavender; 1 m wide, 4 yards long. "
            "Soft and medium weight, suitable for skirts, blouses or a dress."
        ),
        price="3200.00",
        stock=12,
        weight_grams=600,
        stars=4,
        selection_year=2024,
        expires_in_days=650,
        standards=(("tcps", "มผช. 15/2555"), ("tis", "มอก. 2346-2550")),
        motif="fabric",
        colours=("#3b0a45", "#9c6ade"),
    ),
    DemoProduct(
        upc="8850003000013",
        producer_key="textile-pakthongchai-silk",
        category="textile",
        title_th="เสื้อเชิ้ตผ้าไหมชาย แขนยาว ปักธงชัย สีกรมท่า",
        title_en="Men's Long-Sleeve Thai Silk Shirt, Pak Thong Chai, Navy",
        description_th=(
            "เสื้อเชิ้ตผู้ชายตัดจากผ้าไหมพื้นเรียบทอมือของปักธงชัย สีกรมท่า กระดุมกะลามะพร้าว มีไซซ์ S ถึง XXL "
            "ใส่ทำงานหรือไปงานเลี้ยงได้ ซักแห้งหรือซักมือน้ำเย็น รีดด้วยไฟอ่อนด้านใน"
        ),
        description_en=(
            "A men's shirt tailored from plain handwoven Pak Thong Chai silk in navy, with coconut-shell buttons, sizes S to XXL. "
            "Smart enough for work or a dinner. Dry clean or cold hand wash; iron inside out on low heat."
        ),
        price="2590.00",
        stock=18,
        weight_grams=260,
        stars=4,
        selection_year=2022,
        expires_in_days=210,
        standards=(("tcps", "มผช. 273/2555"),),
        motif="garment",
        colours=("#1c2e4a", "#8aa1c1"),
    ),
    DemoProduct(
        upc="8850003000014",
        producer_key="textile-pakthongchai-silk",
        category="textile",
        title_th="ผ้าไหมหางกระรอก ปักธงชัย สีน้ำตาลทอง 4 หลา",
        title_en="Pak Thong Chai Squirrel-Tail Shot Silk, Bronze, 4 Yards",
        description_th=(
            "ผ้าไหมหางกระรอกทอจากเส้นไหมตีเกลียวสองสี ทำให้ผ้ามีประกายเหลือบเหมือนขนหางกระรอก "
            "โทนน้ำตาลทองเหลือบเทา หน้ากว้าง 1 เมตร ยาว 4 หลา เหมาะตัดชุดสุภาพ"
        ),
        description_en=(
            "Hang krarok silk is woven from two-colour twisted yarn, giving it a shimmer like a squirrel's tail. "
            "Bronze shot with grey; 1 m wide, 4 yards long, for formal tailoring."
        ),
        price="2800.00",
        stock=9,
        weight_grams=580,
        stars=4,
        selection_year=2019,
        expires_in_days=-200,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#4d4d3a", "#b59b6a"),
    ),
    # --- Sakon Nakhon indigo -----------------------------------------------
    DemoProduct(
        upc="8850003000015",
        producer_key="textile-sakon-donkoi-indigo",
        category="textile",
        title_th="ผ้าฝ้ายย้อมครามสกลนคร มัดหมี่ลายดอกแก้ว 2 เมตร",
        title_en="Sakon Nakhon Indigo Cotton, Dok Kaeo Mudmee, 2 m",
        description_th=(
            "ผ้าฝ้ายทอมือย้อมครามธรรมชาติจากบ้านดอนกอย ครามเป็นสีธรรมชาติจากต้นครามที่ปลูกเอง ย้อมซ้ำกว่า 10 ครั้ง "
            "มัดหมี่ลายดอกแก้วสีขาวบนพื้นน้ำเงินเข้ม ขนาด 1 x 2 เมตร "
            "ซักครั้งแรกแยกกับผ้าอื่น สีจะนุ่มและสวยขึ้นเมื่อใช้ไปนาน ๆ"
        ),
        description_en=(
            "Handwoven cotton dyed with natural indigo from Ban Don Koi, made from indigo plants the group grows itself and dipped more than ten times. "
            "White dok kaeo mudmee ikat on deep blue, 1 x 2 m. "
            "Wash separately the first time; the colour softens beautifully with use."
        ),
        price="1650.00",
        stock=22,
        weight_grams=380,
        stars=5,
        selection_year=2024,
        expires_in_days=680,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="fabric",
        colours=("#1b2a49", "#e6e9f0"),
    ),
    DemoProduct(
        upc="8850003000016",
        producer_key="textile-sakon-donkoi-indigo",
        category="textile",
        title_th="เสื้อเชิ้ตผ้าฝ้ายย้อมคราม แขนยาว คอจีน สกลนคร",
        title_en="Sakon Nakhon Indigo Cotton Shirt, Long Sleeve, Mandarin Collar",
        description_th=(
            "เสื้อเชิ้ตคอจีนตัดจากผ้าฝ้ายทอมือย้อมครามธรรมชาติ ใส่ได้ทั้งชายและหญิง ระบายอากาศดี เหมาะกับอากาศร้อน "
            "มีไซซ์ M, L, XL (รอบอก 42/46/50 นิ้ว) ซักมือด้วยน้ำยาซักผ้าสูตรอ่อน ตากในร่ม"
        ),
        description_en=(
            "A mandarin-collar unisex shirt cut from handwoven, naturally indigo-dyed cotton, breathable in hot weather. "
            "Sizes M, L and XL (chest 42/46/50 in). Hand wash with a mild detergent and dry in the shade."
        ),
        price="1290.00",
        stock=35,
        weight_grams=280,
        stars=4,
        selection_year=2024,
        expires_in_days=590,
        standards=(("tcps", "มผช. 273/2555"),),
        motif="garment",
        colours=("#243b6b", "#f4f1e8"),
    ),
    DemoProduct(
        upc="8850003000017",
        producer_key="textile-sakon-donkoi-indigo",
        category="textile",
        title_th="ผ้าพันคอฝ้ายมัดย้อมคราม สกลนคร",
        title_en="Indigo Tie-Dyed Cotton Scarf, Sakon Nakhon",
        description_th=(
            "ผ้าพันคอผ้าฝ้ายเนื้อบางมัดย้อมครามเป็นลายวงกลมและริ้วคลื่น ขนาด 50 x 180 เซนติเมตร "
            "ลายของแต่ละผืนเกิดจากการมัดด้วยมือ จึงไม่ซ้ำกัน ซักแยกสีในครั้งแรก"
        ),
        description_en=(
            "A light cotton scarf tie-dyed in indigo with circles and wave-like ripples, 50 x 180 cm. "
            "Each is bound by hand, so no two patterns are the same. Wash separately the first time."
        ),
        price="490.00",
        stock=60,
        weight_grams=95,
        stars=4,
        selection_year=2022,
        expires_in_days=150,
        standards=(("tcps", "มผช. 247/2552"),),
        motif="scarf",
        colours=("#2d4e8a", "#cfe0f3"),
    ),
    DemoProduct(
        upc="8850003000018",
        producer_key="textile-sakon-donkoi-indigo",
        category="textile",
        title_th="ผ้าไหมย้อมครามสกลนคร มัดหมี่ลายนาคน้อย 2 เมตร",
        title_en="Sakon Nakhon Indigo-Dyed Silk, Nak Noi Mudmee, 2 m",
        description_th=(
            "ผ้าไหมทอมือย้อมครามธรรมชาติ มัดหมี่ลายนาคน้อย เนื้อไหมเงางามตัดกับสีน้ำเงินครามเข้ม "
            "ขนาด 1 x 2 เมตร เหมาะตัดผ้าถุงหรือชุดทำงาน ซักแห้งเพื่อรักษาสีและความเงา"
        ),
        description_en=(
            "Handwoven silk dyed with natural indigo, tied in the nak noi (little naga) mudmee pattern, the sheen of the silk set against deep indigo blue. "
            "1 x 2 m, for a wrap skirt or workwear. Dry clean to keep the colour and lustre."
        ),
        price="4200.00",
        stock=6,
        weight_grams=400,
        stars=5,
        selection_year=2024,
        expires_in_days=870,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#0b1f3a", "#7a9cc6"),
    ),
    DemoProduct(
        upc="8850003000019",
        producer_key="textile-sakon-donkoi-indigo",
        category="textile",
        title_th="กระเป๋าสะพายข้างผ้าฝ้ายย้อมคราม สายหนังแท้",
        title_en="Indigo Cotton Crossbody Bag with Leather Strap",
        description_th=(
            "กระเป๋าสะพายข้างจากผ้าฝ้ายทอมือย้อมคราม แต่งขอบและสายด้วยหนังแท้สีน้ำตาล มีช่องซิปด้านใน "
            "ขนาด 24 x 20 x 6 เซนติเมตร ใส่โทรศัพท์ กระเป๋าสตางค์ และของจำเป็นได้พอดี"
        ),
        description_en=(
            "A crossbody bag in handwoven indigo cotton, trimmed with tan leather, with an inner zip pocket. "
            "24 x 20 x 6 cm: room for a phone, a wallet and the everyday essentials."
        ),
        price="690.00",
        stock=28,
        weight_grams=320,
        stars=4,
        selection_year=2024,
        expires_in_days=500,
        standards=(("tcps", "มผช. 257/2553"),),
        motif="bag",
        colours=("#1e3050", "#c2a878"),
    ),
    # --- Hat Siao teen jok --------------------------------------------------
    DemoProduct(
        upc="8850003000020",
        producer_key="textile-hatsiao-thongpoon",
        category="textile",
        title_th="ผ้าซิ่นตีนจกหาดเสี้ยว ลายนกคู่ ครบชุดหัว ตัว ตีน",
        title_en="Hat Siao Teen Jok Sarong, Nok Khu Twin Birds, Complete Set",
        description_th=(
            "ผ้าซิ่นตีนจกไทพวนหาดเสี้ยว สุโขทัย ครบทั้งหัวซิ่น ตัวซิ่นลายขวาง และตีนจกลายนกคู่ จกด้วยไหมสีแดง เหลือง และเขียวบนพื้นดำ "
            "ตัวซิ่นเป็นผ้าฝ้ายผสมไหม เย็บสำเร็จเป็นผ้าถุง ยาว 100 เซนติเมตร รอบเอว 90 เซนติเมตร "
            "ควรซักแห้งและเก็บแบบม้วน"
        ),
        description_en=(
            "A Tai Phuan teen jok sarong from Hat Siao, Sukhothai, with waistband, horizontally striped body and a jok hem of twin birds in red, yellow and green silk on black. "
            "Cotton-silk body, sewn into a tube skirt 100 cm long with a 90 cm waist. "
            "Dry clean and store rolled."
        ),
        price="8500.00",
        stock=3,
        weight_grams=550,
        stars=5,
        selection_year=2024,
        expires_in_days=740,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="garment",
        colours=("#7f1d1d", "#f0c419"),
    ),
    DemoProduct(
        upc="8850003000021",
        producer_key="textile-hatsiao-thongpoon",
        category="textile",
        title_th="ผ้าซิ่นตีนจกลายมนสิบหก หาดเสี้ยว สุโขทัย",
        title_en="Hat Siao Teen Jok Sarong, Mon Sip Hok Pattern, Sukhothai",
        description_th=(
            "ลายมนสิบหกเป็นลายตีนจกโบราณที่ถือเป็นลายครูของหาดเสี้ยว จกด้วยมือทีละเส้นตลอดแนวตีนซิ่น "
            "ตัวซิ่นผ้าฝ้ายย้อมสีธรรมชาติโทนน้ำตาลส้ม ยาว 105 เซนติเมตร "
            "เหมาะสำหรับผู้สะสมผ้าทอและใส่ในงานบุญ"
        ),
        description_en=(
            "Mon sip hok is one of the oldest Hat Siao hem patterns, the one every weaver learns as a master design, picked thread by thread along the whole hem. "
            "The body is naturally dyed cotton in warm brown and orange, 105 cm long. "
            "For collectors of handwoven textiles and for wearing to temple festivals."
        ),
        price="6800.00",
        stock=2,
        weight_grams=520,
        stars=5,
        selection_year=2022,
        expires_in_days=200,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="garment",
        colours=("#2b1b17", "#e07a2e"),
    ),
    DemoProduct(
        upc="8850003000022",
        producer_key="textile-hatsiao-thongpoon",
        category="textile",
        title_th="ตีนจกหาดเสี้ยว ลายเครือน้อย สำหรับต่อซิ่น",
        title_en="Hat Siao Teen Jok Hem Panel, Khruea Noi Pattern",
        description_th=(
            "ผืนตีนจกลายเครือน้อยสำหรับนำไปต่อกับผ้าซิ่นหรือตัดเป็นชายกระโปรง ขนาด 25 x 180 เซนติเมตร "
            "จกด้วยไหมบนพื้นฝ้ายสีแดงเข้ม ใช้ตกแต่งชุดหรือใส่กรอบติดผนังก็สวย"
        ),
        description_en=(
            "A teen jok hem panel in the khruea noi (little vine) pattern, 25 x 180 cm, ready to be sewn onto a sarong or a skirt. "
            "Silk supplementary weft on deep red cotton; also lovely framed on a wall."
        ),
        price="2900.00",
        stock=5,
        weight_grams=150,
        stars=4,
        selection_year=2024,
        expires_in_days=460,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="fabric",
        colours=("#5b1a18", "#e9c46a"),
    ),
    # --- Nan Tai Lue cotton --------------------------------------------------
    DemoProduct(
        upc="8850003000023",
        producer_key="textile-nan-nongbua-tailue",
        category="textile",
        title_th="ผ้าซิ่นไทลื้อน่าน ลายน้ำไหล ผ้าฝ้ายทอมือ",
        title_en="Nan Tai Lue Sarong, Lai Nam Lai Flowing Water, Handwoven Cotton",
        description_th=(
            "ผ้าซิ่นลายน้ำไหลของชาวไทลื้อบ้านหนองบัว อำเภอท่าวังผา ทอด้วยเทคนิคเกาะล้วงเป็นริ้วคดเคี้ยวเหมือนสายน้ำ "
            "โทนแดงเขียวดำแบบดั้งเดิม เย็บสำเร็จ ยาว 100 เซนติเมตร ซักมือแยกสี"
        ),
        description_en=(
            "A lai nam lai sarong by the Tai Lue of Ban Nong Bua, Tha Wang Pha, woven in the interlocking tapestry technique into zigzags like running water. "
            "Traditional red, green and black; sewn, 100 cm long. Hand wash separately."
        ),
        price="1450.00",
        stock=15,
        weight_grams=380,
        stars=5,
        selection_year=2024,
        expires_in_days=690,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="garment",
        colours=("#a4161a", "#0b6e4f"),
    ),
    DemoProduct(
        upc="8850003000024",
        producer_key="textile-nan-nongbua-tailue",
        category="textile",
        title_th="ผ้าฝ้ายทอมือน่าน ลายตาโก้ง หน้ากว้าง 90 ซม. ยาว 3 เมตร",
        title_en="Nan Handwoven Cotton, Ta Kong Check, 90 cm x 3 m",
        description_th=(
            "ผ้าฝ้ายทอมือเนื้อแน่นลายตาโก้งแบบไทลื้อ สีครีมตัดน้ำตาลจากเปลือกประดู่ หน้ากว้าง 90 เซนติเมตร ยาว 3 เมตร "
            "นำไปตัดเสื้อ กางเกง หรือทำผ้าม่านและผ้าปูโต๊ะได้ ผ้าฝ้ายอาจหดเล็กน้อย ควรซักน้ำก่อนตัดเย็บ"
        ),
        description_en=(
            "Dense handwoven cotton in the Tai Lue ta kong check, cream with brown from padauk bark; 90 cm wide, 3 m long. "
            "Good for shirts, trousers, curtains or table linen. Cotton may shrink a little: pre-wash before sewing."
        ),
        price="1100.00",
        stock=20,
        weight_grams=600,
        stars=4,
        selection_year=2024,
        expires_in_days=560,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="fabric",
        colours=("#d8c3a5", "#8d6e63"),
    ),
    DemoProduct(
        upc="8850003000025",
        producer_key="textile-nan-nongbua-tailue",
        category="textile",
        title_th="ผ้าคลุมไหล่ฝ้ายไทลื้อ ย้อมสีธรรมชาติ น่าน",
        title_en="Nan Tai Lue Cotton Shawl, Natural Dyes",
        description_th=(
            "ผ้าคลุมไหล่ผ้าฝ้ายทอมือ ย้อมสีส้มจากแก่นขนุนและสีครีมจากฝ้ายตุ่น ขนาด 55 x 190 เซนติเมตร "
            "ห่มกันหนาวเวลาขึ้นดอยหรือพาดไหล่ในห้องแอร์ เนื้อผ้านุ่มขึ้นหลังซัก"
        ),
        description_en=(
            "A handwoven cotton shawl dyed orange with jackfruit heartwood and left in the cream of natural brown-seed cotton; 55 x 190 cm. "
            "Warm on a trip to the hills, handy in air conditioning, and softer with every wash."
        ),
        price="790.00",
        stock=24,
        weight_grams=210,
        stars=4,
        selection_year=2022,
        expires_in_days=270,
        standards=(("tcps", "มผช. 247/2552"),),
        motif="scarf",
        colours=("#c06014", "#f6e7cb"),
    ),
    DemoProduct(
        upc="8850003000026",
        producer_key="textile-nan-nongbua-tailue",
        category="textile",
        title_th="ย่ามผ้าทอไทลื้อ น่าน ลายดอกจัน",
        title_en="Nan Tai Lue Woven Shoulder Bag (Yam), Dok Chan Pattern",
        description_th=(
            "ย่ามผ้าฝ้ายทอมือแบบไทลื้อ ลายดอกจันสีแดงบนพื้นน้ำเงิน ประดับพู่ไหมพรมที่มุม ขนาด 30 x 32 เซนติเมตร สายยาว 100 เซนติเมตร "
            "แข็งแรง ใส่หนังสือหรือแล็ปท็อปขนาดเล็กได้"
        ),
        description_en=(
            "A Tai Lue yam shoulder bag in handwoven cotton, red dok chan flowers on blue with wool tassels at the corners; 30 x 32 cm, 100 cm strap. "
            "Sturdy enough for books or a small laptop."
        ),
        price="450.00",
        stock=40,
        weight_grams=270,
        stars=4,
        selection_year=2024,
        expires_in_days=420,
        standards=(),
        motif="bag",
        colours=("#9e2a2b", "#1d3557"),
    ),
    # --- Phrae mor hom ---------------------------------------------------------
    DemoProduct(
        upc="8850003000027",
        producer_key="textile-phrae-thunghong-morhom",
        category="textile",
        title_th="เสื้อหม้อห้อมแพร่ คอจีน ผ้าฝ้ายย้อมห้อม",
        title_en="Phrae Mor Hom Shirt, Mandarin Collar, Hom Indigo Cotton",
        description_th=(
            "เสื้อหม้อห้อมจากบ้านทุ่งโฮ้ง จังหวัดแพร่ ตัดจากผ้าฝ้ายย้อมห้อมธรรมชาติสีน้ำเงินเข้มเกือบดำ ทรงคอจีนแขนสั้น มีกระเป๋าหน้า "
            "ไซซ์ S ถึง XXL ซักแยกในสองสามครั้งแรก สีจะค่อย ๆ อ่อนลงอย่างสวยงาม"
        ),
        description_en=(
            "A mor hom shirt from Ban Thung Hong, Phrae, cut from cotton dyed with natural hom indigo to a blue so deep it is almost black; short sleeves, mandarin collar, chest pocket. "
            "Sizes S to XXL. Wash separately the first few times; the colour fades gracefully over time."
        ),
        price="590.00",
        stock=50,
        weight_grams=230,
        stars=4,
        selection_year=2024,
        expires_in_days=630,
        standards=(("tcps", "มผช. 273/2555"),),
        motif="garment",
        colours=("#1b1f3b", "#5c6b8a"),
    ),
    DemoProduct(
        upc="8850003000028",
        producer_key="textile-phrae-thunghong-morhom",
        category="textile",
        title_th="เสื้อหม้อห้อมผู้หญิง ปักมือลายดอกไม้ แพร่",
        title_en="Women's Phrae Mor Hom Blouse, Hand-Embroidered Flowers",
        description_th=(
            "เสื้อผู้หญิงผ้าฝ้ายย้อมห้อม ทรงคอวีแขนสามส่วน ปักมือลายดอกไม้สีชมพูและขาวที่สาบเสื้อ "
            "มีไซซ์ S, M, L, XL ใส่สบาย ระบายอากาศดี ซักมือและกลับด้านก่อนตาก"
        ),
        description_en=(
            "A women's blouse in hom-indigo cotton with a V-neck and three-quarter sleeves, hand-embroidered with pink and white flowers along the placket. "
            "Sizes S, M, L and XL; comfortable and breathable. Hand wash and turn inside out to dry."
        ),
        price="790.00",
        stock=32,
        weight_grams=200,
        stars=5,
        selection_year=2024,
        expires_in_days=710,
        standards=(("tcps", "มผช. 273/2555"),),
        motif="garment",
        colours=("#232f5b", "#e5989b"),
    ),
    DemoProduct(
        upc="8850003000029",
        producer_key="textile-phrae-thunghong-morhom",
        category="textile",
        title_th="ผ้าหม้อห้อมเขียนเทียน ลายดอกฝ้าย 2 เมตร",
        title_en="Mor Hom Wax-Resist Cotton, Cotton Flower Pattern, 2 m",
        description_th=(
            "ผ้าฝ้ายเขียนเทียนลายดอกฝ้ายแล้วย้อมห้อม ได้ลายสีฟ้าอ่อนบนพื้นน้ำเงินคราม ขนาด 1.1 x 2 เมตร "
            "นำไปตัดเสื้อ ทำผ้าปูโต๊ะ หรือผ้าคลุมโซฟา ซักมือแยกสี"
        ),
        description_en=(
            "Cotton drawn with wax in a cotton-flower pattern and dyed in hom indigo, leaving pale blue flowers on deep blue; 1.1 x 2 m. "
            "Use it for a shirt, a tablecloth or a sofa throw. Hand wash separately."
        ),
        price="650.00",
        stock=26,
        weight_grams=340,
        stars=4,
        selection_year=2022,
        expires_in_days=130,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="fabric",
        colours=("#101d42", "#9fb3d9"),
    ),
    DemoProduct(
        upc="8850003000030",
        producer_key="textile-phrae-thunghong-morhom",
        category="textile",
        title_th="กางเกงหม้อห้อมขาก๊วย ผ้าฝ้าย แพร่",
        title_en="Phrae Mor Hom Cotton Fisherman Trousers",
        description_th=(
            "กางเกงขาก๊วยผ้าฝ้ายย้อมห้อม เอวยางยืดพร้อมเชือกผูก มีกระเป๋าข้าง ฟรีไซซ์ รอบเอว 26 ถึง 40 นิ้ว "
            "ใส่สบายทั้งอยู่บ้านและเที่ยว ซักแยกสี"
        ),
        description_en=(
            "Loose cotton trousers dyed in hom indigo, with an elastic and drawstring waist and side pockets; one size, waist 26 to 40 in. "
            "Easy for home or travel. Wash separately."
        ),
        price="450.00",
        stock=45,
        weight_grams=300,
        stars=4,
        selection_year=2022,
        expires_in_days=-10,
        standards=(("tcps", "มผช. 273/2555"),),
        motif="garment",
        colours=("#0d1b2a", "#415a77"),
    ),
    # --- Phuket batik ------------------------------------------------------------
    DemoProduct(
        upc="8850003000031",
        producer_key="textile-phuket-kathu-batik",
        category="textile",
        title_th="ผ้าพันคอไหมบาติกภูเก็ต เขียนเทียนลายปะการัง",
        title_en="Phuket Batik Silk Scarf, Hand-Drawn Coral Design",
        description_th=(
            "ผ้าพันคอผ้าไหมเนื้อบางเขียนเทียนด้วยมือเป็นลายปะการังและปลาการ์ตูน ลงสีฟ้าทะเลอันดามันกับส้มปะการัง "
            "ขนาด 45 x 180 เซนติเมตร บรรจุกล่องของขวัญ ซักแห้งหรือซักมือเบา ๆ"
        ),
        description_en=(
            "A fine silk scarf hand-waxed with coral and clownfish and painted in Andaman blue and coral orange. "
            "45 x 180 cm, in a gift box. Dry clean or hand wash gently."
        ),
        price="890.00",
        stock=30,
        weight_grams=80,
        stars=5,
        selection_year=2024,
        expires_in_days=750,
        standards=(("tcps", "มผช. 9/2555"), ("tis", "มอก. 2612-2557")),
        motif="scarf",
        colours=("#0077b6", "#ff7f50"),
    ),
    DemoProduct(
        upc="8850003000032",
        producer_key="textile-phuket-kathu-batik",
        category="textile",
        title_th="ผ้าปาเต๊ะบาติกภูเก็ต ลายดอกชบา ผ้าฝ้าย 2 เมตร",
        title_en="Phuket Batik Sarong Cloth, Hibiscus Pattern, Cotton, 2 m",
        description_th=(
            "ผ้าปาเต๊ะผ้าฝ้ายเขียนเทียนลายดอกชบาและใบไม้เขตร้อน โทนเขียวทะเลกับส้มอิฐ ขนาด 1.1 x 2 เมตร "
            "นุ่งเป็นผ้าถุง ผ้าชายหาด หรือแขวนตกแต่งผนัง ซักมือแยกสีด้วยน้ำเย็น"
        ),
        description_en=(
            "A cotton batik pateh hand-waxed with hibiscus and tropical leaves in sea green and brick orange; 1.1 x 2 m. "
            "Wear it as a sarong or beach wrap, or hang it on a wall. Hand wash separately in cold water."
        ),
        price="590.00",
        stock=38,
        weight_grams=260,
        stars=4,
        selection_year=2024,
        expires_in_days=480,
        standards=(("tcps", "มผช. 9/2555"),),
        motif="fabric",
        colours=("#2a9d8f", "#e76f51"),
    ),
    DemoProduct(
        upc="8850003000033",
        producer_key="textile-phuket-kathu-batik",
        category="textile",
        title_th="เสื้อเชิ้ตบาติกผ้าฝ้าย ลายทะเลอันดามัน ภูเก็ต",
        title_en="Phuket Batik Cotton Shirt, Andaman Sea Print",
        description_th=(
            "เสื้อเชิ้ตแขนสั้นผ้าฝ้ายบาติกลายคลื่นและเรือหางยาว ทรงตรง ใส่ได้ทั้งชายและหญิง ไซซ์ M ถึง XXL "
            "เหมาะใส่เที่ยวทะเล ซักมือแยกสี"
        ),
        description_en=(
            "A short-sleeved cotton batik shirt printed with waves and longtail boats; straight cut, unisex, sizes M to XXL. "
            "Made for a beach holiday. Hand wash separately."
        ),
        price="750.00",
        stock=20,
        weight_grams=220,
        stars=2,
        selection_year=2022,
        expires_in_days=300,
        standards=(("tcps", "มผช. 273/2555"),),
        motif="garment",
        colours=("#00b4d8", "#ffd166"),
    ),
    # --- Pattani batik and juan tani -----------------------------------------
    DemoProduct(
        upc="8850003000034",
        producer_key="textile-pattani-bana-batik",
        category="textile",
        title_th="ผ้าถุงบาติกปัตตานี ผ้าฝ้าย ลายดอกพิกุล",
        title_en="Pattani Batik Cotton Sarong, Pikul Flower Pattern",
        description_th=(
            "ผ้าถุงผ้าฝ้ายบาติกพิมพ์บล็อกผสมเขียนเทียน ลายดอกพิกุลสีเหลืองบนพื้นม่วง ขนาด 1 x 2 เมตร เย็บเป็นถุงแล้ว "
            "เนื้อผ้านุ่มใส่สบายในอากาศร้อนชื้นของภาคใต้ ซักมือแยกสี"
        ),
        description_en=(
            "A cotton batik sarong, block-printed and hand-waxed with yellow pikul flowers on purple; 1 x 2 m, already sewn into a tube. "
            "Soft and cool in the humid southern heat. Hand wash separately."
        ),
        price="520.00",
        stock=34,
        weight_grams=280,
        stars=4,
        selection_year=2024,
        expires_in_days=520,
        standards=(("tcps", "มผช. 9/2555"),),
        motif="fabric",
        colours=("#6a4c93", "#ffca3a"),
    ),
    DemoProduct(
        upc="8850003000035",
        producer_key="textile-pattani-bana-batik",
        category="textile",
        title_th="ผ้าคลุมผมไหมบาติก ปัตตานี ลายลูกปัด",
        title_en="Pattani Batik Silk Headscarf, Bead Motif",
        description_th=(
            "ผ้าคลุมผมผ้าไหมเนื้อนุ่มเขียนเทียนลายลูกปัดและเถาไม้เลื้อยแบบมลายู โทนม่วงอมเทากับชมพูหม่น "
            "ขนาด 110 x 110 เซนติเมตร ใช้คลุมผมหรือพันคอก็ได้ ซักมือด้วยแชมพู"
        ),
        description_en=(
            "A soft silk headscarf hand-waxed with Malay-style beads and trailing vines in dusky purple and muted pink. "
            "110 x 110 cm, to wear over the hair or around the neck. Hand wash with shampoo."
        ),
        price="1150.00",
        stock=16,
        weight_grams=90,
        stars=5,
        selection_year=2024,
        expires_in_days=660,
        standards=(("tcps", "มผช. 9/2555"),),
        motif="scarf",
        colours=("#5e548e", "#e0b1cb"),
    ),
    DemoProduct(
        upc="8850003000036",
        producer_key="textile-pattani-bana-batik",
        category="textile",
        title_th="ผ้าไหมจวนตานี ปัตตานี มัดหมี่โบราณ ทอมือ",
        title_en="Pattani Juan Tani Silk, Heritage Ikat, Handwoven",
        description_th=(
            "ผ้าจวนตานีเป็นผ้าไหมมัดหมี่ชั้นสูงของเมืองปัตตานีที่เคยส่งไปเป็นเครื่องบรรณาการ "
            "ผืนนี้ทอตามลายเกล็ดปลาและลายดอกพิกุลจากผ้าโบราณ ย้อมแดงครั่งตัดส้ม ขนาด 1 x 2 เมตร ผลิตจำนวนจำกัด"
        ),
        description_en=(
            "Juan tani is the fine silk ikat of old Pattani, once sent as tribute. "
            "This piece follows the fish-scale and pikul-flower designs of antique cloth, dyed lac red with orange; 1 x 2 m, made in small numbers."
        ),
        price="7500.00",
        stock=3,
        weight_grams=430,
        stars=5,
        selection_year=2022,
        expires_in_days=250,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#7d0633", "#f4a259"),
    ),
    # --- Maha Sarakham khit -------------------------------------------------------
    DemoProduct(
        upc="8850003000037",
        producer_key="textile-sarakham-yaisamorn-khit",
        category="textile",
        title_th="ปลอกหมอนอิงผ้าขิด ผ้าฝ้ายทอมือ มหาสารคาม (ชุด 2 ใบ)",
        title_en="Maha Sarakham Khit Cotton Cushion Covers, Set of 2",
        description_th=(
            "ปลอกหมอนอิงผ้าฝ้ายทอขิดลายดอกแก้วและลายขอสีแดงบนพื้นขาว ขนาด 45 x 45 เซนติเมตร มีซิปซ่อนด้านล่าง "
            "ชุดละ 2 ใบ ไม่รวมไส้หมอน ซักเครื่องได้ในถุงซักผ้าด้วยน้ำเย็น"
        ),
        description_en=(
            "Handwoven cotton cushion covers with red khit dok kaeo and hook motifs on white, 45 x 45 cm with a hidden zip. "
            "Set of two, inserts not included. Machine washable in a laundry bag on cold."
        ),
        price="390.00",
        stock=40,
        weight_grams=240,
        stars=4,
        selection_year=2024,
        expires_in_days=440,
        standards=(),
        motif="fabric",
        colours=("#c1121f", "#fdf0d5"),
    ),
    DemoProduct(
        upc="8850003000038",
        producer_key="textile-sarakham-yaisamorn-khit",
        category="textile",
        title_th="หมอนขวานผ้าขิด 10 ช่อง ไส้นุ่น",
        title_en="Khit Cloth Triangle Pillow, 10 Sections, Kapok Filled",
        description_th=(
            "หมอนขวานหรือหมอนสามเหลี่ยมแบบอีสาน หุ้มผ้าฝ้ายทอขิดลายเต็ม 10 ช่อง ยัดไส้นุ่นธรรมชาติแน่น "
            "ขนาด 50 x 30 x 30 เซนติเมตร ใช้พิงหลังหรือวางตกแต่งห้องนั่งเล่น ผึ่งแดดเป็นครั้งคราวเพื่อให้นุ่นฟู"
        ),
        description_en=(
            "The classic Isan triangle pillow, covered in handwoven khit cotton across ten sections and firmly stuffed with natural kapok. "
            "50 x 30 x 30 cm, to lean on or to dress up a living room. Air it in the sun now and then to keep the kapok fluffy."
        ),
        price="650.00",
        stock=12,
        weight_grams=1400,
        stars=4,
        selection_year=2024,
        expires_in_days=390,
        standards=(("tcps", "มผช. 35/2555"),),
        motif="mat",
        colours=("#d62828", "#fcbf49"),
    ),
    DemoProduct(
        upc="8850003000039",
        producer_key="textile-sarakham-yaisamorn-khit",
        category="textile",
        title_th="ผ้าไหมลายสร้อยดอกหมาก มหาสารคาม 2 เมตร",
        title_en="Maha Sarakham Soi Dok Mak Silk, 2 m",
        description_th=(
            "ผ้าไหมมัดหมี่ลายสร้อยดอกหมาก ผ้าอัตลักษณ์ประจำจังหวัดมหาสารคาม ลายคล้ายช่อดอกหมากห้อยระย้า "
            "สีเหลืองทองบนพื้นแดงเลือดหมู ขนาด 1 x 2 เมตร เหมาะตัดชุดผ้าไทยใส่ทำงาน ควรซักแห้ง"
        ),
        description_en=(
            "Mudmee silk in soi dok mak, the signature pattern of Maha Sarakham, named for the hanging blossom sprays of the areca palm. "
            "Golden yellow on oxblood red, 1 x 2 m, ideal for a Thai-silk work outfit. Dry clean recommended."
        ),
        price="3500.00",
        stock=7,
        weight_grams=410,
        stars=5,
        selection_year=2024,
        expires_in_days=780,
        standards=(("tcps", "มผช. 15/2555"),),
        motif="fabric",
        colours=("#e3a018", "#5b2333"),
    ),
    # --- Loei cotton ------------------------------------------------------------------
    DemoProduct(
        upc="8850003000040",
        producer_key="textile-loei-chiangkhan-cotton",
        category="textile",
        title_th="ผ้าห่มนวมฝ้ายเชียงคาน เย็บมือ ขนาด 5 ฟุต",
        title_en="Chiang Khan Hand-Stitched Cotton Quilt, 5 ft",
        description_th=(
            "ผ้าห่มนวมเชียงคาน จังหวัดเลย ไส้ฝ้ายดีดมือ เย็บตรึงด้วยมือทั้งผืน หน้าผ้าฝ้ายพิมพ์ลายดอกสีแดง "
            "ขนาด 150 x 200 เซนติเมตร อุ่นสบายในหน้าหนาว ไม่ควรซักด้วยเครื่อง ผึ่งแดดเป็นประจำ"
        ),
        description_en=(
            "A Chiang Khan quilt from Loei, filled with hand-fluffed cotton and hand-stitched throughout, with a red floral cotton cover. "
            "150 x 200 cm and warm through the cool season. Do not machine wash; air it in the sun regularly."
        ),
        price="890.00",
        stock=15,
        weight_grams=2200,
        stars=4,
        selection_year=2024,
        expires_in_days=600,
        standards=(("tcps", "มผช. 40/2555"),),
        motif="mat",
        colours=("#e63946", "#f1faee"),
    ),
    DemoProduct(
        upc="8850003000041",
        producer_key="textile-loei-chiangkhan-cotton",
        category="textile",
        title_th="ผ้าพันคอฝ้ายทอมือเลย ลายหน้ากากผีตาโขน",
        title_en="Loei Handwoven Cotton Scarf, Phi Ta Khon Mask Motif",
        description_th=(
            "ผ้าพันคอผ้าฝ้ายทอมือสีสันสดใส ลายได้แรงบันดาลใจจากหน้ากากผีตาโขนของอำเภอด่านซ้าย "
            "ขนาด 30 x 160 เซนติเมตร ของที่ระลึกจากจังหวัดเลย ซักมือแยกสี"
        ),
        description_en=(
            "A brightly coloured handwoven cotton scarf inspired by the Phi Ta Khon masks of Dan Sai. "
            "30 x 160 cm, a souvenir of Loei. Hand wash separately."
        ),
        price="350.00",
        stock=50,
        weight_grams=100,
        stars=3,
        selection_year=2022,
        expires_in_days=500,
        standards=(),
        motif="scarf",
        colours=("#ff6b35", "#004e89"),
    ),
    # --- Nong Khai mudmee cotton ------------------------------------------------------
    DemoProduct(
        upc="8850003000042",
        producer_key="textile-nongkhai-nammong-mudmee",
        category="textile",
        title_th="ผ้าฝ้ายมัดหมี่หนองคาย บ้านน้ำโมง ลายนาค 2 เมตร",
        title_en="Nong Khai Mudmee Cotton Ikat, Ban Nam Mong, Naga Pattern, 2 m",
        description_th=(
            "ผ้าฝ้ายมัดหมี่ทอมือจากบ้านน้ำโมง อำเภอท่าบ่อ ลายพญานาคแห่งลุ่มน้ำโขง สีส้มอิฐบนพื้นเทาน้ำเงิน "
            "ขนาด 1 x 2 เมตร เนื้อผ้านุ่ม ใส่สบาย ตัดได้ทั้งเสื้อและผ้าถุง ซักมือแยกสีในครั้งแรก"
        ),
        description_en=(
            "Handwoven mudmee ikat cotton from Ban Nam Mong, Tha Bo, with the naga of the Mekong in brick orange on slate blue. "
            "1 x 2 m, soft and comfortable, for shirts or a wrap skirt. Hand wash separately the first time."
        ),
        price="1350.00",
        stock=18,
        weight_grams=360,
        stars=5,
        selection_year=2024,
        expires_in_days=840,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="fabric",
        colours=("#3d405b", "#e07a5f"),
    ),
    DemoProduct(
        upc="8850003000043",
        producer_key="textile-nongkhai-nammong-mudmee",
        category="textile",
        title_th="ผ้าซิ่นฝ้ายมัดหมี่ย้อมครั่ง น้ำโมง หนองคาย",
        title_en="Lac-Dyed Mudmee Cotton Sarong, Nam Mong, Nong Khai",
        description_th=(
            "ผ้าซิ่นฝ้ายมัดหมี่ย้อมสีธรรมชาติจากครั่ง ได้สีแดงเลือดนกตัดเหลืองจากแก่นขนุน ลายหมี่ขอ "
            "เย็บสำเร็จ ยาว 100 เซนติเมตร รอบเอว 94 เซนติเมตร ซักมือด้วยน้ำเย็น หลีกเลี่ยงแดดจัด"
        ),
        description_en=(
            "A mudmee cotton sarong dyed naturally with lac for a deep crimson and jackfruit heartwood for the yellow, in the mee kho hook pattern. "
            "Sewn, 100 cm long with a 94 cm waist. Hand wash in cold water and keep out of strong sun."
        ),
        price="1650.00",
        stock=9,
        weight_grams=390,
        stars=4,
        selection_year=2022,
        expires_in_days=320,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="garment",
        colours=("#9d0208", "#f4d58d"),
    ),
    DemoProduct(
        upc="8850003000044",
        producer_key="textile-nongkhai-nammong-mudmee",
        category="textile",
        title_th="ผ้าขาวม้าฝ้ายทอมือ ลายตาหมากรุก น้ำโมง",
        title_en="Handwoven Cotton Pha Khao Ma, Checked, Nam Mong",
        description_th=(
            "ผ้าขาวม้าผ้าฝ้ายทอมือลายตาหมากรุกเขียวสลับครีม ขนาด 80 x 180 เซนติเมตร "
            "ใช้ได้สารพัดประโยชน์ ทั้งผ้าเช็ดตัว ผ้าคาดเอว และผ้าปูนั่ง ซับน้ำดี แห้งเร็ว"
        ),
        description_en=(
            "A handwoven cotton pha khao ma in green and cream checks, 80 x 180 cm. "
            "The Thai all-purpose cloth: towel, sash or something to sit on. Absorbent and quick to dry."
        ),
        price="290.00",
        stock=60,
        weight_grams=220,
        stars=3,
        selection_year=2019,
        expires_in_days=450,
        standards=(("tcps", "มผช. 11/2555"),),
        motif="fabric",
        colours=("#386641", "#f2e8cf"),
    ),
)
