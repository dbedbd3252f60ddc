"""``/sitemap.xml``: pages (Thai and English, with hreflang alternates) and the products on sale.

Every location is built from the requested host, like the pages' canonical links.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sites.requests import RequestSite
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from marketplace.certification.selectors import products_eligible
from marketplace.producers.models import Producer

_LANGUAGES = [code for code, _name in settings.LANGUAGES]


class PagesSitemap(WagtailSitemap):
    """Every live, public page: home, indexes, storefronts, stories, villages (each page decides its rows)."""


class _RequestHostSitemap(DjangoSitemap):
    i18n = True
    alternates = True
    languages = _LANGUAGES

    def __init__(self, request):
        self.request = request

    def get_urls(self, page=1, site=None, protocol=None):
        return super().get_urls(page=page, site=RequestSite(self.request), protocol=self.request.scheme)


class ProductsSitemap(_RequestHostSitemap):
    """The products that may be sold now: asked of the eligibility rule."""

    def items(self):
        return products_eligible().order_by("pk").only("pk", "slug", "date_updated")

    def lastmod(self, product):
        return product.date_updated


class RegisterStorefrontsSitemap(_RequestHostSitemap):
    """Producers with products on sale but no storefront page yet (the index serves their register record)."""

    def items(self):
        selling = products_eligible().values("producer_id")
        return (
            Producer.objects.filter(is_active=True, pk__in=selling)
            .exclude(storefront_page__live=True).order_by("pk")
        )


def sitemap(request):
    sitemaps = {
        "pages": PagesSitemap(request),
        "products": ProductsSitemap(request),
        "storefronts": RegisterStorefrontsSitemap(request),
    }
    return sitemap_views.sitemap(request, sitemaps)
