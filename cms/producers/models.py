"""Producers' storefronts: ``/producers/`` (the index) and ``/producers/<slug>/`` (one per producer).

The register record stays ``marketplace.producers.Producer`` (name, type,
province, district, subdistrict, story text, phone, Oscar partner). The
storefront page holds what a producer tells and shows: their story, people and
craft, photos, a video link, where to find them; the products grid and the
certifications come live from the catalogue, never copied.

A producer edits only their own page (group page permission without
"publish"), so every change goes through the CDD editors' moderation
workflow on this index before it is live (``cms/roles/services.py``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.url_routing import RouteResult

from cms.core.coordinates import latitude_in_thailand, longitude_in_thailand
from cms.core.listing import ListingIndexPage
from cms.core.models import BilingualPage, bilingual_edit_handler
from marketplace.i18n import pick
from marketplace.producers.models import STOREFRONT_PATH, Producer

STOREFRONT_INDEX_SLUG = STOREFRONT_PATH  # Producer.get_absolute_url builds on it
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "blockquote"]


class ProducerIndexPage(ListingIndexPage):
    """All storefronts, with a province filter and pages of twelve."""

    nav_key = "producers"
    per_page = 12
    subpage_types = ["producers_pages.ProducerPage"]
    template = "cms/producers/producer_index_page.html"
    listing_name = "storefronts"
    province_path = "producer__province"

    class Meta:
        verbose_name = _("producer index")

    def clean(self):
        super().clean()
        if self.slug != STOREFRONT_INDEX_SLUG:
            # Producer.get_absolute_url and every product page link to /producers/<slug>/.
            raise ValidationError({"slug": _("The storefronts live at /%(slug)s/; keep this slug.")
                                   % {"slug": STOREFRONT_INDEX_SLUG}})

    def listed_pages(self):
        return (
            ProducerPage.objects.child_of(self).live().public()
            .filter(producer__is_active=True)
            .select_related("producer__province", "banner")
        )

    def route(self, request, path_components):
        """``<slug>/`` of a producer without a live storefront page still answers, from the register."""
        if len(path_components) == 1:
            slug = path_components[0]
            if not self.get_children().live().filter(slug=slug).exists():
                producer = Producer.objects.filter(slug=slug, is_active=True).select_related("province").first()
                if producer is not None:
                    return RouteResult(self, kwargs={"producer": producer})
        return super().route(request, path_components)

    def serve(self, request, *args, producer=None, **kwargs):
        if producer is None:
            return super().serve(request, *args, **kwargs)
        from .selectors import storefront_context

        ctx = {"page": self, "self": self, "request": request, **storefront_context(request, producer, None, self)}
        return TemplateResponse(request, ProducerPage.template, ctx)


class ProducerPage(BilingualPage):
    """One producer's storefront: their story and people, their craft, photos, and their products live."""

    producer = models.OneToOneField(
        Producer, on_delete=models.PROTECT, related_name="storefront_page", verbose_name=_("producer"),
    )
    tagline = models.CharField(_("tagline (Thai)"), max_length=160, blank=True,
                               help_text=_("One line under the name, e.g. what you make and since when."))
    tagline_en = models.CharField(_("tagline (English)"), max_length=160, blank=True)
    banner = models.ForeignKey(
        "media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("banner picture"), help_text=_("A wide picture (16:9), at least 1200 pixels across."),
    )
    story = RichTextField(_("our story (Thai)"), features=RICH_TEXT_FEATURES, blank=True,
                          help_text=_("Who you are, how the group began, what the place means to you."))
    story_en = RichTextField(_("our story (English)"), features=RICH_TEXT_FEATURES, blank=True)
    craft = RichTextField(_("how it is made (Thai)"), features=RICH_TEXT_FEATURES, blank=True,
                          help_text=_("The materials, the steps, the local wisdom behind the products."))
    craft_en = RichTextField(_("how it is made (English)"), features=RICH_TEXT_FEATURES, blank=True)
    video_url = models.URLField(_("video link"), blank=True,
                                help_text=_("Optional: a link to a video about you, e.g. on YouTube."))
    address_th = models.CharField(_("address (Thai)"), max_length=200, blank=True,
                                  help_text=_("House number, village (moo) and road; the tambon, district and "
                                              "province come from the producer register."))
    address_en = models.CharField(_("address (English)"), max_length=200, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                   validators=[latitude_in_thailand])
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                    validators=[longitude_in_thailand])
    visiting_hours = models.CharField(_("visiting hours (Thai)"), max_length=160, blank=True)
    visiting_hours_en = models.CharField(_("visiting hours (English)"), max_length=160, blank=True)

    parent_page_types = ["producers_pages.ProducerIndexPage"]
    subpage_types: list[str] = []
    template = "cms/producers/producer_page.html"

    search_fields = BilingualPage.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("tagline"),
        index.SearchField("tagline_en"),
        index.SearchField("story"),
        index.SearchField("story_en"),
        index.FilterField("producer"),
    ]

    content_panels = [
        FieldPanel("producer", permission="producers_pages.manage_storefronts"),
        FieldPanel("title", help_text=_("Usually the producer's registered name.")),
        FieldPanel("tagline"),
        FieldPanel("banner"),
        FieldPanel("story"),
        FieldPanel("craft"),
        InlinePanel("people", heading=_("People"), label=_("Person")),
        InlinePanel("gallery", heading=_("Photos"), label=_("Photo")),
        FieldPanel("video_url"),
        MultiFieldPanel(
            [
                FieldPanel("address_th"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("visiting_hours"),
            ],
            heading=_("Where to find us"),
        ),
    ]
    english_panels = [
        FieldPanel("title_en"),
        FieldPanel("tagline_en"),
        FieldPanel("story_en"),
        FieldPanel("craft_en"),
        FieldPanel("address_en"),
        FieldPanel("visiting_hours_en"),
    ]
    # The slug is always the producer's register slug: no slug field for anyone.
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("seo_title"),
                FieldPanel("seo_title_en"),
                FieldPanel("search_description"),
                FieldPanel("search_description_en"),
            ],
            heading=_("For search engines"),
        ),
    ]
    edit_handler = bilingual_edit_handler(content_panels, english_panels, promote_panels)

    class Meta:
        verbose_name = _("producer storefront")
        verbose_name_plural = _("producer storefronts")
        permissions = [
            ("manage_storefronts", "Can create, assign and hand over any producer's storefront"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.producer_id:
            self.slug = self.producer.slug
        super().clean()

    def full_clean(self, *args, **kwargs):
        if self.producer_id:
            self.slug = self.producer.slug
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if self.producer_id and self.slug != self.producer.slug:
            self.slug = self.producer.slug
        return super().save(*args, **kwargs)

    # --- Shown in the active language ---------------------------------------------
    @property
    def display_tagline(self) -> str:
        return pick(self.tagline, self.tagline_en)

    @property
    def display_intro(self) -> str:
        return self.display_tagline or self.producer.story

    def fallback_description(self) -> str:
        return self.display_tagline or self.producer.story

    def share_image(self):
        return self.banner

    def get_context(self, request, *args, **kwargs):
        from .selectors import storefront_context

        ctx = super().get_context(request, *args, **kwargs)
        ctx.update(storefront_context(request, self.producer, self, None))
        return ctx

    def serve(self, request, *args, **kwargs):
        if not self.producer.is_active:
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.producer.is_active else []


class ProducerPagePerson(Orderable):
    page = ParentalKey(ProducerPage, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(_("name (Thai)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    role = models.CharField(_("role (Thai)"), max_length=120, blank=True,
                            help_text=_("e.g. group chair, master weaver, dyer"))
    role_en = models.CharField(_("role (English)"), max_length=120, blank=True)
    photo = models.ForeignKey("media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+", verbose_name=_("photo"))
    bio = models.TextField(_("about (Thai)"), blank=True)
    bio_en = models.TextField(_("about (English)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("role_en")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("bio_en"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")

    @property
    def display_name(self) -> str:
        return pick(self.name, self.name_en)

    @property
    def display_role(self) -> str:
        return pick(self.role, self.role_en)

    @property
    def display_bio(self) -> str:
        return pick(self.bio, self.bio_en)


class ProducerPageImage(Orderable):
    page = ParentalKey(ProducerPage, on_delete=models.CASCADE, related_name="gallery")
    image = models.ForeignKey("media.CustomImage", on_delete=models.CASCADE, related_name="+",
                              verbose_name=_("picture"))
    caption = models.CharField(_("caption (Thai)"), max_length=200, blank=True)
    caption_en = models.CharField(_("caption (English)"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldRowPanel([FieldPanel("caption"), FieldPanel("caption_en")])]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @property
    def display_caption(self) -> str:
        return pick(self.caption, self.caption_en)


class StorefrontOnboarding(models.Model):
    """A storefront a CDD officer set up on a producer's behalf, until it is handed over.

    Kept outside the page so publishing a revision never rewinds it.
    """

    producer = models.OneToOneField(Producer, on_delete=models.CASCADE, related_name="onboarding",
                                    verbose_name=_("producer"))
    user = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="storefront_onboardings",
                             verbose_name=_("producer's account"))
    created_by = models.ForeignKey("accounts.User", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("CDD officer"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    handed_over_at = models.DateTimeField(_("handed over"), null=True, blank=True)
    handed_over_by = models.ForeignKey("accounts.User", null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+", verbose_name=_("handed over by"))

    class Meta:
        ordering = ("-created_at",)
        verbose_name = _("storefront onboarding")
        verbose_name_plural = _("storefront onboardings")

    def __str__(self) -> str:
        return str(self.producer)
