"""How the site reads an amount of money a person typed: one form field for every price and amount
that producers and staff enter (a stock record's price, a refund).

People write amounts as they read them (``baht.py`` prints ฿2,450 and ฿2,450.50), so the field
takes them back that way: thousands separated by commas, a baht sign or "บาท"/"THB" around the
number, Thai digits. A number input refused all of these in the browser, with a message in the
browser's language and nothing said of what was wrong. Anything else is refused with a message
that shows how to write it: commas elsewhere than between thousands ("2,45,0", or "2,45" for
2.45 as some countries write it), letters, a minus sign, more than two digits of satang.
"""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

# Beyond every amount the shop stores (12 digits, 2 of them satang).
MAX_BAHT = Decimal("9999999999.99")

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_CURRENCY = re.compile(r"^(?:฿|THB)?\s*(?P<number>.*?)\s*(?:฿|บาท|THB)?$", re.IGNORECASE)
# Plain digits, or digits grouped by three with commas; then, optionally, a point and satang.
_AMOUNT = re.compile(r"^(?P<whole>\d+|\d{1,3}(?:,\d{3})+)(?:\.(?P<satang>\d*))?$")
_NEGATIVE = re.compile(r"^[-−–]")


class BahtAmountField(forms.DecimalField):
    """An amount in baht, greater than 0 unless ``allow_zero``, with at most two digits of satang.

    Rendered as a text input with ``inputmode="decimal"``: phones show their number pad and the
    commas and the baht sign are kept. Cleans to a ``Decimal``.
    """

    default_error_messages = {
        "invalid": _("Enter an amount in baht with digits, like 2,450 or 2,450.50."),
        "grouping": _("Put commas only between thousands, like 2,450 or 1,250,000; satang go after a point: 2,450.50."),
        "positive": _("Enter an amount in baht greater than 0."),
        "not_negative": _("Enter an amount in baht of 0 or more."),
        "satang": _("Enter at most two digits after the point (satang), like 2,450.50."),
        "too_large": _("Enter an amount in baht below 10,000,000,000."),
    }

    def __init__(self, *, allow_zero: bool = False, **kwargs):
        self.allow_zero = allow_zero
        kwargs.setdefault("max_digits", 12)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}))
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        # DecimalField adds step/min/max for a number input; on a text input they mean nothing.
        return forms.Field.widget_attrs(self, widget)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        return baht_parse(str(value), self.error_messages, allow_zero=self.allow_zero)

    def validate(self, value):
        forms.Field.validate(self, value)

    def run_validators(self, value):
        # Everything is checked in baht_parse with our own messages (Django's DecimalValidator
        # would talk of "digits in total" to a producer who typed a price).
        return None


def baht_parse(text: str, messages: dict | None = None, *, allow_zero: bool = False) -> Decimal:
    """The amount ``text`` says, or a ValidationError whose message shows how to write it."""
    messages = messages or BahtAmountField.default_error_messages

    def refuse(code):
        return forms.ValidationError(messages[code], code=code)

    # Spaces of every kind (a pasted "฿ 2,450", a no-break space) and Thai digits.
    text = re.sub(r"\s+", " ", text.translate(_THAI_DIGITS)).strip()
    number = _CURRENCY.match(text).group("number").replace(" ", "")
    if _NEGATIVE.match(number):
        raise refuse("not_negative" if allow_zero else "positive")
    match = _AMOUNT.match(number)
    if match is None:
        raise refuse("grouping" if re.fullmatch(r"[\d,]+(?:\.\d*)?", number) and "," in number else "invalid")
    satang = match.group("satang") or ""
    if len(satang.rstrip("0")) > 2:
        raise refuse("satang")
    amount = Decimal(match.group("whole").replace(",", "") + "." + (satang or "0"))
    if amount > MAX_BAHT:  # checked first: quantize fails beyond decimal's 28 digits
        raise refuse("too_large")
    amount = amount.quantize(Decimal("0.01"))
    if amount == 0 and not allow_zero:
        raise refuse("positive")
    return amount
