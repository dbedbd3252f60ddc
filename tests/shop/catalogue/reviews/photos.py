"""Pictures for review uploads, made with Pillow (a phone photo carries its GPS position in EXIF)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def phone_photo(name: str = "photo.jpg", gps: bool = True) -> SimpleUploadedFile:
    image = Image.new("RGB", (64, 48), (180, 40, 40))
    exif = Image.Exif()
    if gps:
        exif[0x8825] = {1: "N", 2: (18.0, 47.0, 0.0), 3: "E", 4: (98.0, 59.0, 0.0)}  # GPSInfo: Chiang Mai
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def svg_disguised_as_jpeg() -> SimpleUploadedFile:
    return SimpleUploadedFile("cute.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
                              content_type="image/jpeg")
