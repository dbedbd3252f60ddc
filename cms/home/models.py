from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from marketplace.storefront.selectors import products_five_star, products_newest, provinces_with_products


class HomePage(Page):
    """The shop window: curated 5-star picks, new arrivals, categories, provinces."""

    hero_title = models.CharField(_("hero title (Thai)"), max_length=120, blank=True)
    hero_title_en = models.CharField(_("hero title (English)"), max_length=120, blank=True)
    hero_text = models.TextField(_("hero text (Thai)"), blank=True)
    hero_text_en = models.TextField(_("hero text (English)"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_title_en"),
        FieldPanel("hero_text"),
        FieldPanel("hero_text_en"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        ctx = super().get_context(request, *args, **kwargs)
        ctx["five_star_products"] = products_five_star(limit=8)
        ctx["new_products"] = products_newest(limit=8)
        ctx["provinces"] = provinces_with_products()[:12]
        return ctx
