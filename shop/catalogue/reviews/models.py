"""Oscar's product reviews, plus whether the reviewer bought the product and their photos.

Only buyers may review (``selectors.review_permission``), so every review written
in the shop is a verified purchase; the flag stays on the row so the badge says
what was checked when the review was written. Reviews wait for staff approval
(``OSCAR_MODERATE_REVIEWS``) before anyone else sees them.
"""

import uuid
from pathlib import PurePath

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.reviews.abstract_models import AbstractProductReview

#: How many photos one review may carry.
MAX_REVIEW_PHOTOS = 3


class ProductReview(AbstractProductReview):
    verified_purchase = models.BooleanField(
        _("verified purchase"), default=False,
        help_text=_("The reviewer had a paid order of this product when they wrote the review."),
    )


def review_photo_path(photo, filename: str) -> str:
    """A name nobody can guess: photos of a review still waiting for moderation are not to be found."""
    return f"reviews/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class ReviewPhoto(models.Model):
    """A buyer's photo of the product, stored re-encoded without EXIF (``marketplace/uploads``)."""

    review = models.ForeignKey(ProductReview, on_delete=models.CASCADE, related_name="photos",
                               verbose_name=_("review"))
    image = models.ImageField(_("photo"), upload_to=review_photo_path, max_length=255)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        app_label = "reviews"
        ordering = ("position", "pk")
        verbose_name = _("review photo")
        verbose_name_plural = _("review photos")

    def __str__(self) -> str:
        return f"{self.review_id}/{self.position}"


from oscar.apps.catalogue.reviews.models import *  # noqa: E402,F401,F403  (Oscar's fork convention)
