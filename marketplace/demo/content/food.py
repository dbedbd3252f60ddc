"""Demo catalogue: food (อาหาร).

Chili pastes, dried and preserved fruit, jasmine rice and riceberry, coconut and palm
sugar, fish sauce and shrimp paste, crispy snacks, curry pastes and regional sweets.
"""

from marketplace.demo.records import DemoProducer, DemoProduct

PRODUCERS: tuple[DemoProducer, ...] = (
    DemoProducer(
        key="food-phet-nakhon-thai-desserts",
        name_th="ห้างหุ้นส่วนจำกัด เพชรนครขนมไทย",
        name_en="Phet Nakhon Thai Desserts Limited Partnership",
        producer_type="sme",
        province_code="TH-76",
        district_th="เมืองเพชรบุรี",
        district_en="Mueang Phetchaburi",
        subdistrict_th="ท่าราบ",
        subdistrict_en="Tha Rap",
        story_th=(
            "ครอบครัวสุขเจริญทำขนมหวานเมืองเพชรที่ตำบลท่าราบมาสามรุ่น เริ่มจากแผงขนมหน้าวัดมหาธาตุ "
            "ก่อนจดทะเบียนเป็นห้างหุ้นส่วนในปี 2552 ขนมทุกถาดใช้ไข่เป็ดสดจากฟาร์มในอำเภอเดียวกันและน้ำตาลโตนดจากชาวสวนบ้านลาด "
            "และยังอบด้วยเตาถ่านกาบมะพร้าวให้หน้าขนมหอมเกรียม"
        ),
        story_en=(
            "The Sukcharoen family has made Phetchaburi sweets in Tha Rap for three generations, starting from a stall "
            "outside Wat Mahathat and registering as a limited partnership in 2009. Every tray uses fresh duck eggs from "
            "farms in the same district and palm sugar from growers in Ban Lat. The custards are still baked over "
            "coconut-husk charcoal, which gives the top its smoky, caramelised crust."
        ),
        phone="081-437-2296",
    ),
    DemoProducer(
        key="food-phraek-nam-daeng-coconut-sugar",
        name_th="กลุ่มแม่บ้านเกษตรกรบ้านแพรกหนามแดง",
        name_en="Ban Phraek Nam Daeng Farm Housewives Group",
        producer_type="community_group",
        province_code="TH-75",
        district_th="อัมพวา",
        district_en="Amphawa",
        subdistrict_th="แพรกหนามแดง",
        subdistrict_en="Phraek Nam Daeng",
        story_th=(
            "กลุ่มแม่บ้าน 28 คนในตำบลแพรกหนามแดง อำเภออัมพวา ยังขึ้นตาลเก็บน้ำตาลมะพร้าวทุกเช้าและเย็นตามวิถีสวนยกร่องริมคลอง "
            "น้ำตาลสดถูกเคี่ยวในกระทะใบบัวด้วยเตาฟืนจนได้น้ำตาลปึกสีน้ำตาลทอง โดยไม่ผสมน้ำตาลทราย "
            "กลุ่มยังรับนักท่องเที่ยวมาลองเคี่ยวน้ำตาลและชิมน้ำพริกปลาทูของสมาชิกด้วย"
        ),
        story_en=(
            "Twenty-eight women in Phraek Nam Daeng, Amphawa, still climb the coconut palms morning and evening to collect "
            "sap from orchards laid out on raised beds between canals. The sap is boiled down in wide pans over wood fires "
            "until it sets into golden-brown cakes, with no cane sugar added. Visitors can try stirring the sugar themselves "
            "and taste the members' mackerel chili paste."
        ),
        phone="089-712-4053",
    ),
    DemoProducer(
        key="food-chan-orchard-fruit",
        name_th="ห้างหุ้นส่วนจำกัด จันท์สวนผลไม้แปรรูป",
        name_en="Chan Orchard Fruit Processing Limited Partnership",
        producer_type="sme",
        province_code="TH-22",
        district_th="ท่าใหม่",
        district_en="Tha Mai",
        subdistrict_th="พลอยแหวน",
        subdistrict_en="Phloi Waen",
        story_th=(
            "ห้างหุ้นส่วนนี้ก่อตั้งโดยชาวสวนทุเรียนสองพี่น้องในตำบลพลอยแหวน อำเภอท่าใหม่ "
            "เพื่อรับซื้อผลไม้ตกเกรดจากสวนเพื่อนบ้านมาแปรรูปแทนการทิ้ง ทุเรียนหมอนทองและมังคุดทุกลูกมาจากสวนในรัศมีไม่เกิน 20 กิโลเมตร "
            "ปัจจุบันโรงงานได้มาตรฐาน GMP และจ้างแรงงานในชุมชนกว่า 30 คนช่วงฤดูผลไม้"
        ),
        story_en=(
            "Two brothers who grow durian in Phloi Waen, Tha Mai district, set up the partnership to buy their neighbours' "
            "off-grade fruit and process it instead of letting it go to waste. Every Monthong durian and mangosteen comes "
            "from orchards within 20 kilometres. The plant is now GMP-certified and employs more than 30 local people in "
            "the fruit season."
        ),
        phone="086-159-3378",
    ),
    DemoProducer(
        key="food-lung-choei-pak-nam-fish-sauce",
        name_th="น้ำปลาลุงเชย ปากน้ำระยอง",
        name_en="Lung Choei Pak Nam Rayong Fish Sauce",
        producer_type="single_owner",
        province_code="TH-21",
        district_th="เมืองระยอง",
        district_en="Mueang Rayong",
        subdistrict_th="ปากน้ำ",
        subdistrict_en="Pak Nam",
        story_th=(
            "ลุงเชยเป็นชาวประมงเรือเล็กที่ปากน้ำระยองมากว่า 40 ปี และหมักน้ำปลาจากปลากะตักกับเกลือสมุทรในโอ่งดินตามสูตรของแม่ "
            "ลุงหมักอย่างน้อย 18 เดือนก่อนกรองจึงได้น้ำปลาสีน้ำตาลแดงใส กลิ่นหอมไม่คาว "
            "ปัจจุบันลูกสาวช่วยดูแลการบรรจุและส่งขายออนไลน์"
        ),
        story_en=(
            "Lung Choei fished from a small boat at the mouth of the Rayong river for more than 40 years and ferments fish "
            "sauce from anchovies and sea salt in clay jars, following his mother's recipe. He leaves it at least 18 months "
            "before filtering, which gives a clear reddish-brown sauce that smells rich rather than fishy. His daughter now "
            "handles the bottling and online orders."
        ),
        phone="084-620-9187",
    ),
    DemoProducer(
        key="food-pa-somsong-thong-muan",
        name_th="ขนมบ้านป้าสมทรง",
        name_en="Pa Somsong's Kitchen",
        producer_type="single_owner",
        province_code="TH-72",
        district_th="ศรีประจันต์",
        district_en="Si Prachan",
        subdistrict_th="บ้านกร่าง",
        subdistrict_en="Ban Krang",
        story_th=(
            "ป้าสมทรงเริ่มม้วนทองม้วนขายในตลาดนัดอำเภอศรีประจันต์เมื่อกว่า 25 ปีก่อน ด้วยพิมพ์ทองเหลืองที่ได้รับต่อจากยาย "
            "ทุกวันนี้ยังผิงทองม้วนบนเตาถ่านทีละแผ่น ใช้กะทิคั้นสดจากมะพร้าวในตำบลบ้านกร่างและงาดำคั่วเอง "
            "หลานสาวสองคนมาช่วยทำข้าวแต๋นและขนมสาลี่ในวันหยุด"
        ),
        story_en=(
            "Pa Somsong started rolling crispy coconut rolls for the Si Prachan market more than 25 years ago, with brass "
            "moulds handed down from her grandmother. She still cooks them one sheet at a time over charcoal, using coconut "
            "milk pressed that morning from nuts grown in Ban Krang and black sesame she roasts herself. Her two "
            "granddaughters help make rice crackers and Suphan sponge cakes at weekends."
        ),
        phone="087-254-6610",
    ),
    DemoProducer(
        key="food-ban-muang-khai-beef",
        name_th="วิสาหกิจชุมชนแปรรูปเนื้อโคบ้านม่วงไข่",
        name_en="Ban Muang Khai Beef Processing Community Enterprise",
        producer_type="community_group",
        province_code="TH-47",
        district_th="พังโคน",
        district_en="Phang Khon",
        subdistrict_th="ม่วงไข่",
        subdistrict_en="Muang Khai",
        story_th=(
            "สมาชิก 35 ครัวเรือนในตำบลม่วงไข่ อำเภอพังโคน เลี้ยงโคขุนแบบปล่อยทุ่งและรวมกลุ่มกันแปรรูปเนื้อเพื่อเพิ่มมูลค่า "
            "เนื้อแดดเดียวหมักด้วยซีอิ๊ว กระเทียม และพริกไทยตามสูตรอีสาน แล้วตากแดดบนแผงมุ้งเพียงหนึ่งแดด "
            "พัฒนาชุมชนอำเภอช่วยให้กลุ่มสร้างโรงเรือนแปรรูปที่ได้มาตรฐาน อย."
        ),
        story_en=(
            "Thirty-five households in Muang Khai, Phang Khon district, raise grazing beef cattle and pooled their work to "
            "process the meat and keep more of its value. The sun-dried beef is marinated in soy sauce, garlic and pepper "
            "in the Isan way and dried on screened racks for a single day of sun. The district community development office "
            "helped the group build a workshop that meets Thai FDA requirements."
        ),
        phone="082-903-1745",
    ),
    DemoProducer(
        key="food-na-so-organic-rice",
        name_th="วิสาหกิจชุมชนกลุ่มเกษตรกรทำนาข้าวอินทรีย์บ้านนาโส่",
        name_en="Ban Na So Organic Rice Farmers Community Enterprise",
        producer_type="community_group",
        province_code="TH-35",
        district_th="กุดชุม",
        district_en="Kut Chum",
        subdistrict_th="นาโส่",
        subdistrict_en="Na So",
        story_th=(
            "ชาวนาบ้านนาโส่ อำเภอกุดชุม เลิกใช้สารเคมีมาตั้งแต่ปี 2538 และเป็นหนึ่งในกลุ่มบุกเบิกข้าวอินทรีย์ของยโสธร "
            "สมาชิก 60 ครอบครัวปลูกข้าวหอมมะลิ 105 และข้าวไรซ์เบอร์รี่ในนาที่ได้รับรองเกษตรอินทรีย์ "
            "แล้วสีข้าวที่โรงสีของกลุ่มเองทุกสัปดาห์ ข้าวที่ส่งถึงมือลูกค้าจึงใหม่และหอมเสมอ"
        ),
        story_en=(
            "Rice farmers in Ban Na So, Kut Chum district, stopped using farm chemicals in 1995 and were among the pioneers "
            "of organic rice in Yasothon. Sixty member families grow Hom Mali 105 jasmine rice and riceberry in certified "
            "organic paddies and mill every week at the group's own mill, so the rice always reaches customers fresh and "
            "fragrant."
        ),
        phone="080-566-2931",
    ),
    DemoProducer(
        key="food-chathing-phra-palm-sugar",
        name_th="กลุ่มแม่บ้านเกษตรกรบ้านจะทิ้งพระ",
        name_en="Ban Chathing Phra Farm Housewives Group",
        producer_type="community_group",
        province_code="TH-90",
        district_th="สทิงพระ",
        district_en="Sathing Phra",
        subdistrict_th="จะทิ้งพระ",
        subdistrict_en="Chathing Phra",
        story_th=(
            "คาบสมุทรสทิงพระมีต้นตาลโตนดนับแสนต้นริมทะเลสาบสงขลา และชาวบ้านจะทิ้งพระยังปีนตาลรองน้ำหวานด้วยกระบอกไม้ไผ่ทุกวัน "
            "กลุ่มแม่บ้านนำน้ำตาลสดมาเคี่ยวเป็นน้ำผึ้งโหนด น้ำตาลแว่น และน้ำตาลผง โดยใช้ไม้เคี่ยมแทนสารกันบูดตามภูมิปัญญาเดิม "
            "สมาชิกทั้งชาวพุทธและมุสลิมทำงานร่วมกัน ผลิตภัณฑ์ของกลุ่มจึงได้รับรองฮาลาลด้วย"
        ),
        story_en=(
            "The Sathing Phra peninsula has hundreds of thousands of sugar palms along Songkhla Lake, and villagers in "
            "Chathing Phra still climb them every day to collect the sap in bamboo tubes. The women's group boils the sap "
            "into palm syrup, palm sugar discs and granulated sugar, using kiam wood instead of preservatives as their "
            "grandparents did. Buddhist and Muslim members work side by side, and the products are Halal certified."
        ),
        phone="081-898-0462",
    ),
    DemoProducer(
        key="food-chaiya-salted-egg",
        name_th="ห้างหุ้นส่วนจำกัด ไชยาของดีเมืองใต้",
        name_en="Chaiya Southern Specialities Limited Partnership",
        producer_type="sme",
        province_code="TH-84",
        district_th="ไชยา",
        district_en="Chaiya",
        subdistrict_th="ตลาดไชยา",
        subdistrict_en="Talat Chaiya",
        story_th=(
            "ห้างหุ้นส่วนนี้ตั้งอยู่ในตำบลตลาดไชยา ใกล้วัดพระบรมธาตุไชยา และทำไข่เค็มไชยาสูตรพอกดินจอมปลวกผสมขี้เถ้าแกลบมากว่า 20 ปี "
            "ไข่มาจากเป็ดที่เลี้ยงปล่อยริมทะเลและหากินกุ้งหอยตามธรรมชาติ ไข่แดงจึงสีแดงส้มและมัน "
            "นอกจากไข่เค็มแล้วยังตำเครื่องแกงใต้ด้วยครกหินตามสูตรแม่ครัวในชุมชน"
        ),
        story_en=(
            "The partnership works in Talat Chaiya, near Wat Phra Borommathat Chaiya, and has made Chaiya salted eggs "
            "packed in termite-mound clay and rice-husk ash for more than 20 years. The eggs come from free-range ducks "
            "that forage for shrimp and shellfish along the coast, so the yolks are deep orange-red and rich. Besides "
            "salted eggs, it pounds southern curry pastes in stone mortars to recipes from village cooks."
        ),
        phone="083-177-5204",
    ),
    DemoProducer(
        key="food-mae-boon-sun-dried-banana",
        name_th="กล้วยตากแม่บุญ บางกระทุ่ม",
        name_en="Mae Boon Bang Krathum Sun-Dried Bananas",
        producer_type="single_owner",
        province_code="TH-65",
        district_th="บางกระทุ่ม",
        district_en="Bang Krathum",
        subdistrict_th="ท่าตาล",
        subdistrict_en="Tha Tan",
        story_th=(
            "แม่บุญปลูกกล้วยน้ำว้าในตำบลท่าตาล อำเภอบางกระทุ่ม ซึ่งเป็นแหล่งกล้วยตากที่มีชื่อเสียงที่สุดของพิษณุโลก "
            "เธอตากกล้วยในตู้อบพลังงานแสงอาทิตย์ที่สร้างร่วมกับโครงการของมหาวิทยาลัยนเรศวร ทำให้กล้วยสะอาด ไม่มีฝุ่นและแมลง "
            "กล้วยทุกหวีบ่มจนสุกงอมก่อนตาก จึงหวานเองโดยไม่ต้องเติมน้ำตาล"
        ),
        story_en=(
            "Mae Boon grows Namwa bananas in Tha Tan, Bang Krathum, the best-known home of sun-dried bananas in "
            "Phitsanulok. She dries them in a solar dryer built with a Naresuan University project, which keeps the fruit "
            "clean and free of dust and insects. Every bunch is ripened fully before drying, so the bananas are sweet on "
            "their own with no sugar added."
        ),
        phone="085-341-7729",
    ),
    DemoProducer(
        key="food-krung-kao-roti-sai-mai",
        name_th="ห้างหุ้นส่วนจำกัด กรุงเก่าโรตีสายไหม",
        name_en="Krung Kao Roti Sai Mai Limited Partnership",
        producer_type="sme",
        province_code="TH-14",
        district_th="พระนครศรีอยุธยา",
        district_en="Phra Nakhon Si Ayutthaya",
        subdistrict_th="หอรัตนไชย",
        subdistrict_en="Ho Rattanachai",
        story_th=(
            "กิจการเริ่มจากรถเข็นขายโรตีสายไหมหน้าโรงพยาบาลพระนครศรีอยุธยาเมื่อปี 2528 และขยายเป็นโรงงานขนาดเล็กในตำบลหอรัตนไชย "
            "ทีมงานยังดึงสายไหมด้วยมือจากน้ำตาลเคี่ยวทีละก้อน เพื่อให้เส้นฝอยละเอียดและละลายในปาก "
            "แผ่นแป้งโรตีทำสดทุกวันจากแป้งสาลี ไข่ไก่ และนมสด"
        ),
        story_en=(
            "The business began in 1985 as a cart selling roti sai mai outside Ayutthaya hospital and grew into a small "
            "workshop in Ho Rattanachai. The team still pulls the candy floss by hand from one lump of cooked sugar at a "
            "time, so the strands are fine and melt on the tongue. The roti sheets are made fresh every day from wheat "
            "flour, eggs and fresh milk."
        ),
        phone="088-226-4815",
    ),
    DemoProducer(
        key="food-mae-ploy-chili-paste",
        name_th="น้ำพริกแม่พลอย เชียงแหว",
        name_en="Mae Ploy Chiang Wae Chili Paste",
        producer_type="single_owner",
        province_code="TH-41",
        district_th="กุมภวาปี",
        district_en="Kumphawapi",
        subdistrict_th="เชียงแหว",
        subdistrict_en="Chiang Wae",
        story_th=(
            "แม่พลอยทำน้ำพริกขายในตำบลเชียงแหว อำเภอกุมภวาปี ใกล้ทะเลบัวแดง "
            "ปลาร้าที่ใช้หมักเองจากปลาน้ำจืดในหนองหานกุมภวาปีนานกว่าหนึ่งปี ส่วนพริกและหอมแดงซื้อจากเพื่อนบ้านที่ปลูกริมหนอง "
            "น้ำพริกทุกกระปุกคั่วในกระทะเหล็กด้วยไฟอ่อนจนแห้งหอม จึงเก็บได้นานโดยไม่ใส่สารกันบูด"
        ),
        story_en=(
            "Mae Ploy makes chili pastes in Chiang Wae, Kumphawapi district, near the Red Lotus Sea. She ferments her own "
            "pla ra from freshwater fish of Nong Han Kumphawapi lake for more than a year and buys chilies and shallots "
            "from neighbours who grow them at the lakeside. Every jar is dry-roasted slowly in an iron wok until fragrant, "
            "so it keeps well without preservatives."
        ),
        phone="086-485-3392",
    ),
)


