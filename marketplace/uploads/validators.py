"""What the marketplace accepts as an uploaded image or document.

One set of rules for every upload form (Oscar's product images, Wagtail
images, certificate documents):

* the size is capped (``MARKETPLACE_UPLOAD_IMAGE_MAX_BYTES`` /
  ``MARKETPLACE_UPLOAD_DOCUMENT_MAX_BYTES``);
* the type is decided by the content (magic bytes, then Pillow must agree),
  never by the file name or the browser's claimed content type; SVG, GIF,
  HTML and everything else is refused;
* images are capped in pixels (``MARKETPLACE_UPLOAD_IMAGE_MAX_PIXELS``) before
  they are decoded, and Pillow's decompression-bomb warnings count as errors;
* markup where browsers sniff for it (the first bytes) and PDF active content
  (JavaScript, actions on opening, links out, launch actions, embedded files,
  found by a PDF parser in every object, compressed object streams included)
  are refused, so a polyglot cannot ride in as a "picture" or "certificate";
  a PDF the parser cannot read is refused too.

Each failure is a ``ValidationError`` with a code and a translatable message,
so forms show it next to the field instead of failing with a 500.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

_HEAD_BYTES = 16
# Browsers sniff at most this many leading bytes (WHATWG MIME Sniffing, "resource header").
_SNIFF_BYTES = 1445
_MARKUP = re.compile(
    rb"<\s*(?:script|html|svg|body|iframe|object|embed|!doctype\s+html|\?php)[\s>/]|javascript:", re.IGNORECASE
)
# PDF names may hide letters as #xx escapes (/J#61vaScript), so names are decoded before comparing.
_PDF_NAME = re.compile(rb"/([A-Za-z0-9#]{2,40})")
_PDF_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_ACTIVE_NAMES = {b"JavaScript", b"Launch", b"EmbeddedFile", b"EmbeddedFiles", b"RichMedia"}
# What the parser refuses: keys that make a PDF act (scripts, actions on open or on events, forms
# that send or fetch), and action types that run, open or fetch something.
_PDF_ACTIVE_KEYS = {"/JS", "/JavaScript", "/AA", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA"}
_PDF_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE",
                       "/Rendition", "/Sound", "/Movie", "/RichMediaExecute"}


@dataclass(frozen=True)
class FileKind:
    key: str
    extension: str
    content_type: str
    pillow_format: str  # empty for non-images

    @property
    def is_image(self) -> bool:
        return bool(self.pillow_format)


PDF = FileKind("pdf", "pdf", "application/pdf", "")
JPEG = FileKind("jpeg", "jpg", "image/jpeg", "JPEG")
PNG = FileKind("png", "png", "image/png", "PNG")
WEBP = FileKind("webp", "webp", "image/webp", "WEBP")
IMAGE_KINDS = (JPEG, PNG, WEBP)
DOCUMENT_KINDS = (PDF, JPEG, PNG, WEBP)


def image_max_bytes() -> int:
    return settings.MARKETPLACE_UPLOAD_IMAGE_MAX_BYTES


def document_max_bytes() -> int:
    return settings.MARKETPLACE_UPLOAD_DOCUMENT_MAX_BYTES


def image_max_pixels() -> int:
    return settings.MARKETPLACE_UPLOAD_IMAGE_MAX_PIXELS


def file_kind_from_head(head: bytes) -> FileKind | None:
    """The kind these first bytes announce, or ``None`` if not one the marketplace accepts."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


def _read(file, start: int, length: int | None) -> bytes:
    """Reads without moving the file's position (uploads and stored ``FieldFile`` alike)."""
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(start)
        return file.read() if length is None else file.read(length)
    finally:
        if position is not None:
            file.seek(position)


def file_kind_of(file) -> FileKind | None:
    return file_kind_from_head(_read(file, 0, _HEAD_BYTES))


MESSAGES = {
    "empty": _("The file is empty."),
    "too_large": _("The file is %(size)s; the largest allowed is %(limit)s."),
    "document_type": _("Upload a PDF, JPEG, PNG or WebP file. This file's content is not one of those."),
    "image_type": _(
        "Upload a JPEG, PNG or WebP picture. This file's content is not one of those "
        "(SVG, GIF and other formats are not accepted)."
    ),
    "image": _("The image file is damaged or is not really a %(type)s image."),
    "pixels": _(
        "The picture is %(width)s × %(height)s pixels (%(megapixels)s megapixels); "
        "the largest allowed is %(limit)s megapixels. Make it smaller and upload it again."
    ),
    "bomb": _("The picture has far too many pixels to be processed safely; the largest allowed is %(limit)s megapixels."),
    "markup": _("The file contains web page or script code, which is not allowed in an upload."),
    "pdf_active": _(
        "The PDF contains scripts, launch actions or embedded files, which are not allowed. "
        "Scan or print the certificate to a plain PDF and upload that."
    ),
    "pdf_unreadable": _(
        "The PDF is damaged or protected with a password, so it cannot be checked. "
        "Scan or print the certificate to a plain PDF and upload that."
    ),
}


def _error(code: str, **params) -> ValidationError:
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def check_size(file, max_bytes: int) -> None:
    size = getattr(file, "size", None)
    if not size:
        raise _error("empty")
    if size > max_bytes:
        raise _error("too_large", size=filesizeformat(size), limit=filesizeformat(max_bytes))


def check_no_markup(file) -> None:
    if _MARKUP.search(_read(file, 0, _SNIFF_BYTES)):
        raise _error("markup")


