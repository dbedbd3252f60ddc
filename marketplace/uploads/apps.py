from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    name = "marketplace.uploads"
    label = "uploads"
    verbose_name = _("Uploads")

    def ready(self):
        from PIL import Image

        # Pillow's own guard, lowered to our cap: any image the process opens (thumbnails and
        # Wagtail renditions too, not only uploads) warns above the cap and fails above twice it.
        Image.MAX_IMAGE_PIXELS = settings.MARKETPLACE_UPLOAD_IMAGE_MAX_PIXELS