PRODUCTS: tuple[DemoProduct, ...] = (
    DemoProduct(
        upc="8850001000001",
        producer_key="food-phet-nakhon-thai-desserts",
        category="food",
        title_th="ขนมหม้อแกงถั่วเมืองเพชร สูตรไข่เป็ด ถาด 500 กรัม",
        title_en="Phetchaburi Mung Bean Custard (Khanom Mo Kaeng), Duck Egg Recipe, 500 g Tray",
        description_th=(
            "ขนมหม้อแกงถั่วเขียวเนื้อเนียน ทำจากถั่วเขียวซีกนึ่ง ไข่เป็ดสด กะทิ และน้ำตาลโตนดแท้จากบ้านลาด "
            "อบด้วยเตาถ่านกาบมะพร้าวจนหน้าเกรียมหอม แล้วโรยหอมเจียวกรอบ บรรจุถาดฟอยล์พร้อมฝาปิด น้ำหนักสุทธิ "
            "500 กรัม เก็บได้ 3 วันที่อุณหภูมิห้อง หรือ 7 วันในตู้เย็น"
        ),
        description_en=(
            "Smooth mung bean custard made with steamed split mung beans, fresh duck eggs, coconut milk and "
            "pure palm sugar from Ban Lat, baked over coconut-husk charcoal until the top is browned and "
            "smoky, then finished with crispy fried shallots. Packed in a lidded foil tray, net weight 500 g. "
            "Keeps 3 days at room temperature or 7 days in the fridge."
        ),
        price="120.00",
        stock=60,
        weight_grams=620,
        stars=5,
        selection_year=2024,
        expires_in_days=640,
        standards=(("fda", "76-2-00452-2-0011"), ("tcps", "มผช. 155/2556")),
        motif="box",
        colours=("#c98a3c", "#5a3a1e"),
    ),
    DemoProduct(
        upc="8850001000002",
        producer_key="food-phet-nakhon-thai-desserts",
        category="food",
        title_th="ขนมหม้อแกงเผือกหอม ถาด 500 กรัม",
        title_en="Taro Custard (Khanom Mo Kaeng Phueak), 500 g Tray",
        description_th=(
            "ขนมหม้อแกงเผือกใช้เผือกหอมเนื้อแน่นนึ่งบดละเอียด ผสมไข่เป็ด กะทิสด และน้ำตาลโตนด เนื้อขนมหอมมัน "
            "สีม่วงอ่อนตามธรรมชาติ ไม่แต่งสี น้ำหนักสุทธิ 500 กรัม ตัดเป็นชิ้นเสิร์ฟคู่ชาหรือกาแฟ "
            "เก็บในตู้เย็นได้ 7 วัน"
        ),
        description_en=(
            "Made from firm, fragrant taro steamed and mashed smooth, then mixed with duck eggs, fresh "
            "coconut milk and palm sugar. Rich and nutty, with a natural pale purple colour and no added "
            "colouring. Net weight 500 g; cut into squares and serve with tea or coffee. Keeps 7 days "
            "refrigerated."
        ),
        price="130.00",
        stock=45,
        weight_grams=620,
        stars=4,
        selection_year=2024,
        expires_in_days=580,
        standards=(("fda", "76-2-00452-2-0012"), ("tcps", "มผช. 155/2556")),
        motif="box",
        colours=("#b59bb0", "#6b4226"),
    ),
    DemoProduct(
        upc="8850001000003",
        producer_key="food-phet-nakhon-thai-desserts",
        category="food",
        title_th="ลูกตาลเชื่อมน้ำตาลโตนด กระปุก 400 กรัม",
        title_en="Candied Sugar-Palm Fruit in Palm Sugar Syrup, 400 g Jar",
        description_th=(
            "เนื้อลูกตาลอ่อนจากสวนตาลอำเภอบ้านลาด นำมาเชื่อมในน้ำเชื่อมน้ำตาลโตนดด้วยไฟอ่อนจนเนื้อใส นุ่มหนึบ "
            "หวานหอมกลิ่นตาลแท้ บรรจุกระปุกแก้วฆ่าเชื้อ น้ำหนักสุทธิ 400 กรัม ทานเป็นของหวานหรือราดน้ำแข็งไส "
            "เก็บได้ 6 เดือน หลังเปิดควรเก็บในตู้เย็น"
        ),
        description_en=(
            "Young sugar-palm fruit from Ban Lat orchards, simmered slowly in palm sugar syrup until "
            "translucent, soft and slightly chewy, with the true aroma of toddy palm. Packed in a sterilised "
            "glass jar, net weight 400 g. Eat as a dessert or spoon over shaved ice; keeps 6 months, "
            "refrigerate after opening."
        ),
        price="95.00",
        stock=80,
        weight_grams=560,
        stars=4,
        selection_year=2022,
        expires_in_days=210,
        standards=(("fda", "76-2-00452-2-0013"),),
        motif="jar",
        colours=("#e8d9a8", "#8a5a2b"),
    ),
    DemoProduct(
        upc="8850001000004",
        producer_key="food-phraek-nam-daeng-coconut-sugar",
        category="food",
        title_th="น้ำตาลมะพร้าวแท้อัมพวา ชนิดปึก 500 กรัม",
        title_en="Pure Amphawa Coconut Sugar Cakes, 500 g",
        description_th=(
            "น้ำตาลมะพร้าวแท้ 100% จากน้ำตาลสดที่ขึ้นเก็บในสวนตำบลแพรกหนามแดง "
            "เคี่ยวด้วยเตาฟืนในกระทะใบบัวแล้วหยอดเป็นปึก ไม่ผสมน้ำตาลทราย สีน้ำตาลทอง หอมควันอ่อน ๆ "
            "เหมาะกับแกงกะทิ ขนมไทย และน้ำจิ้ม น้ำหนักสุทธิ 500 กรัม เก็บในที่แห้งได้ 12 เดือน"
        ),
        description_en=(
            "100% pure coconut sugar from sap collected in Phraek Nam Daeng orchards, boiled down in wide "
            "pans over wood fires and set into cakes, with no cane sugar added. Golden brown with a light "
            "smoky aroma, ideal for coconut curries, Thai desserts and dipping sauces. Net weight 500 g; "
            "keeps 12 months in a dry place."
        ),
        price="89.00",
        stock=150,
        weight_grams=560,
        stars=5,
        selection_year=2024,
        expires_in_days=700,
        standards=(("fda", "75-1-00318-2-0021"), ("tcps", "มผช. 120/2558")),
        motif="box",
        colours=("#b9863f", "#f2e3c6"),
    ),
    DemoProduct(
        upc="8850001000005",
        producer_key="food-phraek-nam-daeng-coconut-sugar",
        category="food",
        title_th="น้ำตาลมะพร้าวผง ถุงซิป 400 กรัม",
        title_en="Granulated Coconut Sugar, 400 g Zip Pouch",
        description_th=(
            "น้ำตาลมะพร้าวแท้เคี่ยวจนแห้งแล้วร่อนเป็นเกล็ดละเอียด ละลายง่าย ใช้แทนน้ำตาลทรายในกาแฟ เบเกอรี่ "
            "หรือโรยกราโนลาได้ทันที รสหวานนุ่มกลิ่นคาราเมล บรรจุถุงซิปกันชื้น น้ำหนักสุทธิ 400 กรัม เก็บได้ "
            "12 เดือน"
        ),
        description_en=(
            "Pure coconut sugar cooked until dry and sifted into fine granules that dissolve quickly. Use it "
            "in place of white sugar in coffee, baking or sprinkled over granola; it has a mellow, "
            "caramel-like sweetness. Resealable moisture-proof pouch, net weight 400 g, shelf life 12 months."
        ),
        price="110.00",
        stock=120,
        weight_grams=440,
        stars=4,
        selection_year=2024,
        expires_in_days=520,
        standards=(("fda", "75-1-00318-2-0022"), ("tcps", "มผช. 120/2558")),
        motif="pouch",
        colours=("#a0713a", "#e9dcc0"),
    ),
    DemoProduct(
        upc="8850001000006",
        producer_key="food-phraek-nam-daeng-coconut-sugar",
        category="food",
        title_th="น้ำพริกปลาทูแม่กลอง กระปุก 200 กรัม",
        title_en="Mae Klong Mackerel Chili Paste, 200 g Jar",
        description_th=(
            "น้ำพริกแห้งจากปลาทูแม่กลองนึ่งแกะเนื้อ ผัดกับพริกแห้ง หอมแดง กระเทียม "
            "และน้ำตาลมะพร้าวของกลุ่มจนแห้งกรอบ รสเผ็ดกลาง หวานเค็มกลมกล่อม ทานกับข้าวสวย ผักสด หรือไข่ต้ม "
            "น้ำหนักสุทธิ 200 กรัม เก็บได้ 4 เดือน"
        ),
        description_en=(
            "A dry chili paste of steamed Mae Klong short mackerel, flaked and stir-fried with dried chilies, "
            "shallots, garlic and the group's own coconut sugar until crisp. Medium-hot, with a rounded "
            "sweet-salty taste; eat with steamed rice, fresh vegetables or boiled eggs. Net weight 200 g, "
            "keeps 4 months."
        ),
        price="89.00",
        stock=90,
        weight_grams=320,
        stars=4,
        selection_year=2022,
        expires_in_days=260,
        standards=(("fda", "75-1-00318-2-0023"), ("tcps", "มผช. 321/2557")),
        motif="jar",
        colours=("#b23a1f", "#4a2a18"),
    ),
    DemoProduct(
        upc="8850001000007",
        producer_key="food-phraek-nam-daeng-coconut-sugar",
        category="food",
        title_th="ไซรัปน้ำตาลดอกมะพร้าว ขวดแก้ว 250 มล.",
        title_en="Coconut Blossom Syrup, 250 ml Glass Bottle",
        description_th=(
            "น้ำตาลสดจากดอกมะพร้าวเคี่ยวไฟอ่อนจนข้นเป็นไซรัปสีอำพัน ไม่เติมน้ำตาลและสารกันเสีย "
            "รสหวานหอมคล้ายคาราเมล ราดแพนเค้ก โยเกิร์ต หรือใช้ชงเครื่องดื่ม ขวดแก้ว 250 มิลลิลิตร เก็บได้ 12 "
            "เดือน หลังเปิดควรแช่เย็น"
        ),
        description_en=(
            "Fresh coconut-blossom sap simmered slowly into an amber syrup, with no added sugar or "
            "preservatives. Sweet with a caramel note; pour over pancakes or yoghurt or use to sweeten "
            "drinks. 250 ml glass bottle, keeps 12 months; refrigerate after opening."
        ),
        price="145.00",
        stock=70,
        weight_grams=420,
        stars=5,
        selection_year=2024,
        expires_in_days=760,
        standards=(("fda", "75-1-00318-2-0024"),),
        motif="honey",
        colours=("#8c5a1c", "#f6d58e"),
    ),
    DemoProduct(
        upc="8850001000008",
        producer_key="food-chan-orchard-fruit",
        category="food",
        title_th="ทุเรียนหมอนทองทอดกรอบ จันทบุรี 100 กรัม",
        title_en="Chanthaburi Crispy Monthong Durian Chips, 100 g",
        description_th=(
            "ทุเรียนหมอนทองแก่จัดจากสวนท่าใหม่ หั่นแผ่นบางแล้วทอดในน้ำมันปาล์มสะอาดด้วยระบบสุญญากาศ "
            "จึงกรอบเบา สีเหลืองทอง และหอมกลิ่นทุเรียนแท้ ปรุงรสด้วยเกลือเล็กน้อยเท่านั้น "
            "บรรจุถุงฟอยล์อัดไนโตรเจน น้ำหนักสุทธิ 100 กรัม เก็บได้ 12 เดือน"
        ),
        description_en=(
            "Mature Monthong durian from Tha Mai orchards, sliced thin and vacuum-fried in clean palm oil so "
            "the chips are light, crisp, golden and full of real durian aroma. Lightly salted only. "
            "Nitrogen-flushed foil pouch, net weight 100 g, shelf life 12 months."
        ),
        price="189.00",
        stock=140,
        weight_grams=160,
        stars=5,
        selection_year=2024,
        expires_in_days=820,
        standards=(("fda", "22-1-01245-1-0031"), ("tcps", "มผช. 118/2558")),
        motif="pouch",
        colours=("#e6c34a", "#2f6b3a"),
    ),
    DemoProduct(
        upc="8850001000009",
        producer_key="food-chan-orchard-fruit",
        category="food",
        title_th="ทุเรียนหมอนทองฟรีซดราย 60 กรัม",
        title_en="Freeze-Dried Monthong Durian, 60 g",
        description_th=(
            "เนื้อทุเรียนหมอนทองสุกพอดีทำแห้งด้วยเทคนิคฟรีซดรายที่อุณหภูมิติดลบ คงรสหวานมันและกลิ่นหอมไว้ครบ "
            "เนื้อกรอบแล้วละลายในปาก ไม่เติมน้ำตาล ไม่ผ่านการทอด น้ำหนักสุทธิ 60 กรัม ควรทานให้หมดภายใน 2 "
            "วันหลังเปิดถุง เก็บได้ 18 เดือน"
        ),
        description_en=(
            "Perfectly ripe Monthong durian flesh freeze-dried at sub-zero temperatures, keeping all its "
            "creamy sweetness and aroma. Crunchy at first, then melts in the mouth; no added sugar, not "
            "fried. Net weight 60 g; best eaten within 2 days of opening, shelf life 18 months."
        ),
        price="259.00",
        stock=85,
        weight_grams=110,
        stars=4,
        selection_year=2024,
        expires_in_days=600,
        standards=(("fda", "22-1-01245-1-0032"),),
        motif="pouch",
        colours=("#f0d77a", "#7a8c2e"),
    ),
    DemoProduct(
        upc="8850001000010",
        producer_key="food-chan-orchard-fruit",
        category="food",
        title_th="ทุเรียนกวนสูตรโบราณ กล่อง 500 กรัม",
        title_en="Old-Style Durian Paste (Thurian Kuan), 500 g Box",
        description_th=(
            "ทุเรียนกวนจากเนื้อทุเรียนหมอนทองและชะนีผสมน้ำตาลและเกลือเล็กน้อย "
            "กวนในกระทะทองเหลืองด้วยไฟฟืนนานกว่า 6 ชั่วโมงจนเหนียวหนึบ สีน้ำตาลทอง ไม่ใส่แป้งเพิ่มเนื้อ "
            "ห่อกระดาษแก้วเป็นแท่งบรรจุกล่อง น้ำหนักสุทธิ 500 กรัม เก็บในตู้เย็นได้ 6 เดือน"
        ),
        description_en=(
            "Made from Monthong and Chanee durian flesh with a little sugar and salt, stirred in a brass pan "
            "over a wood fire for more than six hours until thick, chewy and golden brown. No flour is added "
            "to bulk it out. Wrapped in cellophane logs inside a box, net weight 500 g; keeps 6 months in the "
            "fridge."
        ),
        price="320.00",
        stock=50,
        weight_grams=600,
        stars=4,
        selection_year=2022,
        expires_in_days=300,
        standards=(("fda", "22-1-01245-1-0033"), ("tcps", "มผช. 56/2556")),
        motif="box",
        colours=("#c9a13b", "#5b3b14"),
    ),
    DemoProduct(
        upc="8850001000011",
        producer_key="food-chan-orchard-fruit",
        category="food",
        title_th="มังคุดกวนจันทบุรี ห่อแยกชิ้น 250 กรัม",
        title_en="Chanthaburi Mangosteen Fruit Paste, Individually Wrapped, 250 g",
        description_th=(
            "มังคุดกวนทำจากเนื้อมังคุดสุกของจันทบุรีกวนกับน้ำตาลทรายแดงจนเนื้อแน่นเหนียว "
            "รสเปรี้ยวอมหวานสดชื่นแบบราชินีผลไม้ ตัดเป็นชิ้นพอดีคำห่อแยกชิ้น น้ำหนักสุทธิ 250 กรัม เก็บได้ 6 "
            "เดือน เหมาะเป็นของฝาก"
        ),
        description_en=(
            "Ripe Chanthaburi mangosteen flesh cooked down with brown sugar into a firm, chewy paste that "
            "keeps the tangy-sweet freshness of the queen of fruits. Cut into bite-sized pieces and "
            "individually wrapped. Net weight 250 g, keeps 6 months; a popular gift from the east coast."
        ),
        price="150.00",
        stock=65,
        weight_grams=330,
        stars=5,
        selection_year=2024,
        expires_in_days=450,
        standards=(("fda", "22-1-01245-1-0034"), ("tcps", "มผช. 56/2556")),
        motif="fruit",
        colours=("#5b1f3f", "#e8e0d0"),
    ),
    DemoProduct(
        upc="8850001000012",
        producer_key="food-lung-choei-pak-nam-fish-sauce",
        category="food",
        title_th="น้ำปลาแท้ปลากะตัก หมัก 18 เดือน ขวด 700 มล.",
        title_en="Pure Anchovy Fish Sauce, Aged 18 Months, 700 ml",
        description_th=(
            "น้ำปลาหมักจากปลากะตักสดที่ขึ้นจากเรือปากน้ำระยองกับเกลือสมุทรในอัตราส่วน 3 ต่อ 1 "
            "หมักในโอ่งดินอย่างน้อย 18 เดือน ไม่แต่งสี ไม่เติมผงชูรส ได้น้ำปลาสีน้ำตาลแดงใส รสเค็มนัวกลมกล่อม "
            "ใช้ปรุงอาหารหรือทำน้ำปลาพริก ขวดแก้ว 700 มิลลิลิตร เก็บได้ 2 ปี"
        ),
        description_en=(
            "Fermented from fresh anchovies landed at Pak Nam Rayong and sea salt, three parts fish to one of "
            "salt, and aged in clay jars for at least 18 months. No colouring or MSG added. Clear "
            "reddish-brown with a deep, rounded saltiness for cooking or for nam pla prik. 700 ml glass "
            "bottle, keeps 2 years."
        ),
        price="95.00",
        stock=180,
        weight_grams=1150,
        stars=5,
        selection_year=2024,
        expires_in_days=880,
        standards=(("fda", "21-1-00067-2-0041"),),
        motif="sauce",
        colours=("#8b3a1a", "#d9b38c"),
    ),
    DemoProduct(
        upc="8850001000013",
        producer_key="food-lung-choei-pak-nam-fish-sauce",
        category="food",
        title_th="กะปิเคยแท้ปากน้ำระยอง กระปุก 250 กรัม",
        title_en="Pak Nam Rayong Krill Shrimp Paste, 250 g Jar",
        description_th=(
            "กะปิจากเคยตัวเล็กที่ลุงเชยช้อนเองริมชายฝั่งระยอง "
            "หมักเกลือแล้วตากแดดและโขลกสลับกันหลายรอบจนเนื้อเนียน สีม่วงอมน้ำตาล กลิ่นหอมไม่ฉุน "
            "เหมาะสำหรับน้ำพริกกะปิ แกงส้ม และข้าวคลุกกะปิ บรรจุกระปุก 250 กรัม เก็บได้ 12 เดือน"
        ),
        description_en=(
            "Shrimp paste made from tiny krill that Lung Choei nets himself along the Rayong shore, salted, "
            "then sun-dried and pounded in several rounds until smooth. Purplish brown with a fragrant rather "
            "than harsh smell; right for nam phrik kapi, kaeng som and khao khluk kapi. 250 g jar, keeps 12 "
            "months."
        ),
        price="120.00",
        stock=100,
        weight_grams=380,
        stars=4,
        selection_year=2024,
        expires_in_days=540,
        standards=(("fda", "21-1-00067-2-0042"), ("tcps", "มผช. 1142/2556")),
        motif="jar",
        colours=("#6e3b4e", "#c7a0a8"),
    ),
    DemoProduct(
        upc="8850001000014",
        producer_key="food-lung-choei-pak-nam-fish-sauce",
        category="food",
        title_th="ปลาหมึกแห้งปากน้ำระยอง เกรดเอ 200 กรัม",
        title_en="Grade A Sun-Dried Squid from Pak Nam Rayong, 200 g",
        description_th=(
            "ปลาหมึกกล้วยตัวใหญ่จากเรือประมงพื้นบ้าน "
            "ผ่าล้างด้วยน้ำทะเลสะอาดแล้วตากแดดบนตะแกรงสูงจากพื้นสองแดด เนื้อหนาหวาน ไม่ใช้สารฟอกขาว "
            "ย่างไฟอ่อนแล้วฉีกจิ้มน้ำจิ้มซีฟู้ด หรือทอดกระเทียม น้ำหนักสุทธิ 200 กรัม เก็บในตู้เย็นได้ 6 "
            "เดือน"
        ),
        description_en=(
            "Large squid from small local boats, split, rinsed in clean seawater and dried on raised racks "
            "for two days of sun. Thick, sweet flesh with no bleaching agents. Grill over a low flame and "
            "tear into strips with seafood dipping sauce, or fry with garlic. Net weight 200 g, keeps 6 "
            "months refrigerated."
        ),
        price="350.00",
        stock=30,
        weight_grams=260,
        stars=5,
        selection_year=2019,
        expires_in_days=-200,
        standards=(("fda", "21-1-00067-2-0043"),),
        motif="pouch",
        colours=("#e3cfa6", "#9c6b3f"),
    ),
    DemoProduct(
        upc="8850001000015",
        producer_key="food-lung-choei-pak-nam-fish-sauce",
        category="food",
        title_th="น้ำพริกเผากะปิกุ้งแห้ง กระปุก 180 กรัม",
        title_en="Roasted Chili Paste with Shrimp Paste and Dried Shrimp, 180 g Jar",
        description_th=(
            "น้ำพริกเผาที่ผัดพริกแห้ง หอมแดง และกระเทียมย่าง "
            "กับกะปิเคยและกุ้งแห้งของบ้านลุงเชยในน้ำมันรำข้าวจนข้นหอม รสเผ็ดหวานเค็มครบรส ทาขนมปัง คลุกข้าว "
            "หรือใส่ต้มยำก็ได้ บรรจุกระปุก 180 กรัม เก็บได้ 6 เดือน"
        ),
        description_en=(
            "Roasted chilies, grilled shallots and garlic fried with Lung Choei's own krill paste and dried "
            "shrimp in rice bran oil until thick and fragrant. Hot, sweet and salty all at once: spread on "
            "toast, toss through rice or stir into tom yum. 180 g jar, keeps 6 months."
        ),
        price="99.00",
        stock=75,
        weight_grams=300,
        stars=4,
        selection_year=2022,
        expires_in_days=180,
        standards=(("fda", "21-1-00067-2-0044"), ("tcps", "มผช. 321/2557")),
        motif="jar",
        colours=("#9e2b1d", "#3b2316"),
    ),
    DemoProduct(
        upc="8850001000016",
        producer_key="food-pa-somsong-thong-muan",
        category="food",
        title_th="ทองม้วนกรอบงาดำ กะทิสด กระปุก 200 กรัม",
        title_en="Crispy Coconut Rolls (Thong Muan) with Black Sesame, 200 g Tub",
        description_th=(
            "ทองม้วนผิงบนเตาถ่านทีละแผ่นด้วยพิมพ์ทองเหลือง จากแป้งข้าวเจ้า ไข่ไก่ น้ำตาลมะพร้าว และกะทิคั้นสด "
            "โรยงาดำคั่วหอม แผ่นบางกรอบ หอมกะทิ ไม่ใส่สารกันบูด บรรจุกระปุกพลาสติกปิดสนิท น้ำหนักสุทธิ 200 "
            "กรัม เก็บได้ 3 เดือน"
        ),
        description_en=(
            "Cooked one sheet at a time over charcoal in brass moulds, from rice flour, eggs, coconut sugar "
            "and freshly pressed coconut milk, with roasted black sesame. Thin, crisp and rich with coconut; "
            "no preservatives. Sealed plastic tub, net weight 200 g, keeps 3 months."
        ),
        price="120.00",
        stock=110,
        weight_grams=360,
        stars=5,
        selection_year=2024,
        expires_in_days=690,
        standards=(("fda", "72-2-00891-2-0051"), ("tcps", "มผช. 80/2558")),
        motif="jar",
        colours=("#e8c27a", "#2b2b2b"),
    ),
    DemoProduct(
        upc="8850001000017",
        producer_key="food-pa-somsong-thong-muan",
        category="food",
        title_th="ข้าวแต๋นน้ำแตงโม ราดน้ำตาลอ้อย 150 กรัม",
        title_en="Watermelon-Juice Rice Crackers (Khao Taen) with Cane Sugar Drizzle, 150 g",
        description_th=(
            "ข้าวเหนียวนึ่งคลุกน้ำแตงโมคั้นสดและงาขาว ปั้นเป็นแผ่นกลม ตากแดดสองวันแล้วทอดจนพองกรอบ "
            "ราดด้วยน้ำตาลอ้อยเคี่ยวเป็นเส้นสาย รสหวานหอมกรอบ บรรจุถุงซิปกันชื้น 6 แผ่น น้ำหนักสุทธิ 150 กรัม "
            "เก็บได้ 2 เดือน"
        ),
        description_en=(
            "Steamed sticky rice mixed with fresh watermelon juice and white sesame, pressed into rounds, "
            "sun-dried for two days and fried until puffed and crunchy, then drizzled with threads of cooked "
            "cane sugar. Six crackers in a resealable pouch, net weight 150 g, keeps 2 months."
        ),
        price="89.00",
        stock=130,
        weight_grams=220,
        stars=4,
        selection_year=2024,
        expires_in_days=380,
        standards=(("fda", "72-2-00891-2-0052"), ("tcps", "มผช. 1137/2559")),
        motif="pouch",
        colours=("#f2e2b3", "#b5533c"),
    ),
    DemoProduct(
        upc="8850001000018",
        producer_key="food-pa-somsong-thong-muan",
        category="food",
        title_th="ขนมสาลี่สุพรรณ ใบเตย กล่อง 12 ชิ้น",
        title_en="Suphan Sponge Cakes (Khanom Sali) with Pandan, Box of 12",
        description_th=(
            "ขนมสาลี่เนื้อฟูนุ่มแบบสุพรรณ ตีไข่ไก่สดกับน้ำตาลด้วยมือจนขึ้นฟู "
            "ผสมน้ำใบเตยคั้นเองแล้วนึ่งในพิมพ์ เนื้อละเอียด หอมใบเตย หวานน้อย กล่องละ 12 ชิ้น น้ำหนักสุทธิ "
            "360 กรัม เก็บได้ 5 วันที่อุณหภูมิห้อง"
        ),
        description_en=(
            "Light, springy sponge cakes in the Suphan style: fresh eggs and sugar are whisked by hand until "
            "airy, mixed with home-pressed pandan juice and steamed in moulds. Fine-textured, fragrant and "
            "not too sweet. Box of 12, net weight 360 g, keeps 5 days at room temperature."
        ),
        price="110.00",
        stock=40,
        weight_grams=420,
        stars=3,
        selection_year=2024,
        expires_in_days=400,
        standards=(("fda", "72-2-00891-2-0053"),),
        motif="box",
        colours=("#8dbf6a", "#f5edd2"),
    ),
    DemoProduct(
        upc="8850001000019",
        producer_key="food-pa-somsong-thong-muan",
        category="food",
        title_th="ข้าวตังหน้าหมูหยอง น้ำพริกเผา 120 กรัม",
        title_en="Crispy Rice Cakes Topped with Pork Floss and Chili Jam, 120 g",
        description_th=(
            "ข้าวตังทำจากข้าวหอมของชาวนาศรีประจันต์ หุงแล้วกดเป็นแผ่นบาง ตากแดดและทอดจนกรอบ "
            "โรยหน้าด้วยหมูหยองผัดเองและน้ำพริกเผาบาง ๆ กรอบหอม เค็มหวานพอดี บรรจุถุงซิป น้ำหนักสุทธิ 120 "
            "กรัม เก็บได้ 3 เดือน"
        ),
        description_en=(
            "Rice cakes made from fragrant rice grown by Si Prachan farmers, cooked, pressed into thin "
            "sheets, sun-dried and fried crisp, then topped with homemade pork floss and a thin layer of "
            "roasted chili jam. Crunchy, fragrant and nicely sweet-salty. Resealable pouch, net weight 120 g, "
            "keeps 3 months."
        ),
        price="99.00",
        stock=95,
        weight_grams=200,
        stars=4,
        selection_year=2022,
        expires_in_days=150,
        standards=(("fda", "72-2-00891-2-0054"),),
        motif="pouch",
        colours=("#e0b35c", "#8a4b22"),
    ),
    DemoProduct(
        upc="8850001000020",
        producer_key="food-ban-muang-khai-beef",
        category="food",
        title_th="เนื้อแดดเดียวสกลนคร สูตรโบราณ 500 กรัม",
        title_en="Sakon Nakhon Sun-Dried Beef Jerky (Nuea Daet Diao), 500 g",
        description_th=(
            "เนื้อโคขุนส่วนสะโพกจากฟาร์มสมาชิก หั่นตามเสี้ยนเป็นชิ้นยาว หมักซีอิ๊ว กระเทียม รากผักชี "
            "และพริกไทยดำ แล้วตากแดดบนแผงมุ้งหนึ่งแดด บรรจุถุงสุญญากาศ น้ำหนักสุทธิ 500 กรัม "
            "ทอดหรือย่างไฟอ่อนทานกับข้าวเหนียวและแจ่ว เก็บในช่องแช่แข็งได้ 6 เดือน"
        ),
        description_en=(
            "Rump of grass-fed beef from members' farms, cut along the grain into long strips, marinated in "
            "soy sauce, garlic, coriander root and black pepper, and dried on screened racks for one day of "
            "sun. Vacuum-packed, net weight 500 g. Fry or grill gently and eat with sticky rice and jaew "
            "dipping sauce; keeps 6 months frozen."
        ),
        price="280.00",
        stock=60,
        weight_grams=560,
        stars=5,
        selection_year=2024,
        expires_in_days=720,
        standards=(("fda", "47-2-00234-2-0061"), ("tcps", "มผช. 1103/2555")),
        motif="pouch",
        colours=("#7a2e1f", "#c98d5a"),
    ),
    DemoProduct(
        upc="8850001000021",
        producer_key="food-ban-muang-khai-beef",
        category="food",
        title_th="เนื้อสวรรค์ทอดกรอบ เมล็ดผักชี 200 กรัม",
        title_en="Crispy Heavenly Beef (Nuea Sawan) with Coriander Seed, 200 g",
        description_th=(
            "เนื้อสวรรค์หั่นแผ่นบาง หมักน้ำตาลมะพร้าว ซีอิ๊ว และเมล็ดผักชีคั่วบด ตากแห้งแล้วทอดจนกรอบหอม "
            "รสหวานนำเค็มตาม ทานเป็นกับข้าวหรือของว่างคู่ข้าวเหนียว บรรจุถุงซิปฟอยล์ น้ำหนักสุทธิ 200 กรัม "
            "เก็บได้ 3 เดือน"
        ),
        description_en=(
            "Thin slices of beef marinated in coconut sugar, soy sauce and roasted ground coriander seed, "
            "dried and then fried until crisp and fragrant. Sweet first, then savoury; eat with rice or as a "
            "snack with sticky rice. Resealable foil pouch, net weight 200 g, keeps 3 months."
        ),
        price="180.00",
        stock=80,
        weight_grams=260,
        stars=4,
        selection_year=2024,
        expires_in_days=500,
        standards=(("fda", "47-2-00234-2-0062"),),
        motif="pouch",
        colours=("#9a4a22", "#e3b46b"),
    ),
    DemoProduct(
        upc="8850001000022",
        producer_key="food-ban-muang-khai-beef",
        category="food",
        title_th="เนื้อฝอยกรอบ กระปุก 100 กรัม",
        title_en="Crispy Shredded Beef Floss, 100 g Jar",
        description_th=(
            "เนื้อโคขุนต้มจนนุ่ม ฉีกเป็นฝอยละเอียดแล้วผัดกับน้ำตาลมะพร้าวและซีอิ๊วจนแห้งฟู จากนั้นทอดให้กรอบ "
            "โรยข้าวต้ม โจ๊ก ขนมปัง หรือคลุกข้าวสวยได้ทันที บรรจุกระปุก น้ำหนักสุทธิ 100 กรัม เก็บได้ 4 เดือน"
        ),
        description_en=(
            "Beef simmered until tender, shredded finely and stir-fried with coconut sugar and soy sauce "
            "until dry and fluffy, then fried crisp. Sprinkle over rice porridge, congee or bread, or toss "
            "through steamed rice. Jar, net weight 100 g, keeps 4 months."
        ),
        price="150.00",
        stock=70,
        weight_grams=160,
        stars=4,
        selection_year=2022,
        expires_in_days=240,
        standards=(("fda", "47-2-00234-2-0063"),),
        motif="jar",
        colours=("#b0703a", "#4d2a15"),
    ),
    DemoProduct(
        upc="8850001000023",
        producer_key="food-ban-muang-khai-beef",
        category="food",
        title_th="น้ำพริกนรกเนื้อแดดเดียว กระปุก 150 กรัม",
        title_en="Fiery Sun-Dried Beef Chili Paste (Nam Phrik Narok), 150 g Jar",
        description_th=(
            "น้ำพริกนรกตำจากพริกแห้งคั่ว หอมแดงและกระเทียมเผา ผสมเนื้อแดดเดียวทอดฉีกฝอย "
            "ผัดกับน้ำมะขามเปียกและน้ำตาลมะพร้าวจนแห้ง รสเผ็ดจัดสะใจ ทานกับผักลวกหรือข้าวสวยร้อน ๆ "
            "บรรจุกระปุก 150 กรัม เก็บได้ 4 เดือน"
        ),
        description_en=(
            "Nam phrik narok pounded from roasted dried chilies and charred shallots and garlic, mixed with "
            "shredded fried sun-dried beef and cooked down with tamarind and coconut sugar until dry. "
            "Fiercely hot; eat with blanched vegetables or hot steamed rice. 150 g jar, keeps 4 months."
        ),
        price="110.00",
        stock=25,
        weight_grams=260,
        stars=4,
        selection_year=2019,
        expires_in_days=-400,
        standards=(("fda", "47-2-00234-2-0064"), ("tcps", "มผช. 321/2557")),
        motif="jar",
        colours=("#8e1c14", "#2e1a10"),
    ),
    DemoProduct(
        upc="8850001000024",
        producer_key="food-na-so-organic-rice",
        category="food",
        title_th="ข้าวหอมมะลิ 105 อินทรีย์ยโสธร 1 กิโลกรัม",
        title_en="Yasothon Organic Hom Mali 105 Jasmine Rice, 1 kg",
        description_th=(
            "ข้าวหอมมะลิ 105 ปลูกแบบอินทรีย์ในนาบ้านนาโส่ อำเภอกุดชุม เก็บเกี่ยวฤดูนาปีและสีใหม่ทุกสัปดาห์ "
            "เมล็ดยาวเรียว หุงขึ้นหม้อ นุ่มหอมเป็นธรรมชาติ บรรจุถุงสุญญากาศ 1 กิโลกรัม ใช้ข้าวต่อน้ำ 1 ต่อ "
            "1.2 เก็บได้ 12 เดือน"
        ),
        description_en=(
            "Hom Mali 105 jasmine rice grown organically in Ban Na So paddies, Kut Chum district, harvested "
            "in the main season and milled fresh every week. Long, slender grains that cook up soft, fluffy "
            "and naturally fragrant. Vacuum-packed 1 kg bag; cook with 1.2 parts water to 1 part rice. Keeps "
            "12 months."
        ),
        price="95.00",
        stock=200,
        weight_grams=1040,
        stars=5,
        selection_year=2024,
        expires_in_days=850,
        standards=(("tcps", "มผช. 1197/2559"),),
        motif="rice",
        colours=("#f4f1e6", "#3c7a3a"),
    ),
    DemoProduct(
        upc="8850001000025",
        producer_key="food-na-so-organic-rice",
        category="food",
        title_th="ข้าวหอมมะลิอินทรีย์ข้าวใหม่ ถุงผ้าทอมือ 5 กิโลกรัม",
        title_en="New-Crop Organic Jasmine Rice in Handwoven Cotton Bag, 5 kg",
        description_th=(
            "ข้าวหอมมะลิอินทรีย์ข้าวใหม่จากกลุ่มนาโส่ บรรจุในถุงผ้าฝ้ายทอมือพิมพ์ลายที่ใช้ซ้ำได้ "
            "ภายในแบ่งเป็นถุงสุญญากาศ 5 ถุง ถุงละ 1 กิโลกรัม เพื่อให้ข้าวหอมนานหลังเปิด "
            "เหมาะกับครอบครัวหรือเป็นของขวัญ น้ำหนักสุทธิ 5 กิโลกรัม เก็บได้ 12 เดือน"
        ),
        description_en=(
            "New-crop organic jasmine rice from the Na So group, packed in a reusable printed handwoven "
            "cotton bag. Inside are five 1 kg vacuum packs so the rice stays fragrant after you open one. "
            "Good for families or as a gift; net weight 5 kg, keeps 12 months."
        ),
        price="420.00",
        stock=60,
        weight_grams=5150,
        stars=4,
        selection_year=2024,
        expires_in_days=600,
        standards=(("tcps", "มผช. 1197/2559"),),
        motif="rice",
        colours=("#ece6d2", "#6b8e4e"),
    ),
    DemoProduct(
        upc="8850001000026",
        producer_key="food-na-so-organic-rice",
        category="food",
        title_th="ข้าวไรซ์เบอร์รี่อินทรีย์ 1 กิโลกรัม",
        title_en="Organic Riceberry Rice, 1 kg",
        description_th=(
            "ข้าวไรซ์เบอร์รี่ข้าวกล้องสีม่วงเข้ม ปลูกแบบอินทรีย์ในนายโสธร "
            "อุดมด้วยสารต้านอนุมูลอิสระและใยอาหาร เมล็ดนุ่ม หอมคล้ายใบเตยผสมข้าวหอมมะลิ แช่น้ำ 30 "
            "นาทีก่อนหุงด้วยน้ำ 2 เท่า บรรจุถุงสุญญากาศ 1 กิโลกรัม เก็บได้ 12 เดือน"
        ),
        description_en=(
            "Deep purple whole-grain riceberry grown organically in Yasothon paddies, rich in antioxidants "
            "and fibre. Soft grains with a fragrance somewhere between pandan and jasmine rice. Soak 30 "
            "minutes and cook with twice the water; vacuum-packed 1 kg bag, keeps 12 months."
        ),
        price="120.00",
        stock=150,
        weight_grams=1040,
        stars=5,
        selection_year=2024,
        expires_in_days=780,
        standards=(("tcps", "มผช. 1197/2559"),),
        motif="rice",
        colours=("#3b1f3f", "#9c7bb0"),
    ),
    DemoProduct(
        upc="8850001000027",
        producer_key="food-na-so-organic-rice",
        category="food",
        title_th="ข้าวกล้องหอมมะลิงอก (กาบา) 1 กิโลกรัม",
        title_en="Germinated Brown Jasmine Rice (GABA), 1 kg",
        description_th=(
            "ข้าวกล้องหอมมะลิอินทรีย์นำมาแช่น้ำจนเริ่มงอก แล้วนึ่งและอบแห้ง เพิ่มสารกาบาตามธรรมชาติ "
            "หุงง่ายและนุ่มกว่าข้าวกล้องทั่วไป ไม่ต้องแช่น้ำก่อนหุง ใช้น้ำ 1.5 เท่า บรรจุถุงสุญญากาศ 1 "
            "กิโลกรัม เก็บได้ 12 เดือน"
        ),
        description_en=(
            "Organic brown jasmine rice soaked until it just begins to sprout, then steamed and dried, which "
            "raises its natural GABA content. Cooks easily and softer than ordinary brown rice, with no "
            "soaking needed; use 1.5 parts water. Vacuum-packed 1 kg bag, keeps 12 months."
        ),
        price="135.00",
        stock=90,
        weight_grams=1040,
        stars=4,
        selection_year=2022,
        expires_in_days=330,
        standards=(("fda", "35-1-00178-2-0071"), ("tcps", "มผช. 740/2554")),
        motif="rice",
        colours=("#c8a46e", "#5e4a2a"),
    ),
    DemoProduct(
        upc="8850001000028",
        producer_key="food-chathing-phra-palm-sugar",
        category="food",
        title_th="น้ำตาลแว่นสทิงพระ 500 กรัม",
        title_en="Sathing Phra Palm Sugar Discs (Nam Tan Waen), 500 g",
        description_th=(
            "น้ำตาลแว่นทำจากน้ำตาลโตนดสดของคาบสมุทรสทิงพระ เคี่ยวจนข้นแล้วหยอดลงแว่นกลมบนใบตาลตามแบบโบราณ "
            "เนื้อแน่นร่วนละลายในปาก หอมกลิ่นตาล ใช้ทำขนมไทย แกง หรือทานคู่กาแฟ น้ำหนักสุทธิ 500 กรัม "
            "เก็บในที่แห้งได้ 12 เดือน"
        ),
        description_en=(
            "Palm sugar discs from the fresh toddy-palm sap of the Sathing Phra peninsula, boiled until thick "
            "and dropped into rings on palm leaves in the traditional way. Firm and crumbly, melting in the "
            "mouth with a rich palm aroma. Use in Thai desserts and curries or nibble with coffee. Net weight "
            "500 g, keeps 12 months in a dry place."
        ),
        price="95.00",
        stock=140,
        weight_grams=580,
        stars=5,
        selection_year=2024,
        expires_in_days=740,
        standards=(("fda", "90-2-00517-2-0081"), ("tcps", "มผช. 1089/2555"), ("halal", "ฮ-0457/2566")),
        motif="box",
        colours=("#a8672b", "#f0d9a8"),
    ),
    DemoProduct(
        upc="8850001000029",
        producer_key="food-chathing-phra-palm-sugar",
        category="food",
        title_th="น้ำผึ้งโหนด น้ำตาลโตนดเคี่ยว ขวด 500 มล.",
        title_en="Songkhla Toddy Palm Syrup (Nam Phueng Hot), 500 ml",
        description_th=(
            "น้ำผึ้งโหนดคือน้ำตาลโตนดสดที่เคี่ยวให้ข้นเป็นน้ำเชื่อมสีน้ำตาลเข้ม ไม่ใช่น้ำผึ้งจากผึ้ง "
            "รสหวานหอมเข้มกลิ่นคาราเมลควันไฟ ชาวใต้ใช้ราดข้าวเหนียว ทำขนม และปรุงแกง ขวดแก้ว 500 มิลลิลิตร "
            "เก็บได้ 12 เดือน"
        ),
        description_en=(
            "Nam phueng hot is fresh toddy-palm sap boiled down into a thick dark-brown syrup; despite the "
            "name it contains no bee honey. Deep, smoky caramel sweetness; southerners pour it over sticky "
            "rice or use it in desserts and curries. 500 ml glass bottle, keeps 12 months."
        ),
        price="160.00",
        stock=75,
        weight_grams=780,
        stars=5,
        selection_year=2024,
        expires_in_days=690,
        standards=(("fda", "90-2-00517-2-0082"), ("halal", "ฮ-0458/2566")),
        motif="honey",
        colours=("#6b3410", "#d89a3c"),
    ),
    DemoProduct(
        upc="8850001000030",
        producer_key="food-chathing-phra-palm-sugar",
        category="food",
        title_th="น้ำตาลโตนดผง ถุงซิป 300 กรัม",
        title_en="Granulated Toddy Palm Sugar, 300 g Zip Pouch",
        description_th=(
            "น้ำตาลโตนดแท้เคี่ยวจนแห้งแล้วตีเป็นผงร่วน ละลายง่ายในเครื่องดื่มร้อนและเย็น "
            "ใช้แทนน้ำตาลทรายในกาแฟ ชา หรือเบเกอรี่ รสหวานนุ่มไม่แหลม บรรจุถุงซิปกันชื้น น้ำหนักสุทธิ 300 "
            "กรัม เก็บได้ 12 เดือน"
        ),
        description_en=(
            "Pure toddy palm sugar cooked until dry and beaten into a loose powder that dissolves easily in "
            "hot or cold drinks. Use in place of white sugar in coffee, tea or baking for a softer, rounder "
            "sweetness. Resealable moisture-proof pouch, net weight 300 g, keeps 12 months."
        ),
        price="115.00",
        stock=100,
        weight_grams=340,
        stars=4,
        selection_year=2024,
        expires_in_days=480,
        standards=(("fda", "90-2-00517-2-0083"), ("halal", "ฮ-0459/2566")),
        motif="pouch",
        colours=("#c48a45", "#3e5c2a"),
    ),
    DemoProduct(
        upc="8850001000031",
        producer_key="food-chathing-phra-palm-sugar",
        category="food",
        title_th="ข้าวเกรียบปลาทะเลสาบสงขลา ชนิดดิบ 200 กรัม",
        title_en="Songkhla Lake Fish Crackers, Ready to Fry, 200 g",
        description_th=(
            "ข้าวเกรียบดิบจากเนื้อปลาสดในทะเลสาบสงขลาผสมแป้งมันและกระเทียม นึ่งเป็นแท่งแล้วหั่นบางตากแดด "
            "นำไปทอดในน้ำมันร้อนจะพองกรอบภายในไม่กี่วินาที ทานเป็นของว่างหรือคู่น้ำพริก น้ำหนักสุทธิ 200 กรัม "
            "เก็บได้ 6 เดือน"
        ),
        description_en=(
            "Uncooked crackers of fresh Songkhla Lake fish mixed with tapioca starch and garlic, steamed in "
            "logs, sliced thin and sun-dried. Drop into hot oil and they puff up crisp in seconds; serve as a "
            "snack or with chili paste. Net weight 200 g, keeps 6 months."
        ),
        price="89.00",
        stock=55,
        weight_grams=240,
        stars=4,
        selection_year=2022,
        expires_in_days=-30,
        standards=(("fda", "90-2-00517-2-0084"), ("halal", "ฮ-0460/2566")),
        motif="pouch",
        colours=("#e9d3a4", "#5c7f99"),
    ),
    DemoProduct(
        upc="8850001000032",
        producer_key="food-chaiya-salted-egg",
        category="food",
        title_th="ไข่เค็มไชยา พอกดินจอมปลวก กล่อง 4 ฟอง",
        title_en="Chaiya Salted Duck Eggs in Termite-Mound Clay, Box of 4",
        description_th=(
            "ไข่เป็ดสดจากเป็ดไล่ทุ่งริมอ่าวบ้านดอน พอกด้วยดินจอมปลวกผสมขี้เถ้าแกลบและเกลือตามสูตรไชยา บ่ม "
            "15-20 วันจนไข่แดงสีแดงส้มมันเยิ้ม ไข่ขาวเค็มกำลังดี ต้มหรือทอดก่อนทาน บรรจุกล่อง 4 ฟอง เก็บได้ "
            "30 วันนับจากวันผลิต"
        ),
        description_en=(
            "Fresh eggs from free-ranging ducks on the Bandon Bay coast, coated in termite-mound clay mixed "
            "with rice-husk ash and salt to the Chaiya recipe and cured 15-20 days until the yolks are oily "
            "and orange-red and the whites pleasantly salty. Boil or fry before eating. Box of 4 eggs; keeps "
            "30 days from production."
        ),
        price="89.00",
        stock=160,
        weight_grams=420,
        stars=5,
        selection_year=2024,
        expires_in_days=660,
        standards=(("fda", "84-1-00733-2-0091"), ("tcps", "มผช. 253/2557"), ("halal", "ฮ-1126/2565")),
        motif="box",
        colours=("#d2691e", "#8a7f70"),
    ),
    DemoProduct(
        upc="8850001000033",
        producer_key="food-chaiya-salted-egg",
        category="food",
        title_th="ไข่เค็มไชยาต้มสุกพร้อมทาน กล่อง 6 ฟอง",
        title_en="Ready-to-Eat Boiled Chaiya Salted Eggs, Box of 6",
        description_th=(
            "ไข่เค็มไชยาต้มสุกแล้วล้างดินออก บรรจุในถาดพลาสติกปิดฝาพร้อมทาน สะดวกสำหรับพกพาหรือเป็นของฝาก "
            "ทานคู่ข้าวต้ม ยำไข่เค็ม หรือใส่ส้มตำ กล่องละ 6 ฟอง เก็บได้ 20 วันที่อุณหภูมิห้อง"
        ),
        description_en=(
            "Chaiya salted eggs boiled and cleaned of their clay coating, packed in a lidded plastic tray and "
            "ready to eat. Handy to carry or give as a gift; serve with rice porridge, in salted-egg salad or "
            "in som tam. Box of 6 eggs, keeps 20 days at room temperature."
        ),
        price="129.00",
        stock=120,
        weight_grams=560,
        stars=4,
        selection_year=2024,
        expires_in_days=420,
        standards=(("fda", "84-1-00733-2-0092"), ("tcps", "มผช. 253/2557"), ("halal", "ฮ-1127/2565")),
        motif="box",
        colours=("#e07b39", "#f3efe4"),
    ),
    DemoProduct(
        upc="8850001000034",
        producer_key="food-chaiya-salted-egg",
        category="food",
        title_th="เครื่องแกงไตปลา สูตรไชยา 200 กรัม",
        title_en="Chaiya-Style Kaeng Tai Pla Curry Paste, 200 g",
        description_th=(
            "เครื่องแกงไตปลาตำครกหินจากพริกขี้หนูแห้ง ขมิ้นชัน ตะไคร้ ข่า กระเทียม พริกไทย "
            "และไตปลาหมักของชุมชน รสเผ็ดจัดจ้านแบบใต้ ใช้ 2 ช้อนโต๊ะต่อน้ำ 2 ถ้วย ใส่หน่อไม้ ฟักทอง "
            "และปลาย่าง น้ำหนักสุทธิ 200 กรัม เก็บในตู้เย็นได้ 6 เดือน"
        ),
        description_en=(
            "Pounded in stone mortars from dried bird's-eye chilies, turmeric, lemongrass, galangal, garlic, "
            "pepper and the village's own fermented fish innards, for a fierce southern heat. Use 2 "
            "tablespoons to 2 cups of water with bamboo shoots, pumpkin and grilled fish. Net weight 200 g, "
            "keeps 6 months refrigerated."
        ),
        price="95.00",
        stock=90,
        weight_grams=300,
        stars=4,
        selection_year=2024,
        expires_in_days=370,
        standards=(("fda", "84-1-00733-2-0093"), ("halal", "ฮ-1128/2565")),
        motif="jar",
        colours=("#a33a12", "#d9a23b"),
    ),
    DemoProduct(
        upc="8850001000035",
        producer_key="food-chaiya-salted-egg",
        category="food",
        title_th="เครื่องแกงเหลืองใต้ ขมิ้นสด 200 กรัม",
        title_en="Southern Yellow Curry Paste with Fresh Turmeric, 200 g",
        description_th=(
            "เครื่องแกงเหลืองสูตรใต้จากพริกขี้หนูสด ขมิ้นชันสดจากสวนในไชยา กระเทียม และกะปิ ไม่ใส่ผงชูรส "
            "ให้สีเหลืองสดและกลิ่นหอมขมิ้น ใช้ทำแกงเหลืองปลากับหน่อไม้ดองหรือยอดมะพร้าว ใช้ 2 ช้อนโต๊ะต่อน้ำ "
            "3 ถ้วย น้ำหนักสุทธิ 200 กรัม เก็บในตู้เย็นได้ 6 เดือน"
        ),
        description_en=(
            "Southern-style yellow curry paste of fresh bird's-eye chilies, fresh turmeric from Chaiya "
            "gardens, garlic and shrimp paste, with no MSG. It gives a bright yellow colour and a warm "
            "turmeric aroma; make kaeng lueang with fish and pickled bamboo shoots or coconut shoots. Use 2 "
            "tablespoons to 3 cups of water. Net weight 200 g, keeps 6 months refrigerated."
        ),
        price="89.00",
        stock=100,
        weight_grams=300,
        stars=4,
        selection_year=2022,
        expires_in_days=230,
        standards=(("fda", "84-1-00733-2-0094"), ("halal", "ฮ-1129/2565")),
        motif="jar",
        colours=("#e1a21c", "#7b2d12"),
    ),
    DemoProduct(
        upc="8850001000036",
        producer_key="food-mae-boon-sun-dried-banana",
        category="food",
        title_th="กล้วยตากบางกระทุ่ม อบพลังงานแสงอาทิตย์ 500 กรัม",
        title_en="Bang Krathum Solar Sun-Dried Bananas, 500 g",
        description_th=(
            "กล้วยน้ำว้าสุกงอมจากสวนตำบลท่าตาล ปอกเปลือกแล้วตากในตู้อบพลังงานแสงอาทิตย์ 5-7 วัน "
            "จนเนื้อหนึบสีน้ำตาลทองและหวานฉ่ำตามธรรมชาติ ไม่เติมน้ำตาลและสารกันเสีย บรรจุกล่องพลาสติกใส "
            "น้ำหนักสุทธิ 500 กรัม เก็บได้ 4 เดือน"
        ),
        description_en=(
            "Fully ripe Namwa bananas from Tha Tan orchards, peeled and dried in a solar dryer for 5-7 days "
            "until chewy, golden brown and naturally sweet. No added sugar or preservatives. Clear plastic "
            "box, net weight 500 g, keeps 4 months."
        ),
        price="115.00",
        stock=170,
        weight_grams=560,
        stars=5,
        selection_year=2024,
        expires_in_days=800,
        standards=(("fda", "65-2-00146-2-0001"), ("tcps", "มผช. 25/2556")),
        motif="fruit",
        colours=("#8a5a2e", "#f0c75e"),
    ),
    DemoProduct(
        upc="8850001000037",
        producer_key="food-mae-boon-sun-dried-banana",
        category="food",
        title_th="กล้วยตากเคลือบน้ำผึ้งป่า ห่อแยกชิ้น 250 กรัม",
        title_en="Sun-Dried Bananas Glazed with Wild Honey, Individually Wrapped, 250 g",
        description_th=(
            "กล้วยตากของแม่บุญนำมาเคลือบน้ำผึ้งป่าจากอำเภอเนินมะปราง แล้วอบอีกครั้งจนผิวเงาหนึบ หอมน้ำผึ้ง "
            "หวานกำลังดี ห่อแยกชิ้นสะดวกพกพา บรรจุถุงซิป น้ำหนักสุทธิ 250 กรัม เก็บได้ 4 เดือน"
        ),
        description_en=(
            "Mae Boon's sun-dried bananas glazed with wild honey from Noen Maprang district and baked again "
            "until glossy and chewy. Honey-scented and just sweet enough, individually wrapped for snacking "
            "on the go. Resealable pouch, net weight 250 g, keeps 4 months."
        ),
        price="99.00",
        stock=120,
        weight_grams=300,
        stars=4,
        selection_year=2024,
        expires_in_days=550,
        standards=(("fda", "65-2-00146-2-0002"), ("tcps", "มผช. 25/2556")),
        motif="fruit",
        colours=("#b8782e", "#ffd36b"),
    ),
    DemoProduct(
        upc="8850001000038",
        producer_key="food-mae-boon-sun-dried-banana",
        category="food",
        title_th="กล้วยฉาบเค็ม เกลือทะเล 200 กรัม",
        title_en="Sea-Salted Banana Chips (Kluai Chap Khem), 200 g",
        description_th=(
            "กล้วยน้ำว้าดิบหั่นแผ่นบางตามยาว ทอดในน้ำมันปาล์มที่เปลี่ยนใหม่ทุกกระทะจนกรอบเหลืองทอง "
            "ปรุงด้วยเกลือทะเลเล็กน้อย กรอบ มัน ไม่อมน้ำมัน บรรจุถุงซิป น้ำหนักสุทธิ 200 กรัม เก็บได้ 3 เดือน"
        ),
        description_en=(
            "Unripe Namwa bananas sliced thin lengthwise and fried in fresh palm oil for every batch until "
            "crisp and golden, then seasoned lightly with sea salt. Crunchy and not greasy. Resealable pouch, "
            "net weight 200 g, keeps 3 months."
        ),
        price="89.00",
        stock=130,
        weight_grams=240,
        stars=4,
        selection_year=2022,
        expires_in_days=290,
        standards=(("fda", "65-2-00146-2-0003"), ("tcps", "มผช. 112/2557")),
        motif="pouch",
        colours=("#f2d36b", "#a9652c"),
    ),
    DemoProduct(
        upc="8850001000039",
        producer_key="food-mae-boon-sun-dried-banana",
        category="food",
        title_th="กล้วยฉาบหวานน้ำตาลทรายแดง 200 กรัม",
        title_en="Sweet Banana Chips with Brown Sugar Glaze, 200 g",
        description_th=(
            "กล้วยฉาบกรอบเคลือบน้ำตาลทรายแดงเคี่ยวจนเกาะเป็นเกล็ดบาง ๆ รสหวานหอมคาราเมล "
            "ทานเป็นของว่างกับชาหรือกาแฟ บรรจุถุงซิป น้ำหนักสุทธิ 200 กรัม เก็บได้ 3 เดือน"
        ),
        description_en=(
            "Crisp banana chips coated in brown sugar cooked until it sets in a thin, crackly glaze with a "
            "caramel taste. A snack for tea or coffee time. Resealable pouch, net weight 200 g, keeps 3 "
            "months."
        ),
        price="89.00",
        stock=70,
        weight_grams=240,
        stars=3,
        selection_year=2022,
        expires_in_days=260,
        standards=(("fda", "65-2-00146-2-0004"),),
        motif="pouch",
        colours=("#d9a441", "#6e3f1c"),
    ),
    DemoProduct(
        upc="8850001000040",
        producer_key="food-krung-kao-roti-sai-mai",
        category="food",
        title_th="โรตีสายไหมกรุงเก่า ชุดแป้ง 20 แผ่น สายไหม 4 สี",
        title_en="Ayutthaya Roti Sai Mai Set, 20 Roti Sheets and Four-Colour Candy Floss",
        description_th=(
            "ชุดโรตีสายไหมของฝากอยุธยา ประกอบด้วยแป้งโรตีบางนุ่ม 20 แผ่น และสายไหมดึงมือ 4 สี ได้แก่ ชมพู "
            "เขียวใบเตย ม่วงอัญชัน และขาว ห่อแป้งรอบสายไหมแล้วม้วนทานได้ทันที แป้งเก็บได้ 5 วัน สายไหมเก็บได้ "
            "30 วันในที่แห้ง ไม่ควรแช่เย็น"
        ),
        description_en=(
            "The classic Ayutthaya gift: 20 soft, thin roti sheets with hand-pulled candy floss in four "
            "colours (pink, pandan green, butterfly-pea purple and white). Wrap a pinch of floss in a roti "
            "sheet, roll and eat. Roti sheets keep 5 days and floss 30 days in a dry place; do not "
            "refrigerate."
        ),
        price="120.00",
        stock=90,
        weight_grams=720,
        stars=5,
        selection_year=2024,
        expires_in_days=420,
        standards=(("fda", "14-1-00389-1-0011"),),
        motif="box",
        colours=("#f4b6c2", "#f7f0dc"),
    ),
    DemoProduct(
        upc="8850001000041",
        producer_key="food-krung-kao-roti-sai-mai",
        category="food",
        title_th="โรตีสายไหมสีธรรมชาติ ใบเตยและอัญชัน ชุด 10 แผ่น",
        title_en="Natural-Colour Roti Sai Mai with Pandan and Butterfly Pea, 10 Sheets",
        description_th=(
            "สายไหมแต่งสีจากธรรมชาติล้วน ใช้น้ำใบเตยคั้นสดและน้ำดอกอัญชัน หอมกลิ่นสมุนไพรอ่อน ๆ "
            "คู่กับแป้งโรตีใบเตย 10 แผ่น เหมาะสำหรับผู้ที่ต้องการหลีกเลี่ยงสีสังเคราะห์ แป้งเก็บได้ 5 วัน "
            "สายไหมเก็บได้ 30 วัน"
        ),
        description_en=(
            "Candy floss coloured only with freshly pressed pandan juice and butterfly-pea flower extract, "
            "with a light herbal fragrance, paired with 10 pandan roti sheets. For buyers who avoid synthetic "
            "colours. Roti keeps 5 days, floss 30 days."
        ),
        price="89.00",
        stock=110,
        weight_grams=400,
        stars=4,
        selection_year=2024,
        expires_in_days=350,
        standards=(("fda", "14-1-00389-1-0012"),),
        motif="box",
        colours=("#6fae5a", "#4b4fa6"),
    ),
    DemoProduct(
        upc="8850001000042",
        producer_key="food-krung-kao-roti-sai-mai",
        category="food",
        title_th="สายไหมซองพกพา รสนมและสตรอว์เบอร์รี แพ็ก 5 ซอง",
        title_en="Pocket Candy Floss Sachets, Milk and Strawberry, Pack of 5",
        description_th=(
            "สายไหมดึงมือบรรจุซองฟอยล์ขนาดพกพา ซองละ 20 กรัม รสนมและรสสตรอว์เบอร์รี "
            "ฉีกซองแล้วทานได้ทันทีหรือห่อกับขนมปัง แพ็กละ 5 ซอง เก็บได้ 2 เดือนในที่แห้ง"
        ),
        description_en=(
            "Hand-pulled candy floss in small foil sachets of 20 g each, in milk and strawberry flavours. "
            "Tear open and eat straight away or wrap in bread. Pack of 5 sachets, keeps 2 months in a dry "
            "place."
        ),
        price="95.00",
        stock=60,
        weight_grams=180,
        stars=2,
        selection_year=2022,
        expires_in_days=300,
        standards=(("fda", "14-1-00389-1-0013"),),
        motif="pouch",
        colours=("#f9c5d5", "#c6e2f5"),
    ),
    DemoProduct(
        upc="8850001000043",
        producer_key="food-mae-ploy-chili-paste",
        category="food",
        title_th="แจ่วบองปลาร้าหนองหาน กระปุก 200 กรัม",
        title_en="Nong Han Jaew Bong Fermented Fish Chili Paste, 200 g Jar",
        description_th=(
            "แจ่วบองสูตรอีสานจากปลาร้าหมักเองนานกว่าหนึ่งปี ตำกับพริกแห้งคั่ว หอมแดง กระเทียม ข่า "
            "และตะไคร้เผา แล้วคั่วในกระทะเหล็กจนแห้งหอม รสเผ็ดนัวเข้มข้น ทานกับข้าวเหนียว ผักลวก หรือหมูย่าง "
            "บรรจุกระปุก 200 กรัม เก็บได้ 6 เดือน"
        ),
        description_en=(
            "Isan jaew bong made with pla ra fermented in-house for over a year, pounded with roasted dried "
            "chilies, shallots, garlic and charred galangal and lemongrass, then dry-roasted in an iron wok "
            "until fragrant. Hot, deep and savoury; eat with sticky rice, blanched vegetables or grilled "
            "pork. 200 g jar, keeps 6 months."
        ),
        price="89.00",
        stock=120,
        weight_grams=320,
        stars=5,
        selection_year=2024,
        expires_in_days=610,
        standards=(("fda", "41-2-00612-2-0021"), ("tcps", "มผช. 1263/2556")),
        motif="jar",
        colours=("#7b3f1d", "#c23b22"),
    ),
    DemoProduct(
        upc="8850001000044",
        producer_key="food-mae-ploy-chili-paste",
        category="food",
        title_th="น้ำพริกปลาช่อนย่าง กระปุก 180 กรัม",
        title_en="Grilled Snakehead Fish Chili Paste (Nam Phrik Pla Yang), 180 g Jar",
        description_th=(
            "ปลาช่อนจากหนองหานย่างถ่านจนหอมแล้วแกะเนื้อ ตำกับพริกแห้ง หอมแดงและกระเทียมเผา "
            "ปรุงด้วยน้ำปลาร้าต้มสุก คั่วจนแห้งร่วน รสเผ็ดกลาง หอมควันไฟ ทานกับผักสดหรือข้าวเหนียว "
            "บรรจุกระปุก 180 กรัม เก็บได้ 4 เดือน"
        ),
        description_en=(
            "Snakehead fish from Nong Han lake grilled over charcoal, flaked and pounded with dried chilies "
            "and charred shallots and garlic, seasoned with cooked pla ra juice and dry-roasted until loose "
            "and crumbly. Medium-hot and smoky; eat with fresh vegetables or sticky rice. 180 g jar, keeps 4 "
            "months."
        ),
        price="99.00",
        stock=85,
        weight_grams=300,
        stars=4,
        selection_year=2024,
        expires_in_days=470,
        standards=(("fda", "41-2-00612-2-0022"), ("tcps", "มผช. 321/2557")),
        motif="jar",
        colours=("#a0522d", "#e0c097"),
    ),
    DemoProduct(
        upc="8850001000045",
        producer_key="food-mae-ploy-chili-paste",
        category="food",
        title_th="น้ำพริกตาแดงอีสาน กระปุก 150 กรัม",
        title_en="Isan Red-Eye Chili Paste (Nam Phrik Ta Daeng), 150 g Jar",
        description_th=(
            "น้ำพริกตาแดงแบบอีสานจากพริกแห้งเม็ดใหญ่ หอมแดง และกระเทียมคั่ว ปรุงด้วยน้ำปลาร้าและน้ำมะขามเปียก "
            "สีแดงสวย เผ็ดน้อยกว่าแจ่วบอง ทานกับไข่ต้ม แคบหมู หรือผักลวก บรรจุกระปุก 150 กรัม เก็บได้ 6 เดือน"
        ),
        description_en=(
            "An Isan red chili paste of large dried chilies, shallots and garlic, roasted and seasoned with "
            "pla ra juice and tamarind. Bright red and milder than jaew bong; eat with boiled eggs, pork "
            "crackling or blanched vegetables. 150 g jar, keeps 6 months."
        ),
        price="89.00",
        stock=95,
        weight_grams=260,
        stars=4,
        selection_year=2022,
        expires_in_days=200,
        standards=(("fda", "41-2-00612-2-0023"),),
        motif="jar",
        colours=("#c0392b", "#f3d6a4"),
    ),
    DemoProduct(
        upc="8850001000046",
        producer_key="food-mae-ploy-chili-paste",
        category="food",
        title_th="น้ำพริกเห็ดนางฟ้าทอดกรอบ มังสวิรัติ กระปุก 150 กรัม",
        title_en="Vegetarian Crispy Oyster Mushroom Chili Paste, 150 g Jar",
        description_th=(
            "น้ำพริกเห็ดนางฟ้าจากฟาร์มเห็ดในตำบลเชียงแหว ฉีกเห็ดเป็นเส้นแล้วทอดจนกรอบ ผัดกับพริกแห้ง หอมแดง "
            "กระเทียม และน้ำตาลมะพร้าว ไม่ใส่ปลาร้าและเนื้อสัตว์ เหมาะสำหรับผู้ทานมังสวิรัติ บรรจุกระปุก 150 "
            "กรัม เก็บได้ 4 เดือน"
        ),
        description_en=(
            "Grey oyster mushrooms from a farm in Chiang Wae, torn into strips, fried crisp and tossed with "
            "dried chilies, shallots, garlic and coconut sugar. No pla ra and no meat, so it suits "
            "vegetarians. 150 g jar, keeps 4 months."
        ),
        price="95.00",
        stock=80,
        weight_grams=260,
        stars=4,
        selection_year=2024,
        expires_in_days=530,
        standards=(("fda", "41-2-00612-2-0024"), ("tcps", "มผช. 321/2557")),
        motif="jar",
        colours=("#6d5a43", "#d8c3a5"),
    ),
)
