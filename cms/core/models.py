"""The page base every content page shares: Thai and English in one page.

Thai is the first language and lives in Wagtail's own fields (``title``,
``seo_title``, ``search_description``) and in each page's plain field names;
English lives in a paired ``*_en`` field and falls back to Thai when empty, like
the catalogue's ``title``/``title_en``. One page tree, one URL per page in both
languages (``/...`` and ``/en/...``), so the language switcher keeps visitors
on the same page.
"""

from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Orderable, Page

from .sharing import absolute, share_image_url


def in_english() -> bool:
    return (translation.get_language() or "th").startswith("en")


def pick(th, en):
    """The English value on English pages when there is one, else the Thai."""
    return en if in_english() and en else th


def bilingual_edit_handler(content_panels, english_panels, promote_panels=None, settings_panels=None):
    """Tabs for editors: Thai content first, then English, then Wagtail's promote and settings tabs."""
    tabs = [
        ObjectList(content_panels, heading=_("Thai")),
        ObjectList(english_panels, heading=_("English")),
        ObjectList(promote_panels if promote_panels is not None else BilingualPage.promote_panels,
                   heading=_("Promote")),
        ObjectList(settings_panels if settings_panels is not None else Page.settings_panels,
                   heading=_("Settings")),
    ]
    return TabbedInterface(tabs)


class BilingualPage(Page):
    """A Wagtail page with English twins of its title and search-engine texts."""

    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    seo_title_en = models.CharField(
        _("title tag (English)"), max_length=255, blank=True,
        help_text=_("Shown in search results and the browser tab on English pages; the English title if empty."),
    )
    search_description_en = models.TextField(_("meta description (English)"), blank=True)

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("seo_title_en"),
                FieldPanel("search_description"),
                FieldPanel("search_description_en"),
            ],
            heading=_("For search engines"),
        ),
    ]

    class Meta:
        abstract = True

    # --- What templates show, in the active language -----------------------------
    @property
    def display_title(self) -> str:
        return pick(self.title, self.title_en)

    @property
    def display_seo_title(self) -> str:
        return pick(self.seo_title, self.seo_title_en) or self.display_title

    @property
    def display_search_description(self) -> str:
        return pick(self.search_description, self.search_description_en) or self.fallback_description()

    def fallback_description(self) -> str:
        """The meta description when editors wrote none: each page type offers its lead text."""
        return ""

    def share_image(self):
        """The picture for Open Graph and structured data, or None."""

    og_type = "website"

    def get_context(self, request, *args, **kwargs):
        """Adds what the shared head needs: ``seo_title``, ``seo_description``, ``share_image_url``, ``og_type``."""
        ctx = super().get_context(request, *args, **kwargs)
        image = self.share_image()
        ctx.setdefault("seo_title", self.display_seo_title)
        ctx.setdefault("seo_description", strip_tags(self.display_search_description))
        ctx.setdefault("share_image_url", share_image_url(image, request) if image else "")
        ctx.setdefault("og_type", self.og_type)
        return ctx

    def get_sitemap_urls(self, request=None):
        """The page in Thai and in English, each naming the other as its alternate."""
        return sitemap_entries(self, request)


def sitemap_entries(page, request=None) -> list[dict]:
    """Sitemap rows for ``page`` in every site language, with hreflang alternates."""
    from django.conf import settings

    locations = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_url(request)
        if url:
            locations.append((code, absolute(request, url)))
    alternates = [{"lang_code": code, "location": location} for code, location in locations]
    lastmod = page.last_published_at or page.latest_revision_created_at
    return [{"location": location, "lastmod": lastmod, "alternates": alternates} for _code, location in locations]


class ProducerLink(Orderable):
    """A producer chosen on a page, one ordered inline row; the subclass adds the page's ParentalKey."""

    producer = models.ForeignKey("producers.Producer", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("producer"))

    panels = [FieldPanel("producer")]

    class Meta(Orderable.Meta):
        abstract = True


class ProductLink(Orderable):
    """A product chosen on a page, one ordered inline row; the subclass adds the page's ParentalKey."""

    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE, related_name="+",
                                verbose_name=_("product"))

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        abstract = True
