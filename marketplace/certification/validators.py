"""Checks on uploaded supporting documents (certificates, standards approvals).

The type is decided by the file's content (its magic bytes), never by its
name or the browser's claimed content type; images are also opened and
decoded with Pillow so a damaged or disguised file is refused at upload.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
_HEAD_BYTES = 16


@dataclass(frozen=True)
class DocumentType:
    key: str
    extension: str
    content_type: str
    is_image: bool


PDF = DocumentType("pdf", "pdf", "application/pdf", False)
JPEG = DocumentType("jpeg", "jpg", "image/jpeg", True)
PNG = DocumentType("png", "png", "image/png", True)
WEBP = DocumentType("webp", "webp", "image/webp", True)

# Pillow's format names for the image types, to check the decoder agrees with the magic bytes.
_PILLOW_FORMATS = {JPEG.key: "JPEG", PNG.key: "PNG", WEBP.key: "WEBP"}


def document_type_from_head(head: bytes) -> DocumentType | None:
    """The document type these first bytes announce, or ``None`` if not an allowed one."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


def _read_head(file) -> bytes:
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(0)
        return file.read(_HEAD_BYTES)
    finally:
        if position is not None:
            file.seek(position)


def document_type_of(file) -> DocumentType | None:
    """Sniffs an open file (an upload or a stored ``FieldFile``) without moving its position."""
    return document_type_from_head(_read_head(file))


def _image_is_sound(file, expected: DocumentType) -> bool:
    from PIL import Image

    try:
        file.seek(0)
        with Image.open(file) as image:
            if image.format != _PILLOW_FORMATS[expected.key]:
                return False
            image.verify()  # structure and checksums
        file.seek(0)
        with Image.open(file) as image:
            image.load()  # decodes the pixels: catches truncated data that verify() misses
    except Exception:  # noqa: BLE001  Pillow raises many kinds (OSError, SyntaxError, DecompressionBombError, …)
        return False
    finally:
        file.seek(0)
    return True


@deconstructible
class DocumentValidator:
    """Allows PDF, JPEG, PNG and WebP files up to ``max_bytes``, judged by their content."""

    messages = {
        "empty": _("The file is empty."),
        "too_large": _("The file is %(size)s; the largest allowed is %(limit)s."),
        "type": _("Upload a PDF, JPEG, PNG or WebP file. This file's content is not one of those."),
        "image": _("The image file is damaged or is not really a %(type)s image."),
    }

    def __init__(self, max_bytes: int = DOCUMENT_MAX_BYTES):
        self.max_bytes = max_bytes

    def __call__(self, file) -> None:
        size = getattr(file, "size", None)
        if not size:
            raise ValidationError(self.messages["empty"], code="empty")
        if size > self.max_bytes:
            raise ValidationError(
                self.messages["too_large"], code="too_large",
                params={"size": filesizeformat(size), "limit": filesizeformat(self.max_bytes)},
            )
        kind = document_type_of(file)
        if kind is None:
            raise ValidationError(self.messages["type"], code="type")
        if kind.is_image and not _image_is_sound(file, kind):
            raise ValidationError(self.messages["image"], code="image", params={"type": kind.key.upper()})

    def __eq__(self, other) -> bool:
        return isinstance(other, DocumentValidator) and other.max_bytes == self.max_bytes


validate_certificate_document = DocumentValidator()
