"""Wagtail images: alt text is required, responsive WebP renditions, alt text in the page's language."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from cms.media.models import CustomImage
from cms.roles.services import producer_collection
from tests.cms.helpers import image_bytes

pytestmark = pytest.mark.django_db


def test_the_site_uses_the_image_model_with_required_alt_text():
    assert get_image_model() is CustomImage
    assert CustomImage._meta.get_field("description").blank is False


def test_image_form_refuses_a_picture_without_alt_text(maker_a):
    form_class = get_image_form(CustomImage)
    collection = producer_collection(maker_a.producer)
    data = {"title": "Loom", "description": "", "collection": collection.pk}
    files = {"file": SimpleUploadedFile("loom.jpg", image_bytes(), content_type="image/jpeg")}
    form = form_class(data, files, user=maker_a.user)
    assert not form.is_valid()
    assert "description" in form.errors
    data["description"] = "กี่ทอผ้าไม้ใต้ถุนบ้าน"
    form = form_class(data, {"file": SimpleUploadedFile("loom.jpg", image_bytes(), content_type="image/jpeg")},
                      user=maker_a.user)
    assert form.is_valid(), form.errors


def test_upload_in_the_admin_needs_alt_text(client, maker_a):
    client.force_login(maker_a.user)
    collection = producer_collection(maker_a.producer)
    response = client.post(reverse("wagtailimages:add"), {
        "title": "Loom", "description": "", "collection": collection.pk,
        "file": SimpleUploadedFile("loom.jpg", image_bytes(), content_type="image/jpeg"),
    })
    assert response.status_code == 200  # the form again, with the error
    assert not CustomImage.objects.filter(title="Loom").exists()


def test_pictures_are_responsive_webp_with_a_jpeg_fallback_and_translated_alt(client, maker_a):
    html = client.get("/producers/maker-a/").content.decode()
    banner = re.search(r'<div class="maker-banner__photo">\s*(<picture>.*?</picture>)', html, re.DOTALL).group(1)
    assert re.search(r'<source [^>]*srcset="[^"]+\.webp 640w', banner) and 'type="image/webp"' in banner
    assert re.search(r"\.webp \d+w, ", banner)
    assert 'sizes="100vw"' in banner
    assert re.search(r'<img [^>]*alt="ภาพ กลุ่มทอผ้าบ้านเอ"', banner)
    assert ".jpg" in banner or ".jpeg" in banner
    english = client.get("/en/producers/maker-a/").content.decode()
    assert 'alt="Picture of Ban A Weavers"' in english
