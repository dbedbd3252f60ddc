from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.geography.data import PROVINCES, REGIONS
from marketplace.producers.models import ProducerType
from marketplace.storefront.categories import OTOP_CATEGORIES

from .backends.base import SORTS, SearchRequest

MAX_PAGE_SIZE = 100
SORT_LABELS = {
    "relevance": _("Most relevant"),
    "price_asc": _("Price: low to high"),
    "price_desc": _("Price: high to low"),
    "newest": _("Newest"),
    "stars": _("Most stars"),
}


class ProductSearchForm(forms.Form):
    """Validates every search parameter, for the pages and the JSON API alike."""

    q = forms.CharField(required=False, max_length=200, label=_("Search"))
    category = forms.ChoiceField(required=False, choices=[("", "")] + list(OTOP_CATEGORIES.items()))
    province = forms.ChoiceField(required=False, choices=[("", "")] + [(p.code, p.name_th) for p in PROVINCES])
    region = forms.ChoiceField(required=False, choices=[("", "")] + [(k, v[1]) for k, v in REGIONS.items()])
    producer_type = forms.ChoiceField(required=False, choices=[("", "")] + list(ProducerType.choices))
    stars = forms.TypedChoiceField(required=False, coerce=int, empty_value=None,
                                   choices=[("", ""), ("4", "4"), ("5", "5")])
    min_price = forms.DecimalField(required=False, min_value=Decimal("0"), max_digits=10, decimal_places=2)
    max_price = forms.DecimalField(required=False, min_value=Decimal("0"), max_digits=10, decimal_places=2)
    sort = forms.ChoiceField(required=False, choices=[(s, SORT_LABELS[s]) for s in SORTS])
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE)

    def __init__(self, *args, default_page_size: int = 24, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_page_size = default_page_size

    def clean(self):
        data = super().clean()
        low, high = data.get("min_price"), data.get("max_price")
        if low is not None and high is not None and low > high:
            raise forms.ValidationError(_("The minimum price must not be above the maximum price."))
        return data

    def to_request(self, **overrides) -> SearchRequest:
        d = self.cleaned_data
        values = {
            "q": d.get("q") or "",
            "category": d.get("category") or None,
            "province": d.get("province") or None,
            "region": d.get("region") or None,
            "producer_type": d.get("producer_type") or None,
            "stars": d.get("stars"),
            "min_price": d.get("min_price"),
            "max_price": d.get("max_price"),
            "sort": d.get("sort") or "relevance",
            "page": d.get("page") or 1,
            "page_size": d.get("page_size") or self.default_page_size,
        }
        values.update(overrides)
        return SearchRequest(**values)