def check_pdf_is_passive(file) -> None:
    """Refuses a PDF that can act when opened: scripts, actions, links out, embedded files.

    Decided by a PDF parser (pypdf) that reads every object the cross-reference
    tables list, including those packed in compressed object streams, where a
    byte search sees nothing. A byte search over the raw file is kept as well
    for objects outside the tables. A PDF the parser cannot read is refused.
    """
    content = _read(file, 0, None)
    for match in _PDF_NAME.finditer(content):
        name = _PDF_HEX.sub(lambda hex_: bytes([int(hex_.group(1), 16)]), match.group(1))
        if name in _PDF_ACTIVE_NAMES:
            raise _error("pdf_active")
    try:
        active = pdf_active_content(content)
    except UnreadablePdf as error:
        raise _error("pdf_unreadable") from error
    if active:
        raise _error("pdf_active")


class UnreadablePdf(Exception):
    """Damaged, or encrypted with a password: what it holds cannot be known."""


def pdf_active_content(content: bytes) -> bool:
    """Whether any object of the PDF is or holds active content; ``UnreadablePdf`` if it cannot be read."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken files are refused, not logged at length
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadablePdf("encrypted with a password")
        numbers = {(number, generation) for generation, objects in reader.xref.items() for number in objects}
        numbers |= {(number, 0) for number in reader.xref_objStm}
        if _pdf_holds_active(reader.trailer):
            return True
        for number, generation in sorted(numbers):
            if _pdf_holds_active(reader.get_object(number) if generation == 0 else
                                 reader.get_object(_pdf_reference(reader, number, generation))):
                return True
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError,
            NotImplementedError, AssertionError, ZeroDivisionError) as error:
        raise UnreadablePdf(str(error)) from error
    return False


def _pdf_reference(reader, number: int, generation: int):
    from pypdf.generic import IndirectObject

    return IndirectObject(number, generation, reader)


def _pdf_holds_active(obj) -> bool:
    """Walks one object's direct contents (references are walked on their own, by number)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    pending = [obj]
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            continue
        if isinstance(item, NameObject):
            if item in _PDF_ACTIVE_KEYS or item in _PDF_ACTIVE_ACTIONS:
                return True
        elif isinstance(item, DictionaryObject):
            for key, value in item.items():
                if key in _PDF_ACTIVE_KEYS:
                    return True
                # Opening on a page (a destination array) is harmless; an action dictionary is not.
                if key == "/OpenAction" and not isinstance(value.get_object(), ArrayObject):
                    return True
                pending.append(value)
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return False


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:g}"


def check_image(file, kind: FileKind, max_pixels: int) -> tuple[int, int]:
    """Opens, verifies and decodes the image; returns its size. Refuses bombs before decoding."""
    from PIL import Image

    limit = _megapixels(max_pixels)
    try:
        file.seek(0)
        # Image.open reads only the header; Pillow's own bomb check (MAX_IMAGE_PIXELS, lowered to
        # our cap in UploadsConfig.ready) warns or raises there, and the cap below refuses the
        # picture before a single pixel is decoded, whatever the warning filters say.
        with Image.open(file) as image:
            if image.format != kind.pillow_format:
                raise _error("image", type=kind.key.upper())
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
            if width * height * frames > max_pixels:
                raise _error(
                    "pixels", width=width, height=height,
                    megapixels=_megapixels(width * height * frames), limit=limit,
                )
            image.verify()  # structure and checksums
        file.seek(0)
        with Image.open(file) as image:
            image.load()  # decodes the pixels: catches truncated data that verify() misses
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _error("bomb", limit=limit) from error
    except Exception as error:
        raise _error("image", type=kind.key.upper()) from error
    finally:
        file.seek(0)
    return width, height


def validate_image_upload(file, max_bytes: int | None = None, max_pixels: int | None = None) -> FileKind:
    """Checks an uploaded picture (JPEG, PNG or WebP); returns its kind."""
    check_size(file, image_max_bytes() if max_bytes is None else max_bytes)
    kind = file_kind_of(file)
    if kind not in IMAGE_KINDS:
        raise _error("image_type")
    check_no_markup(file)
    check_image(file, kind, image_max_pixels() if max_pixels is None else max_pixels)
    return kind


def validate_document_upload(file, max_bytes: int | None = None, max_pixels: int | None = None) -> FileKind:
    """Checks an uploaded document (PDF, or a JPEG, PNG or WebP scan); returns its kind."""
    check_size(file, document_max_bytes() if max_bytes is None else max_bytes)
    kind = file_kind_of(file)
    if kind not in DOCUMENT_KINDS:
        raise _error("document_type")
    check_no_markup(file)
    if kind.is_image:
        check_image(file, kind, image_max_pixels() if max_pixels is None else max_pixels)
    else:
        check_pdf_is_passive(file)
    return kind


@deconstructible
class ImageUploadValidator:
    """Field validator form of :func:`validate_image_upload` (limits from settings unless given)."""

    def __init__(self, max_bytes: int | None = None, max_pixels: int | None = None):
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels

    def __call__(self, file) -> None:
        validate_image_upload(file, self.max_bytes, self.max_pixels)

    def __eq__(self, other) -> bool:
        return (
            isinstance(other, ImageUploadValidator)
            and (other.max_bytes, other.max_pixels) == (self.max_bytes, self.max_pixels)
        )


@deconstructible
class DocumentUploadValidator:
    """Field validator form of :func:`validate_document_upload` (limits from settings unless given)."""

    def __init__(self, max_bytes: int | None = None, max_pixels: int | None = None):
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels

    def __call__(self, file) -> None:
        validate_document_upload(file, self.max_bytes, self.max_pixels)

    def __eq__(self, other) -> bool:
        return (
            isinstance(other, DocumentUploadValidator)
            and (other.max_bytes, other.max_pixels) == (self.max_bytes, self.max_pixels)
        )
