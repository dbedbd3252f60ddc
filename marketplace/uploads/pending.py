"""Keeping a chosen picture when the rest of its form is refused.

A browser cannot put a file back into a file input, so a form that came back with an error (a
missing price, a title too long) used to lose the picture and the person had to find it again.
The picture is kept here instead, already checked by the upload rules and stripped of its
metadata, under a random token that the page carries in a hidden field. The token alone is not
enough: it is looked up together with the user and the form's purpose, so another user who
learns it gets nothing. Kept pictures are forgotten after ``KEPT_FOR`` (each new one sweeps away
those past it, so no job is needed) or once the form is saved with them.
"""

import datetime
import secrets

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from .models import PendingUpload
from .validators import file_kind_of

KEPT_FOR = datetime.timedelta(hours=24)


def pending_upload_keep(user, purpose: str, file) -> PendingUpload:
    """Keeps ``file`` (already checked by the upload rules) for ``user``'s next try of the form."""
    pending_uploads_forget_expired()
    kind = file_kind_of(file)
    file.seek(0)
    content = file.read()
    file.seek(0)
    return PendingUpload.objects.create(
        token=secrets.token_urlsafe(32), owner=user, purpose=purpose,
        name=(getattr(file, "name", "") or "image")[-255:], content_type=kind.content_type if kind else "",
        content=content,
    )


def pending_upload_of(user, purpose: str, token: str) -> PendingUpload | None:
    """The picture ``user`` kept under ``token`` for this form, or ``None`` (unknown, another's, expired)."""
    if not token or not getattr(user, "is_authenticated", False) or len(token) > 64:
        return None
    return PendingUpload.objects.filter(
        token=token, owner=user, purpose=purpose, created_at__gte=timezone.now() - KEPT_FOR,
    ).first()


def pending_upload_as_file(pending: PendingUpload) -> SimpleUploadedFile:
    """The kept picture as an upload again, for the form to check and store like a new one."""
    return SimpleUploadedFile(pending.name, bytes(pending.content), content_type=pending.content_type)


def pending_uploads_forget_expired() -> int:
    deleted, _ = PendingUpload.objects.filter(created_at__lt=timezone.now() - KEPT_FOR).delete()
    return deleted
