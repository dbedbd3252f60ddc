"""Writing a buyer's review."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import Truncator

from marketplace.uploads.services import image_without_metadata

from .models import MAX_REVIEW_PHOTOS, ProductReview, ReviewPhoto
from .selectors import ReviewPermission, review_permission

_TITLE_CHARS = 80


def review_title_from(body: str) -> str:
    """Buyers write no title; the dashboard and the review's own page show the text's beginning."""
    first_line = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return Truncator(first_line).chars(_TITLE_CHARS)


@transaction.atomic
def review_create(*, product, user, score: int, body: str, photos=()) -> ProductReview:
    """Stores a buyer's review, waiting for moderation, with up to three photos.

    ``photos`` are uploads already checked by ``marketplace.uploads`` rules (the form
    does it); they are stored re-encoded without EXIF, so no GPS position leaks.
    """
    if review_permission(product, user) is not ReviewPermission.ALLOWED:
        raise PermissionDenied("Only a buyer of the product may review it, once.")
    if not 1 <= int(score) <= 5:
        raise ValueError("A review gives 1 to 5 stars.")
    photos = list(photos)
    if len(photos) > MAX_REVIEW_PHOTOS:
        raise ValueError(f"A review carries at most {MAX_REVIEW_PHOTOS} photos.")
    body = body.strip()
    review = ProductReview.objects.create(
        product=product, user=user, score=int(score), body=body, title=review_title_from(body),
        status=ProductReview.FOR_MODERATION, verified_purchase=True,
    )
    for position, upload in enumerate(photos):
        clean = image_without_metadata(upload)
        photo = ReviewPhoto(review=review, position=position)
        photo.image.save(clean.name, clean, save=True)
    return review
