"""Thai addresses: the vendored dataset, its selectors, and the address forms built on them."""

import pytest
from django.utils import translation

from marketplace.geography.addresses import (
    address_area_find,
    address_options_for_province,
    district_of_province,
    districts_of_province,
    postcode_matches_province,
)
from shop.address.forms import UserAddressForm
from shop.checkout.forms import ShippingAddressForm
from tests.factories import UserFactory

pytestmark = pytest.mark.usefixtures("english_by_default")

VALID = {
    "first_name": "สมชาย", "last_name": "ใจดี", "phone_number": "081-234-5678",
    "line1": "99/1 หมู่ 3 ถนนสุเทพ", "province": "TH-50", "line4": "เมืองเชียงใหม่", "line3": "สุเทพ",
    "postcode": "50200",
}


def test_the_dataset_covers_every_province_district_and_subdistrict():
    from marketplace.geography.addresses import _districts_by_province

    provinces = _districts_by_province()
    assert len(provinces) == 77
    assert sum(len(districts) for districts in provinces.values()) == 928
    assert sum(len(d.subdistricts) for districts in provinces.values() for d in districts) == 7436
    assert len(districts_of_province("TH-10")) == 50  # Bangkok's khet


@pytest.mark.parametrize("postcode, province, expected", [
    ("50200", "TH-50", True),   # Chiang Mai city
    ("10500", "TH-10", True),   # Bang Rak, Bangkok
    ("32000", "TH-32", True),   # Mueang Surin
    ("50200", "TH-10", False),  # a Chiang Mai code is not a Bangkok one
    ("99999", "TH-50", False),
    ("5020", "TH-50", False),
    ("5020a", "TH-50", False),
    ("50200", "TH-00", False),
])
def test_postcode_matches_province(postcode, province, expected):
    assert postcode_matches_province(postcode, province) is expected


@pytest.mark.parametrize("name", ["เมืองเชียงใหม่", "อ.เมืองเชียงใหม่", "อำเภอเมืองเชียงใหม่", "Mueang Chiang Mai",
                                  "mueang chiang mai", "Amphoe Mueang Chiang Mai"])
def test_a_district_is_found_by_its_thai_or_english_name_with_or_without_the_level(name):
    assert district_of_province("TH-50", name).code == "5001"


def test_bangkok_khet_and_khwaeng():
    area = address_area_find("TH-10", "เขตบางรัก", "แขวงสีลม")
    assert (area.district.name_th, area.subdistrict.name_th, area.subdistrict.postcodes) == ("เขตบางรัก", "สีลม",
                                                                                              ("10500",))
    assert address_area_find("TH-10", "Bang Rak", "Si Lom") == area


def test_address_options_list_districts_subdistricts_and_postcodes():
    options = address_options_for_province("TH-83")  # Phuket
    assert {d["en"] for d in options} == {"Mueang Phuket", "Kathu", "Thalang"}
    kathu = next(d for d in options if d["en"] == "Kathu")
    assert {"th": "ป่าตอง", "en": "Pa Tong", "postcodes": ["83150"]} in kathu["subdistricts"]


@pytest.mark.django_db
class TestShippingAddressForm:
    def test_a_valid_thai_address_is_stored_with_the_official_thai_names(self):
        form = ShippingAddressForm(data={**VALID, "line4": "Mueang Chiang Mai", "line3": "Suthep"})
        assert form.is_valid(), form.errors
        address = form.save(commit=False)
        assert (address.state, address.line4, address.line3, address.postcode) == (
            "เชียงใหม่", "เมืองเชียงใหม่", "สุเทพ", "50200")
        assert address.country.iso_3166_1_a2 == "TH"
        assert str(address.phone_number) == "+66812345678"

    def test_the_province_is_one_of_the_77(self):
        form = ShippingAddressForm(data={**VALID, "province": "TH-99"})
        assert not form.is_valid() and "province" in form.errors
        assert len(form.fields["province"].choices) == 78  # 77 and "choose"

    @pytest.mark.parametrize("changes, field, message", [
        ({"postcode": "10200"}, "postcode", "is not the postal code of สุเทพ"),
        ({"postcode": "5020"}, "postcode", "5-digit"),
        ({"line4": "เขตบางรัก", "line3": "สีลม", "postcode": "10500"}, "line4", "no district"),
        ({"line3": "สีลม"}, "line3", "no subdistrict"),
        ({"phone_number": "12345"}, "phone_number", ""),
        ({"phone_number": "+1 415 555 2671"}, "phone_number", "Thai phone number"),
        ({"phone_number": ""}, "phone_number", ""),
        ({"line1": ""}, "line1", ""),
    ])
    def test_addresses_that_do_not_add_up_are_refused(self, changes, field, message):
        form = ShippingAddressForm(data={**VALID, **changes})
        assert not form.is_valid()
        assert field in form.errors
        assert message in " ".join(form.errors[field])

    def test_a_missing_postcode_is_one_thai_message_without_english_country_names(self):
        with translation.override("th"):
            form = ShippingAddressForm(data={**VALID, "postcode": ""})
            assert not form.is_valid()
            messages = " ".join(str(m) for errors in form.errors.values() for m in errors)
        assert "postcode" in form.errors
        assert "Thailand" not in messages and "__all__" not in form.errors

    @pytest.mark.parametrize("phone", ["0812345678", "081-234-5678", "+66 81 234 5678", "02-123-4567", "053 123 456"])
    def test_thai_mobile_and_landline_numbers_are_accepted(self, phone):
        assert ShippingAddressForm(data={**VALID, "phone_number": phone}).is_valid()

    def test_the_address_book_uses_the_same_rules(self):
        user = UserFactory()
        assert not UserAddressForm(user, data={**VALID, "postcode": "10200"}).is_valid()
        form = UserAddressForm(user, data=VALID)
        assert form.is_valid(), form.errors
        saved = form.save()
        assert saved.state == "เชียงใหม่"
        # Editing shows the province chosen before.
        assert UserAddressForm(user, instance=saved).fields["province"].initial == "TH-50"


@pytest.mark.django_db
def test_the_address_options_endpoint_answers_json(client):
    response = client.get("/checkout/address-options/", {"province": "TH-50"})
    assert response.status_code == 200
    assert any(d["th"] == "เมืองเชียงใหม่" for d in response.json()["districts"])
    assert client.get("/checkout/address-options/", {"province": "nope"}).json()["districts"] == []
