"""Index pages of one page family (storefronts, stories, villages): intro, pages of cards, a province filter."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from marketplace.geography.models import Province
from marketplace.geography.selectors import provinces_in_name_order

from marketplace.i18n import in_english, pick

from .models import BilingualPage, bilingual_edit_handler


def province_filter(request, pages, province_path: str):
    """The provinces present among ``pages`` (for the filter) and the one asked for in ``?province=``.

    An unknown or absent code means "all provinces".
    """
    codes = set(pages.values_list(province_path, flat=True))
    provinces = provinces_in_name_order(Province.objects.filter(code__in=codes))
    wanted = request.GET.get("province", "")
    province = next((p for p in provinces if p.code == wanted), None)
    return provinces, province


def by_display_title(pages):
    """Alphabetical in the language shown: the English title on English pages (Thai when it has none)."""
    if in_english():
        return pages.annotate(sort_title=Coalesce(NullIf("title_en", Value("")), "title")).order_by("sort_title", "pk")
    return pages.order_by("title", "pk")


class ListingIndexPage(BilingualPage):
    """The one index of a page family, under the home page.

    A subclass names its cards' context variable (``listing_name``), where a
    card's province is (``province_path``), and which pages it lists
    (:meth:`listed_pages`); the template (which extends
    ``cms/index_page.html``) gets ``provinces`` and ``province`` for the filter
    and one page of ``per_page`` cards as ``listing`` and under
    ``listing_name``.
    """

    intro = models.TextField(_("introduction (Thai)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)

    per_page = 9
    max_count = 1
    parent_page_types = ["home.HomePage"]
    listing_name = "pages"
    province_path = "province"
    nav_key = ""  # the key of this index's link in content_index_urls() ("producers", "stories", ...)

    content_panels = BilingualPage.content_panels + [FieldPanel("intro")]
    english_panels = [FieldPanel("title_en"), FieldPanel("intro_en")]
    edit_handler = bilingual_edit_handler(content_panels, english_panels)

    class Meta:
        abstract = True

    @property
    def display_intro(self) -> str:
        return pick(self.intro, self.intro_en)

    def fallback_description(self) -> str:
        return self.display_intro

    def listed_pages(self):
        """The live, public pages this index lists (a queryset)."""
        raise NotImplementedError(f"{type(self).__name__} must say which pages it lists")

    def listing_order(self, pages):
        return by_display_title(pages)

    def get_context(self, request, *args, **kwargs):
        ctx = super().get_context(request, *args, **kwargs)
        pages = self.listed_pages()
        provinces, province = province_filter(request, pages.exclude(**{self.province_path: None}),
                                              self.province_path)
        if province is not None:
            pages = pages.filter(**{self.province_path: province})
        ctx["provinces"], ctx["province"] = provinces, province
        listing = Paginator(self.listing_order(pages), self.per_page).get_page(request.GET.get("page"))
        ctx["listing"] = ctx[self.listing_name] = listing
        return ctx
