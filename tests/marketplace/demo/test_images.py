"""The demo picture generator: plain functions, no database or Django settings needed."""

import io

import pytest
from PIL import Image, ImageStat

from marketplace.demo.images import producer_image, product_image
from marketplace.demo.records import MOTIFS

COLOURS = ("#7b2d5b", "#e7b84a")
SIZE = 200  # small pictures keep the suite fast; the drawing code is the same at any size


@pytest.fixture(autouse=True)
def _clear_cache():
    # Overrides the suite-wide autouse fixture of the same name in tests/conftest.py,
    # which clears Django's cache: these tests must also run without Django configured.
    yield


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _assert_not_flat(image: Image.Image) -> None:
    small = image.convert("RGB").resize((64, 64))
    assert len(small.getcolors(maxcolors=64 * 64) or ()) > 100
    assert max(ImageStat.Stat(small.convert("L")).stddev) > 12


@pytest.mark.parametrize("motif", MOTIFS)
def test_every_motif_is_a_jpeg_of_the_requested_size(motif):
    image = _open(product_image("8850000000017", motif, COLOURS, size=SIZE))

    assert image.format == "JPEG"
    assert image.size == (SIZE, SIZE)
    _assert_not_flat(image)


@pytest.mark.parametrize("motif", MOTIFS)
def test_different_upcs_of_the_same_motif_differ(motif):
    pictures = {product_image(upc, motif, COLOURS, size=SIZE) for upc in ("8850000000017", "8850000000024", "8850000000031")}

    assert len(pictures) == 3


def test_same_inputs_give_identical_bytes():
    first = product_image("8850000000017", "umbrella", COLOURS, size=SIZE)

    assert product_image("8850000000017", "umbrella", COLOURS, size=SIZE) == first
    assert product_image("8850000000017", "umbrella", ("#7b2d5b", "#2e6b5a"), size=SIZE) != first


def test_default_size_is_800_and_stays_small():
    data = product_image("8850000000017", "fabric", COLOURS)

    assert _open(data).size == (800, 800)
    assert len(data) < 120 * 1024


def test_unknown_motif_is_rejected():
    with pytest.raises(ValueError):
        product_image("8850000000017", "spaceship", COLOURS, size=SIZE)


def test_producer_image_is_a_distinct_16_by_9_jpeg():
    data = producer_image("ban-pa-ao", COLOURS, size=320)
    image = _open(data)

    assert image.format == "JPEG"
    assert image.size == (320, 320 * 9 // 16)
    _assert_not_flat(image)
    assert producer_image("ban-pa-ao", COLOURS, size=320) == data
    assert producer_image("ban-thawai", COLOURS, size=320) != data
