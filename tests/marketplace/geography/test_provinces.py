import pytest

from marketplace.geography.models import Province
from marketplace.geography.selectors import province_lookup

pytestmark = pytest.mark.django_db


def test_all_77_provinces_are_loaded_with_iso_codes():
    assert Province.objects.count() == 77
    assert Province.objects.get(code="TH-10").name_en == "Bangkok"
    assert Province.objects.get(code="TH-38").name_th == "บึงกาฬ"


@pytest.mark.parametrize("name", ["สุรินทร์", "Surin", "surin", " Surin ", "TH-32", "th-32"])
def test_province_found_by_thai_or_english_name_or_code(name):
    assert province_lookup(name).code == "TH-32"


def test_unknown_province_is_none():
    assert province_lookup("Atlantis") is None
    assert province_lookup("") is None
