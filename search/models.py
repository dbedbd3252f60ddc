from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """A product whose search index update failed (the engine was down): retried until the index has it."""

    product_id = models.PositiveIntegerField(primary_key=True)
    queued_at = models.DateTimeField(_("queued at"))

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")

    def __str__(self) -> str:
        return str(self.product_id)
