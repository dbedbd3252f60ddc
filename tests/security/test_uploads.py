"""Uploads are judged by content, capped in size and pixels, stripped of metadata, and refused with a form error.

The rules (marketplace/uploads) and every form that takes a file: Oscar's
product pictures, Wagtail images and documents, certificate documents.
"""

import io
import struct
import zlib
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from PIL import Image

from marketplace.uploads.services import image_without_metadata
from marketplace.uploads.validators import (
    JPEG,
    PDF,
    PNG,
    WEBP,
    validate_document_upload,
    validate_image_upload,
)

from tests.pdf_builder import pdf_document

ProductImage = get_model("catalogue", "ProductImage")

# Pillow warns about the pictures over the cap these tests upload on purpose; refusing them is the point.
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")

GPS_IFD = 0x8825
ORIENTATION = 0x0112
PLAIN_PDF = pdf_document()


# --- Builders ---------------------------------------------------------------------


def picture(fmt="JPEG", size=(40, 20), exif=None, mode="RGB") -> bytes:
    out = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    Image.new(mode, size, (200, 40, 40) if mode == "RGB" else 0).save(out, fmt, **options)
    return out.getvalue()


def exif_with_gps_and_rotation() -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the camera was turned: show rotated 90° clockwise
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (18.0, 47.0, 0.0), 3: "E", 4: (98.0, 59.0, 0.0)})
    return exif


