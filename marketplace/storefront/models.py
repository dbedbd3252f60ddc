from django.db import models
from django.utils.translation import gettext_lazy as _


class CatalogueGeneration(models.Model):
    """One row counting changes to what the storefront shows (products, prices, certificates, pages).

    Cached fragments carry the number in their keys, so a change makes every old fragment
    unreachable at once, in every process: the number lives in the database, which all web
    workers, the task worker and the scheduler share (a per-process cache could not tell them).
    """

    number = models.PositiveBigIntegerField(_("number"), default=0)

    class Meta:
        verbose_name = _("catalogue generation")
