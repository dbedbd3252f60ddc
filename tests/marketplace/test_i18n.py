"""One home for the two languages: Thai or English text, Buddhist-era dates on Thai pages, cache keys."""

import datetime

from django.template import Context, Template
from django.utils import translation

from marketplace.i18n import display_year, format_date, language, pick

DAY = datetime.date(2027, 3, 28)


def test_language_is_thai_by_default_and_english_under_en():
    with translation.override("th"):
        assert language() == "th"
    with translation.override("en-us"):
        assert language() == "en"
    with translation.override(None):
        assert language() == "th"


def test_pick_falls_back_to_thai_when_the_english_text_is_blank():
    with translation.override("en"):
        assert pick("ผ้าไหม", "Silk") == "Silk"
        assert pick("ผ้าไหม", "") == "ผ้าไหม"
    with translation.override("th"):
        assert pick("ผ้าไหม", "Silk") == "ผ้าไหม"


def test_thai_date_reads_in_the_buddhist_era():
    with translation.override("th"):
        assert format_date(DAY) == "28 มีนาคม 2570"
        assert format_date(DAY, "j F Y") == "28 มีนาคม 2570"
        assert format_date(DAY, "Y-m-d") == "2027-03-28"  # machine-readable stays C.E.
        assert display_year(2027) == "2570"


def test_english_date_keeps_the_christian_era():
    with translation.override("en"):
        assert format_date(DAY) == "March 28, 2027"
        assert display_year(2027) == "2027"


def test_escaped_year_letters_are_left_alone():
    with translation.override("th"):
        assert format_date(DAY, r"\Y Y") == "Y 2570"


def test_every_template_date_filter_is_buddhist_on_thai_pages():
    template = Template('{{ day|date:"j F Y" }} / {{ when|date:"DATETIME_FORMAT" }} / {{ 2024|year }}')
    when = datetime.datetime(2026, 12, 5, 9, 30, tzinfo=datetime.UTC)
    with translation.override("th"):
        html = template.render(Context({"day": DAY, "when": when}))
    assert html.startswith("28 มีนาคม 2570 / 5 ธันวาคม 2569")
    assert html.endswith("/ 2567")
    assert "2027" not in html and "2026" not in html
    with translation.override("en"):
        assert "28 March 2027" in template.render(Context({"day": DAY, "when": when}))

