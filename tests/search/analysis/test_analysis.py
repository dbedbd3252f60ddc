from search import analysis
from search.analysis import (
    analyse_query,
    normalise,
    query_words,
    segmented,
    synonym_index,
    synonym_tokens,
    synonyms_of,
    tokens,
)


def test_compound_thai_queries_are_split_into_words():
    assert tokens("ผ้าไหมสุรินทร์") == ["ผ้าไหม", "สุรินทร์"]
    assert tokens("กาแฟเชียงราย") == ["กาแฟ", "เชียงราย"]


def test_otop_vocabulary_stays_whole():
    assert "มัดหมี่" in tokens("ผ้าไหมมัดหมี่ลายโคม")
    assert "ด่านเกวียน" in tokens("เครื่องปั้นดินเผาด่านเกวียน")
    assert "ผักตบชวา" in tokens("กระเป๋าผักตบชวา")


def test_longer_words_are_not_cut_into_shorter_ones():
    assert tokens("ชาวเขา") == ["ชาวเขา"]
    assert tokens("มะม่วงหิมพานต์") == ["มะม่วงหิมพานต์"]


def test_english_is_lower_cased_and_split_on_punctuation():
    assert tokens("Hill-tribe COFFEE, 250g") == ["hill", "tribe", "coffee", "250g"]


def test_normalise_folds_width_and_space():
    assert normalise("  ＣＯＦＦＥＥ\u3000ผ้า  ") == "coffee ผ้า"


def test_segmented_joins_words_with_spaces():
    assert segmented("ผ้าไหมสุรินทร์ silk") == "ผ้าไหม สุรินทร์ silk"


# --- normalisation -----------------------------------------------------------------------------

def test_nfkc_does_not_break_sara_am():
    # NFKC turns ำ into ํ + า; the dictionary has ำ, so น้ำพริก would be cut into น้ํา + พริก.
    assert tokens("น้ำพริกปลาทูแม่กลอง") == ["น้ำพริก", "ปลาทู", "แม่กลอง"]
    assert normalise("น\u0e4d\u0e49า") == "น้ำ"  # nikhahit typed before the tone mark
    assert tokens("ชามตราไก่ลำปาง") == ["ชาม", "ตราไก่", "ลำปาง"]


def test_common_thai_typing_slips_are_repaired():
    assert normalise("เเพรวา") == "แพรวา"  # two sara e for sara ae
    assert tokens("ผ้้าไหม") == ["ผ้าไหม"]


def test_digits_accents_and_zero_width_characters():
    assert tokens("ข้าวหอมมะลิ๑๐๕") == ["ข้าวหอมมะลิ", "105"]
    assert tokens("Repoussé") == ["repousse"]
    assert tokens("กาแฟ\u200bเชียงราย") == ["กาแฟ", "เชียงราย"]


def test_english_plurals_and_spellings_are_folded():
    assert tokens("Baskets KNIVES chillies Colours boxes berries") == [
        "basket", "knife", "chili", "color", "box", "berry"]
    assert tokens("glass process citrus") == ["glass", "process", "citrus"]


# --- the domain dictionary ---------------------------------------------------------------------

def test_places_from_the_catalogue_stay_whole():
    assert tokens("ชาอูหลงดอยแม่สลอง") == ["ชา", "อูหลง", "ดอย", "แม่สลอง"]
    assert tokens("ผ้าซิ่นตีนจกหาดเสี้ยว") == ["ผ้าซิ่น", "ตีนจก", "หาดเสี้ยว"]
    assert tokens("ผ้าไหมยกดอกปักธงชัย")[-1] == "ปักธงชัย"
    # ดอยช้าง is a place: searching ช้าง ("elephant") must not find its coffee.
    assert tokens("กาแฟดอยช้าง") == ["กาแฟ", "ดอยช้าง"]


def test_compounds_keep_the_product_word_findable():
    assert tokens("ชาเขียวกลิ่นมะลิ")[:2] == ["ชา", "เขียว"]
    assert tokens("มะม่วงอบแห้ง") == ["มะม่วง", "อบแห้ง"]
    assert tokens("เม็ดมะม่วงหิมพานต์อบ") == ["เม็ดมะม่วงหิมพานต์", "อบ"]
    assert "ร่ม" not in tokens("ปลูกใต้ร่มป่า")  # shade, not umbrella


