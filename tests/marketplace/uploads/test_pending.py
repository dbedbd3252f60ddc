"""Pictures kept between two tries of a form: only for their owner and form, forgotten after a day."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from marketplace.uploads.models import PendingUpload
from marketplace.uploads.pending import KEPT_FOR, pending_upload_as_file, pending_upload_keep, pending_upload_of
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 40


def test_a_kept_picture_is_found_only_by_its_owner_for_its_form():
    owner, other = UserFactory(), UserFactory()
    kept = pending_upload_keep(owner, "product-image", SimpleUploadedFile("a.png", PNG))

    assert pending_upload_of(owner, "product-image", kept.token) == kept
    assert pending_upload_of(other, "product-image", kept.token) is None
    assert pending_upload_of(owner, "review-photo", kept.token) is None
    assert pending_upload_of(owner, "product-image", "") is None
    again = pending_upload_as_file(kept)
    assert again.read() == PNG and again.name == "a.png" and again.content_type == "image/png"


def test_kept_pictures_are_forgotten_after_a_day_and_swept_by_the_next_one():
    owner = UserFactory()
    old = pending_upload_keep(owner, "product-image", SimpleUploadedFile("old.png", PNG))
    PendingUpload.objects.filter(pk=old.pk).update(created_at=timezone.now() - KEPT_FOR - datetime.timedelta(minutes=1))

    assert pending_upload_of(owner, "product-image", old.token) is None
    pending_upload_keep(owner, "product-image", SimpleUploadedFile("new.png", PNG))
    assert not PendingUpload.objects.filter(pk=old.pk).exists()
