"""Province lists read in the reader's alphabetical order: Thai dictionary order, or A–Z in English."""

import pytest
from django.utils import translation

from cms.producers.forms import OnboardingForm
from marketplace.certification.dashboard.forms import QueueFilterForm
from shop.address.forms import province_choices

pytestmark = pytest.mark.django_db


def _thai_names(choices) -> list[str]:
    return [str(label) for value, label in choices if value]


def _assert_thai_dictionary_order(names: list[str]):
    # A leading vowel is not the first letter: เชียงใหม่ sorts with ช, แพร่ with พ, not after ฮ.
    assert names.index("ชลบุรี") < names.index("เชียงใหม่") < names.index("ตรัง")
    assert names.index("พะเยา") < names.index("แพร่") < names.index("ภูเก็ต")
    assert names[0] == "กระบี่" and names[-1] == "อุบลราชธานี"
    assert len(names) == 77


def test_checkout_province_list_is_in_thai_dictionary_order():
    with translation.override("th"):
        _assert_thai_dictionary_order(_thai_names(province_choices()))


def test_checkout_province_list_is_a_to_z_in_english():
    with translation.override("en"):
        names = _thai_names(province_choices())
    assert names == sorted(names, key=str.casefold)
    assert names[0] == "Amnat Charoen"


def test_back_office_province_selects_are_in_thai_dictionary_order():
    with translation.override("th"):
        for form in (QueueFilterForm(), OnboardingForm()):
            _assert_thai_dictionary_order(_thai_names(form.fields["province"].choices))
