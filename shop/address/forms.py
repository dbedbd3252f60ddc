"""Address forms for Thai addresses: province from the 77, district, subdistrict, postal code, phone.

Oscar's address fields carry the Thai parts: ``line1`` (house number, village,
soi, road), ``line2`` (building, floor; optional), ``line3`` the subdistrict
(ตำบล/แขวง), ``line4`` the district (อำเภอ/เขต), ``state`` the province's Thai
name. The form checks them against the vendored GeoThai dataset
(``marketplace.geography.addresses``) and stores the official Thai names.
"""

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.forms import AbstractAddressForm
from oscar.apps.address.forms import UserAddressForm as OscarUserAddressForm
from oscar.core.loading import get_model

from marketplace.geography.addresses import (
    POSTCODE_RE,
    address_area_find,
    district_of_province,
    postcode_matches_province,
)
from marketplace.geography.models import Province
from marketplace.geography.selectors import province_lookup, provinces_in_name_order

Country = get_model("address", "Country")

FIELD_ORDER = [
    "first_name", "last_name", "phone_number", "line1", "line2", "province", "line4", "line3", "postcode",
    "country", "notes",
]


def province_choices() -> list[tuple[str, str]]:
    return [("", _("Choose a province"))] + [(p.code, p.name) for p in provinces_in_name_order(Province.objects.all())]


class ThaiAddressFormMixin:
    """Turns an Oscar address model form into a Thai address form (see the module docstring)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._thailand_only()
        province = province_lookup(self.instance.state) if getattr(self.instance, "state", "") else None
        self.fields["province"] = forms.ChoiceField(
            label=_("Province"), choices=province_choices(), initial=province.code if province else "",
            widget=forms.Select(attrs={"autocomplete": "address-level1", "data-thai-address": "province"}),
        )
        self.fields.pop("state", None)
        labels = {
            "first_name": (_("First name"), "given-name", None),
            "last_name": (_("Last name"), "family-name", None),
            "line1": (_("House number, village, soi and road"), "address-line1", None),
            "line2": (_("Building, floor or room (optional)"), "address-line2", None),
            "line4": (_("District (amphoe / khet)"), "address-level2", "district"),
            "line3": (_("Subdistrict (tambon / khwaeng)"), "address-level3", "subdistrict"),
            "postcode": (_("Postal code"), "postal-code", "postcode"),
            "phone_number": (_("Mobile phone number"), "tel", None),
            "notes": (_("Delivery instructions (optional)"), "off", None),
        }
        for name, (label, autocomplete, role) in labels.items():
            if name not in self.fields:
                continue
            field = self.fields[name]
            field.label = label
            field.widget.attrs["autocomplete"] = autocomplete
            if role:
                field.widget.attrs["data-thai-address"] = role
        for name in ("first_name", "last_name", "line1", "line3", "line4", "postcode", "phone_number"):
            if name in self.fields:
                self.fields[name].required = True
        if "line2" in self.fields:
            self.fields["line2"].required = False
        self.fields["postcode"].widget.attrs.update({"inputmode": "numeric", "maxlength": "5", "pattern": "[0-9]{5}"})
        self.fields["phone_number"].widget.attrs.update({"inputmode": "tel", "placeholder": "08x-xxx-xxxx"})
        self.fields["phone_number"].help_text = _("The carrier calls this number when delivering.")
        if "notes" in self.fields:
            self.fields["notes"].widget.attrs["rows"] = 2
        self.order_fields(FIELD_ORDER)

    def _thailand_only(self):
        thailand = Country.objects.filter(iso_3166_1_a2="TH").first()
        if thailand is not None:
            self.fields.pop("country", None)
            self.instance.country = thailand

    def _post_clean(self):
        # A missing or bad postcode is the postcode field's own error, in the reader's language; Oscar's
        # model would add a second one naming the country in English ("ที่อยู่ในThailand…").
        if not self.cleaned_data.get("postcode"):
            self.instance.POSTCODE_REQUIRED = False
        super()._post_clean()

    def clean_postcode(self):
        postcode = "".join((self.cleaned_data.get("postcode") or "").split())
        if not POSTCODE_RE.match(postcode):
            raise forms.ValidationError(_("Enter the 5-digit postal code."))
        return postcode

    def clean(self):
        cleaned = super().clean()
        province = Province.objects.filter(code=cleaned.get("province")).first()
        if province is None:
            return cleaned
        self.instance.state = province.name_th
        district_name, subdistrict_name = cleaned.get("line4"), cleaned.get("line3")
        postcode = cleaned.get("postcode")
        if district_name:
            district = district_of_province(province.code, district_name)
            if district is None:
                self.add_error("line4", _("There is no district “%(district)s” in %(province)s.")
                               % {"district": district_name, "province": province.name})
            elif subdistrict_name:
                area = address_area_find(province.code, district_name, subdistrict_name)
                if area is None:
                    self.add_error("line3", _("There is no subdistrict “%(subdistrict)s” in %(district)s.")
                                   % {"subdistrict": subdistrict_name, "district": district.name_th})
                else:
                    cleaned["line4"], cleaned["line3"] = area.district.name_th, area.subdistrict.name_th
                    if postcode and "postcode" not in self.errors and postcode not in area.subdistrict.postcodes:
                        self.add_error("postcode", _(
                            "%(postcode)s is not the postal code of %(subdistrict)s (it is %(expected)s)."
                        ) % {"postcode": postcode, "subdistrict": area.subdistrict.name_th,
                             "expected": ", ".join(area.subdistrict.postcodes)})
        if postcode and "postcode" not in self.errors and not postcode_matches_province(postcode, province.code):
            self.add_error("postcode", _("%(postcode)s is not a postal code in %(province)s.")
                           % {"postcode": postcode, "province": province.name})
        return cleaned

    def clean_phone_number_field(self, field_name):
        already_refused = field_name in self.errors  # e.g. left empty: the field's own message stays
        number = super().clean_phone_number_field(field_name)
        if already_refused:
            return number
        if field_name in self.errors:
            # Oscar's own messages name the country in English ("…ของ Thailand ไม่ถูกต้อง"): ours instead.
            del self.errors[field_name]
            self.add_error(field_name, _("Enter a Thai phone number, such as 081-234-5678 or 02-123-4567."))
            return number
        if not number:
            return number
        parsed = getattr(number, "country_code", None)
        if parsed != 66 or not phonenumbers.is_valid_number(number):
            self.add_error(field_name, _("Enter a Thai phone number, such as 081-234-5678 or 02-123-4567."))
        return number

    def set_country_and_region_code(self):
        super().set_country_and_region_code()
        self.region_code = "TH"


class UserAddressForm(ThaiAddressFormMixin, OscarUserAddressForm):
    """The address book's form (account pages and the checkout's "edit address")."""


__all__ = ["AbstractAddressForm", "ThaiAddressFormMixin", "UserAddressForm", "province_choices"]
