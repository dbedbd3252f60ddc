"""The product form keeps the chosen picture when the rest of the page is refused: the producer does not
choose the file again, sees its thumbnail, may replace it, and no one else can use it."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from marketplace.uploads.models import PendingUpload
from shop.catalogue.models import Product, ProductImage
from tests.factories import ProducerFactory, producer_user
from tests.shop.dashboard.catalogue.product_form import product_post

from .test_dashboard_products import create_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def photo(colour="#b5651d", name="silk.jpg", exif=None) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image = Image.new("RGB", (60, 40), colour)
    image.save(buffer, "JPEG", **({"exif": exif} if exif is not None else {}))
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def with_images(data: dict, **image_fields) -> dict:
    data.update({"images-TOTAL_FORMS": "1", "images-0-caption": "", "images-0-display_order": "0"})
    data.update({f"images-0-{name}": value for name, value in image_fields.items()})
    return data


def kept_token(response) -> str:
    match = re.search(r'name="images-0-kept_upload" value="([^"]+)"', response.content.decode())
    assert match, "the page does not carry the kept picture"
    return match.group(1)


@pytest.fixture
def producer(client):
    producer = ProducerFactory()
    user = producer_user(producer, email="weaver@example.th")
    client.force_login(user)
    producer.user = user
    return producer


def test_a_picture_chosen_with_a_refused_price_is_kept_and_saved_on_the_next_try(client, producer):
    response = client.post(create_url(), with_images(product_post(producer, **{"stockrecords-0-price": "abc"}),
                                                     original=photo()))
    assert response.status_code == 200
    token = kept_token(response)
    html = response.content.decode()
    thumbnail = reverse("dashboard:catalogue-kept-picture", kwargs={"token": token})
    assert f'src="{thumbnail}"' in html and "silk.jpg" in html
    shown = client.get(thumbnail)
    assert shown.status_code == 200 and shown["Content-Type"] == "image/jpeg"
    assert Image.open(io.BytesIO(shown.content)).size == (60, 40)

    # Corrected and sent again without choosing the file: saved with the product.
    response = client.post(create_url(), with_images(product_post(producer), kept_upload=token))
    assert response.status_code == 302
    image = ProductImage.objects.get(product__upc="8851234567890")
    with image.original.open("rb") as stored:
        assert Image.open(stored).size == (60, 40)
    assert not PendingUpload.objects.exists()


def test_the_kept_picture_is_stored_without_its_exif(client, producer):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    response = client.post(create_url(), with_images(product_post(producer, title=""), original=photo(exif=exif)))
    token = kept_token(response)
    assert b"PhoneMaker" not in bytes(PendingUpload.objects.get(token=token).content)
    client.post(create_url(), with_images(product_post(producer), kept_upload=token))
    with ProductImage.objects.get().original.open("rb") as stored:
        assert b"PhoneMaker" not in stored.read()


def test_a_new_file_replaces_the_kept_picture(client, producer):
    token = kept_token(client.post(create_url(), with_images(product_post(producer, title=""), original=photo())))
    client.post(create_url(), with_images(product_post(producer), kept_upload=token,
                                          original=photo(colour="#1d65b5", name="blue.jpg")))
    with ProductImage.objects.get().original.open("rb") as stored:
        assert Image.open(stored).convert("RGB").getpixel((30, 20))[2] > 150  # the blue one


def test_another_producer_cannot_use_or_see_the_kept_picture(client, producer):
    token = kept_token(client.post(create_url(), with_images(product_post(producer, title=""), original=photo())))
    thumbnail = reverse("dashboard:catalogue-kept-picture", kwargs={"token": token})

    other = ProducerFactory()
    client.force_login(producer_user(other, email="thief@example.th"))
    assert client.get(thumbnail).status_code == 404
    data = with_images(product_post(other, upc="8850000000001"), kept_upload=token)
    response = client.post(create_url(), data)
    assert response.status_code == 302
    assert not ProductImage.objects.filter(product__upc="8850000000001").exists()
    assert PendingUpload.objects.filter(token=token).exists()  # still the weaver's


def test_a_refused_picture_is_not_kept(client, producer):
    bad = SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", content_type="image/svg+xml")
    response = client.post(create_url(), with_images(product_post(producer, title=""), original=bad))
    assert response.status_code == 200
    assert response.context["image_formset"].forms[0].errors.get("original")
    assert 'name="images-0-kept_upload" value=' not in response.content.decode()
    assert not PendingUpload.objects.exists()


def test_the_kept_picture_page_is_a_404_for_a_junk_token(client, producer):
    for token in ("x", "a" * 64, "a" * 200):
        assert client.get(reverse("dashboard:catalogue-kept-picture", kwargs={"token": token})).status_code == 404
    assert Product.objects.count() == 0
