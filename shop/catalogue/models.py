from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext, gettext_noop
from oscar.apps.catalogue.abstract_models import AbstractProduct, AbstractProductClass

from marketplace.i18n import in_english
from marketplace.slugs import ThaiSlugField


class Product(AbstractProduct):
    """Oscar's product plus the seller and the English texts.

    ``title`` and ``description`` hold the Thai text, the marketplace's first
    language; the English ones may be blank and then fall back to Thai.
    """

    # Whole Thai words for products with a Thai title only (Oscar's field takes ASCII only).
    slug = ThaiSlugField(_("Slug"), max_length=255, unique=False)
    producer = models.ForeignKey(
        "producers.Producer",
        on_delete=models.PROTECT,
        related_name="products",
        null=True,
        blank=True,
        verbose_name=_("producer"),
    )
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    weight_grams = models.PositiveIntegerField(
        _("shipping weight (g)"), null=True, blank=True, help_text=_("Packed weight, used for shipping rates.")
    )

    def save(self, *args, **kwargs):
        # Oscar would slugify the Thai title into escapes ("u0e01u0e32…"): the readable slug instead.
        if not self.slug:
            from marketplace.listings.slugs import product_slug

            self.slug = product_slug(self.title or "", self.title_en or "") or None
        super().save(*args, **kwargs)

    def _english(self) -> bool:
        return in_english()

    @property
    def display_title(self) -> str:
        return self.title_en if self._english() and self.title_en else self.get_title()

    @property
    def display_description(self) -> str:
        return self.description_en if self._english() and self.description_en else self.description


# The one product type's stored name (marketplace.listings.services), translated where it is shown.
gettext_noop("OTOP product")


class ProductClass(AbstractProductClass):
    """Oscar's product type, its name shown in the reader's language (the dashboard's "Product type")."""

    def __str__(self) -> str:
        return gettext(self.name) if self.name else super().__str__()


from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403  (Oscar's fork convention)
