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
