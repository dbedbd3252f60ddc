"""CDD editors' stories about producers and local wisdom: ``/stories/`` and ``/stories/<slug>/``.

A story names the producers and products it is about through choosers (ordered
inline links); they render as cards, and each product page lists the stories
that feature it.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from cms.core.listing import ListingIndexPage
from cms.core.models import BilingualPage, ProducerLink, ProductLink, bilingual_edit_handler
from marketplace.i18n import pick

BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "blockquote", "image", "hr"]


class StoryIndexPage(ListingIndexPage):
    """All stories, newest first."""

    nav_key = "stories"
    subpage_types = ["stories.StoryPage"]
    template = "cms/stories/story_index_page.html"
    listing_name = "stories"

    class Meta:
        verbose_name = _("story index")

    def listed_pages(self):
        return StoryPage.objects.child_of(self).live().public().select_related("hero_image", "province")

    def listing_order(self, pages):
        return pages.order_by("-date", "-pk")


class StoryPage(BilingualPage):
    date = models.DateField(_("date"), default=timezone.localdate)
    author = models.CharField(_("author"), max_length=120, blank=True,
                              help_text=_("Leave empty for the Community Development Department."))
    hero_image = models.ForeignKey("media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("main picture"))
    intro = models.TextField(_("lead (Thai)"), help_text=_("One or two sentences; also the summary on cards."))
    intro_en = models.TextField(_("lead (English)"), blank=True)
    body = RichTextField(_("article (Thai)"), features=BODY_FEATURES)
    body_en = RichTextField(_("article (English)"), features=BODY_FEATURES, blank=True)
    province = models.ForeignKey("geography.Province", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+", verbose_name=_("province"),
                                 help_text=_("Where the story takes place (for the province filter)."))

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types: list[str] = []
    template = "cms/stories/story_page.html"

    search_fields = BilingualPage.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("intro"),
        index.SearchField("intro_en"),
        index.SearchField("body"),
        index.SearchField("body_en"),
        index.FilterField("date"),
    ]

    content_panels = BilingualPage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("author"), FieldPanel("province")], heading=_("About")),
        FieldPanel("hero_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("related_producers", heading=_("Producers in this story"), label=_("Producer")),
        InlinePanel("related_products", heading=_("Products in this story"), label=_("Product")),
    ]
    english_panels = [FieldPanel("title_en"), FieldPanel("intro_en"), FieldPanel("body_en")]
    edit_handler = bilingual_edit_handler(content_panels, english_panels)

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def display_intro(self) -> str:
        return pick(self.intro, self.intro_en)

    @property
    def display_body(self) -> str:
        return pick(self.body, self.body_en)

    def fallback_description(self) -> str:
        return self.display_intro

    og_type = "article"

    def share_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        from cms.core import structured_data

        from .selectors import story_producers, story_products

        ctx = super().get_context(request, *args, **kwargs)
        ctx["producers"] = story_producers(self)
        ctx["products"] = story_products(self)
        url = self.get_url(request) or request.path
        ctx["structured_data"] = structured_data.article(request, self, url, ctx["share_image_url"])
        ctx["index_page"] = StoryIndexPage.objects.live().first()
        ctx["more_stories"] = (
            StoryPage.objects.live().public().exclude(pk=self.pk)
            .select_related("hero_image", "province").order_by("-date", "-pk")[:3]
        )
        return ctx


class StoryPageProducer(ProducerLink):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_producers")

    class Meta(ProducerLink.Meta):
        verbose_name = _("producer in the story")


class StoryPageProduct(ProductLink):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_products")

    class Meta(ProductLink.Meta):
        verbose_name = _("product in the story")
