"""Form errors read as plain Thai: Django's own Thai for a required field is garbled."""

import pytest
from django import forms
from django.utils import translation


class AddressStub(forms.Form):
    last_name = forms.CharField()


@pytest.mark.parametrize("language, expected", [("th", "กรุณากรอกช่องนี้"), ("en", "This field is required.")])
def test_a_missing_required_field_says_so_plainly(language, expected):
    with translation.override(language):
        form = AddressStub(data={})
        assert form.errors["last_name"] == [expected]


class TitleAndPrice(forms.Form):
    title = forms.CharField(max_length=5)
    price = forms.DecimalField(max_digits=4, decimal_places=2)


def test_too_long_and_too_many_digits_read_in_thai():
    # Django's Thai has none of its plural messages: a producer's over-long title read English.
    with translation.override("th"):
        form = TitleAndPrice(data={"title": "ผ้าไหมแท้", "price": "1.234"})
        assert form.errors["title"] == ["ต้องยาวไม่เกิน 5 ตัวอักษร (ตอนนี้มี 9 ตัวอักษร)"]
        assert form.errors["price"] == ["ทศนิยมต้องมีไม่เกิน 2 ตำแหน่ง"]
    with translation.override("en"):
        assert TitleAndPrice(data={"title": "abcdef", "price": "1"}).errors["title"] == [
            "Ensure this value has at most 5 characters (it has 6)."]
