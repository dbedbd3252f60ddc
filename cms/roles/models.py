"""Which Wagtail collection plays which part for the marketplace.

The code finds the producers' collections and the editors' collection by their part here, never by
name: a collection's name is what editors and producers read in the image chooser (in Thai), and an
admin may rename one in Wagtail without the roles losing track of it.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class SiteCollection(models.Model):
    PRODUCERS = "producers"
    EDITORIAL = "editorial"

    # A shared part (PRODUCERS, EDITORIAL), or a producer's own collection: one or the other.
    key = models.CharField(_("part"), max_length=64, unique=True, null=True, blank=True)
    # Deleting a producer forgets their collection (the pictures stay): a producer made later, whatever
    # their id, never inherits another's pictures.
    producer = models.OneToOneField(
        "producers.Producer", on_delete=models.CASCADE, null=True, blank=True, related_name="+",
        verbose_name=_("producer"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.CASCADE, related_name="site_part", verbose_name=_("collection")
    )

    class Meta:
        verbose_name = _("site collection")
        verbose_name_plural = _("site collections")
        constraints = [
            models.CheckConstraint(
                condition=Q(key__isnull=False, producer__isnull=True) | Q(key__isnull=True, producer__isnull=False),
                name="site_collection_is_a_part_or_a_producers",
            ),
        ]

    def __str__(self) -> str:
        return self.key or f"producer {self.producer_id}"
