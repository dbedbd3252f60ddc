"""Prices are written one way everywhere: ฿3,800, with satang only when there are some (฿4,340.50)."""

from decimal import Decimal

import pytest
from django.template import Context, Template

from marketplace.baht import format_baht


@pytest.mark.parametrize("amount, written", [
    (Decimal("3800.00"), "฿3,800"),
    (Decimal("4340.5"), "฿4,340.50"),
    (Decimal("0.00"), "฿0"),
    (Decimal("1234567.25"), "฿1,234,567.25"),
    ("350", "฿350"),
    (Decimal("-120.00"), "−฿120"),
    ("not a number", ""),
    (None, ""),
    ("NaN", ""),
    ("1e309", ""),  # typed into a price filter: beyond decimal's precision, never a server error
])
def test_baht_is_written_without_satang_unless_there_are_some(amount, written):
    assert format_baht(amount) == written


def test_oscars_currency_filter_writes_baht_the_same_way():
    # Oscar's basket totals, checkout, order and e-mail templates load currency_filters: ours answers.
    html = Template("{% load currency_filters marketplace_tags %}{{ a|currency }} {{ a|baht }} {{ b|currency }}").render(
        Context({"a": Decimal("4340.00"), "b": Decimal("12.50")}))
    assert html == "฿4,340 ฿4,340 ฿12.50"
