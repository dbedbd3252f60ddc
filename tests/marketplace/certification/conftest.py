import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from tests.factories import CertificationFactory, ProducerFactory, ProductFactory, UserFactory, producer_user
from tests.pdf_builder import pdf_document


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, email="officer@cdd.example")


@pytest.fixture
def producer_a(db):
    return ProducerFactory(email="group-a@otop.example")


@pytest.fixture
def producer_b(db):
    return ProducerFactory()


@pytest.fixture
def user_a(producer_a):
    return producer_user(producer_a, email="weaver-a@otop.example")


@pytest.fixture
def user_b(producer_b):
    return producer_user(producer_b, email="potter-b@otop.example")


@pytest.fixture
def product_a(producer_a):
    return ProductFactory(producer=producer_a, title="ผ้าไหมมัดหมี่สุรินทร์", title_en="Surin mudmee silk")


@pytest.fixture
def product_b(producer_b):
    return ProductFactory(producer=producer_b, title="เครื่องปั้นดินเผาด่านเกวียน", title_en="Dan Kwian pottery")


def pending_certification(product, **kwargs):
    kwargs.setdefault("status", "pending")
    kwargs.setdefault("verified_at", None)
    kwargs.setdefault("expires_on", timezone.localdate() + datetime.timedelta(days=700))
    return CertificationFactory(product=product, **kwargs)


# --- Uploads ---------------------------------------------------------------------

PDF_BYTES = pdf_document()


def png_bytes(size=(8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (20, 130, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def webp_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (20, 30, 130)).save(buffer, "WEBP")
    return buffer.getvalue()


def upload(name="certificate.pdf", content=PDF_BYTES, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)
