from search.analysis import normalise, segmented, tokens


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
