"""The site's Wagtail image model: alt text is required, in Thai, with an optional English one.

Wagtail 6+ keeps an image's alt text in ``description`` (blank allowed); here it
is required, so no picture reaches a page without a text alternative. Chosen
before any image was stored (``WAGTAILIMAGES_IMAGE_MODEL = "media.CustomImage"``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.search import index

from marketplace.i18n import pick


class CustomImage(AbstractImage):
    description = models.CharField(
        _("alt text (Thai)"),
        max_length=255,
        help_text=_("Describe what the picture shows for people who cannot see it. Required."),
    )
    description_en = models.CharField(
        _("alt text (English)"),
        max_length=255,
        blank=True,
        help_text=_("Shown on English pages; the Thai text is used when this is empty."),
    )

    # Wagtail's, with the tag name also a filter: the image chooser narrows its list to a tag
    # (``?tag=``) before searching it, and the search refuses to filter on a field it was not told
    # about (a server error for a search within a tag).
    search_fields = [field for field in AbstractImage.search_fields
                     if not (isinstance(field, index.RelatedFields) and field.field_name == "tags")] + [
        index.RelatedFields("tags", [
            index.SearchField("name", boost=10),
            index.AutocompleteField("name"),
            index.FilterField("name"),
        ]),
    ]

    admin_form_fields = (
        "title",
        "file",
        "description",
        "description_en",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self) -> str:
        """The alt text in the active language (renditions and ``{% picture %}`` use it)."""
        return pick(self.description or self.title, self.description_en)


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
