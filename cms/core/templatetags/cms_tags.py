"""Template tags for the content pages: SEO head, JSON-LD, the offline map card, index links.

The product page's cross-links to stories and villages live with their page families
(``story_tags``, ``village_tags``), so this shared core never imports a family.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags

from cms.core import sharing, structured_data
from cms.core.maps import map_card as _map_card
from cms.core.sharing import absolute
from marketplace.certification.models import Certification
from marketplace.i18n import pick
from shop.catalogue.reviews.selectors import ReviewSummary, product_review_summary

register = template.Library()

_OG_LOCALES = {"th": "th_TH", "en": "en_US"}


@register.simple_tag
def json_ld(data):
    return structured_data.json_ld_script(data)


@register.simple_tag
def map_card(latitude, longitude):
    return _map_card(latitude, longitude)


@register.simple_tag
def pick_lang(th, en):
    """Same as ``{% localized %}``, for values that are not strings (e.g. images)."""
    return pick(th, en)


@register.filter
def share_image_url(image, request=None):
    """Absolute URL of a 1200×630 JPEG rendition of a Wagtail image, for Open Graph."""
    return sharing.share_image_url(image, request)


def _canonical(request) -> str:
    url = request.path
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        url = f"{url}?page={page}"
    return request.build_absolute_uri(url)


@register.inclusion_tag("cms/partials/seo_head.html", takes_context=True)
def seo_head(context, title="", description="", image_url="", og_type="website"):
    """Canonical link, hreflang alternates and Open Graph tags for the current page."""
    request = context.get("request")
    if request is None:
        return {}
    current = translation.get_language() or settings.LANGUAGE_CODE
    alternates = []
    for code, _name in settings.LANGUAGES:
        alternates.append({"lang": code, "url": request.build_absolute_uri(translate_url(request.path, code))})
    default = next((a["url"] for a in alternates if a["lang"] == settings.LANGUAGE_CODE), "")
    return {
        "seo": {
            "canonical": _canonical(request),
            "alternates": alternates,
            "x_default": default,
            "title": title,
            "description": " ".join(strip_tags(str(description)).split())[:300],
            "image": absolute(request, image_url) if image_url else "",
            "og_type": og_type,
            "locale": _OG_LOCALES.get(current[:2], "th_TH"),
            "locale_alternates": [v for k, v in _OG_LOCALES.items() if k != current[:2]],
            "site_name": context.get("shop_name", ""),
        }
    }


@register.simple_tag(takes_context=True)
def product_json_ld(context, product, certification=None, session=None, review_summary=None):
    """schema.org Product with its Offer, OTOP star rating and buyers' aggregate rating, for the product page.

    A variable missing from the template's context arrives as "" (the template engine's
    ``string_if_invalid``): every optional argument is checked for what it must be.
    """
    if not isinstance(certification, Certification):
        certification = None
    if not isinstance(review_summary, ReviewSummary):
        review_summary = product_review_summary(product)
    if not hasattr(session, "price"):
        session = None
    request = context.get("request")
    price = in_stock = None
    if session is not None and getattr(session, "price", None) is not None and session.price.exists:
        price = session.price.incl_tax if session.price.is_tax_known else session.price.excl_tax
        in_stock = bool(session.availability.is_available_to_buy)
    image = product.primary_image()
    image_url = ""
    original = getattr(image, "original", None)
    if original:
        try:
            image_url = absolute(request, original.url)
        except ValueError:
            image_url = ""
    data = structured_data.product(
        request, product, price=price, currency=getattr(session.price, "currency", "THB") if session else "THB",
        in_stock=bool(in_stock), certification=certification, image_url=image_url,
        rating=(review_summary.average, review_summary.count),
    )
    return structured_data.json_ld_script(data)


@register.simple_tag(takes_context=True)
def product_image_url(context, product):
    """Absolute URL of the product's main picture (Open Graph), or ""."""
    image = product.primary_image()
    original = getattr(image, "original", None)
    if not original:
        return ""
    try:
        return absolute(context.get("request"), original.url)
    except ValueError:
        return ""


@register.simple_tag
def content_links() -> dict:
    """URLs of the producers, stories and villages indexes (for the footer and the home page)."""
    from cms.core.navigation import content_index_urls

    return content_index_urls()
