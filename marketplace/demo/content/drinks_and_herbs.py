"""Demo catalogue: beverages (เครื่องดื่ม) and non-food herbal products (สมุนไพรที่ไม่ใช่อาหาร)."""

from marketplace.demo.records import DemoProducer, DemoProduct

PRODUCERS: tuple[DemoProducer, ...] = (
    DemoProducer(
        key="drink-maesalong-oolong",
        name_th="วิสาหกิจชุมชนชาอูหลงดอยแม่สลอง",
        name_en="Doi Mae Salong Oolong Tea Community Enterprise",
        producer_type="community_group",
        province_code="TH-57",
        district_th="แม่ฟ้าหลวง",
        district_en="Mae Fa Luang",
        subdistrict_th="แม่สลองนอก",
        subdistrict_en="Mae Salong Nok",
        story_th=(
            "สมาชิกกลุ่มเป็นลูกหลานชาวจีนยูนนานและครอบครัวชาวอาข่าที่ปลูกชาบนไหล่เขาสูงกว่า 1,200 เมตรจากระดับน้ำทะเล "
            "ยอดชาเก็บด้วยมือครั้งละหนึ่งยอดสองใบในช่วงเช้าตรู่ แล้วนำมาผึ่ง นวด และคั่วในกระทะตามวิธีที่สืบทอดจากรุ่นพ่อแม่ "
            "กลุ่มรวมตัวกันเมื่อปี 2548 เพื่อแปรรูปและขายชาเองโดยไม่ต้องผ่านพ่อค้าคนกลาง"
        ),
        story_en=(
            "Members are descendants of Yunnanese Chinese settlers and Akha families who grow tea on slopes more than 1,200 metres above sea level. "
            "Shoots of one bud and two leaves are hand-picked at dawn, then withered, rolled and pan-fired the way their parents taught them. "
            "The group formed in 2005 so it could process and sell its own tea instead of going through middlemen."
        ),
        phone="053-765-218",
    ),
    DemoProducer(
        key="drink-doichang-akha-coffee",
        name_th="บริษัท อาข่าดอยช้าง คอฟฟี่ จำกัด",
        name_en="Akha Doi Chang Coffee Co., Ltd.",
        producer_type="sme",
        province_code="TH-57",
        district_th="แม่สรวย",
        district_en="Mae Suai",
        subdistrict_th="วาวี",
        subdistrict_en="Wawi",
        story_th=(
            "บริษัทเล็ก ๆ แห่งนี้ก่อตั้งโดยสองพี่น้องชาวอาข่าบ้านดอยช้าง ที่กลับมาบ้านหลังเรียนจบจากเชียงใหม่ "
            "รับซื้อเชอร์รีกาแฟสุกจากเกษตรกรชาวเขากว่า 80 ครอบครัวในราคาประกัน กาแฟปลูกใต้ร่มไม้ใหญ่ที่ความสูงราว 1,400 เมตร "
            "ตากบนแคร่ยกสูงและคั่วสดทุกสัปดาห์ที่โรงคั่วกลางหมู่บ้าน"
        ),
        story_en=(
            "This small company was founded by two Akha siblings from Doi Chang who came home after university in Chiang Mai. "
            "They buy ripe coffee cherries from more than 80 hill-tribe families at a guaranteed price. "
            "The coffee grows under forest shade at about 1,400 metres, is dried on raised beds and roasted fresh every week in the village roastery."
        ),
        phone="081-952-3407",
    ),
    DemoProducer(
        key="drink-phufa-coffee-lungkham",
        name_th="กาแฟภูฟ้า ลุงคำ",
        name_en="Uncle Kham's Phu Fa Coffee",
        producer_type="single_owner",
        province_code="TH-55",
        district_th="บ่อเกลือ",
        district_en="Bo Kluea",
        subdistrict_th="ภูฟ้า",
        subdistrict_en="Phu Fa",
        story_th=(
            "ลุงคำเป็นชาวลัวะที่เคยปลูกข้าวโพดบนดอยจนดินเสื่อม เมื่อสิบปีก่อนจึงหันมาปลูกกาแฟอาราบิก้าใต้ร่มป่าแทนการเผาไร่ "
            "ทุกวันนี้ลุงดูแลสวนกาแฟ 12 ไร่กับลูกสาว สีเปลือกและตากเมล็ดเองที่ลานหน้าบ้าน "
            "ผู้มาเที่ยวบ่อเกลือแวะชิมกาแฟและดูวิธีคั่วในกระทะเหล็กได้ทุกวัน"
        ),
        story_en=(
            "Uncle Kham is a Lua farmer who once grew maize on the hills until the soil gave out. "
            "Ten years ago he replaced slash-and-burn fields with arabica coffee planted under the forest canopy. "
            "Today he tends 12 rai of coffee with his daughter, hulling and sun-drying the beans in front of his house, and visitors to Bo Kluea can drop by to taste and watch him roast in an iron wok."
        ),
        phone="086-417-9023",
    ),
    DemoProducer(
        key="drink-rapro-robusta",
        name_th="กลุ่มแม่บ้านเกษตรกรกาแฟรับร่อ",
        name_en="Rap Ro Coffee Farmers' Housewives Group",
        producer_type="community_group",
        province_code="TH-86",
        district_th="ท่าแซะ",
        district_en="Tha Sae",
        subdistrict_th="รับร่อ",
        subdistrict_en="Rap Ro",
        story_th=(
            "ท่าแซะเป็นแหล่งปลูกกาแฟโรบัสต้าใหญ่ที่สุดแห่งหนึ่งของประเทศ แม่บ้าน 32 คนในตำบลรับร่อรวมกลุ่มกันแปรรูปเมล็ดจากสวนของครอบครัวตัวเอง "
            "กลุ่มคั่วกาแฟด้วยเตาถ่านแบบโบราณผสมกับเครื่องคั่วสมัยใหม่ จนได้รสเข้มและกลิ่นหอมแบบกาแฟปักษ์ใต้ "
            "รายได้ส่วนหนึ่งใช้เป็นทุนการศึกษาให้เด็กในหมู่บ้าน"
        ),
        story_en=(
            "Tha Sae is one of Thailand's largest robusta-growing areas. "
            "Thirty-two women in Rap Ro subdistrict process beans from their own family plantations, roasting over charcoal the old way as well as in a modern roaster. "
            "The result is the strong, aromatic cup southern coffee shops are known for, and part of the income funds scholarships for village children."
        ),
        phone="077-630-154",
    ),
    DemoProducer(
        key="drink-pasang-longan",
        name_th="บริษัท ลำไยทองป่าซาง จำกัด",
        name_en="Lamyai Thong Pa Sang Co., Ltd.",
        producer_type="sme",
        province_code="TH-51",
        district_th="ป่าซาง",
        district_en="Pa Sang",
        subdistrict_th="มะกอก",
        subdistrict_en="Makok",
        story_th=(
            "ครอบครัวชาวสวนลำไยรุ่นที่สามในป่าซางตั้งบริษัทนี้ขึ้นเพื่อเพิ่มมูลค่าให้ลำไยพันธุ์อีดอและน้ำผึ้งดอกลำไยของชุมชน "
            "ในฤดูดอกลำไยบานช่วงกุมภาพันธ์ ผึ้งพันธุ์กว่า 300 รังถูกนำมาวางในสวน ส่วนผลลำไยที่ตกเกรดนำมาต้มเป็นน้ำลำไยเข้มข้นแทนการทิ้ง "
            "โรงงานขนาดเล็กจ้างแรงงานในตำบลมะกอกตลอดปี"
        ),
        story_en=(
            "A third-generation longan-growing family in Pa Sang set up this company to add value to the community's E-Daw longans and longan-blossom honey. "
            "When the trees flower in February, more than 300 beehives are placed in the orchards, and undersized fruit is simmered into longan concentrate instead of being thrown away. "
            "The small plant employs people from Makok subdistrict all year round."
        ),
        phone="089-554-7316",
    ),
    DemoProducer(
        key="drink-chonnabot-mulberry",
        name_th="กลุ่มแม่บ้านเกษตรกรปลูกหม่อนศรีบุญเรือง",
        name_en="Si Bun Rueang Mulberry Growers' Women's Group",
        producer_type="community_group",
        province_code="TH-40",
        district_th="ชนบท",
        district_en="Chonnabot",
        subdistrict_th="ศรีบุญเรือง",
        subdistrict_en="Si Bun Rueang",
        story_th=(
            "ชนบทขึ้นชื่อเรื่องผ้าไหมมัดหมี่ และทุกบ้านปลูกหม่อนไว้เลี้ยงไหมมาแต่โบราณ "
            "แม่บ้านกลุ่มนี้นำใบหม่อนอ่อนที่เหลือจากการเลี้ยงไหมมาคั่วเป็นชา และแปรรูปผลหม่อน กระเจี๊ยบ และดอกอัญชันที่ปลูกริมคันนาเป็นเครื่องดื่ม "
            "ทุกอย่างปลูกโดยไม่ใช้สารเคมี เพราะหนอนไหมจะตายทันทีหากใบหม่อนมีสารพิษ"
        ),
        story_en=(
            "Chonnabot is famous for mudmee silk, and every household has grown mulberry to feed silkworms for generations. "
            "These women pan-roast the young mulberry leaves the silkworms don't need into tea, and turn mulberries, roselle and butterfly pea flowers grown along the rice-field dykes into drinks. "
            "Everything is grown without chemicals, because silkworms die at once if the leaves carry any residue."
        ),
        phone="093-286-4150",
    ),
    DemoProducer(
        key="drink-khlonglan-sato",
        name_th="สาโทป้าบุญมี คลองลาน",
        name_en="Auntie Boonmee's Khlong Lan Sato",
        producer_type="single_owner",
        province_code="TH-62",
        district_th="คลองลาน",
        district_en="Khlong Lan",
        subdistrict_th="คลองน้ำไหล",
        subdistrict_en="Khlong Nam Lai",
        story_th=(
            "ป้าบุญมีหมักสาโทจากข้าวเหนียวที่ปลูกเองตามสูตรลูกแป้งของแม่ ซึ่งเคยทำไว้ดื่มในงานบุญและงานแต่งของหมู่บ้าน "
            "หลังได้รับใบอนุญาตผลิตสุราชุมชน ป้าจึงต่อยอดด้วยไวน์กล้วยไข่ ผลไม้ประจำจังหวัดกำแพงเพชร "
            "ทุกขวดหมักในโอ่งดินอย่างน้อย 30 วันในโรงเรือนหลังบ้านใกล้น้ำตกคลองลาน"
        ),
        story_en=(
            "Auntie Boonmee brews sato from glutinous rice she grows herself, using her mother's starter-cake recipe once kept for temple fairs and village weddings. "
            "After receiving a community liquor licence she added a wine made from kluai khai, the small sweet banana Kamphaeng Phet is known for. "
            "Every bottle ferments for at least 30 days in clay jars in the shed behind her house, not far from Khlong Lan waterfall."
        ),
        phone="062-718-3395",
    ),
    DemoProducer(
        key="herb-dongkhilek-compress",
        name_th="วิสาหกิจชุมชนสมุนไพรดงขี้เหล็ก",
        name_en="Dong Khilek Herbal Community Enterprise",
        producer_type="community_group",
        province_code="TH-25",
        district_th="เมืองปราจีนบุรี",
        district_en="Mueang Prachin Buri",
        subdistrict_th="ดงขี้เหล็ก",
        subdistrict_en="Dong Khilek",
        story_th=(
            "ปราจีนบุรีเป็นเมืองแห่งการแพทย์แผนไทย สมาชิก 25 คนของกลุ่มนี้เคยเป็นผู้ปลูกสมุนไพรส่งโรงงานยา ก่อนรวมตัวกันแปรรูปเอง "
            "ไพล ขมิ้นชัน ตะไคร้ และใบมะขามปลูกในแปลงอินทรีย์ของสมาชิก แล้วห่อเป็นลูกประคบและเคี่ยวเป็นยาหม่องด้วยมือ "
            "หมอนวดแผนไทยในชุมชนช่วยทดสอบทุกสูตรก่อนวางขาย"
        ),
        story_en=(
            "Prachin Buri is a centre of Thai traditional medicine. "
            "The group's 25 members used to grow herbs for pharmaceutical factories before they began processing them themselves. "
            "Plai, turmeric, lemongrass and tamarind leaves come from members' organic plots and are hand-tied into compress balls or cooked into balms, and local Thai massage therapists test every formula before it goes on sale."
        ),
        phone="037-454-682",
    ),
    DemoProducer(
        key="herb-krue-on-soap",
        name_th="สบู่สมุนไพรครูอร",
        name_en="Kru On Herbal Soap",
        producer_type="single_owner",
        province_code="TH-34",
        district_th="วารินชำราบ",
        district_en="Warin Chamrap",
        subdistrict_th="คำน้ำแซบ",
        subdistrict_en="Kham Nam Saep",
        story_th=(
            "ครูอรเป็นครูวิทยาศาสตร์เกษียณที่เริ่มทำสบู่ในครัวบ้านตัวเองเพราะหลานผิวแพ้ง่าย "
            "สบู่ทุกก้อนทำแบบกวนเย็นจากน้ำมันมะพร้าว น้ำผึ้งป่า และสมุนไพรพื้นบ้านอีสาน แล้วบ่มไว้ 4-6 สัปดาห์ก่อนตัดขาย "
            "ปัจจุบันครูสอนทำสบู่ให้แม่บ้านในคำน้ำแซบและรับซื้อสมุนไพรจากเพื่อนบ้าน"
        ),
        story_en=(
            "Kru On is a retired science teacher who started making soap in her kitchen because her grandchild had sensitive skin. "
            "Every bar is cold-process, made with coconut oil, wild honey and Isan garden herbs, and cured for four to six weeks before cutting. "
            "She now teaches soap-making to women in Kham Nam Saep and buys her herbs from the neighbours."
        ),
        phone="084-603-2791",
    ),
    DemoProducer(
        key="herb-nakhonnayok-spa",
        name_th="บริษัท นครนายกเฮิร์บแอนด์สปา จำกัด",
        name_en="Nakhon Nayok Herb & Spa Co., Ltd.",
        producer_type="sme",
        province_code="TH-26",
        district_th="เมืองนครนายก",
        district_en="Mueang Nakhon Nayok",
        subdistrict_th="หินตั้ง",
        subdistrict_en="Hin Tang",
        story_th=(
            "บริษัทตั้งอยู่เชิงเขาใหญ่ในตำบลหินตั้ง เริ่มจากสปาเล็ก ๆ สำหรับนักท่องเที่ยวที่มาเที่ยวน้ำตก แล้วพัฒนาผลิตภัณฑ์ที่ใช้ในสปาขึ้นมาขายเอง "
            "พนักงานทั้ง 18 คนเป็นคนในพื้นที่ และสมุนไพรส่วนใหญ่รับซื้อจากเกษตรกรในอำเภอ "
            "ทุกสูตรพัฒนาร่วมกับแพทย์แผนไทยประยุกต์"
        ),
        story_en=(
            "The company sits at the foot of Khao Yai in Hin Tang subdistrict. "
            "It began as a small spa for visitors to the waterfalls and went on to make and sell the products it used in its own treatments. "
            "All 18 staff are local, most of the herbs are bought from farmers in the district, and every formula is developed with an applied Thai traditional medicine practitioner."
        ),
        phone="095-172-6648",
    ),
    DemoProducer(
        key="herb-hindat-plai-yaisomsri",
        name_th="ไพลทองผาภูมิ ร้านยายสมศรี",
        name_en="Grandma Somsri's Thong Pha Phum Plai",
        producer_type="single_owner",
        province_code="TH-71",
        district_th="ทองผาภูมิ",
        district_en="Thong Pha Phum",
        subdistrict_th="หินดาด",
        subdistrict_en="Hin Dat",
        story_th=(
            "ยายสมศรีขายลูกประคบและยาหม่องให้นักท่องเที่ยวที่มาแช่บ่อน้ำพุร้อนหินดาดมากว่า 20 ปี "
            "ไพลและขมิ้นชันปลูกในสวนหลังบ้านบนดินภูเขาไฟ ซึ่งยายบอกว่าทำให้ไพลมีน้ำมันหอมระเหยมาก "
            "ปัจจุบันหลานสาวช่วยดูแลบรรจุภัณฑ์และการขายออนไลน์"
        ),
        story_en=(
            "Grandma Somsri has sold compress balls and balms to visitors at the Hin Dat hot springs for more than 20 years. "
            "Plai and turmeric grow in her back garden on mountain soil that, she says, gives the plai its high essential-oil content. "
            "Her granddaughter now looks after the packaging and online orders."
        ),
        phone="087-930-4462",
    ),
    DemoProducer(
        key="herb-yala-halal-herb",
        name_th="บริษัท ยะลาฮาลาลเฮิร์บ จำกัด",
        name_en="Yala Halal Herb Co., Ltd.",
        producer_type="sme",
        province_code="TH-95",
        district_th="เมืองยะลา",
        district_en="Mueang Yala",
        subdistrict_th="ลำใหม่",
        subdistrict_en="Lam Mai",
        story_th=(
            "บริษัทเริ่มจากกลุ่มสตรีมุสลิมในตำบลลำใหม่ที่ทำสบู่ขมิ้นและน้ำมันนวดตามตำรับของโต๊ะบีดัน หมอตำแยพื้นบ้านของชายแดนใต้ "
            "ทุกผลิตภัณฑ์ได้รับเครื่องหมายฮาลาลและใช้วัตถุดิบจากสวนยางและสวนผลไม้ในยะลา "
            "บริษัทจ้างสตรีที่เป็นหม้ายจากเหตุการณ์ความไม่สงบให้มีรายได้ประจำ"
        ),
        story_en=(
            "The company grew out of a Muslim women's group in Lam Mai that made turmeric soap and massage oil from the recipes of the to' bidan, the traditional village midwives of the deep south. "
            "Every product is halal certified and uses ingredients from Yala's rubber and fruit smallholdings. "
            "It gives steady work to women widowed by the region's unrest."
        ),
        phone="098-451-2087",
    ),
)

