"""Demo stories (StoryPage): CDD editors' articles about demo producers and their local wisdom.

Each story names the demo producers (by key) and products (by upc) it features;
``seed_demo`` links them through the story's choosers. Thai first, then English.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoStory:
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


STORIES: tuple[DemoStory, ...] = (
    DemoStory(
        slug="khwao-sinarin-mudmee",
        province_code="TH-32",
        days_ago=6,
        title_th="มัดหมี่เขวาสินรินทร์ ลายผ้าที่ผูกไว้ด้วยความทรงจำ",
        title_en="Khwao Sinarin mudmee: patterns tied from memory",
        intro_th="ใต้ถุนบ้านในอำเภอเขวาสินรินทร์ แม่บ้านยังมัดหมี่ด้วยมือตามลายที่จำมาจากยาย ทุกผืนจึงเป็นทั้งผ้าไหมและความทรงจำของหมู่บ้าน",
        intro_en="Under the stilt houses of Khwao Sinarin, women still tie ikat by hand from patterns their grandmothers taught them: every cloth is silk and village memory at once.",
        body_th=(
            "หลังฤดูเกี่ยวข้าว ใต้ถุนบ้านในอำเภอเขวาสินรินทร์ จังหวัดสุรินทร์ จะได้ยินเสียงกี่ทอผ้าดังเป็นจังหวะแทบทุกหลังคาเรือน ชาวบ้านที่นี่เป็นชาวไทยเชื้อสายเขมรที่ทอผ้าไหมกันมาหลายชั่วอายุคน และยังทำเองทุกขั้นตอน ตั้งแต่เลี้ยงไหม สาวไหม ย้อมสี ไปจนถึงทอเป็นผืน",
            "หัวใจของผ้ามัดหมี่คือการมัด ช่างจะขึงเส้นไหมพุ่งบนโฮงหมี่ แล้วใช้เชือกฟางมัดเป็นช่วงเล็ก ๆ ตามลายที่จำไว้ในใจ ส่วนที่ถูกมัดจะไม่ติดสีเมื่อนำไปย้อม หากต้องการหลายสีก็ต้องแก้มัดแล้วมัดใหม่อีกหลายรอบ ผ้าสมปักปูมบางผืนใช้เวลามัดนานกว่าเวลาทอเสียอีก",
            "ลายโบราณอย่างลายโคม ลายขอ และลายนาค ส่งต่อจากยายถึงหลานโดยไม่มีกระดาษจดลายเลย แม่บ้านหลายคนบอกว่า “ลายอยู่ในมือ” เพราะนิ้วจำได้เองว่าต้องมัดกี่เส้นและเว้นกี่เส้น กลุ่มจึงให้ช่างรุ่นเก่าสอนเด็ก ๆ ทุกวันเสาร์ เพื่อไม่ให้ลายเก่าหายไปพร้อมผู้สูงอายุ",
            "วันนี้ผ้าของกลุ่มได้รับการคัดสรรเป็นสินค้าโอทอประดับห้าดาว และขายออนไลน์ถึงลูกค้าทั่วประเทศ รายได้ที่กลับเข้าหมู่บ้านทำให้คนหนุ่มสาวหลายคนเลือกกลับมาทอผ้าที่บ้าน แทนการเข้าไปทำงานในเมือง",
        ),
        body_en=(
            "Once the rice harvest is in, the space under the stilt houses of Khwao Sinarin, in Surin, fills with the steady knock of wooden looms. The weavers are Khmer-speaking Thais whose families have worked silk for generations, and they still do every step themselves: raising the silkworms, reeling the thread, dyeing it and weaving it by hand.",
            "The heart of mudmee is the tying. A weaver stretches the weft threads across a wooden frame and binds tiny sections with plastic string, following a pattern she carries in her head. The bound parts resist the dye; for every extra colour the ties are cut and tied again. On some sompak poom cloths the tying takes longer than the weaving.",
            "Old designs such as khom (lantern), kho (hook) and nak (naga) pass from grandmother to granddaughter without any paper pattern. “The pattern lives in the hands,” the members say: the fingers remember how many threads to bind and how many to skip. On Saturdays the senior weavers teach the village children, so the old patterns do not disappear with the old weavers.",
            "Today the group's silks are rated five stars in the OTOP Product Champion selection and sell online to customers all over the country. The income that comes back to the village has persuaded several young people to weave at home instead of leaving for jobs in the city.",
        ),
        producer_keys=("textile-surin-khwao-mudmee",),
        product_upcs=("8850003000001", "8850003000004", "8850003000003"),
        colours=("#7a1f3d", "#d9a441"),
        image_alt_th="ภาพวาดหมู่บ้านอีสาน บ้านใต้ถุนสูงริมทุ่งนา โทนสีแดงเลือดหมูและทอง",
        image_alt_en="Drawing of a north-eastern village: stilt houses by the rice fields, in maroon and gold",
    ),
    DemoStory(
        slug="ban-phon-praewa",
        province_code="TH-46",
        days_ago=13,
        title_th="แพรวาบ้านโพน ราชินีแห่งไหมที่เกิดจากปลายนิ้ว",
        title_en="Ban Phon praewa: the queen of silks, picked by fingertip",
        intro_th="ชาวผู้ไทบ้านโพนจกลวดลายแพรวาทีละเส้นด้วยปลายนิ้ว ผ้าสไบผืนเดียวอาจมีมากกว่ายี่สิบลายและใช้เวลาทอนานหลายเดือน",
        intro_en="The Phu Tai weavers of Ban Phon pick every praewa motif thread by thread with their fingertips; one shawl can hold more than twenty patterns and take months to weave.",
        body_th=(
            "ชาวผู้ไทบ้านโพน อำเภอคำม่วง จังหวัดกาฬสินธุ์ มีธรรมเนียมว่าหญิงสาวควรทอผ้าแพรวาให้เป็นก่อนออกเรือน แพรวาแต่เดิมคือผ้าสไบผืนยาวที่ใช้ห่มในงานบุญและงานแต่งงาน พื้นสีแดงครั่งสดสลับลวดลายละเอียดหลายสิบลายในผืนเดียว",
            "ความยากของแพรวาอยู่ที่การจก ช่างทอใช้ปลายนิ้วหรือขนเม่นสะกิดเส้นยืนขึ้นทีละเส้น แล้วสอดไหมสีต่าง ๆ เข้าไปทีละช่องตามลาย ผ้าสไบหนึ่งผืนอาจใช้เวลาทอหนึ่งถึงสามเดือน ช่างที่ชำนาญจำลายได้มากกว่าร้อยลายโดยไม่ต้องดูแบบ",
            "เมื่อหลายสิบปีก่อน แพรวาเกือบหายไปจากหมู่บ้าน เพราะคนหันไปใช้ผ้าจากโรงงาน การฟื้นฟูเริ่มจากแม่เฒ่าไม่กี่คนที่ยังจำลายได้ ทุกวันนี้กลุ่มทอผ้าบ้านโพนรับสมาชิกรุ่นใหม่มาฝึกทอทุกปี และบันทึกลายเก่าไว้บนผ้าตัวอย่างผืนยาวที่เรียกว่าแม่ลาย",
            "ผ้าแพรวาของกลุ่มวันนี้ไม่ได้มีเพียงผ้าสไบ แต่ต่อยอดเป็นผ้าพันคอ เนคไท และกระเป๋า ในโทนสีที่ใช้ได้ทุกวัน โดยยังรักษาการจกแบบดั้งเดิมไว้ครบทุกขั้นตอน",
        ),
        body_en=(
            "In Ban Phon, a Phu Tai village in Kham Muang district of Kalasin, a young woman was expected to weave praewa before she married. Praewa was originally a long sabai shawl worn at temple festivals and weddings: a ground of bright lac red crossed by dozens of fine motifs in a single piece.",
            "What makes praewa hard is the picking. The weaver lifts the warp threads one at a time with a fingertip or a porcupine quill and lays in coloured silk, section by section, following the pattern. One shawl can take one to three months, and an experienced weaver knows more than a hundred motifs by heart.",
            "A few decades ago praewa nearly vanished from the village as people turned to factory cloth. The revival began with a handful of elderly women who still remembered the patterns. Today the Ban Phon weaving group trains new members every year and keeps the old motifs on a long sampler cloth called the mae lai, the 'mother of patterns'.",
            "The group's praewa is no longer only shawls: scarves, neckties and bags come in colours for everyday wear, while every piece is still picked by hand in the traditional way.",
        ),
        producer_keys=("textile-kalasin-phon-praewa",),
        product_upcs=("8850003000006", "8850003000007", "8850003000010"),
        colours=("#b3262d", "#f2c14e"),
        image_alt_th="ภาพวาดหมู่บ้านผู้ไท บ้านไม้หลังคาจั่วกลางทุ่งนา โทนสีแดงครั่ง",
        image_alt_en="Drawing of a Phu Tai village: gabled wooden houses among rice fields, in lac red",
    ),
    DemoStory(
        slug="dan-kwian-clay",
        province_code="TH-30",
        days_ago=20,
        title_th="ดินด่านเกวียน สีสนิมจากริมแม่น้ำมูล",
        title_en="Dan Kwian clay: the colour of the Mun River",
        intro_th="ดินริมแม่น้ำมูลที่มีแร่เหล็กสูงเปลี่ยนเป็นสีสนิมมันวาวในเตาเผา โดยไม่ต้องเคลือบ นี่คือเหตุผลที่ไม่มีเครื่องปั้นด่านเกวียนสองชิ้นไหนเหมือนกัน",
        intro_en="Iron-rich clay from the banks of the Mun River turns a glossy rust-brown in the kiln without any glaze, which is why no two pieces of Dan Kwian pottery look alike.",
        body_th=(
            "ด่านเกวียนในอำเภอโชคชัย จังหวัดนครราชสีมา เคยเป็นจุดพักของกองเกวียนที่ค้าขายระหว่างโคราชกับกัมพูชา พ่อค้าที่หยุดค้างคืนริมแม่น้ำมูลต้องการหม้อ ไห และโอ่งไว้ใช้ ชาวบ้านจึงขุดดินริมน้ำมาปั้นขายตั้งแต่ครั้งนั้น",
            "ดินด่านเกวียนมีแร่เหล็กสูง เมื่อเผาในเตาที่อุณหภูมิราว 1,200 องศาเซลเซียส ผิวดินจะเปลี่ยนเป็นสีสนิมมันวาวไปจนเกือบดำโดยไม่ต้องเคลือบเลย ช่างบอกว่าสีของแต่ละชิ้นขึ้นกับตำแหน่งในเตาและไฟในวันนั้น",
            "งานเด่นของด่านเกวียนคือการฉลุและขูดลายบนดินที่ยังหมาด เป็นลายกนก ลายดอกไม้ และลายเรขาคณิต ช่างต้องทำให้เสร็จก่อนดินแห้ง เพราะดินที่แห้งแล้วจะแตกง่าย โคมไฟดินฉลุหนึ่งใบอาจมีรูเจาะนับพันรู",
            "วันนี้สมาชิก 18 ครัวเรือนใช้เตาเผาร่วมกัน และเปิดลานปั้นให้ผู้มาเยือนลองขึ้นรูปด้วยตัวเอง ใครขับรถตามถนนโคราช–โชคชัยจะเห็นร้านเครื่องปั้นเรียงรายสองข้างทาง",
        ),
        body_en=(
            "Dan Kwian, in Chok Chai district of Nakhon Ratchasima, was once a rest stop for ox-cart caravans trading between Korat and Cambodia. Merchants camping on the Mun River needed pots, jars and water vessels, so the villagers dug the riverbank clay and began to make them.",
            "The clay is rich in iron. Fired at around 1,200 °C it turns a glossy rust-brown, almost black in places, with no glaze at all. The potters say the colour of each piece depends on where it stood in the kiln and how the fire burned that day.",
            "Dan Kwian is best known for pierced and incised decoration cut into leather-hard clay: kranok flames, flowers and geometric bands. The work must be finished before the clay dries, when it becomes brittle, and a single pierced lamp can have a thousand holes.",
            "Today eighteen households share the group's kilns and open their yards to visitors who want to try the wheel. Drive the Korat–Chok Chai road and you will see pottery shops lining both sides.",
        ),
        producer_keys=("home-dankwian-clay",),
        product_upcs=("8850004000001", "8850004000003", "8850004000002"),
        colours=("#8a3b12", "#e0a96d"),
        image_alt_th="ภาพวาดหมู่บ้านริมทุ่ง บ้านใต้ถุนสูงกับต้นตาล ในโทนสีดินเผา",
        image_alt_en="Drawing of a village by the fields: stilt houses and sugar palms in terracotta tones",
    ),
    DemoStory(
        slug="bo-sang-umbrellas",
        province_code="TH-50",
        days_ago=27,
        title_th="ร่มบ่อสร้าง งานมือทุกขั้นตอน ตั้งแต่ซี่ไม้ไผ่ถึงลายดอกไม้",
        title_en="Bo Sang umbrellas: by hand, from bamboo rib to painted flower",
        intro_th="ร่มกระดาษสาหนึ่งคันผ่านมือช่างบ่อสร้างหลายคน ตั้งแต่ผ่าไม้ไผ่ ทำกระดาษจากเปลือกปอสา จนถึงเขียนลายด้วยมือเปล่า",
        intro_en="One mulberry-paper umbrella passes through many hands in Bo Sang: splitting the bamboo, making paper from mulberry bark, and painting it freehand.",
        body_th=(
            "บ้านบ่อสร้าง อำเภอสันกำแพง จังหวัดเชียงใหม่ ทำร่มกระดาษมากว่าร้อยปี เรื่องเล่าในหมู่บ้านบอกว่าพระธุดงค์รูปหนึ่งนำวิธีทำร่มมาจากพม่า แล้วสอนชาวบ้านจนกลายเป็นอาชีพของทั้งหมู่บ้าน",
            "ร่มหนึ่งคันผ่านมือช่างหลายคน เริ่มจากผ่าไม้ไผ่เป็นซี่ กลึงหัวร่มจากไม้ ทำกระดาษสาจากเปลือกต้นปอสา ขึงกระดาษบนโครง ทาน้ำมันหรือยางลูกตะโกให้กันน้ำ แล้วจึงเขียนลายด้วยมือเปล่าโดยไม่ร่างก่อน",
            "ช่างเขียนลายที่ชำนาญวาดดอกไม้ได้ทั้งช่อในเวลาไม่ถึงนาที นักท่องเที่ยวจึงชอบให้ช่างเขียนลายบนเสื้อ กระเป๋า หรือเคสโทรศัพท์กลับไปเป็นของที่ระลึก",
            "ทุกเดือนมกราคม หมู่บ้านจัดเทศกาลร่มบ่อสร้าง มีขบวนแห่ร่ม การประกวดสาวงามถือร่มขี่จักรยาน และร่มหลากสีแขวนเต็มถนน กลุ่มของเรารวมช่างรุ่นปู่ย่ากับคนหนุ่มสาวที่กลับบ้านมาช่วยกันสืบทอดงานนี้",
        ),
        body_en=(
            "Bo Sang, in San Kamphaeng district of Chiang Mai, has made paper umbrellas for more than a hundred years. Village lore says a wandering monk brought the craft from Burma and taught it to the villagers until the whole village lived by it.",
            "One umbrella passes through many hands: the bamboo is split into ribs, the wooden hub is turned, sa paper is made from mulberry bark and stretched over the frame, oil or persimmon resin makes it waterproof, and only then is it painted, freehand and without any sketch.",
            "An experienced painter can put a whole spray of flowers on a canopy in under a minute, and visitors love to have shirts, bags or phone cases painted to take home.",
            "Every January the village holds the Bo Sang Umbrella Festival, with parades of umbrellas, a contest of young women cycling with parasols, and coloured umbrellas hung the length of the street. Our group brings grandparent craftsmen and young people who have come home together to keep the craft alive.",
        ),
        producer_keys=("home-bosang-paper",),
        product_upcs=("8850004000005", "8850004000006", "8850004000008"),
        colours=("#c0392b", "#f7dc6f"),
        image_alt_th="ภาพวาดหมู่บ้านภาคเหนือ บ้านไม้มีกาแลบนหลังคา ทุ่งนา และดอยไกล ๆ",
        image_alt_en="Drawing of a northern village: wooden houses with kalae gables, rice fields and distant hills",
    ),
    DemoStory(
        slug="sakon-nakhon-indigo",
        province_code="TH-47",
        days_ago=34,
        title_th="ครามสกลนคร สีน้ำเงินที่ต้องเลี้ยงเหมือนสิ่งมีชีวิต",
        title_en="Sakon Nakhon indigo: a blue you have to feed",
        intro_th="ที่บ้านดอนกอย ช่างย้อมเลี้ยงหม้อครามทุกวันและชิมน้ำย้อมก่อนลงผ้า ผ้าหนึ่งผืนต้องจุ่มย้อมมากกว่าสิบครั้งกว่าจะได้สีน้ำเงินเข้ม",
        intro_en="In Ban Don Koi, dyers feed their indigo vats every day and taste the dye before they use it; a cloth goes into the vat a dozen times or more before it is deep blue.",
        body_th=(
            "ที่บ้านดอนกอย อำเภอพรรณานิคม จังหวัดสกลนคร ชาวบ้านปลูกต้นครามไว้ข้างนา เมื่อต้นครามโตได้ที่ก็ตัดกิ่งใบมาแช่น้ำหนึ่งคืน เติมปูนขาวแล้วตีน้ำจนเกิดฟอง ตะกอนสีน้ำเงินที่ตกลงก้นโอ่งคือเนื้อครามที่ใช้ย้อมผ้า",
            "การก่อหม้อครามต้องใช้น้ำด่างจากขี้เถ้าไม้ที่กรองเอง ช่างย้อมจะเลี้ยงหม้อครามทุกวันด้วยน้ำมะขามเปียกหรือน้ำตาล และคอยดูสีและกลิ่นของน้ำย้อม ถ้าหม้อครามยังไม่พร้อม ผ้าจะไม่ติดสี ชาวบ้านจึงพูดกันว่าครามมีชีวิต",
            "ผ้าหนึ่งผืนต้องจุ่มย้อม บิด และผึ่งลมซ้ำสิบครั้งขึ้นไปกว่าจะได้สีน้ำเงินเข้ม ยิ่งย้อมหลายรอบสีก็ยิ่งทน ผ้าครามที่ใช้และซักบ่อยจะค่อย ๆ ซีดลงอย่างสวยงาม และเนื้อผ้าจะนุ่มขึ้นตามเวลา",
            "ผ้าครามธรรมชาติสกลนครได้ขึ้นทะเบียนเป็นสิ่งบ่งชี้ทางภูมิศาสตร์ ทุกวันนี้กลุ่มต่อยอดเป็นเสื้อ ผ้าพันคอ และกระเป๋า และเปิดให้ผู้มาเยือนลองมัดย้อมผ้าผืนเล็กกลับบ้าน",
        ),
        body_en=(
            "In Ban Don Koi, Phanna Nikhom district of Sakon Nakhon, families grow indigo plants beside their rice fields. When the plants are ready, the leafy stems soak in water overnight; slaked lime is added and the water is beaten until it foams. The blue sediment that settles at the bottom of the jar is the indigo paste used for dyeing.",
            "A dye vat is built with lye the dyers filter from wood ash. They feed it every day with tamarind water or sugar and watch its colour and smell; if the vat is not ready, the cloth will not take the dye. That is why people here say indigo is alive.",
            "A cloth is dipped, wrung and aired a dozen times or more before it reaches a deep blue, and the more dips, the faster the colour. Indigo that is worn and washed fades beautifully, and the cloth grows softer with time.",
            "Sakon Nakhon natural indigo is a registered geographical indication. The group now makes shirts, scarves and bags too, and invites visitors to tie-dye a small cloth of their own to take home.",
        ),
        producer_keys=("textile-sakon-donkoi-indigo",),
        product_upcs=("8850003000015", "8850003000018", "8850003000017"),
        colours=("#1d3557", "#a8dadc"),
        image_alt_th="ภาพวาดหมู่บ้านกลางทุ่งนา บ้านใต้ถุนสูงในโทนสีน้ำเงินคราม",
        image_alt_en="Drawing of a village among rice fields: stilt houses in indigo blue tones",
    ),
    DemoStory(
        slug="amphawa-coconut-sugar",
        province_code="TH-75",
        days_ago=41,
        title_th="น้ำตาลมะพร้าวแท้แห่งแพรกหนามแดง",
        title_en="Real coconut sugar from Phraek Nam Daeng",
        intro_th="แม่บ้านแพรกหนามแดงยังปีนต้นมะพร้าวรองน้ำตาลสดทุกเช้าเย็น แล้วเคี่ยวบนเตาฟืนจนได้น้ำตาลปึกสีทอง โดยไม่ผสมน้ำตาลทรายเลย",
        intro_en="The women of Phraek Nam Daeng still climb the palms morning and evening for sap and boil it over wood fires into golden sugar cakes, with no cane sugar added.",
        body_th=(
            "ตำบลแพรกหนามแดง อำเภออัมพวา จังหวัดสมุทรสงคราม มีสวนมะพร้าวยกร่องที่มีคลองเล็กคลองน้อยไหลผ่าน ทุกเช้าและเย็น สมาชิกกลุ่มแม่บ้านจะปีนต้นมะพร้าวขึ้นไปปาดงวงและรองน้ำตาลสดใส่กระบอก",
            "ในกระบอกรองน้ำตาลจะใส่เปลือกไม้พะยอมหรือไม้เคี่ยมชิ้นเล็ก ๆ เพื่อไม่ให้น้ำตาลบูด เป็นภูมิปัญญาที่ใช้กันมาแต่โบราณแทนสารกันเสีย จากนั้นนำน้ำตาลสดมาเคี่ยวในกระทะใบบัวบนเตาฟืนนานหลายชั่วโมง",
            "เมื่อน้ำตาลข้นได้ที่ จะยกลงมากระทุ้งให้เย็นแล้วหยอดลงพิมพ์ ได้น้ำตาลปึกสีน้ำตาลทองที่หอมกลิ่นควันไฟอ่อน ๆ กลุ่มไม่ผสมน้ำตาลทรายเลย ต่างจากน้ำตาลมะพร้าวหลายยี่ห้อในตลาด",
            "คนปีนมะพร้าวเหลือน้อยลงทุกปี กลุ่มจึงเปิดเตาให้นักท่องเที่ยวที่มาเที่ยวตลาดน้ำอัมพวาได้ลองเคี่ยวน้ำตาลเอง เพื่อให้คนรุ่นใหม่เห็นคุณค่าของงานนี้",
        ),
        body_en=(
            "In Phraek Nam Daeng, Amphawa district of Samut Songkhram, coconut orchards stand on raised beds between small canals. Morning and evening, members of the housewives' group climb the palms, slice the flower stalks and hang bamboo tubes to catch the sap.",
            "Into each tube goes a sliver of phayom or kiam bark to keep the sap from souring, an old alternative to preservatives. The fresh sap is then boiled in wide, shallow pans over wood fires for hours.",
            "When it is thick enough, the syrup is beaten as it cools and spooned into moulds, setting into golden-brown cakes with a faint smell of wood smoke. The group adds no cane sugar at all, unlike many coconut sugars on the market.",
            "Fewer people climb palms every year, so the group lets visitors to the Amphawa floating market try boiling sugar themselves, hoping young people will see the worth of the work.",
        ),
        producer_keys=("food-phraek-nam-daeng-coconut-sugar",),
        product_upcs=("8850001000004", "8850001000007", "8850001000005"),
        colours=("#8d5524", "#c9e4a5"),
        image_alt_th="ภาพวาดหมู่บ้าน บ้านไม้ใต้ถุนสูง ต้นตาล และทุ่งนา ในโทนสีน้ำตาลทอง",
        image_alt_en="Drawing of a village: wooden stilt houses, palms and fields in golden-brown tones",
    ),
    DemoStory(
        slug="doi-mae-salong-oolong",
        province_code="TH-57",
        days_ago=48,
        title_th="ชาอู่หลงดอยแม่สลอง จากหมู่บ้านชาวจีนยูนนานบนดอยสูง",
        title_en="Doi Mae Salong oolong: tea from a Yunnanese hill village",
        intro_th="บนไหล่เขาสูงกว่า 1,200 เมตร ลูกหลานชาวจีนยูนนานและชาวอาข่าเก็บยอดชาด้วยมือในตอนเช้า แล้วคั่วและนวดตามวิธีที่พ่อแม่สอน",
        intro_en="On slopes above 1,200 metres, the children of Yunnanese settlers and Akha families pick tea by hand at dawn and roll and roast it the way their parents taught them.",
        body_th=(
            "ดอยแม่สลอง หรือสันติคีรี ในอำเภอแม่ฟ้าหลวง จังหวัดเชียงราย เป็นชุมชนของลูกหลานชาวจีนยูนนานที่มาตั้งรกรากเมื่อกว่าหกสิบปีก่อน พวกเขานำวัฒนธรรมการดื่มชามาด้วย และปลูกชาอู่หลงบนไหล่เขาที่สูงกว่า 1,200 เมตร ร่วมกับเพื่อนบ้านชาวอาข่า",
            "ยอดชาหนึ่งยอดสองใบเก็บด้วยมือในตอนเช้า นำมาผึ่งให้ใบอ่อนตัว เขย่าให้ขอบใบช้ำเล็กน้อยเพื่อให้เกิดกลิ่นหอม แล้วคั่วและนวดม้วนเป็นเม็ดซ้ำหลายรอบ ชาพันธุ์เบอร์ 12 หรือจินเซวียนมีกลิ่นหอมคล้ายนมอ่อน ๆ โดยไม่ต้องแต่งกลิ่น",
            "วิสาหกิจชุมชนรวมตัวกันในปี 2548 เพื่อทำมาตรฐานร่วมกัน ตั้งแต่การใช้ปุ๋ยไปจนถึงการตรวจความชื้นของใบชา และได้รับเลข อย. ทำให้ส่งขายได้ไกลกว่าตลาดบนดอย",
            "ช่วงที่ดีที่สุดในการเยือนคือฤดูหนาว เมื่อดอกนางพญาเสือโคร่งบานทั่วเขา ผู้มาเยือนชิมชาหลายชนิดได้ที่ร้านของสมาชิก และเดินชมไร่ชาที่เรียงเป็นขั้นบันได",
        ),
        body_en=(
            "Doi Mae Salong, also called Santikhiri, in Mae Fa Luang district of Chiang Rai, is home to the descendants of Yunnanese Chinese who settled here more than sixty years ago. They brought their tea culture with them and, with their Akha neighbours, planted oolong on slopes more than 1,200 metres high.",
            "Shoots of one bud and two leaves are picked by hand in the morning, withered until soft, tossed to bruise the leaf edges and bring out the aroma, then pan-fired and rolled into pearls again and again. Tea from the No. 12 or Jin Xuan cultivar has a light, milky fragrance with no flavouring added.",
            "The community enterprise formed in 2005 to agree common standards, from fertiliser use to checking the leaves' moisture, and gained its Thai FDA number, which opened markets far beyond the mountain.",
            "The best time to visit is the cool season, when wild Himalayan cherry blossoms across the hills. Visitors can taste many teas in the members' shops and walk the terraced plantations.",
        ),
        producer_keys=("drink-maesalong-oolong",),
        product_upcs=("8850002000001", "8850002000002", "8850002000004"),
        colours=("#2f5d3a", "#f4c2c2"),
        image_alt_th="ภาพวาดหมู่บ้านเชิงดอย บ้านไม้ท่ามกลางทุ่งและเนินเขาสีเขียว",
        image_alt_en="Drawing of a village below the hills: wooden houses among fields and green slopes",
    ),
    DemoStory(
        slug="prachin-buri-herbal-compress",
        province_code="TH-25",
        days_ago=55,
        title_th="ลูกประคบเมืองปราจีน ภูมิปัญญาการแพทย์แผนไทย",
        title_en="Prachin Buri herbal compresses: Thai traditional medicine",
        intro_th="สมาชิกวิสาหกิจชุมชนดงขี้เหล็กปลูกไพล ขมิ้นชัน และตะไคร้เอง แล้วมัดลูกประคบด้วยมือตามตำราแพทย์แผนไทย",
        intro_en="Members of the Dong Khilek community enterprise grow their own plai, turmeric and lemongrass and tie herbal compresses by hand, as Thai traditional medicine prescribes.",
        body_th=(
            "จังหวัดปราจีนบุรีขึ้นชื่อเรื่องการแพทย์แผนไทย สมาชิก 25 คนของวิสาหกิจชุมชนในตำบลดงขี้เหล็ก เคยปลูกสมุนไพรส่งโรงงานเพียงอย่างเดียว จนตัดสินใจแปรรูปเอง เพื่อให้รายได้อยู่ในชุมชนมากขึ้น",
            "ลูกประคบสดของกลุ่มใช้ไพล ขมิ้นชัน ตะไคร้ ใบมะขาม และผิวมะกรูดจากแปลงอินทรีย์ของสมาชิก หั่นและตำพอหยาบ ผสมการบูรและเกลือเล็กน้อย แล้วห่อด้วยผ้าดิบมัดเป็นลูกกลมด้วยมือ",
            "เวลาใช้ ให้นำลูกประคบไปนึ่งจนร้อน แล้วกดประคบเบา ๆ บริเวณที่ปวดเมื่อย ความร้อนช่วยให้น้ำมันหอมระเหยจากสมุนไพรซึมผ่านผิว เป็นวิธีที่หมอนวดไทยใช้มาหลายร้อยปี",
            "กลุ่มผลิตในโรงเรือนที่ได้มาตรฐาน อย. และส่งลูกประคบแห้งให้ร้านนวดและสปาทั่วประเทศ ผู้ที่แวะมาสามารถลองมัดลูกประคบของตัวเองได้ในวันเสาร์",
        ),
        body_en=(
            "Prachin Buri is known for Thai traditional medicine. The 25 members of the community enterprise in Dong Khilek used to grow herbs only for pharmaceutical factories, until they decided to process the herbs themselves and keep more of the income in the village.",
            "Their fresh compress balls hold plai, turmeric, lemongrass, tamarind leaves and kaffir lime peel from the members' organic plots, chopped and coarsely pounded with a little camphor and salt, then wrapped in unbleached cotton and tied into a ball by hand.",
            "To use one, steam it until hot and press it gently on aching muscles: the heat helps the herbs' essential oils into the skin, a method Thai masseurs have used for centuries.",
            "The group works in a workshop certified by the Thai FDA and supplies dried compresses to massage shops and spas across the country. Visitors can tie their own compress on Saturdays.",
        ),
        producer_keys=("herb-dongkhilek-compress",),
        product_upcs=("8850002000025", "8850002000029", "8850002000028"),
        colours=("#6a994e", "#f2e8cf"),
        image_alt_th="ภาพวาดหมู่บ้านท่ามกลางแปลงสมุนไพรและทุ่งนาเขียวขจี",
        image_alt_en="Drawing of a village among herb plots and green rice fields",
    ),
)
