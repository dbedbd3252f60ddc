"""Which Wagtail collection plays which part for the marketplace.

The code finds the producers' collections and the editors' collection by their part here, never by
name: a collection's name is what editors and producers read in the image chooser (in Thai), and an
admin may rename one in Wagtail without the roles losing track of it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteCollection(models.Model):
    PRODUCERS = "producers"
    EDITORIAL = "editorial"
    PRODUCER_PREFIX = "producer-"  # + the producer's id: each producer's own collection

    key = models.CharField(_("part"), max_length=64, unique=True)
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.CASCADE, related_name="site_part", verbose_name=_("collection")
    )

    class Meta:
        verbose_name = _("site collection")
        verbose_name_plural = _("site collections")

    def __str__(self) -> str:
        return self.key

    @classmethod
    def producer_key(cls, producer) -> str:
        return f"{cls.PRODUCER_PREFIX}{producer.pk}"
