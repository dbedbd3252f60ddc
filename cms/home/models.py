from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page

from cms.core.models import BilingualPage, bilingual_edit_handler
from django.utils.functional import SimpleLazyObject

from marketplace.storefront.selectors import products_for_home, provinces_with_products

FEATURED_SHOWN = 3


class HomePage(BilingualPage):
    """The shop window: curated 5-star picks, new arrivals, stories and villages, categories, provinces."""

    hero_title = models.CharField(_("hero title (Thai)"), max_length=120, blank=True)
    hero_title_en = models.CharField(_("hero title (English)"), max_length=120, blank=True)
    hero_text = models.TextField(_("hero text (Thai)"), blank=True)
    hero_text_en = models.TextField(_("hero text (English)"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        InlinePanel("featured_stories", heading=_("Featured stories"), label=_("Story"),
                    help_text=_("Empty: the latest stories are shown.")),
        InlinePanel("featured_villages", heading=_("Featured villages"), label=_("Village"),
                    help_text=_("Empty: the first villages are shown.")),
    ]
    english_panels = [FieldPanel("title_en"), FieldPanel("hero_title_en"), FieldPanel("hero_text_en")]
    edit_handler = bilingual_edit_handler(content_panels, english_panels)

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["producers_pages.ProducerIndexPage", "stories.StoryIndexPage", "villages.VillageIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def fallback_description(self) -> str:
        from marketplace.i18n import pick

        return pick(self.hero_text, self.hero_text_en)

    def featured_stories_live(self) -> list:
        from cms.stories.models import StoryPage

        links = self.featured_stories.select_related("story__hero_image", "story__province")
        chosen = [link.story for link in links if link.story.live]
        if chosen:
            return chosen[:FEATURED_SHOWN]
        return list(StoryPage.objects.live().public().select_related("hero_image", "province")
                    .order_by("-date", "-pk")[:FEATURED_SHOWN])

    def featured_villages_live(self) -> list:
        from cms.villages.models import TourismVillagePage

        links = self.featured_villages.select_related("village__hero_image", "village__province")
        chosen = [link.village for link in links if link.village.live]
        if chosen:
            return chosen[:FEATURED_SHOWN]
        return list(TourismVillagePage.objects.live().public().select_related("hero_image", "province")
                    .order_by("title")[:FEATURED_SHOWN])

    def get_context(self, request, *args, **kwargs):
        from cms.core.navigation import content_index_urls, regions_with_products

        ctx = super().get_context(request, *args, **kwargs)
        # Lazy: the template's cached fragments (home_page.html) ask for these only when their
        # copy for this language and catalogue generation is missing.
        products = SimpleLazyObject(lambda: products_for_home(limit=8))
        provinces = SimpleLazyObject(provinces_with_products)
        ctx["five_star_products"] = SimpleLazyObject(lambda: products.five_star)
        ctx["new_products"] = SimpleLazyObject(lambda: products.newest)
        ctx["provinces"] = SimpleLazyObject(lambda: provinces[:12])
        ctx["regions"] = SimpleLazyObject(lambda: regions_with_products(provinces))
        ctx["featured_stories"] = SimpleLazyObject(self.featured_stories_live)
        ctx["featured_villages"] = SimpleLazyObject(self.featured_villages_live)
        ctx["content_urls"] = content_index_urls()
        return ctx


class HomePageFeaturedStory(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey("stories.StoryPage", on_delete=models.CASCADE, related_name="+",
                              verbose_name=_("story"))

    panels = [FieldPanel("story")]


class HomePageFeaturedVillage(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_villages")
    village = models.ForeignKey("villages.TourismVillagePage", on_delete=models.CASCADE, related_name="+",
                                verbose_name=_("village"))

    panels = [FieldPanel("village")]
