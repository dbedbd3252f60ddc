"""Thai postal addresses: districts, subdistricts and postal codes of each province.

The data is the GeoThai dataset vendored in ``data/`` (see ``data/SOURCE.md``),
loaded once on first use. Provinces are named by their ISO 3166-2:TH code
(``TH-50``), as in ``geography.Province``; districts and subdistricts by their
Thai name, which is what Thai carriers print on a parcel.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

POSTCODE_RE = re.compile(r"^\d{5}$")

# Words people write before a name: "อ.เมือง", "เขตบางรัก", "Amphoe Mueang", "Khwaeng Si Lom"...
_THAI_PREFIXES = ("กิ่งอำเภอ", "อำเภอ", "ตำบล", "แขวง", "เขต", "อ.", "ต.", "ข.")
_ENGLISH_WORDS = {"amphoe", "amphur", "khet", "tambon", "tambol", "khwaeng", "district", "subdistrict", "sub-district"}


@dataclass(frozen=True)
class Subdistrict:
    code: str
    name_th: str
    name_en: str
    postcodes: tuple[str, ...]


@dataclass(frozen=True)
class District:
    code: str
    name_th: str
    name_en: str
    subdistricts: tuple[Subdistrict, ...]


@dataclass(frozen=True)
class AddressArea:
    """A subdistrict found for an address, with its district."""

    district: District
    subdistrict: Subdistrict


def _province_number(province_code: str) -> str:
    """``TH-50`` (or ``50``) → ``50``."""
    return province_code.strip().upper().removeprefix("TH-")


def _load(name: str) -> list[list[str]]:
    with open(DATA_DIR / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)


@cache
def _districts_by_province() -> dict[str, tuple[District, ...]]:
    subdistricts: dict[str, list[Subdistrict]] = {}
    for code, name_th, name_en, postcodes in _load("subdistricts"):
        subdistricts.setdefault(code[:4], []).append(
            Subdistrict(code, name_th, name_en, tuple(postcodes.split()))
        )
    result: dict[str, list[District]] = {}
    for code, name_th, name_en in _load("districts"):
        result.setdefault(code[:2], []).append(
            District(code, name_th, name_en, tuple(subdistricts.get(code, ())))
        )
    return {province: tuple(districts) for province, districts in result.items()}


@cache
def _postcodes_by_province() -> dict[str, frozenset[str]]:
    return {
        province: frozenset(
            postcode for district in districts for sub in district.subdistricts for postcode in sub.postcodes
        )
        for province, districts in _districts_by_province().items()
    }


def normalise_area_name(name: str) -> str:
    """A district or subdistrict name without the words for the level, spaces, hyphens or case."""
    value = " ".join((name or "").split())
    for prefix in _THAI_PREFIXES:
        if value.startswith(prefix):
            value = value[len(prefix):]
            break
    words = [w for w in re.split(r"[\s\-]+", value.lower()) if w and w not in _ENGLISH_WORDS]
    return "".join(words).replace(".", "")


# --- Selectors -----------------------------------------------------------------


def districts_of_province(province_code: str) -> tuple[District, ...]:
    """The districts (with their subdistricts) of a province; empty for an unknown code."""
    return _districts_by_province().get(_province_number(province_code), ())


def district_of_province(province_code: str, name: str) -> District | None:
    """The district of this province named ``name`` (Thai or English, with or without อ./เขต)."""
    wanted = normalise_area_name(name)
    if not wanted:
        return None
    for district in districts_of_province(province_code):
        if wanted in (normalise_area_name(district.name_th), normalise_area_name(district.name_en)):
            return district
    return None


def subdistrict_of_district(district: District, name: str) -> Subdistrict | None:
    wanted = normalise_area_name(name)
    if not wanted:
        return None
    for subdistrict in district.subdistricts:
        if wanted in (normalise_area_name(subdistrict.name_th), normalise_area_name(subdistrict.name_en)):
            return subdistrict
    return None


def postcode_matches_province(postcode: str, province_code: str) -> bool:
    """Whether a 5-digit postal code is used somewhere in the province."""
    postcode = (postcode or "").strip()
    if not POSTCODE_RE.match(postcode):
        return False
    return postcode in _postcodes_by_province().get(_province_number(province_code), frozenset())


def postcodes_of_province(province_code: str) -> frozenset[str]:
    return _postcodes_by_province().get(_province_number(province_code), frozenset())


def address_area_find(province_code: str, district_name: str, subdistrict_name: str) -> AddressArea | None:
    """The subdistrict named in an address, if district and subdistrict both belong to the province."""
    district = district_of_province(province_code, district_name)
    if district is None:
        return None
    subdistrict = subdistrict_of_district(district, subdistrict_name)
    if subdistrict is None:
        return None
    return AddressArea(district=district, subdistrict=subdistrict)


def address_options_for_province(province_code: str) -> list[dict]:
    """The districts, subdistricts and postal codes of a province, for the address form's suggestions."""
    return [
        {
            "th": district.name_th,
            "en": district.name_en,
            "subdistricts": [
                {"th": sub.name_th, "en": sub.name_en, "postcodes": list(sub.postcodes)}
                for sub in district.subdistricts
            ],
        }
        for district in districts_of_province(province_code)
    ]
