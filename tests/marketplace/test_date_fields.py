"""The date field of every form of ours: dd/mm/yyyy in the page's era, whatever the browser's locale."""

import datetime

import pytest
from django import forms
from django.utils import timezone, translation

from marketplace.date_fields import EraDateField, EraDateTimeField

MARCH_28 = datetime.date(2027, 3, 28)


class PeriodForm(forms.Form):
    starts = EraDateField(label="starts")
    note = forms.CharField(label="note", required=False)


class OptionalForm(forms.Form):
    day = EraDateField(label="day", required=False)


def test_a_thai_page_shows_the_day_in_the_buddhist_era_as_text_not_the_browsers_date_input():
    with translation.override("th"):
        html = str(PeriodForm(initial={"starts": MARCH_28})["starts"])
    assert 'value="28/03/2570"' in html
    assert 'type="text"' in html and 'type="date"' not in html
    assert 'inputmode="numeric"' in html
    assert 'placeholder="วว/ดด/ปปปป พ.ศ."' in html


def test_an_english_page_shows_the_christian_era():
    with translation.override("en"):
        html = str(PeriodForm(initial={"starts": MARCH_28})["starts"])
    assert 'value="28/03/2027"' in html
    assert 'placeholder="dd/mm/yyyy"' in html


@pytest.mark.parametrize("typed", ["28/03/2570", "28/03/2027", "2027-03-28", "28032570", "28 มี.ค. 2570"])
@pytest.mark.parametrize("language", ["th", "en"])
def test_the_day_typed_in_either_era_is_understood_on_either_page(language, typed):
    with translation.override(language):
        form = PeriodForm({"starts": typed})
        assert form.is_valid(), form.errors
    assert form.cleaned_data["starts"] == MARCH_28


@pytest.mark.parametrize("typed, thai, english", [
    ("31/02/2570", "ไม่มีวันที่ 31/02/2570 ในปฏิทิน", "31/02/2570 is not a day of the calendar"),
    ("abc", "เขียนวันที่แบบ วว/ดด/ปปปป พ.ศ. เช่น 28/03/2570", "Write the date as dd/mm/yyyy, e.g. 28/03/2027."),
    ("", "กรุณาระบุวันที่ แบบ วว/ดด/ปปปป พ.ศ. เช่น 28/03/2570", "Give the date, written dd/mm/yyyy, e.g. 28/03/2027."),
])
def test_bad_input_is_told_in_the_readers_language_and_loses_nothing(typed, thai, english):
    for language, message in (("th", thai), ("en", english)):
        with translation.override(language):
            form = PeriodForm({"starts": typed, "note": "ส่งของรอบสอง"})
            assert not form.is_valid()
            assert message in form.errors["starts"][0]
            assert f'value="{typed}"' in str(form["starts"]) or not typed
            assert 'value="ส่งของรอบสอง"' in str(form["note"])


def test_an_optional_date_may_stay_empty():
    form = OptionalForm({"day": "  "})
    assert form.is_valid() and form.cleaned_data["day"] is None


class WindowForm(forms.Form):
    starts = EraDateTimeField(label="starts")


def test_a_moment_is_shown_in_the_page_era_in_the_shops_time_zone():
    moment = timezone.make_aware(datetime.datetime(2027, 3, 28, 14, 30))
    with translation.override("th"):
        html = str(WindowForm(initial={"starts": moment})["starts"])
    assert 'value="28/03/2570 14:30"' in html and 'placeholder="วว/ดด/ปปปป พ.ศ. ชช:นน"' in html


def test_a_moment_typed_in_the_buddhist_era_is_that_moment_in_the_shops_time_zone():
    with translation.override("th"):
        form = WindowForm({"starts": "28/03/2570 14:30"})
        assert form.is_valid(), form.errors
    assert form.cleaned_data["starts"] == timezone.make_aware(datetime.datetime(2027, 3, 28, 14, 30))


def test_a_moment_that_is_none_is_refused_in_thai_keeping_what_was_typed():
    with translation.override("th"):
        form = WindowForm({"starts": "28/03/2570 25:00"})
        assert not form.is_valid()
        assert "เขียนวันที่และเวลาแบบ วว/ดด/ปปปป พ.ศ. ชช:นน เช่น 28/03/2570 14:30" in form.errors["starts"][0]
        assert 'value="28/03/2570 25:00"' in str(form["starts"])