def png_header_only(width: int, height: int) -> bytes:
    """A valid little PNG that claims huge dimensions: what a decompression bomb looks like to Image.open."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def jpeg_with_comment(comment: bytes) -> bytes:
    data = picture("JPEG")
    segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    return data[:2] + segment + data[2:]


def upload(content: bytes, name="upload.jpg", content_type="image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def code_of(check, file) -> str:
    with pytest.raises(ValidationError) as error:
        check(file)
    return error.value.code


# --- The rules --------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "kind"), [("JPEG", JPEG), ("PNG", PNG), ("WEBP", WEBP)])
def test_pictures_are_recognised_by_content_whatever_their_name(fmt, kind):
    file = upload(picture(fmt), name="misleading.gif", content_type="text/html")
    assert validate_image_upload(file) is kind
    assert validate_document_upload(file) is kind
    assert file.tell() == 0


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (SVG, "logo.svg"),
        (SVG, "logo.jpg"),
        (HTML, "photo.png"),
        (picture("GIF", mode="P"), "anim.gif"),
        (picture("BMP"), "photo.jpg"),
        (PLAIN_PDF, "photo.jpg"),
        (b"MZ\x90\x00" + b"\x00" * 60, "photo.jpg"),
    ],
)
def test_anything_but_jpeg_png_webp_is_refused_as_a_picture(content, name):
    assert code_of(validate_image_upload, upload(content, name)) == "image_type"


def test_html_and_svg_are_refused_as_documents_even_when_named_pdf():
    assert code_of(validate_document_upload, upload(HTML, "cert.pdf", "application/pdf")) == "document_type"
    assert code_of(validate_document_upload, upload(SVG, "cert.pdf", "application/pdf")) == "document_type"


@pytest.mark.parametrize(
    "content",
    [
        jpeg_with_comment(b"<html><body><script>alert(1)</script></body></html>"),
        jpeg_with_comment(b"<SVG onload=alert(1)>"),
        b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF",
    ],
)
def test_polyglots_with_markup_where_browsers_sniff_are_refused(content):
    assert code_of(validate_document_upload, upload(content)) == "markup"


@pytest.mark.parametrize(
    "active",
    [b"<< /S /JavaScript /JS (app.alert(1)) >>", b"<< /S /J#61vaScript /JS (x) >>", b"<< /S /Launch /F (cmd.exe) >>",
     b"<< /EmbeddedFiles << /Names [(x.exe) 5 0 R] >> >>"],
)
def test_pdfs_with_scripts_launch_actions_or_embedded_files_are_refused(active):
    content = PLAIN_PDF.replace(b"%%EOF", b"2 0 obj " + active + b" endobj\n%%EOF")
    assert code_of(validate_document_upload, upload(content, "cert.pdf", "application/pdf")) == "pdf_active"


def test_a_plain_pdf_is_accepted():
    assert validate_document_upload(upload(PLAIN_PDF, "cert.pdf", "application/pdf")) is PDF


@pytest.mark.parametrize("content", [
    # JavaScript packed in a compressed object stream: no byte of it is visible in the file.
    pdf_document(b"/OpenAction 4 0 R", packed={4: b"<< /S /JavaScript /JS (app.alert(1)) >>"}),
    pdf_document(b"/Names 4 0 R", packed={4: b"<< /JavaScript << /Names [(a) 5 0 R] >> >>",
                                           5: b"<< /S /JavaScript /JS (app.alert(1)) >>"}),
    pdf_document(b"/OpenAction << /S /URI /URI (https://evil.example/) >>"),
    pdf_document(b"/OpenAction 4 0 R", extra={4: b"<< /S /URI /URI (https://evil.example/) >>"}),
    pdf_document(b"/AA << /WC 4 0 R >>", extra={4: b"<< /S /GoTo /D [3 0 R /Fit] >>"}),
    pdf_document(extra={4: b"<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /URI /URI (https://x.example) >> >>"}),
    pdf_document(b"/OpenAction 4 0 R", packed={4: b"<< /S /Launch /F (calc.exe) >>"}),
    pdf_document(b"/OpenAction 4 0 R", packed={4: b"<< /S /SubmitForm /F (https://evil.example/) >>"}),
], ids=["js-in-object-stream", "js-name-tree-packed", "open-uri", "open-uri-by-reference", "additional-actions",
        "link-out", "launch-packed", "submit-form-packed"])
def test_pdfs_whose_active_content_only_a_parser_finds_are_refused(content):
    assert code_of(validate_document_upload, upload(content, "cert.pdf", "application/pdf")) == "pdf_active"


@pytest.mark.parametrize("content", [
    pdf_document(b"/OpenAction [3 0 R /Fit]"),  # opens on the first page: a destination, not an action
    pdf_document(b"/Lang 4 0 R", packed={4: b"(th)"}),
], ids=["open-on-page", "object-stream"])
def test_passive_pdfs_from_modern_writers_are_accepted(content):
    assert validate_document_upload(upload(content, "cert.pdf", "application/pdf")) is PDF


@pytest.mark.parametrize("content", [b"%PDF-1.7\n%%EOF\n", PLAIN_PDF[: len(PLAIN_PDF) // 2],
                                     b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"],
                         ids=["no objects", "cut in half", "no cross-reference table"])
def test_pdfs_the_parser_cannot_read_are_refused_with_their_own_message(content):
    assert code_of(validate_document_upload, upload(content, "cert.pdf", "application/pdf")) == "pdf_unreadable"


def test_size_limits_come_from_settings(settings):
    data = picture("PNG")
    settings.MARKETPLACE_UPLOAD_IMAGE_MAX_BYTES = len(data)
    validate_image_upload(upload(data, "a.png"))
    settings.MARKETPLACE_UPLOAD_IMAGE_MAX_BYTES = len(data) - 1
    with pytest.raises(ValidationError) as error:
        validate_image_upload(upload(data, "a.png"))
    assert error.value.code == "too_large"
    settings.MARKETPLACE_UPLOAD_DOCUMENT_MAX_BYTES = len(PLAIN_PDF) - 1
    assert code_of(validate_document_upload, upload(PLAIN_PDF, "c.pdf")) == "too_large"


def test_empty_and_truncated_files_are_refused():
    assert code_of(validate_image_upload, upload(b"")) == "empty"
    data = picture("JPEG", size=(64, 64))
    assert code_of(validate_image_upload, upload(data[: len(data) // 2])) == "image"


def test_pictures_over_the_pixel_cap_are_refused_before_decoding(settings):
    # 8000 × 6000 = 48 megapixels in a file of a few hundred bytes.
    error = pytest.raises(ValidationError, validate_image_upload, upload(png_header_only(8000, 6000), "big.png"))
    assert error.value.code == "pixels"
    assert "8000" in error.value.messages[0] and "40" in error.value.messages[0]


def test_decompression_bombs_far_over_pillows_limit_are_refused_not_crashed():
    assert Image.MAX_IMAGE_PIXELS == 40_000_000  # UploadsConfig.ready lowered Pillow's guard to our cap
    bomb = upload(png_header_only(30_000, 30_000), "bomb.png")  # 900 megapixels
    assert code_of(validate_image_upload, bomb) == "bomb"
    assert code_of(validate_document_upload, bomb) == "bomb"


def test_messages_are_translated():
    with translation.override("th"):
        with pytest.raises(ValidationError) as error:
            validate_document_upload(upload(b"", "empty.pdf"))
        assert error.value.messages == ["ไฟล์ว่างเปล่า"]


# --- Metadata ---------------------------------------------------------------------


def test_exif_and_gps_are_stripped_and_the_orientation_is_applied():
    original = upload(picture("JPEG", size=(40, 20), exif=exif_with_gps_and_rotation()), name="IMG_0001.JPG")
    with Image.open(io.BytesIO(original.read())) as before:
        assert before.getexif().get_ifd(GPS_IFD)
    original.seek(0)

    clean = image_without_metadata(original)

    with Image.open(clean) as after:
        assert after.format == "JPEG"
        assert not after.getexif()  # no GPS, no camera, no orientation tag left
        assert "exif" not in after.info
        assert after.size == (20, 40)  # turned upright before the tag was dropped
    assert clean.name == "IMG_0001.jpg" and clean.content_type == "image/jpeg"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_every_metadata_segment_is_stripped_comments_and_xmp_included(fmt):
    # The script sits past the bytes browsers sniff (those are refused as markup before this).
    commented = jpeg_with_comment(b"<script>alert(1)</script>")
    commented = commented[:2] + b"\xff\xfe" + struct.pack(">H", 2002) + b"." * 2000 + commented[2:]
    with Image.open(io.BytesIO(commented)) as opened:
        assert opened.info.get("comment")
    source = commented if fmt == "JPEG" else picture(fmt)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description GPSLatitude="13,45N"/></x:xmpmeta>'
    if fmt == "JPEG":
        xmp_segment = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
        source = source[:2] + b"\xff\xe1" + struct.pack(">H", len(xmp_segment) + 2) + xmp_segment + source[2:]

    clean = image_without_metadata(upload(source, name=f"x.{fmt.lower()}")).read()

    assert b"script" not in clean and b"GPSLatitude" not in clean and b"xmpmeta" not in clean
    with Image.open(io.BytesIO(clean)) as after:
        assert not after.getexif() and "comment" not in after.info and "xmp" not in after.info
    if fmt == "JPEG":
        markers = _jpeg_markers(clean)
        assert not {0xFE, *range(0xE1, 0xF0)} & set(markers), [hex(m) for m in markers]  # no COM, no APP1-15


def _jpeg_markers(data: bytes) -> list[int]:
    """The segment markers before the image data (SOS)."""
    markers, position = [], 2
    while position < len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        position += 2 + struct.unpack(">H", data[position + 2: position + 4])[0]
    return markers


def test_the_stored_copy_is_named_after_its_real_format():
    clean = image_without_metadata(upload(picture("PNG", exif=exif_with_gps_and_rotation()), name="shot.jpeg"))
    assert clean.name == "shot.png"
    with Image.open(clean) as after:
        assert after.format == "PNG" and not after.getexif()


# --- The forms --------------------------------------------------------------------


class _FormReader(HTMLParser):
    """Collects what a browser would post back from a page's forms (inputs, selects, textareas)."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type", "text") not in ("submit", "button", "file", "image"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.setdefault(name, []).append(attrs.get("value") or ("on" if attrs.get("type") == "checkbox" else ""))
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data


