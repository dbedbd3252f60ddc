"""Checks on uploaded supporting documents (certificates, standards approvals).

The rules are the marketplace's upload rules (``marketplace/uploads``): the
type is decided by the file's content, never by its name or the browser's
claimed content type; images are decoded with Pillow under the pixel cap; PDFs
with scripts, launch actions or embedded files and anything with web-page
markup are refused. This module keeps the names the certification code (and
its migrations) use.
"""

from django.conf import settings
from django.utils.deconstruct import deconstructible

from marketplace.uploads.validators import (
    JPEG,
    PDF,
    PNG,
    WEBP,
    FileKind,
    file_kind_from_head,
    file_kind_of,
    validate_document_upload,
)

DocumentType = FileKind
DOCUMENT_MAX_BYTES = settings.MARKETPLACE_UPLOAD_DOCUMENT_MAX_BYTES

__all__ = [
    "DOCUMENT_MAX_BYTES", "JPEG", "PDF", "PNG", "WEBP", "DocumentType", "DocumentValidator",
    "document_type_from_head", "document_type_of", "validate_certificate_document",
]


def document_type_from_head(head: bytes) -> DocumentType | None:
    """The document type these first bytes announce, or ``None`` if not an allowed one."""
    return file_kind_from_head(head)


def document_type_of(file) -> DocumentType | None:
    """Sniffs an open file (an upload or a stored ``FieldFile``) without moving its position."""
    return file_kind_of(file)


@deconstructible
class DocumentValidator:
    """Allows PDF, JPEG, PNG and WebP files up to ``max_bytes`` (the setting by default), judged by content."""

    def __init__(self, max_bytes: int | None = None):
        self.max_bytes = max_bytes

    def __call__(self, file) -> None:
        validate_document_upload(file, max_bytes=self.max_bytes)

    def __eq__(self, other) -> bool:
        return isinstance(other, DocumentValidator) and other.max_bytes == self.max_bytes


validate_certificate_document = DocumentValidator()
