"""A map card that needs no network: Thailand's outline drawn as inline SVG, with a pin.

No tiles, no scripts (the Content-Security-Policy forbids both, and villages
must show their place offline too): the card shows where in the country the
place is, its address and coordinates, and links out to OpenStreetMap.
"""

from dataclasses import dataclass
from decimal import Decimal
from math import cos, radians

# A simplified outline of Thailand (longitude, latitude), clockwise from Mae Sai.
# Good for a thumbnail that shows "where in the country", not for navigation.
THAILAND_OUTLINE: tuple[tuple[float, float], ...] = (
    (99.88, 20.43), (100.10, 20.30), (100.55, 20.15), (100.45, 19.55), (101.20, 19.55), (101.25, 18.95),
    (101.05, 18.40), (101.15, 17.55), (101.75, 17.85), (102.40, 17.95), (102.75, 17.85), (103.30, 18.35),
    (103.95, 18.30), (104.50, 17.70), (104.75, 17.40), (104.78, 16.55), (105.40, 15.95), (105.55, 15.30),
    (105.50, 14.40), (104.60, 14.35), (103.60, 14.40), (102.90, 14.20), (102.35, 13.60), (102.55, 12.65),
    (102.90, 11.65), (102.55, 12.10), (102.30, 12.25), (101.70, 12.65), (100.95, 12.65), (100.90, 13.40),
    (100.55, 13.50), (100.05, 13.35), (99.95, 12.65), (99.80, 11.80), (99.45, 11.15), (99.20, 10.45),
    (99.25, 9.40), (99.85, 9.25), (100.05, 8.40), (100.40, 7.50), (100.60, 7.15), (101.30, 6.90),
    (101.80, 6.45), (102.10, 6.25), (101.80, 5.80), (101.15, 5.70), (100.85, 6.25), (100.35, 6.55),
    (100.10, 6.45), (99.95, 6.80), (99.50, 7.40), (98.95, 7.95), (98.60, 8.35), (98.30, 7.85),
    (98.25, 8.60), (98.35, 9.20), (98.60, 9.95), (98.75, 10.40), (99.15, 10.90), (99.55, 11.85),
    (99.15, 12.70), (99.10, 13.20), (98.60, 14.00), (98.20, 14.95), (98.55, 15.90), (98.55, 16.70),
    (97.75, 17.70), (97.35, 18.55), (97.75, 19.45), (98.30, 19.75), (99.05, 19.85), (99.55, 20.20),
)

# The frame the card draws: all of Thailand, and where a village or a workshop may be placed (coordinates.py).
THAILAND_WEST, THAILAND_EAST, THAILAND_SOUTH, THAILAND_NORTH = 97.2, 105.8, 5.5, 20.6
_WEST, _EAST, _SOUTH, _NORTH = THAILAND_WEST, THAILAND_EAST, THAILAND_SOUTH, THAILAND_NORTH
_SCALE = 20.0  # SVG units per degree of latitude
_X_SCALE = _SCALE * cos(radians(13.0))  # equirectangular, true at Thailand's middle latitude


def _project(lon: float, lat: float) -> tuple[float, float]:
    return round((lon - _WEST) * _X_SCALE, 1), round((_NORTH - lat) * _SCALE, 1)


@dataclass(frozen=True)
class MapCard:
    latitude: Decimal
    longitude: Decimal
    width: float
    height: float
    outline: str  # SVG path data
    pin_x: float
    pin_y: float
    inside: bool  # whether the point lies within the drawn frame

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"

    @property
    def coordinates_text(self) -> str:
        lat, lon = float(self.latitude), float(self.longitude)
        return f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"

    @property
    def osm_url(self) -> str:
        lat, lon = f"{float(self.latitude):.5f}", f"{float(self.longitude):.5f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=14/{lat}/{lon}"


def map_card(latitude, longitude) -> MapCard | None:
    """The card for a point, or None without coordinates."""
    if latitude in (None, "") or longitude in (None, ""):
        return None
    lat, lon = Decimal(str(latitude)), Decimal(str(longitude))
    points = [_project(x, y) for x, y in THAILAND_OUTLINE]
    outline = "M" + " L".join(f"{x},{y}" for x, y in points) + " Z"
    width, height = _project(_EAST, _SOUTH)
    pin_x, pin_y = _project(float(lon), float(lat))
    inside = 0 <= pin_x <= width and 0 <= pin_y <= height
    return MapCard(lat, lon, width, height, outline, min(max(pin_x, 0), width), min(max(pin_y, 0), height), inside)
