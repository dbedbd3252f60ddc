"""What happens to an accepted picture before it is stored."""

import io
from pathlib import PurePath

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import get_valid_filename

from .validators import JPEG, PNG, WEBP, FileKind, validate_image_upload

_SAVE_OPTIONS = {
    JPEG.key: {"quality": 90, "optimize": True},
    PNG.key: {"optimize": True},
    WEBP.key: {"quality": 90, "method": 4},
}


def image_without_metadata(file, kind: FileKind | None = None) -> SimpleUploadedFile:
    """A re-encoded copy of an uploaded picture without EXIF (GPS, camera, owner), XMP or comments.

    The camera's orientation tag is applied to the pixels first, so the picture
    still stands the right way up once the tag is gone. Only the colour profile
    is kept. Re-encoding also destroys anything smuggled after or inside the
    image data. The copy is named after its real format, not the uploaded name.
    """
    from PIL import Image, ImageOps

    kind = kind or validate_image_upload(file)
    file.seek(0)
    with Image.open(file) as source:
        icc_profile = source.info.get("icc_profile")
        image = ImageOps.exif_transpose(source)  # first frame only: product pictures are stills
        if kind is WEBP and image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB")
        elif kind is JPEG and image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        options = dict(_SAVE_OPTIONS[kind.key])
        if icc_profile:
            options["icc_profile"] = icc_profile
        if kind is PNG and "transparency" in image.info:
            options["transparency"] = image.info["transparency"]
        # Pillow writes back what it read into ``info`` (a JPEG's COM comment, XMP, EXIF): the
        # copy starts with none of it, and only the options above are written.
        image = image.copy()
        image.info = {}
        buffer = io.BytesIO()
        image.save(buffer, kind.pillow_format, **options)
    file.seek(0)
    stem = PurePath(getattr(file, "name", "") or "image").stem or "image"
    name = get_valid_filename(f"{stem}.{kind.extension}")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=kind.content_type)
