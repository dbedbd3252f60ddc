"""Certificate documents and pictures for upload tests: a real PDF and small PNG, JPEG and WebP images."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.pdf_builder import pdf_document

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