def page_form_data(response) -> dict:
    reader = _FormReader()
    reader.feed(response.content.decode())
    return {name: values if len(values) > 1 else (values[0] if values else "") for name, values in reader.data.items()}


@pytest.fixture
def producer_a(db):
    from cms.roles.services import roles_ensure
    from tests.cms.helpers import make_maker

    roles_ensure()
    return make_maker("upload-a", "กลุ่มทดสอบอัปโหลด", "Upload Test Group")


@pytest.fixture
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return tmp_path


def _post_product_picture(client, product, file):
    with translation.override("th"):
        url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    data = page_form_data(client.get(url))
    data["images-0-original"] = file
    data["images-0-caption"] = "ภาพสินค้า"
    return client.post(url, data)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name"),
    [(SVG, "logo.svg"), (HTML, "photo.jpg"), (png_header_only(8000, 6000), "big.png")],
    ids=["svg", "html", "48-megapixels"],
)
def test_the_product_form_shows_a_bad_picture_as_a_form_error(client, producer_a, media_in_tmp, content, name):
    client.force_login(producer_a.user)
    product = producer_a.product
    before = ProductImage.objects.filter(product=product).count()

    response = _post_product_picture(client, product, SimpleUploadedFile(name, content, content_type="image/jpeg"))

    assert response.status_code == 200  # the form again, with the error: not a 500, not a redirect
    formset = response.context["image_formset"]
    assert formset.forms[0].errors.get("original")
    assert ProductImage.objects.filter(product=product).count() == before


