"""Pictures kept between two tries of a form (``pending.py``)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingUpload(models.Model):
    """A picture a person chose in a form that came back with errors, kept until they send it again.

    Only its owner, in the same form (``purpose``), can use it: the token in the page is not enough.
    The file has passed the upload rules and had its metadata removed. It is kept in the database,
    not under /media/: no URL reaches it but the view that shows it to its owner.
    """

    token = models.CharField(max_length=64, unique=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    purpose = models.CharField(max_length=64)
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=32)
    content = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("picture kept for a form")
        verbose_name_plural = _("pictures kept for forms")

    def __str__(self) -> str:
        return self.name
