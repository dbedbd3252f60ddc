"""Wagtail's image and document forms with the marketplace's upload rules.

Wired in by ``WAGTAILIMAGES_IMAGE_FORM_BASE`` and ``WAGTAILDOCS_DOCUMENT_FORM_BASE``,
so the admin's single and multiple uploads and the chooser's upload tab all
use them. Wagtail's own field checks the extension allowlist, the size and the pixel
count; these add the content checks (``marketplace/uploads``), run first, and
for images store a re-encoded copy without EXIF/GPS.
"""

from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from marketplace.uploads.services import image_without_metadata
from marketplace.uploads.validators import (
    JPEG,
    file_kind_of,
    validate_document_upload,
    validate_image_upload,
)


class UploadCheckedImageField(WagtailImageField):
    def to_python(self, data):
        # Before Wagtail's own checks: Willow decodes the whole picture just to read its size
        # (a 48-megapixel PNG is fully unpacked, a damaged one raises OSError, a 500), while ours
        # read only the header before refusing it.
        if data is not None and hasattr(data, "read"):
            validate_image_upload(data)
        return super().to_python(data)


class UploadCheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = UploadCheckedImageField(
                label=field.label, required=field.required, widget=field.widget, help_text=field.help_text,
            )

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is None or "file" not in self.changed_data:
            return file
        return image_without_metadata(file, file_kind_of(file))


class UploadCheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is None or "file" not in self.changed_data:
            return file
        kind = validate_document_upload(file)
        # Wagtail serves a document with the type its extension names, so the two must agree.
        extension = PurePath(file.name).suffix.lower().lstrip(".")
        expected = {"jpeg", "jpg"} if kind is JPEG else {kind.extension}
        if extension not in expected:
            raise ValidationError(
                _("The file's name ends in .%(extension)s but its content is %(type)s; rename it to .%(expected)s."),
                code="extension_mismatch",
                params={"extension": extension or "?", "type": kind.key.upper(), "expected": kind.extension},
            )
        return file
