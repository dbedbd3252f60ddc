import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace.certification.validators import DocumentValidator, document_type_of, validate_certificate_document

from .documents import PDF_BYTES, jpeg_bytes, png_bytes, webp_bytes


def _file(content, name="upload.bin"):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("content", "expected"),
    [(PDF_BYTES, "pdf"), (jpeg_bytes(), "jpeg"), (png_bytes(), "png"), (webp_bytes(), "webp")],
)
def test_allowed_types_are_recognised_by_content_whatever_the_name(content, expected):
    upload = _file(content, "no-extension")
    validate_certificate_document(upload)
    assert document_type_of(upload).key == expected
    assert upload.tell() == 0  # the check leaves the file where it was


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>%PDF-1.4</body></html>",
        b"GIF89a" + b"\x00" * 32,
        b"RIFF\x00\x00\x00\x00WAVEfmt ",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
    ],
)
def test_other_content_is_refused(content):
    with pytest.raises(ValidationError):
        validate_certificate_document(_file(content, "certificate.pdf"))


def test_truncated_jpeg_is_refused():
    data = jpeg_bytes()
    with pytest.raises(ValidationError) as error:
        validate_certificate_document(_file(data[: len(data) // 2], "photo.jpg"))
    assert error.value.code == "image"


def test_size_limit():
    validator = DocumentValidator(max_bytes=len(PDF_BYTES))
    validator(_file(PDF_BYTES))
    with pytest.raises(ValidationError) as error:
        validator(_file(PDF_BYTES + b" "))
    assert error.value.code == "too_large"


def test_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_certificate_document(_file(b""))
    assert error.value.code == "empty"