# --- synonyms ------------------------------------------------------------------------------------

def test_synonyms_cross_languages_and_transliterations():
    assert ("ผ้าไหม",) in synonyms_of(("silk",))
    assert ("silk",) in synonyms_of(("ไหม",))
    assert ("coffee",) in synonyms_of(("กาแฟ",))
    assert ("ikat",) in synonyms_of(("มัดหมี่",))
    assert ("surin",) in synonyms_of(("สุรินทร์",))
    assert ("chiangrai",) in synonyms_of(("chiang", "rai"))
    assert synonyms_of(("unknownword",)) == (("unknownword",),)


def test_groups_are_consistent():
    index = synonym_index()
    for number, group in enumerate(index.groups):
        for entry in group:
            assert index.by_phrase[entry] == number
    assert len(set(index.keys)) == len(index.keys)


def test_phrases_and_transliterations_find_one_group():
    def group(q):
        node = analyse_query(q)
        return node.group

    assert group("jasmine rice") == group("khao hom mali") == group("ข้าวหอมมะลิ") == group("hom mali")
    assert group("Dan Kwian") == group("dankwian") == group("ด่านเกวียน")
    assert group("praewa") == group("แพรวา") == group("เเพรวา")
    assert group("water hyacinth") == group("ผักตบชวา")


def test_known_misspellings_are_fixed_before_searching():
    assert {"coffee", "กาแฟ"} <= set(query_words(analyse_query("cofee")))
    assert "เชียงราย" in query_words(analyse_query("กาแฟเชียงลาย"))
    assert "ผ้าไหม" in query_words(analyse_query("ผ้าใหม"))
    assert "jasmine" in query_words(analyse_query("jasmin rice"))


def test_only_latin_words_are_offered_for_correction():
    asked = []

    def correct(word):
        asked.append(word)
        return "silk" if word == "silkk" else None

    node = analyse_query("silkk ผ้าไหน mudmeeh", correct=correct)
    assert asked == ["silkk", "mudmeeh"]
    assert "ผ้าไหม" in query_words(node)  # silkk → silk → its synonyms


def test_last_word_is_a_prefix_unless_whole():
    assert analyse_query("cof") == analysis.Phrase(("cof",), prefix=True)
    assert analyse_query("cof ", is_term=lambda w: False) == analysis.Phrase(("cof",))
    assert analyse_query("arabic", is_term=lambda w: w == "arabic") == analysis.Phrase(("arabic",))
    # Words of a synonym group are whole words even when the index lacks them.
    assert not any(isinstance(n, analysis.Phrase) and n.prefix for n in _nodes(analyse_query("ชา")))
    assert not any(isinstance(n, analysis.Phrase) and n.prefix for n in _nodes(analyse_query("tea")))


def test_a_thai_prefix_is_also_tried_unsegmented():
    node = analyse_query("ผ้าไห")
    assert analysis.Phrase(("ผ้าไห",), prefix=True) in node.options
    # Segmented, the words were typed together: ผ้า followed by a word starting ไห.
    together = analysis.AllOf((analysis.Phrase(("ผ้า",)), analysis.Phrase(("ไห",), prefix=True)), together=True)
    assert together in node.options


def test_stop_words_are_dropped_when_other_words_remain():
    assert "from" not in query_words(analyse_query("silk from surin"))
    assert query_words(analyse_query("the")) == ["the"]


def test_synonym_tokens_mark_every_entry_found():
    index = synonym_index()

    def key(*words):
        return index.keys[index.by_phrase[words]]

    found = synonym_tokens(["dried", "mango", "from", "thailand"])
    assert key("dried", "mango") in found and key("mango") in found
    assert synonym_tokens(["มะม่วงหิมพานต์"]) == [key("มะม่วงหิมพานต์")]
    assert key("มะม่วง") not in synonym_tokens(["มะม่วงหิมพานต์"])
    assert key("ชา") not in synonym_tokens(["กาแฟ", "ชาวเขา"])


def _nodes(node):
    yield node
    for child in getattr(node, "options", ()) or getattr(node, "parts", ()):
        yield from _nodes(child)
