"""Amounts typed as people write them: 2,450 and ฿2,450.50 are read, nonsense gets a message that shows how."""

from decimal import Decimal

import pytest
from django import forms
from django.utils import translation

from marketplace.baht_field import BahtAmountField

pytestmark = pytest.mark.usefixtures("english_by_default")


class PriceForm(forms.Form):
    price = BahtAmountField()


class RefundForm(forms.Form):
    amount = BahtAmountField(allow_zero=True, required=False)


@pytest.mark.parametrize("typed, amount", [
    ("2450", "2450.00"), ("2,450", "2450.00"), ("2,450.50", "2450.50"), ("฿2,450", "2450.00"),
    ("฿ 2,450.5", "2450.50"), ("2,450 บาท", "2450.00"), ("THB 1,250,000", "1250000.00"), ("2450฿", "2450.00"),
    ("  85.00 ", "85.00"), ("๒,๔๕๐", "2450.00"), ("2,450.", "2450.00"), ("0.50", "0.50"), ("12.500", "12.50"),
])
def test_an_amount_with_thousands_separators_or_the_baht_sign_is_read(typed, amount):
    form = PriceForm({"price": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["price"] == Decimal(amount)


@pytest.mark.parametrize("typed, message", [
    ("2,45,0", "Put commas only between thousands"), ("2,45", "Put commas only between thousands"),
    ("24,50.5", "Put commas only between thousands"), ("abc", "Enter an amount in baht with digits"),
    ("1e3", "Enter an amount in baht with digits"), ("NaN", "Enter an amount in baht with digits"),
    ("2.450,50", "Enter an amount in baht with digits"), ("-5", "greater than 0"), ("−5", "greater than 0"),
    ("฿-5", "greater than 0"), ("0", "greater than 0"), ("0.00", "greater than 0"),
    ("2,450.505", "at most two digits after the point"), ("99999999999999999999999999999999999", "below 10,000,000,000"),
])
def test_nonsense_is_refused_with_a_message_that_shows_how_to_write_it(typed, message):
    form = PriceForm({"price": typed})
    assert not form.is_valid()
    assert message in form.errors["price"][0]


def test_the_messages_are_in_thai_on_thai_pages():
    with translation.override("th"):
        form = PriceForm({"price": "2,45,0"})
        assert not form.is_valid()
        assert "คั่น" in form.errors["price"][0]
        form = PriceForm({"price": "abc"})
        assert not form.is_valid()
        assert "ตัวเลข" in form.errors["price"][0]


def test_a_refund_may_be_zero_but_not_negative():
    assert RefundForm({"amount": "0"}).is_valid()
    form = RefundForm({"amount": "-1"})
    assert not form.is_valid()
    assert "0 or more" in form.errors["amount"][0]


def test_the_input_is_a_text_box_phones_open_with_their_number_pad():
    html = str(PriceForm()["price"])
    assert 'type="text"' in html
    assert 'inputmode="decimal"' in html
    assert "step=" not in html and "min=" not in html