@pytest.mark.django_db
def test_the_product_form_stores_pictures_without_exif(client, producer_a, media_in_tmp):
    client.force_login(producer_a.user)
    product = producer_a.product
    photo = SimpleUploadedFile("workshop.png", picture("JPEG", size=(40, 20), exif=exif_with_gps_and_rotation()),
                               content_type="image/png")

    response = _post_product_picture(client, product, photo)

    assert response.status_code == 302, response.context and response.context["image_formset"].errors
    stored = ProductImage.objects.filter(product=product).latest("pk")
    assert stored.original.name.endswith(".jpg")
    with stored.original.open("rb") as handle, Image.open(handle) as image:
        assert not image.getexif() and image.size == (20, 40)


@pytest.mark.django_db
def test_wagtail_refuses_svg_and_bombs_and_stores_originals_without_exif(client, producer_a, media_in_tmp):
    from cms.media.models import CustomImage
    from cms.roles.services import producer_collection

    client.force_login(producer_a.user)
    collection = producer_collection(producer_a.producer).pk
    with translation.override("th"):
        add_url = reverse("wagtailimages:add")

    def post(name, content):
        return client.post(add_url, {"title": name, "description": "ภาพ", "collection": collection,
                                     "file": SimpleUploadedFile(name, content, content_type="image/jpeg")})

    for name, content in (("logo.svg", SVG), ("logo.jpg", SVG), ("big.png", png_header_only(8000, 6000)),
                          ("poly.jpg", jpeg_with_comment(b"<script>alert(1)</script>"))):
        response = post(name, content)
        assert response.status_code == 200, name
        assert response.context["form"].errors.get("file"), name
        assert not CustomImage.objects.filter(title=name).exists()

    response = post("gps.jpg", picture("JPEG", size=(40, 20), exif=exif_with_gps_and_rotation()))
    assert response.status_code == 302
    image = CustomImage.objects.get(title="gps.jpg")
    assert (image.width, image.height) == (20, 40)
    with image.file.open("rb") as handle, Image.open(handle) as stored:
        assert not stored.getexif()


@pytest.mark.django_db
def test_the_certificate_form_refuses_active_pdfs_with_a_form_error(client, producer_a, media_in_tmp):
    from marketplace.certification.models import Certification

    client.force_login(producer_a.user)
    with translation.override("th"):
        url = reverse("certification-dashboard:submit")
    active = PLAIN_PDF.replace(b"%%EOF", b"2 0 obj << /S /JavaScript /JS (x) >> endobj\n%%EOF")
    before = Certification.objects.count()
    response = client.post(url, {
        "product": producer_a.product.pk, "stars": 5, "certificate_no": "UPL-1", "selection_year": 2024,
        "expires_on": "2031-01-01", "standards-TOTAL_FORMS": 0, "standards-INITIAL_FORMS": 0,
        "document": SimpleUploadedFile("cert.pdf", active, content_type="application/pdf"),
    })
    assert response.status_code == 200
    assert response.context["form"].errors["document"]
    assert Certification.objects.count() == before


@pytest.mark.django_db
def test_certificate_scans_are_stored_without_exif_or_gps(client, producer_a, media_in_tmp):
    from marketplace.certification.models import Certification

    client.force_login(producer_a.user)
    with translation.override("th"):
        url = reverse("certification-dashboard:submit")
    scan = picture("JPEG", size=(40, 20), exif=exif_with_gps_and_rotation())
    response = client.post(url, {
        "product": producer_a.product.pk, "stars": 5, "certificate_no": "UPL-GPS", "selection_year": 2024,
        "expires_on": "2031-01-01", "standards-TOTAL_FORMS": 1, "standards-INITIAL_FORMS": 0,
        "standards-0-kind": "fda", "standards-0-number": "10-1-32155-5-0001",
        "document": SimpleUploadedFile("IMG_2041.JPG", scan, content_type="image/jpeg"),
    })
    assert response.status_code == 302, response.context["formset"].non_form_errors()
    certification = Certification.objects.get(certificate_no="UPL-GPS")
    with certification.document.open("rb") as handle, Image.open(handle) as stored:
        assert not stored.getexif() and "exif" not in stored.info
        assert stored.size == (20, 40)  # turned upright before the tag was dropped


@pytest.mark.django_db
def test_documents_download_as_attachments_with_nosniff(client, media_in_tmp, settings):
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document(title="Guide")
    document.file.save("guide.pdf", io.BytesIO(PLAIN_PDF), save=False)
    document.save()
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    response = client.get(reverse("wagtaildocs_serve", args=(document.pk, "guide.pdf")))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
