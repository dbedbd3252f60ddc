"""The demo catalogue: producers and products of the five OTOP groups."""

from . import drinks_and_herbs, food, household, textiles

_MODULES = (food, drinks_and_herbs, textiles, household)

PRODUCERS = tuple(p for m in _MODULES for p in m.PRODUCERS)
PRODUCTS = tuple(p for m in _MODULES for p in m.PRODUCTS)
