from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from marketplace.i18n import in_english, pick


# Where the producers index page lives (cms/producers keeps its slug fixed).
STOREFRONT_PATH = "producers"


class ProducerType(models.TextChoices):
    COMMUNITY_GROUP = "community_group", _("Community group")
    SINGLE_OWNER = "single_owner", _("Single-owner producer")
    SME = "sme", _("SME")


class Producer(models.Model):
    """A registered OTOP producer: the seller behind an Oscar partner.

    Oscar's ``Partner`` keeps the stock records and dashboard access
    (``partner.users``); this model carries what the OTOP register knows.
    """

    partner = models.OneToOneField(
        "partner.Partner", on_delete=models.PROTECT, related_name="producer", verbose_name=_("partner")
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=False)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    producer_type = models.CharField(_("producer type"), max_length=20, choices=ProducerType.choices)
    province = models.ForeignKey(
        "geography.Province", on_delete=models.PROTECT, related_name="producers", verbose_name=_("province")
    )
    district_th = models.CharField(_("district (Thai)"), max_length=100, blank=True)
    district_en = models.CharField(_("district (English)"), max_length=100, blank=True)
    subdistrict_th = models.CharField(_("subdistrict (Thai)"), max_length=100, blank=True)
    subdistrict_en = models.CharField(_("subdistrict (English)"), max_length=100, blank=True)
    story_th = models.TextField(_("story (Thai)"), blank=True)
    story_en = models.TextField(_("story (English)"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive producers' products are hidden from the shop.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("name_th",)
        verbose_name = _("producer")
        verbose_name_plural = _("producers")
        constraints = [
            # Village names repeat: the register tells namesakes apart by their district.
            models.UniqueConstraint(fields=["name_th", "province", "district_th", "district_en"],
                                    name="producer_unique_name_per_district"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick(self.name_th, self.name_en)

    @property
    def story(self) -> str:
        return pick(self.story_th, self.story_en)

    @property
    def location(self) -> str:
        english = in_english()
        parts = (
            [self.subdistrict_en, self.district_en, self.province.name_en]
            if english
            else [
                f"ต.{self.subdistrict_th}" if self.subdistrict_th else "",
                f"อ.{self.district_th}" if self.district_th else "",
                f"จ.{self.province.name_th}",
            ]
        )
        return (", " if english else " ").join(p for p in parts if p)

    def get_absolute_url(self) -> str:
        """The storefront, /producers/<slug>/ (/en/... in English): a Wagtail page (cms/producers).

        The ProducerPage's slug is always this slug; a producer without a live page
        is served from the register by the producers index at the same address.
        """
        return reverse("wagtail_serve", args=[f"{STOREFRONT_PATH}/{self.slug}/"])

