"""Reading a date as people type it, in either era, and writing it as the page's reader types it."""

import datetime

import pytest
from django.utils import translation

from marketplace.typed_dates import (
    DateNotUnderstood,
    date_as_typed,
    date_entry_example,
    date_from_text,
    datetime_as_typed,
    datetime_from_text,
)

MARCH_28 = datetime.date(2027, 3, 28)


@pytest.mark.parametrize("text", [
    "28/03/2570",          # the Thai page's own way
    "28/03/2027",          # the Christian era, on either page
    "28/3/2570",
    "28.03.2570",
    "28-03-2570",
    "28 03 2570",
    "28032570",            # a phone's number pad has no slash
    " 28/03/2570 ",
    "2027-03-28",          # ISO, from old links and bookmarks
    "๒๘/๐๓/๒๕๗๐",          # Thai digits
    "28 มีนาคม 2570",
    "28 มีนาคม พ.ศ. 2570",
    "วันที่ 28 มีนาคม พ.ศ. 2570",
    "28 มี.ค. 2570",
    "28 มีค 2570",
    "28 March 2027",
    "28 mar 2027",
])
def test_a_day_typed_in_either_era_is_the_same_day(text):
    assert date_from_text(text) == MARCH_28


def test_a_year_from_2400_is_buddhist_and_one_before_is_christian():
    assert date_from_text("01/01/2400") == datetime.date(1857, 1, 1)
    assert date_from_text("01/01/2399") == datetime.date(2399, 1, 1)


def test_the_seeds_thai_date_reads_as_written():
    """/work/shared/seeds write dates like "17 กรกฎาคม พ.ศ. 2557"."""
    assert date_from_text("17 กรกฎาคม พ.ศ. 2557") == datetime.date(2014, 7, 17)


@pytest.mark.parametrize("text", ["abc", "", "28/03/70", "28/03", "2570", "28/13x/2570", "28 Smarch 2027",
                                  "2027/03/28/1", "28//03/2570"])
def test_what_is_no_date_is_refused_as_such(text):
    with pytest.raises(DateNotUnderstood) as problem:
        date_from_text(text)
    assert problem.value.code == "invalid"


@pytest.mark.parametrize("text", ["31/02/2570", "29/02/2570", "32/01/2570", "15/13/2570", "00/01/2570"])
def test_a_day_the_calendar_lacks_is_told_apart(text):
    with pytest.raises(DateNotUnderstood) as problem:
        date_from_text(text)
    assert problem.value.code == "no_such_day"


def test_a_leap_day_of_a_buddhist_year_is_found():
    assert date_from_text("29/02/2567") == datetime.date(2024, 2, 29)


def test_a_date_is_written_in_the_page_era():
    with translation.override("th"):
        assert date_as_typed(MARCH_28) == "28/03/2570"
        assert date_entry_example() == "28/03/2570"
    with translation.override("en"):
        assert date_as_typed(MARCH_28) == "28/03/2027"
        assert date_entry_example() == "28/03/2027"


@pytest.mark.parametrize("language", ["th", "en"])
def test_what_is_written_reads_back_as_the_same_day(language):
    day = datetime.date(2026, 12, 5)
    with translation.override(language):
        assert date_from_text(date_as_typed(day)) == day


@pytest.mark.parametrize("text", ["28/03/2570 14:30", "28/03/2027 14:30", "28/03/2570 14.30 น.", "2027-03-28T14:30",
                                  "2027-03-28 14:30:00", "280325701430", "28 มี.ค. 2570 เวลา 14.30 น."])
def test_a_day_and_time_typed_in_either_era_is_the_same_moment(text):
    assert datetime_from_text(text) == datetime.datetime(2027, 3, 28, 14, 30)


def test_a_day_without_a_time_is_its_first_minute():
    assert datetime_from_text("28/03/2570") == datetime.datetime(2027, 3, 28, 0, 0)


@pytest.mark.parametrize("text", ["28/03/2570 25:00", "28/03/2570 14:61", "abc 14:30"])
def test_a_time_of_day_that_is_none_is_refused(text):
    with pytest.raises(DateNotUnderstood):
        datetime_from_text(text)


def test_a_moment_is_written_in_the_page_era():
    moment = datetime.datetime(2027, 3, 28, 9, 5)
    with translation.override("th"):
        assert datetime_as_typed(moment) == "28/03/2570 09:05"
    with translation.override("en"):
        assert datetime_as_typed(moment) == "28/03/2027 09:05"
