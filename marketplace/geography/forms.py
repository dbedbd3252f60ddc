"""The province select every form shares, in the reader's alphabetical order."""

from django import forms
from django.forms.models import ModelChoiceIterator

from .models import Province
from .selectors import provinces_in_name_order


class _NameOrder(ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for province in provinces_in_name_order(self.queryset):
            yield self.choice(province)


class ProvinceChoiceField(forms.ModelChoiceField):
    """A province, listed in Thai dictionary order on Thai pages (เชียงใหม่ with ช), A–Z on English ones."""

    iterator = _NameOrder

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Province.objects.all())
        super().__init__(**kwargs)
