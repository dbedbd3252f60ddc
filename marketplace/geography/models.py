from django.db import models
from django.utils.translation import gettext_lazy as _

from marketplace.i18n import in_english

from .data import REGIONS


class Region(models.TextChoices):
    NORTH = "north", _("Northern")
    NORTHEAST = "northeast", _("Northeastern")
    CENTRAL = "central", _("Central")
    EAST = "east", _("Eastern")
    WEST = "west", _("Western")
    SOUTH = "south", _("Southern")


class Province(models.Model):
    """One of Thailand's 77 provinces, keyed by its ISO 3166-2:TH code."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=6, primary_key=True)
    name_th = models.CharField(_("name (Thai)"), max_length=64, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=64, unique=True)
    region = models.CharField(_("region"), max_length=16, choices=Region.choices, db_index=True)

    class Meta:
        ordering = ("name_th",)
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if in_english() else self.name_th

    @property
    def region_name(self) -> str:
        th, en = REGIONS[self.region]
        return en if in_english() else th