PRODUCTS: tuple[DemoProduct, ...] = (
    # ---------------------------------------------------------------- beverage
    DemoProduct(
        upc="8850002000001",
        producer_key="drink-maesalong-oolong",
        category="beverage",
        title_th="ชาอูหลงเบอร์ 12 ดอยแม่สลอง ชนิดใบม้วน กระป๋อง 100 กรัม",
        title_en="Doi Mae Salong No. 12 Oolong Tea, Rolled Leaf, 100 g Tin",
        description_th=(
            "ชาอูหลงพันธุ์เบอร์ 12 ปลูกบนดอยแม่สลองที่ความสูงกว่า 1,200 เมตร เก็บยอดด้วยมือแล้วนวดม้วนเป็นเม็ดและคั่วไฟอ่อน "
            "น้ำชาสีเหลืองทอง หอมดอกไม้ ชุ่มคอ ชงซ้ำได้ 5-6 ครั้ง "
            "ใช้ใบชา 1 ช้อนชาต่อน้ำร้อน 90 องศา 150 มล. แช่ 1 นาที เก็บได้ 2 ปีในที่แห้ง"
        ),
        description_en=(
            "No. 12 oolong grown above 1,200 metres on Doi Mae Salong, hand-picked, rolled into pearls and lightly fired. "
            "It brews a golden, floral cup that stays smooth through five or six infusions. "
            "Use 1 teaspoon of leaf to 150 ml of water at 90°C and steep for 1 minute; keeps 2 years sealed in a dry place."
        ),
        price="320.00",
        stock=85,
        weight_grams=180,
        stars=5,
        selection_year=2024,
        expires_in_days=720,
        standards=(("fda", "57-1-04512-2-0031"), ("tcps", "มผช. 120/2558")),
        motif="tea",
        colours=("#2f5d3a", "#d9c27a"),
    ),
    DemoProduct(
        upc="8850002000002",
        producer_key="drink-maesalong-oolong",
        category="beverage",
        title_th="ชาอูหลงก้านอ่อนเบอร์ 17 (จินเซวียน) หอมกลิ่นนม ถุงซิป 200 กรัม",
        title_en="Jin Xuan No. 17 Milk Oolong Tea, 200 g Zip Pouch",
        description_th=(
            "ชาอูหลงพันธุ์จินเซวียนที่มีกลิ่นหอมคล้ายนมโดยธรรมชาติ ไม่แต่งกลิ่น เก็บจากสวนของสมาชิกในตำบลแม่สลองนอก "
            "รสนุ่ม ไม่ฝาด เหมาะทั้งชงร้อนและชงเย็นแช่ตู้เย็นข้ามคืน "
            "บรรจุถุงฟอยล์ซิปล็อกกันความชื้น อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "Jin Xuan oolong with a naturally creamy, milky aroma and no added flavouring, from members' gardens in Mae Salong Nok. "
            "Soft and never astringent, it is good hot or cold-brewed overnight in the fridge. "
            "Packed in a resealable foil pouch; shelf life 2 years."
        ),
        price="450.00",
        stock=60,
        weight_grams=240,
        stars=5,
        selection_year=2024,
        expires_in_days=700,
        standards=(("fda", "57-1-04512-2-0032"), ("tcps", "มผช. 120/2558")),
        motif="pouch",
        colours=("#8fb573", "#f3ead2"),
    ),
    DemoProduct(
        upc="8850002000003",
        producer_key="drink-maesalong-oolong",
        category="beverage",
        title_th="ชาอูหลงสี่ฤดู แบบซองพีระมิด 20 ซอง",
        title_en="Four Seasons Oolong Tea, 20 Pyramid Tea Bags",
        description_th=(
            "ชาอูหลงสี่ฤดูจากดอยแม่สลองบรรจุในซองพีระมิดที่ย่อยสลายได้ ใบชาคลายตัวได้เต็มที่จึงหอมเหมือนชงจากใบ "
            "ชง 1 ซองต่อน้ำร้อน 200 มล. แช่ 2-3 นาที สะดวกสำหรับที่ทำงานและการเดินทาง "
            "ซองละ 2.5 กรัม อายุการเก็บ 18 เดือน"
        ),
        description_en=(
            "Four Seasons oolong from Doi Mae Salong in biodegradable pyramid bags that give the leaves room to unfurl, so it tastes close to loose-leaf tea. "
            "Steep one bag in 200 ml of hot water for 2-3 minutes, handy at the office or on the road. "
            "2.5 g per bag; shelf life 18 months."
        ),
        price="180.00",
        stock=140,
        weight_grams=95,
        stars=4,
        selection_year=2022,
        expires_in_days=400,
        standards=(("fda", "57-1-04512-2-0027"),),
        motif="box",
        colours=("#b5473a", "#f1e3c3"),
    ),
    DemoProduct(
        upc="8850002000004",
        producer_key="drink-maesalong-oolong",
        category="beverage",
        title_th="ชาอูหลงทิกวนอิมคั่วเข้ม ดอยแม่สลอง 150 กรัม",
        title_en="Roasted Tieguanyin Oolong Tea from Doi Mae Salong, 150 g",
        description_th=(
            "ชาทิกวนอิมที่คั่วซ้ำด้วยเตาถ่านสามรอบ ได้น้ำชาสีอำพัน กลิ่นหอมคั่วคล้ายน้ำผึ้งและถั่ว "
            "รสกลมกล่อม ดื่มแล้วไม่ระคายท้อง เหมาะดื่มหลังอาหาร "
            "ชงด้วยน้ำเดือด 95-100 องศา บรรจุกระป๋องสังกะสีพิมพ์ลาย เก็บได้ 2 ปี"
        ),
        description_en=(
            "Tieguanyin oolong re-roasted three times over charcoal for an amber cup with notes of honey and toasted nuts. "
            "Rounded and gentle on the stomach, it is a good after-meal tea. "
            "Brew with water at 95-100°C; comes in a printed tin and keeps 2 years."
        ),
        price="390.00",
        stock=45,
        weight_grams=230,
        stars=4,
        selection_year=2024,
        expires_in_days=650,
        standards=(("fda", "57-1-04512-2-0035"), ("tcps", "มผช. 120/2558")),
        motif="tea",
        colours=("#6b3e26", "#e0b060"),
    ),
    DemoProduct(
        upc="8850002000005",
        producer_key="drink-maesalong-oolong",
        category="beverage",
        title_th="ชาเขียวกลิ่นมะลิ ดอยแม่สลอง 100 กรัม",
        title_en="Doi Mae Salong Jasmine Green Tea, 100 g",
        description_th=(
            "ชาเขียวจากยอดชาอ่อนอบกับดอกมะลิสดที่เก็บตอนเย็นตามแบบจีนยูนนาน จนใบชาซึมกลิ่นมะลิ "
            "น้ำชาสีเขียวอ่อน หอมละมุน ชงด้วยน้ำ 80 องศา แช่ 2 นาที "
            "บรรจุกล่องกระดาษพร้อมถุงฟอยล์ด้านใน อายุการเก็บ 18 เดือน"
        ),
        description_en=(
            "Young green tea leaves layered with fresh jasmine flowers picked in the evening, the Yunnanese way, until the leaves take on the scent. "
            "It brews a pale green, delicately fragrant cup; use water at 80°C and steep 2 minutes. "
            "Paper box with an inner foil bag; shelf life 18 months."
        ),
        price="220.00",
        stock=30,
        weight_grams=150,
        stars=5,
        selection_year=2019,
        expires_in_days=-400,
        standards=(("fda", "57-1-04512-2-0018"),),
        motif="tea",
        colours=("#a3c586", "#ffffff"),
    ),
    DemoProduct(
        upc="8850002000006",
        producer_key="drink-doichang-akha-coffee",
        category="beverage",
        title_th="กาแฟอาราบิก้าชาวเขาอาข่า ดอยช้าง คั่วกลาง ชนิดเมล็ด 250 กรัม",
        title_en="Akha Hill-Tribe Arabica Coffee, Doi Chang Medium Roast Whole Beans, 250 g",
        description_th=(
            "เมล็ดกาแฟอาราบิก้าที่เกษตรกรชาวเขาอาข่าบ้านดอยช้างปลูกใต้ร่มไม้ใหญ่ คัดเฉพาะเชอร์รีสุกแดงและแปรรูปแบบเปียก "
            "คั่วกลางให้รสเปรี้ยวสดแบบผลไม้ กลิ่นคาราเมลและช็อกโกแลต เหมาะกับเอสเปรสโซ ดริป และเฟรนช์เพรส "
            "ถุงมีวาล์วระบายก๊าซ อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Arabica grown under forest shade by Akha hill-tribe farmers in Doi Chang, picked ripe red and wet-processed. "
            "The medium roast gives bright fruity acidity with caramel and chocolate notes, good for espresso, pour-over or French press. "
            "Bag with one-way degassing valve; shelf life 12 months."
        ),
        price="290.00",
        stock=120,
        weight_grams=285,
        stars=5,
        selection_year=2024,
        expires_in_days=540,
        standards=(("fda", "57-1-02268-2-0015"), ("tcps", "มผช. 1182/2557")),
        motif="coffee",
        colours=("#4a2c1d", "#c8102e"),
    ),
    DemoProduct(
        upc="8850002000007",
        producer_key="drink-doichang-akha-coffee",
        category="beverage",
        title_th="กาแฟดอยช้างคั่วเข้ม ชนิดบด 250 กรัม",
        title_en="Doi Chang Dark Roast Ground Coffee, 250 g",
        description_th=(
            "กาแฟอาราบิก้า 100% จากดอยช้างคั่วเข้มแล้วบดละเอียดปานกลาง ใช้ได้ทั้งหม้อต้มโมก้าพอต ดริป และถุงชงกาแฟโบราณ "
            "รสเข้ม ขมกำลังดี หวานปลาย เข้ากับนมสด "
            "ใช้กาแฟ 15 กรัมต่อน้ำ 200 มล. อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "100% Doi Chang arabica, dark-roasted and ground medium-fine for moka pots, drip brewers or a traditional cloth filter. "
            "Bold and pleasantly bitter with a sweet finish that goes well with milk. "
            "Use 15 g of coffee per 200 ml of water; shelf life 12 months."
        ),
        price="270.00",
        stock=95,
        weight_grams=285,
        stars=4,
        selection_year=2024,
        expires_in_days=540,
        standards=(("fda", "57-1-02268-2-0016"), ("tcps", "มผช. 1182/2557")),
        motif="coffee",
        colours=("#2b1810", "#d4a373"),
    ),
    DemoProduct(
        upc="8850002000008",
        producer_key="drink-doichang-akha-coffee",
        category="beverage",
        title_th="กาแฟดริปดอยช้าง แบบซองแขวน 10 ซอง",
        title_en="Doi Chang Drip Bag Coffee, 10 Hanging Filters",
        description_th=(
            "กาแฟอาราบิก้าคั่วกลางบดสดบรรจุในซองดริปแบบแขวนขอบแก้ว ซองละ 10 กรัม อัดไนโตรเจนเพื่อรักษาความหอม "
            "เพียงฉีกซอง แขวนบนแก้ว แล้วค่อย ๆ รินน้ำร้อน 150 มล. "
            "เหมาะพกไปที่ทำงานหรือตั้งแคมป์ อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Freshly ground medium-roast arabica in single-cup drip filters that hang on the rim of your mug, 10 g each and nitrogen-flushed to keep the aroma. "
            "Tear open, hang over a cup and slowly pour in 150 ml of hot water. "
            "Ideal for the office or camping; shelf life 12 months."
        ),
        price="199.00",
        stock=150,
        weight_grams=160,
        stars=4,
        selection_year=2022,
        expires_in_days=210,
        standards=(("fda", "57-1-02268-2-0021"),),
        motif="box",
        colours=("#e9dcc9", "#7b4b2a"),
    ),
    DemoProduct(
        upc="8850002000009",
        producer_key="drink-doichang-akha-coffee",
        category="beverage",
        title_th="กาแฟอาราบิก้าดอยช้าง โพรเซสฮันนี่ คั่วอ่อน ชนิดเมล็ด 500 กรัม",
        title_en="Doi Chang Honey Process Arabica Coffee, Light Roast Whole Beans, 500 g",
        description_th=(
            "เชอร์รีกาแฟคัดเกรดที่ลอกเปลือกแล้วตากพร้อมเมือกบนแคร่ยกสูงนาน 3 สัปดาห์ ได้รสหวานคล้ายน้ำผึ้ง ลูกพีช และชาดำ "
            "คั่วอ่อนเพื่อให้รสชาติของแหล่งปลูกเด่นชัด เหมาะกับการชงดริปและคนที่ชอบกาแฟสเปเชียลตี "
            "ล็อตจำกัดต่อปี อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Selected cherries are pulped and dried with their sticky mucilage on raised beds for three weeks, giving flavours of honey, peach and black tea. "
            "A light roast lets the character of the farm shine, made for pour-over and specialty coffee lovers. "
            "Limited lots each year; shelf life 12 months."
        ),
        price="520.00",
        stock=40,
        weight_grams=540,
        stars=5,
        selection_year=2024,
        expires_in_days=560,
        standards=(("fda", "57-1-02268-2-0024"), ("tcps", "มผช. 1182/2557")),
        motif="coffee",
        colours=("#f0b429", "#3d2314"),
    ),
    DemoProduct(
        upc="8850002000010",
        producer_key="drink-phufa-coffee-lungkham",
        category="beverage",
        title_th="กาแฟอาราบิก้าภูฟ้า น่าน คั่วอ่อน ชนิดเมล็ด 200 กรัม",
        title_en="Phu Fa Nan Arabica Coffee, Light Roast Whole Beans, 200 g",
        description_th=(
            "กาแฟจากสวนลุงคำที่ปลูกใต้ร่มป่าบนดอยในอำเภอบ่อเกลือ ตากแห้งทั้งผลแบบแนเชอรัลบนลานบ้าน "
            "คั่วอ่อนได้กลิ่นเบอร์รี ดอกไม้ และเปรี้ยวอมหวาน รายได้ช่วยให้ชาวบ้านเลิกเผาไร่ข้าวโพด "
            "บรรจุถุงคราฟต์มีวาล์ว อายุการเก็บ 10 เดือน"
        ),
        description_en=(
            "Coffee from Uncle Kham's forest-shaded plot in Bo Kluea district, natural-processed by drying whole cherries in his yard. "
            "The light roast brings out berry and floral notes with a sweet-tart finish, and every bag helps local families give up burning maize fields. "
            "Kraft bag with valve; shelf life 10 months."
        ),
        price="260.00",
        stock=50,
        weight_grams=230,
        stars=5,
        selection_year=2024,
        expires_in_days=610,
        standards=(("fda", "55-2-00871-2-0003"), ("tcps", "มผช. 1182/2557")),
        motif="coffee",
        colours=("#9c2f45", "#e8d8b0"),
    ),
    DemoProduct(
        upc="8850002000011",
        producer_key="drink-phufa-coffee-lungkham",
        category="beverage",
        title_th="ชาเปลือกกาแฟ (คาสคาร่า) ภูฟ้า 80 กรัม",
        title_en="Phu Fa Cascara Coffee Cherry Tea, 80 g",
        description_th=(
            "เปลือกผลกาแฟอาราบิก้าตากแห้งที่เหลือจากการสีเมล็ด นำมาชงเป็นชาสีแดงอมส้ม รสหวานอ่อน ๆ คล้ายลูกเกดและกระเจี๊ยบ "
            "ชง 2 ช้อนโต๊ะต่อน้ำร้อน 250 มล. แช่ 4-5 นาที หรือแช่น้ำเย็นข้ามคืน มีคาเฟอีนน้อยกว่ากาแฟ "
            "บรรจุถุงซิป อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Sun-dried arabica cherry husks left over from hulling, brewed into a reddish-orange tea with a gentle sweetness reminiscent of raisins and roselle. "
            "Steep 2 tablespoons in 250 ml of hot water for 4-5 minutes, or cold-brew overnight; it has less caffeine than coffee. "
            "Zip pouch; shelf life 12 months."
        ),
        price="160.00",
        stock=35,
        weight_grams=110,
        stars=4,
        selection_year=2024,
        expires_in_days=610,
        standards=(("fda", "55-2-00871-2-0005"),),
        motif="pouch",
        colours=("#b23a48", "#fcd5b5"),
    ),
    DemoProduct(
        upc="8850002000012",
        producer_key="drink-phufa-coffee-lungkham",
        category="beverage",
        title_th="กาแฟคั่วบดภูฟ้า คั่วกลาง 500 กรัม ปลูกโดยเกษตรกรชาวลัวะ",
        title_en="Phu Fa Medium Roast Ground Coffee, 500 g, Grown by Lua Farmers",
        description_th=(
            "กาแฟอาราบิก้าผสมจากสวนของลุงคำและเพื่อนบ้านชาวลัวะในตำบลภูฟ้า คั่วกลางในกระทะเหล็กแล้วบดสำหรับดริปและหม้อต้ม "
            "รสสมดุล หอมถั่วคั่วและน้ำตาลอ้อย ดื่มได้ทุกวัน "
            "ขนาดคุ้มค่าสำหรับครอบครัวหรือร้านกาแฟเล็ก อายุการเก็บ 10 เดือน"
        ),
        description_en=(
            "An arabica blend from Uncle Kham's garden and his Lua neighbours in Phu Fa, medium-roasted in an iron wok and ground for drip or moka pot. "
            "Balanced, with roasted-nut and cane-sugar notes, an everyday coffee. "
            "Value size for families or small cafés; shelf life 10 months."
        ),
        price="450.00",
        stock=25,
        weight_grams=560,
        stars=4,
        selection_year=2022,
        expires_in_days=180,
        standards=(("fda", "55-2-00871-2-0002"), ("tcps", "มผช. 1182/2557")),
        motif="coffee",
        colours=("#5c4033", "#a7c957"),
    ),
    DemoProduct(
        upc="8850002000013",
        producer_key="drink-rapro-robusta",
        category="beverage",
        title_th="กาแฟโรบัสต้าชุมพร คั่วเข้ม ชนิดเมล็ด 500 กรัม",
        title_en="Chumphon Robusta Coffee, Dark Roast Whole Beans, 500 g",
        description_th=(
            "เมล็ดโรบัสต้าเกรดเอจากสวนของสมาชิกในตำบลรับร่อ เก็บเฉพาะผลสุกและคั่วเข้มด้วยเตาถ่าน "
            "รสเข้มข้น บอดี้หนา คาเฟอีนสูง เหมาะชงเอสเปรสโซผสมนม หรือกาแฟเย็นแบบปักษ์ใต้ "
            "อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Grade A robusta from members' plantations in Rap Ro, picked ripe and dark-roasted over charcoal. "
            "Strong and full-bodied with plenty of caffeine, perfect for milky espresso drinks or southern-style iced coffee. "
            "Shelf life 12 months."
        ),
        price="220.00",
        stock=110,
        weight_grams=540,
        stars=5,
        selection_year=2024,
        expires_in_days=690,
        standards=(("fda", "86-2-00345-2-0007"), ("tcps", "มผช. 1182/2557")),
        motif="coffee",
        colours=("#1f1a17", "#e76f51"),
    ),
    DemoProduct(
        upc="8850002000014",
        producer_key="drink-rapro-robusta",
        category="beverage",
        title_th="ผงกาแฟโบราณโรบัสต้า สำหรับชงถุงผ้า 500 กรัม",
        title_en="Traditional Thai Robusta Coffee Powder for Cloth-Filter Brewing, 500 g",
        description_th=(
            "กาแฟโรบัสต้าคั่วกับน้ำตาลและเนยตามสูตรร้านกาแฟโบราณ บดละเอียดสำหรับชงด้วยถุงผ้าหรือต้มกรอง "
            "ชงเป็นโอเลี้ยง กาแฟดำร้อน หรือกาแฟเย็นใส่นมข้นหวานได้รสเข้มหอมไหม้แบบสภากาแฟ "
            "บรรจุถุงฟอยล์ อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Robusta roasted with sugar and butter the way old Thai coffee shops do it, ground fine for a cloth 'sock' filter or for boiling and straining. "
            "Makes oliang, hot black coffee or iced coffee with sweetened condensed milk, with the bold caramelised flavour of a village coffee shop. "
            "Foil bag; shelf life 12 months."
        ),
        price="150.00",
        stock=180,
        weight_grams=530,
        stars=4,
        selection_year=2022,
        expires_in_days=300,
        standards=(("fda", "86-2-00345-2-0004"),),
        motif="pouch",
        colours=("#8b5a2b", "#f4f1de"),
    ),
    DemoProduct(
        upc="8850002000015",
        producer_key="drink-rapro-robusta",
        category="beverage",
        title_th="กาแฟปรุงสำเร็จชนิดผง 3 อิน 1 โรบัสต้าชุมพร 25 ซอง",
        title_en="Chumphon Robusta 3-in-1 Instant Coffee Mix, 25 Sachets",
        description_th=(
            "กาแฟสำเร็จรูปผสมครีมเทียมและน้ำตาล ใช้กาแฟโรบัสต้าจากสวนสมาชิกเป็นส่วนผสมหลัก "
            "ฉีกซองผสมน้ำร้อน 120 มล. คนให้เข้ากัน ดื่มง่ายรสหวานมัน "
            "ซองละ 20 กรัม อายุการเก็บ 18 เดือน"
        ),
        description_en=(
            "Instant coffee with creamer and sugar, made mainly from robusta grown by the group's members. "
            "Empty a sachet into 120 ml of hot water and stir for a sweet, creamy cup. "
            "20 g per sachet; shelf life 18 months."
        ),
        price="125.00",
        stock=70,
        weight_grams=560,
        stars=3,
        selection_year=2022,
        expires_in_days=260,
        standards=(("fda", "86-2-00345-2-0009"),),
        motif="box",
        colours=("#d62828", "#fcbf49"),
    ),
    DemoProduct(
        upc="8850002000016",
        producer_key="drink-pasang-longan",
        category="beverage",
        title_th="เครื่องดื่มน้ำผึ้งดอกลำไยผสมมะนาว 250 มล. แพ็ก 6 ขวด",
        title_en="Longan Blossom Honey Lime Drink, 250 ml, Pack of 6",
        description_th=(
            "น้ำผึ้งดอกลำไยแท้จากสวนในป่าซางผสมน้ำมะนาวคั้นสด หวานอมเปรี้ยว สดชื่น ไม่ใส่สีและวัตถุกันเสีย "
            "ผ่านการพาสเจอร์ไรซ์ในขวดแก้ว ดื่มเย็น ๆ หรือผสมโซดาเป็นม็อกเทล "
            "เก็บได้ 12 เดือนก่อนเปิด เปิดแล้วควรแช่เย็นและดื่มภายใน 3 วัน"
        ),
        description_en=(
            "Pure longan-blossom honey from Pa Sang orchards mixed with freshly squeezed lime: sweet, tangy and refreshing, with no colouring or preservatives. "
            "Pasteurised in glass bottles; serve chilled or top up with soda for a mocktail. "
            "Keeps 12 months unopened; once opened refrigerate and finish within 3 days."
        ),
        price="210.00",
        stock=80,
        weight_grams=2650,
        stars=4,
        selection_year=2024,
        expires_in_days=580,
        standards=(("fda", "51-1-01129-2-0011"), ("tcps", "มผช. 1227/2558")),
        motif="honey",
        colours=("#e9a800", "#b7d36b"),
    ),
    DemoProduct(
        upc="8850002000017",
        producer_key="drink-pasang-longan",
        category="beverage",
        title_th="น้ำลำไยสกัดเข้มข้น สูตรไม่เติมน้ำตาล 750 มล.",
        title_en="Longan Juice Concentrate, No Added Sugar, 750 ml",
        description_th=(
            "เคี่ยวจากเนื้อลำไยอีดอสดของป่าซางนานกว่า 6 ชั่วโมงจนหวานหอมด้วยน้ำตาลจากผลลำไยเอง ไม่เติมน้ำตาลทราย "
            "ผสม 1 ส่วนต่อน้ำเย็น 4 ส่วน ได้น้ำลำไยประมาณ 15 แก้ว หรือราดน้ำแข็งไสและขนมหวาน "
            "อายุการเก็บ 18 เดือน เปิดแล้วเก็บในตู้เย็น"
        ),
        description_en=(
            "Fresh Pa Sang E-Daw longan flesh simmered for more than 6 hours until it is sweet and fragrant from the fruit's own sugar, with none added. "
            "Mix 1 part with 4 parts cold water for about 15 glasses, or pour over shaved ice and desserts. "
            "Shelf life 18 months; refrigerate after opening."
        ),
        price="165.00",
        stock=100,
        weight_grams=1250,
        stars=5,
        selection_year=2024,
        expires_in_days=820,
        standards=(("fda", "51-1-01129-2-0008"), ("tcps", "มผช. 1227/2558")),
        motif="bottle",
        colours=("#7f4f24", "#ffe8a3"),
    ),
    DemoProduct(
        upc="8850002000018",
        producer_key="drink-pasang-longan",
        category="beverage",
        title_th="เครื่องดื่มลำไยพุทราจีนสำเร็จรูปชนิดก้อน 12 ซอง",
        title_en="Instant Longan and Red Date Drink Cubes, 12 Sachets",
        description_th=(
            "ลำไยอบแห้ง พุทราจีน และน้ำตาลทรายแดงเคี่ยวรวมกันแล้วอัดเป็นก้อน แกะซองใส่น้ำร้อน 200 มล. พร้อมดื่มทันที "
            "รสหวานหอม อุ่นท้อง นิยมดื่มในหน้าหนาว "
            "ซองละ 25 กรัม อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Dried longan, Chinese red dates and brown sugar cooked down and pressed into cubes; drop one into 200 ml of hot water and it is ready. "
            "Sweet, fragrant and warming, a favourite in the cool season. "
            "25 g per sachet; shelf life 12 months."
        ),
        price="135.00",
        stock=55,
        weight_grams=360,
        stars=4,
        selection_year=2022,
        expires_in_days=-15,
        standards=(("fda", "51-1-01129-2-0014"),),
        motif="box",
        colours=("#9d0208", "#f6bd60"),
    ),
    DemoProduct(
        upc="8850002000019",
        producer_key="drink-chonnabot-mulberry",
        category="beverage",
        title_th="ชาใบหม่อนออร์แกนิก ชนิดใบ 50 กรัม",
        title_en="Organic Mulberry Leaf Tea, Loose Leaf, 50 g",
        description_th=(
            "ใบหม่อนอ่อนจากแปลงปลูกเลี้ยงไหมในชนบท ปลอดสารเคมี นำมานึ่ง นวด และคั่วในกระทะดินจนหอม "
            "น้ำชาสีเขียวอมเหลือง รสนุ่มคล้ายชาเขียวแต่ไม่มีคาเฟอีน ดื่มได้ทุกเวลา "
            "ชง 1 ช้อนชาต่อน้ำร้อน 200 มล. แช่ 3-5 นาที อายุการเก็บ 18 เดือน"
        ),
        description_en=(
            "Young leaves from Chonnabot's chemical-free silkworm mulberry gardens, steamed, rolled and roasted in a clay pan until fragrant. "
            "The yellow-green brew is mellow like green tea but caffeine-free, so you can drink it any time of day. "
            "Steep 1 teaspoon in 200 ml of hot water for 3-5 minutes; shelf life 18 months."
        ),
        price="120.00",
        stock=130,
        weight_grams=120,
        stars=5,
        selection_year=2024,
        expires_in_days=760,
        standards=(("fda", "40-2-03376-2-0012"), ("tcps", "มผช. 1188/2557")),
        motif="tea",
        colours=("#557a46", "#f2ee9d"),
    ),
    DemoProduct(
        upc="8850002000020",
        producer_key="drink-chonnabot-mulberry",
        category="beverage",
        title_th="ชาดอกอัญชันอบแห้ง 30 กรัม",
        title_en="Dried Butterfly Pea Flower Tea, 30 g",
        description_th=(
            "ดอกอัญชันกลีบซ้อนที่ปลูกริมคันนา เก็บตอนเช้าแล้วอบลมร้อนที่อุณหภูมิต่ำเพื่อรักษาสีน้ำเงินเข้ม "
            "ชง 5-6 ดอกต่อน้ำร้อน 200 มล. ได้น้ำสีน้ำเงิน บีบมะนาวลงไปจะเปลี่ยนเป็นสีม่วง "
            "ใช้ทำน้ำอัญชันมะนาว ขนม หรือข้าวหุงสีฟ้า อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Double-petal butterfly pea flowers grown on the rice-field dykes, picked in the morning and dried with low-temperature hot air to keep their deep blue. "
            "Steep 5-6 flowers in 200 ml of hot water for a blue tea that turns purple when you squeeze in lime. "
            "Also great for butterfly pea lemonade, desserts and blue rice; shelf life 12 months."
        ),
        price="89.00",
        stock=160,
        weight_grams=70,
        stars=4,
        selection_year=2024,
        expires_in_days=600,
        standards=(("fda", "40-2-03376-2-0015"), ("tcps", "มผช. 1188/2557")),
        motif="pouch",
        colours=("#1d3fbb", "#c77dff"),
    ),
    DemoProduct(
        upc="8850002000021",
        producer_key="drink-chonnabot-mulberry",
        category="beverage",
        title_th="น้ำกระเจี๊ยบแดงพร้อมดื่ม 180 มล. แพ็ก 6 ขวด",
        title_en="Ready-to-Drink Roselle Juice, 180 ml, Pack of 6",
        description_th=(
            "น้ำกระเจี๊ยบต้มจากกลีบเลี้ยงกระเจี๊ยบแดงสดของกลุ่ม เติมน้ำตาลน้อย เปรี้ยวอมหวาน ดับกระหาย "
            "พาสเจอร์ไรซ์และบรรจุขวดแก้วฝาเกลียว แช่เย็นก่อนดื่ม "
            "อายุการเก็บ 9 เดือน"
        ),
        description_en=(
            "Roselle juice brewed from the group's fresh red calyces with only a little sugar: tart, sweet and thirst-quenching. "
            "Pasteurised in screw-cap glass bottles; serve chilled. "
            "Shelf life 9 months."
        ),
        price="120.00",
        stock=90,
        weight_grams=1900,
        stars=4,
        selection_year=2022,
        expires_in_days=240,
        standards=(("fda", "40-2-03376-2-0009"), ("tcps", "มผช. 1251/2558")),
        motif="bottle",
        colours=("#a4133c", "#ffccd5"),
    ),
    DemoProduct(
        upc="8850002000022",
        producer_key="drink-chonnabot-mulberry",
        category="beverage",
        title_th="น้ำลูกหม่อนเข้มข้น 500 มล.",
        title_en="Mulberry Fruit Juice Concentrate, 500 ml",
        description_th=(
            "ผลหม่อนสุกสีดำจากสวนของกลุ่ม คั้นและเคี่ยวเป็นน้ำเข้มข้น อุดมด้วยแอนโทไซยานินตามธรรมชาติ "
            "ผสม 1 ส่วนต่อน้ำ 3 ส่วน หรือใส่โยเกิร์ตและสมูทตี้ "
            "อายุการเก็บ 12 เดือน เปิดแล้วเก็บในตู้เย็นและใช้ให้หมดภายใน 2 สัปดาห์"
        ),
        description_en=(
            "Ripe black mulberries from the group's gardens pressed and simmered into a concentrate naturally rich in anthocyanins. "
            "Mix 1 part with 3 parts water, or add to yoghurt and smoothies. "
            "Shelf life 12 months; refrigerate after opening and use within 2 weeks."
        ),
        price="135.00",
        stock=75,
        weight_grams=900,
        stars=5,
        selection_year=2022,
        expires_in_days=320,
        standards=(("fda", "40-2-03376-2-0011"), ("tcps", "มผช. 1251/2558")),
        motif="bottle",
        colours=("#3c1642", "#e0aaff"),
    ),
    DemoProduct(
        upc="8850002000023",
        producer_key="drink-khlonglan-sato",
        category="beverage",
        title_th="สาโทข้าวเหนียวดำ คลองลาน 640 มล. (แอลกอฮอล์ 8%)",
        title_en="Khlong Lan Black Glutinous Rice Sato Rice Wine, 640 ml (8% ABV)",
        description_th=(
            "สาโทหมักจากข้าวเหนียวดำที่ปลูกเองกับลูกแป้งสูตรครอบครัว หมักในโอ่งดิน 30 วันแล้วกรองใส "
            "สีชมพูอมม่วง รสหวานอมเปรี้ยว หอมข้าว ดื่มเย็น ๆ "
            "จำหน่ายเฉพาะผู้มีอายุ 20 ปีขึ้นไป อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Sato brewed from home-grown black glutinous rice and the family's own starter cakes, fermented 30 days in clay jars and filtered clear. "
            "Pinkish-purple, sweet-sour and fragrant with rice; serve chilled. "
            "Sold only to buyers aged 20 and over; shelf life 12 months."
        ),
        price="180.00",
        stock=40,
        weight_grams=1150,
        stars=4,
        selection_year=2024,
        expires_in_days=480,
        standards=(("tcps", "มผช. 3/2546"),),
        motif="bottle",
        colours=("#6a0572", "#f7d6e0"),
    ),
    DemoProduct(
        upc="8850002000024",
        producer_key="drink-khlonglan-sato",
        category="beverage",
        title_th="ไวน์กล้วยไข่กำแพงเพชร 750 มล. (แอลกอฮอล์ 11%)",
        title_en="Kamphaeng Phet Kluai Khai Banana Wine, 750 ml (11% ABV)",
        description_th=(
            "ไวน์ผลไม้หมักจากกล้วยไข่สุกงอมของคลองลาน ได้สีเหลืองทอง กลิ่นกล้วยหอมชัด รสหวานปลาย "
            "ดื่มเย็นคู่กับของหวานหรืออาหารรสจัด "
            "จำหน่ายเฉพาะผู้มีอายุ 20 ปีขึ้นไป อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A fruit wine fermented from very ripe Khlong Lan kluai khai bananas, golden in colour with a clear banana aroma and a sweet finish. "
            "Serve chilled with desserts or spicy dishes. "
            "Sold only to buyers aged 20 and over; shelf life 2 years."
        ),
        price="260.00",
        stock=20,
        weight_grams=1350,
        stars=3,
        selection_year=2022,
        expires_in_days=180,
        standards=(("tcps", "มผช. 2/2546"),),
        motif="bottle",
        colours=("#ffd23f", "#3a5a40"),
    ),
    # ------------------------------------------------------------------ herbal
    DemoProduct(
        upc="8850002000025",
        producer_key="herb-dongkhilek-compress",
        category="herbal",
        title_th="ลูกประคบสมุนไพรสด ไพล ขมิ้นชัน ตะไคร้ 200 กรัม แพ็กคู่",
        title_en="Fresh Thai Herbal Compress Balls with Plai, Turmeric and Lemongrass, 200 g, Pack of 2",
        description_th=(
            "ลูกประคบห่อด้วยผ้าฝ้ายดิบ บรรจุสมุนไพรสดกว่า 10 ชนิด เช่น ไพล ขมิ้นชัน ตะไคร้ ใบมะขาม ผิวมะกรูด การบูร และพิมเสน "
            "นึ่ง 15-20 นาทีแล้วประคบตามบ่า หลัง และน่อง ช่วยคลายกล้ามเนื้อและผ่อนคลาย "
            "ใช้ซ้ำได้ 3-4 ครั้ง เก็บในตู้เย็นได้ 30 วัน หรือช่องแช่แข็ง 6 เดือน"
        ),
        description_en=(
            "Unbleached cotton compress balls filled with more than ten fresh herbs including plai, turmeric, lemongrass, tamarind leaves, kaffir lime peel, camphor and borneol. "
            "Steam for 15-20 minutes, then press along the shoulders, back and calves to ease tired muscles. "
            "Reusable 3-4 times; keeps 30 days in the fridge or 6 months frozen."
        ),
        price="160.00",
        stock=60,
        weight_grams=480,
        stars=5,
        selection_year=2024,
        expires_in_days=730,
        standards=(("tcps", "มผช. 492/2547"),),
        motif="compress",
        colours=("#e6ccb2", "#606c38"),
    ),
    DemoProduct(
        upc="8850002000026",
        producer_key="herb-dongkhilek-compress",
        category="herbal",
        title_th="ยาหม่องสมุนไพรเสลดพังพอน สูตรเย็น 15 กรัม",
        title_en="Cooling Phaya Yo (Clinacanthus) Herbal Balm, 15 g",
        description_th=(
            "ยาหม่องเคี่ยวจากใบเสลดพังพอนตัวเมียสดกับน้ำมันมะพร้าว เมนทอล และการบูร เนื้อบาล์มสีเขียวใส ซึมไว ไม่เหนียว "
            "ทาบริเวณที่ยุงหรือแมลงกัด ผื่นคัน และนวดขมับเมื่อเวียนหัว "
            "ตลับแก้วฝาเกลียว ใช้ภายนอกเท่านั้น เก็บได้ 3 ปี"
        ),
        description_en=(
            "A balm cooked from fresh phaya yo (Clinacanthus nutans) leaves with coconut oil, menthol and camphor; the clear green balm absorbs quickly and isn't sticky. "
            "Apply to mosquito and insect bites or itchy skin, or rub on the temples when you feel dizzy. "
            "Screw-top glass jar, for external use only; keeps 3 years."
        ),
        price="59.00",
        stock=200,
        weight_grams=45,
        stars=4,
        selection_year=2024,
        expires_in_days=650,
        standards=(("fda", "10-1-6512345"), ("tcps", "มผช. 1178/2557")),
        motif="balm",
        colours=("#52b788", "#fefae0"),
    ),
    DemoProduct(
        upc="8850002000027",
        producer_key="herb-dongkhilek-compress",
        category="herbal",
        title_th="ยาดมสมุนไพรขวดแก้ว สูตรพิมเสนการบูร 10 กรัม",
        title_en="Herbal Inhaler Jar with Borneol and Camphor, 10 g",
        description_th=(
            "ยาดมแบบขวดแก้วบรรจุสมุนไพรแห้ง เช่น กานพลู อบเชย ดอกจันทน์ และพริกไทย คลุกกับพิมเสน การบูร และเมนทอล "
            "เปิดฝาสูดดมเมื่อวิงเวียน เมารถ หรือคัดจมูก กลิ่นแรงสดชื่นนาน 6 เดือน "
            "ปิดฝาให้สนิททุกครั้งหลังใช้"
        ),
        description_en=(
            "A small glass inhaler jar of dried cloves, cinnamon, mace and pepper mixed with borneol, camphor and menthol. "
            "Open and breathe in when you feel dizzy, carsick or stuffy; the strong fresh scent lasts about 6 months. "
            "Close the lid tightly after each use."
        ),
        price="69.00",
        stock=90,
        weight_grams=40,
        stars=4,
        selection_year=2019,
        expires_in_days=-220,
        standards=(("fda", "10-1-6210873"),),
        motif="bottle",
        colours=("#caf0f8", "#0077b6"),
    ),
    DemoProduct(
        upc="8850002000028",
        producer_key="herb-dongkhilek-compress",
        category="herbal",
        title_th="ลูกประคบสมุนไพรแห้ง 6 ลูก สำหรับร้านนวดและสปา",
        title_en="Dried Herbal Compress Balls, Set of 6 for Massage Shops and Spas",
        description_th=(
            "ลูกประคบสมุนไพรอบแห้งขนาด 150 กรัม มัดหัวด้วยเชือกฝ้ายแน่นหนา เก็บได้นานกว่าลูกประคบสด "
            "ก่อนใช้พรมน้ำหรือเหล้าขาวเล็กน้อยแล้วนึ่ง 20 นาที กลิ่นไพลและตะไคร้หอมชัด "
            "อายุการเก็บ 1 ปีในที่แห้ง เหมาะสำหรับร้านนวดแผนไทย"
        ),
        description_en=(
            "Dried herbal compress balls of 150 g each, tied tightly with cotton string, with a much longer life than fresh ones. "
            "Sprinkle with a little water or rice spirit and steam for 20 minutes; the plai and lemongrass scent comes through strongly. "
            "Keeps 1 year in a dry place, a good fit for Thai massage shops."
        ),
        price="240.00",
        stock=45,
        weight_grams=1000,
        stars=4,
        selection_year=2022,
        expires_in_days=150,
        standards=(("tcps", "มผช. 492/2547"),),
        motif="compress",
        colours=("#bc8a5f", "#283618"),
    ),
    DemoProduct(
        upc="8850002000029",
        producer_key="herb-dongkhilek-compress",
        category="herbal",
        title_th="น้ำมันไพลสกัด สำหรับนวดคลายกล้ามเนื้อ 30 มล.",
        title_en="Plai Oil for Muscle Massage, 30 ml",
        description_th=(
            "น้ำมันไพลทอดตามตำรับแพทย์แผนไทย ใช้หัวไพลแก่อายุ 2 ปีจากแปลงอินทรีย์ของกลุ่ม ผสมน้ำมันมะพร้าว "
            "หยดและนวดบริเวณที่ปวดเมื่อย ฟกช้ำ หรือข้อเท้าแพลง วันละ 2-3 ครั้ง "
            "ขวดแก้วสีชาพร้อมหัวหยด ใช้ภายนอก เก็บได้ 2 ปี"
        ),
        description_en=(
            "Plai oil fried the Thai traditional-medicine way from two-year-old plai rhizomes grown on the group's organic plots, blended with coconut oil. "
            "Massage a few drops into aches, bruises or sprained ankles two or three times a day. "
            "Amber glass dropper bottle, for external use; keeps 2 years."
        ),
        price="120.00",
        stock=110,
        weight_grams=90,
        stars=5,
        selection_year=2024,
        expires_in_days=880,
        standards=(("fda", "10-1-6512377"), ("tcps", "มผช. 1180/2557")),
        motif="bottle",
        colours=("#ffb703", "#8b4513"),
    ),
    DemoProduct(
        upc="8850002000030",
        producer_key="herb-krue-on-soap",
        category="herbal",
        title_th="สบู่ขมิ้นน้ำผึ้งป่า ทำมือแบบกวนเย็น 100 กรัม",
        title_en="Handmade Cold-Process Turmeric and Wild Honey Soap, 100 g",
        description_th=(
            "สบู่ก้อนกวนเย็นจากน้ำมันมะพร้าวและน้ำมันรำข้าว ผสมผงขมิ้นชันและน้ำผึ้งป่าจากป่าดงนาทาม บ่มนาน 6 สัปดาห์ "
            "ฟองนุ่ม ล้างออกง่าย ผิวไม่แห้งตึง ใช้ได้ทั้งหน้าและตัว "
            "วางในที่ระบายน้ำได้เพื่อให้ก้อนสบู่แห้งเร็ว อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A cold-process bar of coconut and rice bran oils with turmeric powder and wild forest honey, cured for six weeks. "
            "Soft lather that rinses off easily without leaving skin tight; for face and body. "
            "Keep on a draining soap dish so the bar dries between uses; shelf life 2 years."
        ),
        price="65.00",
        stock=180,
        weight_grams=120,
        stars=5,
        selection_year=2024,
        expires_in_days=740,
        standards=(("fda", "10-1-6634120"), ("tis", "มอก. 29-2555")),
        motif="soap",
        colours=("#f4a300", "#fff1c1"),
    ),
    DemoProduct(
        upc="8850002000031",
        producer_key="herb-krue-on-soap",
        category="herbal",
        title_th="สบู่ถ่านไม้ไผ่มะขามเปียก ลดความมันบนใบหน้า 100 กรัม",
        title_en="Bamboo Charcoal and Tamarind Soap for Oily Skin, 100 g",
        description_th=(
            "สบู่สีดำจากผงถ่านไม้ไผ่เผาเองในหมู่บ้าน ผสมเนื้อมะขามเปียกที่มีกรดผลไม้ตามธรรมชาติ ช่วยดูดซับความมันและสิ่งสกปรกในรูขุมขน "
            "เหมาะกับผิวมันและผิวผสม ใช้เช้าและเย็น "
            "ห่อด้วยกระดาษสาพิมพ์ลายมือ อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A black bar made with bamboo charcoal burned in the village and tamarind pulp, whose natural fruit acids help lift oil and dirt from pores. "
            "Suits oily and combination skin; use morning and evening. "
            "Wrapped in hand-printed mulberry paper; shelf life 2 years."
        ),
        price="69.00",
        stock=150,
        weight_grams=120,
        stars=4,
        selection_year=2024,
        expires_in_days=740,
        standards=(("fda", "10-1-6634121"), ("tcps", "มผช. 5/2546")),
        motif="soap",
        colours=("#222222", "#c9a66b"),
    ),
    DemoProduct(
        upc="8850002000032",
        producer_key="herb-krue-on-soap",
        category="herbal",
        title_th="แชมพูมะกรูดอัญชัน ลดผมร่วง 250 มล.",
        title_en="Kaffir Lime and Butterfly Pea Herbal Shampoo, 250 ml",
        description_th=(
            "แชมพูสมุนไพรต้มจากผลมะกรูดเผาและดอกอัญชันตามภูมิปัญญาการสระผมแบบอีสาน ผสมสารทำความสะอาดอ่อนโยน "
            "ช่วยให้หนังศีรษะสะอาด ผมนุ่มมีน้ำหนัก กลิ่นมะกรูดสดชื่น "
            "นวดให้ทั่วแล้วทิ้งไว้ 2-3 นาทีก่อนล้างออก อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A herbal shampoo made from roasted kaffir limes and butterfly pea flowers, the traditional Isan way of washing hair, with a mild cleanser. "
            "Leaves the scalp clean and hair soft and full, with a fresh kaffir lime scent. "
            "Massage in and leave 2-3 minutes before rinsing; shelf life 2 years."
        ),
        price="120.00",
        stock=40,
        weight_grams=310,
        stars=3,
        selection_year=2022,
        expires_in_days=420,
        standards=(("fda", "10-1-6434107"),),
        motif="bottle",
        colours=("#2d6a4f", "#7b2cbf"),
    ),
    DemoProduct(
        upc="8850002000033",
        producer_key="herb-krue-on-soap",
        category="herbal",
        title_th="ชุดของขวัญสบู่สมุนไพร 4 ก้อน ในกล่องผ้าขิดอุบล",
        title_en="Herbal Soap Gift Set, 4 Bars in an Ubon Khit-Cloth Box",
        description_th=(
            "รวมสบู่ขายดี 4 สูตร ได้แก่ ขมิ้นน้ำผึ้ง ถ่านไม้ไผ่ ว่านหางจระเข้ และข้าวหอมมะลิ ก้อนละ 80 กรัม "
            "บรรจุในกล่องหุ้มผ้าขิดทอมือจากกลุ่มทอผ้าในวารินชำราบ ใช้เก็บของต่อได้ "
            "เหมาะเป็นของฝากและของขวัญปีใหม่ อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "Four best-selling bars of 80 g each: turmeric honey, bamboo charcoal, aloe vera and jasmine rice. "
            "Packed in a box covered in handwoven khit cloth from a Warin Chamrap weaving group, which you can keep for storage. "
            "A lovely souvenir or New Year gift; shelf life 2 years."
        ),
        price="290.00",
        stock=35,
        weight_grams=520,
        stars=4,
        selection_year=2022,
        expires_in_days=200,
        standards=(("fda", "10-1-6434110"), ("tcps", "มผช. 5/2546")),
        motif="box",
        colours=("#c1121f", "#fdf0d5"),
    ),
    DemoProduct(
        upc="8850002000034",
        producer_key="herb-nakhonnayok-spa",
        category="herbal",
        title_th="สครับเกลือสปา มะขามขมิ้น 300 กรัม",
        title_en="Tamarind Turmeric Spa Salt Scrub, 300 g",
        description_th=(
            "เกลือสมุทรเม็ดละเอียดผสมเนื้อมะขาม ขมิ้นชัน และน้ำมันมะพร้าวสกัดเย็น สูตรเดียวกับที่ใช้ในสปาของบริษัท "
            "ขัดผิวที่เปียกหมาด ๆ เป็นวงกลมเบา ๆ 3-5 นาทีแล้วล้างออก ผิวเนียนนุ่มชุ่มชื้น สัปดาห์ละ 1-2 ครั้ง "
            "กระปุกแก้วพร้อมช้อนไม้ อายุการเก็บ 18 เดือน"
        ),
        description_en=(
            "Fine sea salt blended with tamarind pulp, turmeric and cold-pressed coconut oil, the same scrub used in the company's own spa. "
            "Massage onto damp skin in gentle circles for 3-5 minutes and rinse for soft, moisturised skin; use once or twice a week. "
            "Glass jar with wooden scoop; shelf life 18 months."
        ),
        price="250.00",
        stock=70,
        weight_grams=620,
        stars=5,
        selection_year=2024,
        expires_in_days=690,
        standards=(("fda", "10-1-6526018"), ("tcps", "มผช. 1181/2557")),
        motif="jar",
        colours=("#e09f3e", "#fff8e7"),
    ),
    DemoProduct(
        upc="8850002000035",
        producer_key="herb-nakhonnayok-spa",
        category="herbal",
        title_th="น้ำมันนวดแผนไทย ตะไคร้ไพล 120 มล.",
        title_en="Thai Massage Oil with Lemongrass and Plai, 120 ml",
        description_th=(
            "น้ำมันนวดตัวจากน้ำมันรำข้าวและน้ำมันมะพร้าว ผสมน้ำมันหอมระเหยตะไคร้และไพล กลิ่นหอมผ่อนคลาย ลื่นมือแต่ไม่เหนอะหนะ "
            "ใช้นวดหลังออกกำลังกายหรือก่อนนอน อุ่นขวดในน้ำร้อนก่อนใช้จะซึมดีขึ้น "
            "ขวดแก้วหัวปั๊ม อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A body massage oil of rice bran and coconut oils with lemongrass and plai essential oils: relaxing, with good glide and no greasy feel. "
            "Use after exercise or before bed; warming the bottle in hot water first helps it absorb. "
            "Glass pump bottle; shelf life 2 years."
        ),
        price="220.00",
        stock=85,
        weight_grams=280,
        stars=4,
        selection_year=2024,
        expires_in_days=690,
        standards=(("fda", "10-1-6526021"),),
        motif="bottle",
        colours=("#9ef01a", "#7f5539"),
    ),
    DemoProduct(
        upc="8850002000036",
        producer_key="herb-nakhonnayok-spa",
        category="herbal",
        title_th="สมุนไพรอบตัวอบไอน้ำ 5 ซอง",
        title_en="Herbal Steam Sauna Sachets, 5 Packs",
        description_th=(
            "ชุดสมุนไพรแห้งสำหรับต้มอบไอน้ำ ประกอบด้วยไพล ตะไคร้ ใบมะขาม ใบส้มป่อย ผิวมะกรูด และการบูร "
            "ต้ม 1 ซองในน้ำ 3 ลิตรแล้วอบหรือสูดไอน้ำ 15-20 นาที ช่วยให้สดชื่น หายใจโล่ง "
            "ซองละ 60 กรัม อายุการเก็บ 12 เดือน"
        ),
        description_en=(
            "Dried herb packs for a steam bath: plai, lemongrass, tamarind and som poi leaves, kaffir lime peel and camphor. "
            "Boil one pack in 3 litres of water and sit in or breathe the steam for 15-20 minutes to feel refreshed and breathe easier. "
            "60 g per pack; shelf life 12 months."
        ),
        price="180.00",
        stock=65,
        weight_grams=360,
        stars=4,
        selection_year=2022,
        expires_in_days=260,
        standards=(("tcps", "มผช. 1179/2557"),),
        motif="pouch",
        colours=("#6a994e", "#f2e8cf"),
    ),
    DemoProduct(
        upc="8850002000037",
        producer_key="herb-nakhonnayok-spa",
        category="herbal",
        title_th="แชมพูสมุนไพรประคำดีควาย ว่านหางจระเข้ 300 มล.",
        title_en="Soapberry and Aloe Vera Herbal Shampoo, 300 ml",
        description_th=(
            "แชมพูที่ใช้น้ำต้มผลประคำดีควายซึ่งมีซาโปนินเป็นสารทำความสะอาดจากธรรมชาติ ผสมเจลว่านหางจระเข้และใบหมี่ "
            "ฟองน้อยแต่ล้างสะอาด ลดรังแคและอาการคันหนังศีรษะ เหมาะกับผมทำสี "
            "ขวดปั๊ม อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A shampoo made with soapberry decoction, whose natural saponins clean the hair, plus aloe vera gel and bay-leaf litsea. "
            "Low lather but a thorough clean that helps with dandruff and an itchy scalp, and it is gentle on coloured hair. "
            "Pump bottle; shelf life 2 years."
        ),
        price="195.00",
        stock=95,
        weight_grams=360,
        stars=5,
        selection_year=2022,
        expires_in_days=300,
        standards=(("fda", "10-1-6426004"), ("tcps", "มผช. 1183/2557")),
        motif="bottle",
        colours=("#386641", "#dde5b6"),
    ),
    DemoProduct(
        upc="8850002000038",
        producer_key="herb-nakhonnayok-spa",
        category="herbal",
        title_th="เกลือแช่เท้าสมุนไพร ตะไคร้ มะกรูด 500 กรัม",
        title_en="Lemongrass and Kaffir Lime Herbal Foot Soak Salt, 500 g",
        description_th=(
            "เกลือสมุทรผสมตะไคร้ ผิวมะกรูด และใบพลูแห้ง สำหรับแช่เท้าหลังเดินทางหรือยืนทั้งวัน "
            "ใช้ 2 ช้อนโต๊ะต่อน้ำอุ่น 3 ลิตร แช่ 15 นาที ลดกลิ่นเท้าและความเมื่อยล้า "
            "ถุงตั้งได้มีซิปล็อก อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "Sea salt mixed with dried lemongrass, kaffir lime peel and betel leaves, for soaking tired feet after travelling or standing all day. "
            "Dissolve 2 tablespoons in 3 litres of warm water and soak for 15 minutes to ease aches and freshen feet. "
            "Stand-up zip pouch; shelf life 2 years."
        ),
        price="150.00",
        stock=120,
        weight_grams=540,
        stars=4,
        selection_year=2024,
        expires_in_days=690,
        standards=(("fda", "10-1-6526033"),),
        motif="pouch",
        colours=("#90e0ef", "#588157"),
    ),
    DemoProduct(
        upc="8850002000039",
        producer_key="herb-hindat-plai-yaisomsri",
        category="herbal",
        title_th="ครีมไพลทาแก้ปวดเมื่อย สูตรร้อน 50 กรัม",
        title_en="Warming Plai Cream for Aches and Pains, 50 g",
        description_th=(
            "ครีมเนื้อบางเบาจากน้ำมันไพลที่ยายสมศรีทอดเองจากไพลในสวน ผสมเมทิลซาลิไซเลตและการบูร ให้ความอุ่นเร็ว "
            "ทาและนวดบริเวณไหล่ หลัง และเข่าที่ปวดเมื่อย วันละ 2-3 ครั้ง ไม่เหนียวเหนอะหนะ "
            "กระปุกพลาสติกสีชา ใช้ภายนอก เก็บได้ 2 ปี"
        ),
        description_en=(
            "A light cream made with plai oil Grandma Somsri fries herself from her garden plai, plus methyl salicylate and camphor for quick warmth. "
            "Massage into aching shoulders, back and knees two or three times a day; not greasy. "
            "Amber jar, for external use; keeps 2 years."
        ),
        price="120.00",
        stock=100,
        weight_grams=85,
        stars=5,
        selection_year=2024,
        expires_in_days=900,
        standards=(("fda", "10-1-6515092"), ("tcps", "มผช. 1180/2557")),
        motif="jar",
        colours=("#ffba08", "#370617"),
    ),
    DemoProduct(
        upc="8850002000040",
        producer_key="herb-hindat-plai-yaisomsri",
        category="herbal",
        title_th="ครีมขมิ้นชันบำรุงผิวหน้า 30 กรัม",
        title_en="Turmeric Face Cream, 30 g",
        description_th=(
            "ครีมบำรุงผิวหน้าจากสารสกัดขมิ้นชันที่ปลูกบนดินภูเขาในทองผาภูมิ ผสมว่านหางจระเข้และวิตามินอี ไม่ทำให้ผิวเหลือง "
            "ช่วยให้ผิวชุ่มชื้น ดูกระจ่างใส ทาบาง ๆ หลังล้างหน้าเช้าและเย็น "
            "ทดสอบที่ท้องแขนก่อนใช้ อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A face cream with extract of turmeric grown on the mountain soils of Thong Pha Phum, plus aloe vera and vitamin E; it won't stain skin yellow. "
            "Keeps skin moist and bright; apply a thin layer after cleansing morning and evening. "
            "Patch-test on the inner arm first; shelf life 2 years."
        ),
        price="150.00",
        stock=75,
        weight_grams=70,
        stars=4,
        selection_year=2022,
        expires_in_days=170,
        standards=(("fda", "10-1-6415066"),),
        motif="jar",
        colours=("#f9c74f", "#90be6d"),
    ),
    DemoProduct(
        upc="8850002000041",
        producer_key="herb-hindat-plai-yaisomsri",
        category="herbal",
        title_th="ลูกประคบสมุนไพรน้ำพุร้อนหินดาด 150 กรัม",
        title_en="Hin Dat Hot Spring Herbal Compress Ball, 150 g",
        description_th=(
            "ลูกประคบขายดีของร้านยายสมศรีที่นักท่องเที่ยวซื้อไปใช้หลังแช่น้ำพุร้อน ห่อด้วยผ้าฝ้ายย้อมครามอ่อน "
            "ไส้ไพล ขมิ้นชัน ตะไคร้ และเกลือ นึ่ง 15 นาทีแล้วประคบขณะอุ่น "
            "เป็นลูกประคบแห้ง เก็บได้ 1 ปีในที่แห้ง"
        ),
        description_en=(
            "The most popular compress at Grandma Somsri's shop, bought by visitors to use after a soak in the hot springs, wrapped in pale indigo-dyed cotton. "
            "Filled with plai, turmeric, lemongrass and salt; steam for 15 minutes and apply while warm. "
            "A dried compress that keeps 1 year in a dry place."
        ),
        price="95.00",
        stock=140,
        weight_grams=190,
        stars=4,
        selection_year=2024,
        expires_in_days=560,
        standards=(("tcps", "มผช. 492/2547"),),
        motif="compress",
        colours=("#a2d2ff", "#d4a276"),
    ),
    DemoProduct(
        upc="8850002000042",
        producer_key="herb-hindat-plai-yaisomsri",
        category="herbal",
        title_th="ยาดมสมุนไพรกระบอกไม้ไผ่ ทองผาภูมิ",
        title_en="Herbal Inhaler in a Bamboo Tube, Thong Pha Phum",
        description_th=(
            "ยาดมสมุนไพรบรรจุในกระบอกไม้ไผ่รวกที่เหลาและขัดด้วยมือ ไส้เป็นพริกไทย กานพลู ดอกจันทน์ พิมเสน และการบูร "
            "พกพาง่าย สูดดมแก้วิงเวียนและเมารถระหว่างเดินทางขึ้นเขื่อนหรือเที่ยวป่า "
            "กลิ่นอยู่ได้ราว 6 เดือน ขนาดกระบอกยาว 7 ซม."
        ),
        description_en=(
            "A herbal inhaler packed in a hand-carved, hand-polished bamboo tube, filled with pepper, cloves, mace, borneol and camphor. "
            "Easy to carry; sniff to ease dizziness and carsickness on mountain roads and forest trips. "
            "The scent lasts about 6 months; the tube is 7 cm long."
        ),
        price="69.00",
        stock=200,
        weight_grams=30,
        stars=4,
        selection_year=2024,
        expires_in_days=560,
        standards=(("fda", "10-1-6515101"),),
        motif="bottle",
        colours=("#ccd5ae", "#6f4518"),
    ),
    DemoProduct(
        upc="8850002000043",
        producer_key="herb-yala-halal-herb",
        category="herbal",
        title_th="สบู่ขมิ้นนมแพะ ฮาลาล 90 กรัม",
        title_en="Halal Turmeric and Goat Milk Soap, 90 g",
        description_th=(
            "สบู่ตามตำรับโต๊ะบีดันจากขมิ้นชันสดบดกับน้ำนมแพะของฟาร์มในยะลาและน้ำมันมะพร้าว ได้รับเครื่องหมายฮาลาล "
            "ฟองนุ่ม ช่วยให้ผิวชุ่มชื้นและดูสว่างขึ้น อ่อนโยนพอสำหรับผิวแพ้ง่าย "
            "ห่อกระดาษพิมพ์ลายบาติก อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "A bar made to the to' bidan's recipe from freshly ground turmeric, goat milk from a Yala farm and coconut oil, with halal certification. "
            "Creamy lather that leaves skin moist and brighter, mild enough for sensitive skin. "
            "Wrapped in batik-print paper; shelf life 2 years."
        ),
        price="79.00",
        stock=170,
        weight_grams=110,
        stars=5,
        selection_year=2024,
        expires_in_days=780,
        standards=(("fda", "10-1-6595014"), ("halal", "ฮ-0951/2566")),
        motif="soap",
        colours=("#e85d04", "#f8f9fa"),
    ),
    DemoProduct(
        upc="8850002000044",
        producer_key="herb-yala-halal-herb",
        category="herbal",
        title_th="บาล์มตะไคร้หอมกันยุง ฮาลาล 20 กรัม",
        title_en="Halal Citronella Mosquito Repellent Balm, 20 g",
        description_th=(
            "บาล์มจากน้ำมันตะไคร้หอม น้ำมันมะพร้าว และขี้ผึ้งจากรังผึ้งโพรงในสวนยาง ทาผิวกันยุงได้นาน 2-3 ชั่วโมง "
            "กลิ่นหอมสดชื่น ปลอดภัยสำหรับเด็กอายุ 2 ปีขึ้นไป เหมาะกับการกรีดยางตอนเช้ามืดและการเดินป่า "
            "ตลับอะลูมิเนียมพกพา ได้รับเครื่องหมายฮาลาล เก็บได้ 3 ปี"
        ),
        description_en=(
            "A balm of citronella oil, coconut oil and beeswax from wild hives in the rubber gardens that keeps mosquitoes off for 2-3 hours. "
            "Fresh-smelling and safe for children aged 2 and up, ideal for pre-dawn rubber tapping or forest walks. "
            "Pocket aluminium tin, halal certified; keeps 3 years."
        ),
        price="89.00",
        stock=130,
        weight_grams=45,
        stars=4,
        selection_year=2024,
        expires_in_days=780,
        standards=(("fda", "10-1-6595019"), ("halal", "ฮ-0952/2566")),
        motif="balm",
        colours=("#80b918", "#ced4da"),
    ),
    DemoProduct(
        upc="8850002000045",
        producer_key="herb-yala-halal-herb",
        category="herbal",
        title_th="น้ำมันนวดสมุนไพรว่านนางคำ ฮาลาล 60 มล.",
        title_en="Halal Wild Turmeric Herbal Massage Oil, 60 ml",
        description_th=(
            "น้ำมันนวดสูตรหลังคลอดของโต๊ะบีดัน ทอดว่านนางคำ ไพล และขิงในน้ำมันมะพร้าวด้วยไฟอ่อนนานครึ่งวัน "
            "ใช้นวดตัว นวดเท้า และคลายกล้ามเนื้อหลังทำงานหนัก กลิ่นหอมสมุนไพรอุ่น ๆ "
            "ขวดแก้วฝาเกลียว ได้รับเครื่องหมายฮาลาล อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "The to' bidan's postnatal massage oil: wild turmeric, plai and ginger fried slowly in coconut oil for half a day. "
            "Use for body and foot massage or to loosen muscles after hard work; it has a warm herbal scent. "
            "Screw-cap glass bottle, halal certified; shelf life 2 years."
        ),
        price="160.00",
        stock=60,
        weight_grams=150,
        stars=4,
        selection_year=2022,
        expires_in_days=230,
        standards=(("fda", "10-1-6495007"), ("halal", "ฮ-0417/2565")),
        motif="bottle",
        colours=("#dc2f02", "#ffe5b4"),
    ),
    DemoProduct(
        upc="8850002000046",
        producer_key="herb-yala-halal-herb",
        category="herbal",
        title_th="สบู่ใบพลูเปลือกมังคุด ฮาลาล แพ็ก 3 ก้อน",
        title_en="Halal Betel Leaf and Mangosteen Peel Soap, Pack of 3",
        description_th=(
            "สบู่ก้อนจากสารสกัดใบพลูและเปลือกมังคุดของสวนผลไม้ในยะลา ช่วยลดกลิ่นกายและทำความสะอาดผิวที่มีปัญหาสิวบนแผ่นหลัง "
            "ก้อนละ 80 กรัม ผลิตโดยกลุ่มสตรีในตำบลลำใหม่ "
            "ได้รับเครื่องหมายฮาลาล อายุการเก็บ 2 ปี"
        ),
        description_en=(
            "Bars made with betel leaf and mangosteen peel extracts from Yala fruit gardens, to help control body odour and clean skin prone to back acne. "
            "80 g per bar, made by the women's group in Lam Mai subdistrict. "
            "Halal certified; shelf life 2 years."
        ),
        price="199.00",
        stock=90,
        weight_grams=290,
        stars=4,
        selection_year=2024,
        expires_in_days=780,
        standards=(("fda", "10-1-6595022"), ("halal", "ฮ-0953/2566")),
        motif="soap",
        colours=("#5a189a", "#b5e48c"),
    ),
)
