"""The demo content, read from the JSON files in ``data/`` into the typed records of ``records.py``.

The files are data, not code: one per OTOP product group (its producers and products),
plus the CDD stories and the tourism villages. Thai first, then English, in every record.
"""

import dataclasses
import json
import types
import typing
from pathlib import Path

from .records import DemoEvent, DemoProducer, DemoProduct, DemoStory, DemoVillage

DATA_DIR = Path(__file__).resolve().parent / "data"
PRODUCT_GROUP_FILES = ("food", "drinks_and_herbs", "textiles", "household")


def _coerce(kind, value):
    """JSON lists become the records' tuples, nested objects their records."""
    if dataclasses.is_dataclass(kind):
        return record_from_json(kind, value)
    if typing.get_origin(kind) is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(args[0], item) for item in value)
        return tuple(_coerce(arg, item) for arg, item in zip(args, value, strict=True))
    return value


def record_from_json(record_type: type, data: dict):
    hints = typing.get_type_hints(record_type)
    names = {field.name for field in dataclasses.fields(record_type)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"{record_type.__name__}: unknown fields {sorted(unknown)}")
    return record_type(**{name: _coerce(hints[name], value) for name, value in data.items()})


def _read(name: str) -> dict:
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _load() -> types.SimpleNamespace:
    groups = [_read(name) for name in PRODUCT_GROUP_FILES]
    return types.SimpleNamespace(
        producers=tuple(record_from_json(DemoProducer, row) for group in groups for row in group["producers"]),
        products=tuple(record_from_json(DemoProduct, row) for group in groups for row in group["products"]),
        stories=tuple(record_from_json(DemoStory, row) for row in _read("stories")["stories"]),
        villages=tuple(record_from_json(DemoVillage, row) for row in _read("villages")["villages"]),
    )


_content = _load()
PRODUCERS: tuple[DemoProducer, ...] = _content.producers
PRODUCTS: tuple[DemoProduct, ...] = _content.products
STORIES: tuple[DemoStory, ...] = _content.stories
VILLAGES: tuple[DemoVillage, ...] = _content.villages

__all__ = ["PRODUCERS", "PRODUCTS", "STORIES", "VILLAGES", "DemoEvent"]
