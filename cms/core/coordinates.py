"""Where a village or a producer's workshop may be placed: inside the map card's frame of Thailand.

An editor once published a village at 95° N, 999° E: the page showed those numbers and linked to a map
of nowhere. Latitude and longitude fields refuse what is outside Thailand, with an example that is inside.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .maps import THAILAND_EAST, THAILAND_NORTH, THAILAND_SOUTH, THAILAND_WEST


def latitude_in_thailand(value) -> None:
    if value is not None and not THAILAND_SOUTH <= float(Decimal(value)) <= THAILAND_NORTH:
        raise ValidationError(
            _("Enter a latitude in Thailand, between %(south)s and %(north)s (Chiang Mai is 18.79)."),
            code="latitude_outside_thailand", params={"south": THAILAND_SOUTH, "north": THAILAND_NORTH})


def longitude_in_thailand(value) -> None:
    if value is not None and not THAILAND_WEST <= float(Decimal(value)) <= THAILAND_EAST:
        raise ValidationError(
            _("Enter a longitude in Thailand, between %(west)s and %(east)s (Chiang Mai is 98.98)."),
            code="longitude_outside_thailand", params={"west": THAILAND_WEST, "east": THAILAND_EAST})
