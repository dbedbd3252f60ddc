"""OTOP villages for tourism: ``/villages/`` and ``/villages/<slug>/``.

A village page ties "visit it" to "buy it": what to see and do, how to get
there, a map that works without network, seasons and festivals, contact, and
the producers and products that come from the village (each product page links
back to its village).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.coordinates import latitude_in_thailand, longitude_in_thailand
from cms.core.listing import ListingIndexPage
from cms.core.models import BilingualPage, ProducerLink, ProductLink, bilingual_edit_handler
from marketplace.i18n import pick

TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class VillageIndexPage(ListingIndexPage):
    """All tourism villages, by name."""

    nav_key = "villages"
    subpage_types = ["villages.TourismVillagePage"]
    template = "cms/villages/village_index_page.html"
    listing_name = "villages"

    class Meta:
        verbose_name = _("village index")

    def listed_pages(self):
        return TourismVillagePage.objects.child_of(self).live().public().select_related("hero_image", "province")


class TourismVillagePage(BilingualPage):
    hero_image = models.ForeignKey("media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("main picture"))
    intro = models.TextField(_("introduction (Thai)"), help_text=_("Two or three sentences; also the card summary."))
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    see_and_do = RichTextField(_("what to see and do (Thai)"), features=TEXT_FEATURES)
    see_and_do_en = RichTextField(_("what to see and do (English)"), features=TEXT_FEATURES, blank=True)
    getting_there = RichTextField(_("how to get there (Thai)"), features=TEXT_FEATURES, blank=True)
    getting_there_en = RichTextField(_("how to get there (English)"), features=TEXT_FEATURES, blank=True)
    best_time = models.CharField(_("best time to visit (Thai)"), max_length=200, blank=True)
    best_time_en = models.CharField(_("best time to visit (English)"), max_length=200, blank=True)

    province = models.ForeignKey("geography.Province", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("province"))
    district_th = models.CharField(_("district (Thai)"), max_length=100, blank=True)
    district_en = models.CharField(_("district (English)"), max_length=100, blank=True)
    subdistrict_th = models.CharField(_("subdistrict (Thai)"), max_length=100, blank=True)
    subdistrict_en = models.CharField(_("subdistrict (English)"), max_length=100, blank=True)
    address_th = models.CharField(_("address (Thai)"), max_length=200, blank=True,
                                  help_text=_("Village (moo), road or landmark."))
    address_en = models.CharField(_("address (English)"), max_length=200, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                   validators=[latitude_in_thailand])
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                    validators=[longitude_in_thailand])

    contact_name = models.CharField(_("contact (Thai)"), max_length=120, blank=True)
    contact_name_en = models.CharField(_("contact (English)"), max_length=120, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_website = models.URLField(_("website"), blank=True)

    parent_page_types = ["villages.VillageIndexPage"]
    subpage_types: list[str] = []
    template = "cms/villages/tourism_village_page.html"

    search_fields = BilingualPage.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("intro"),
        index.SearchField("intro_en"),
        index.SearchField("see_and_do"),
        index.SearchField("see_and_do_en"),
    ]

    content_panels = BilingualPage.content_panels + [
        FieldPanel("hero_image"),
        FieldPanel("intro"),
        FieldPanel("see_and_do"),
        FieldPanel("getting_there"),
        FieldPanel("best_time"),
        InlinePanel("events", heading=_("Seasons and festivals"), label=_("Season or festival")),
        MultiFieldPanel(
            [
                FieldPanel("province"),
                FieldRowPanel([FieldPanel("district_th"), FieldPanel("subdistrict_th")]),
                FieldPanel("address_th"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
             FieldPanel("contact_website")],
            heading=_("Contact"),
        ),
        InlinePanel("village_producers", heading=_("Producers in the village"), label=_("Producer")),
        InlinePanel("village_products", heading=_("Products from the village"), label=_("Product")),
    ]
    english_panels = [
        FieldPanel("title_en"),
        FieldPanel("intro_en"),
        FieldPanel("see_and_do_en"),
        FieldPanel("getting_there_en"),
        FieldPanel("best_time_en"),
        FieldRowPanel([FieldPanel("district_en"), FieldPanel("subdistrict_en")]),
        FieldPanel("address_en"),
        FieldPanel("contact_name_en"),
    ]
    edit_handler = bilingual_edit_handler(content_panels, english_panels)

    class Meta:
        verbose_name = _("tourism village")
        verbose_name_plural = _("tourism villages")

    @property
    def display_intro(self) -> str:
        return pick(self.intro, self.intro_en)

    @property
    def location(self) -> str:
        """Subdistrict, district and province in the active language (Thai: ต. อ. จ.)."""
        from marketplace.i18n import in_english

        if in_english():
            parts = [self.subdistrict_en or self.subdistrict_th, self.district_en or self.district_th,
                     self.province.name_en]
            return ", ".join(p for p in parts if p)
        parts = [f"ต.{self.subdistrict_th}" if self.subdistrict_th else "",
                 f"อ.{self.district_th}" if self.district_th else "", f"จ.{self.province.name_th}"]
        return " ".join(p for p in parts if p)

    def fallback_description(self) -> str:
        return self.display_intro

    def share_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        from cms.core import structured_data
        from cms.core.maps import map_card

        from .selectors import village_producers, village_products

        ctx = super().get_context(request, *args, **kwargs)
        ctx["producers"] = village_producers(self)
        ctx["products"] = village_products(self)
        ctx["map"] = map_card(self.latitude, self.longitude)
        ctx["index_page"] = VillageIndexPage.objects.live().first()
        url = self.get_url(request) or request.path
        ctx["structured_data"] = structured_data.tourist_attraction(request, self, url, ctx["share_image_url"])
        return ctx


class VillageEvent(Orderable):
    """A season or festival worth planning a visit around."""

    page = ParentalKey(TourismVillagePage, on_delete=models.CASCADE, related_name="events")
    name = models.CharField(_("name (Thai)"), max_length=160)
    name_en = models.CharField(_("name (English)"), max_length=160, blank=True)
    when = models.CharField(_("when (Thai)"), max_length=120, help_text=_("e.g. third weekend of January"))
    when_en = models.CharField(_("when (English)"), max_length=120, blank=True)
    description = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("when"), FieldPanel("when_en")]),
        FieldPanel("description"),
        FieldPanel("description_en"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("season or festival")
        verbose_name_plural = _("seasons and festivals")

    @property
    def display_name(self) -> str:
        return pick(self.name, self.name_en)

    @property
    def display_when(self) -> str:
        return pick(self.when, self.when_en)

    @property
    def display_description(self) -> str:
        return pick(self.description, self.description_en)


class VillageProducer(ProducerLink):
    page = ParentalKey(TourismVillagePage, on_delete=models.CASCADE, related_name="village_producers")

    class Meta(ProducerLink.Meta):
        verbose_name = _("producer in the village")


class VillageProduct(ProductLink):
    page = ParentalKey(TourismVillagePage, on_delete=models.CASCADE, related_name="village_products")

    class Meta(ProductLink.Meta):
        verbose_name = _("product from the village")
