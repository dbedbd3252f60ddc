"""The JSON search API: ``GET /api/search/`` and ``GET /api/search/suggest/``.

Every parameter is validated by ``ProductSearchForm``, the same form the
search pages use; a bad one is answered with HTTP 400 and a message, never
a 500. Results come in rank order and only eligible products are ever
listed (the backend indexes only those, and ``product_search``, the selector
the listing pages use too, applies the eligibility rule again for certificates
that lapsed since indexing). ``"partial": true`` says that no product has every
word of ``q`` and the results are the best partial matches.
"""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, JsonResponse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_GET
from oscar.core.thumbnails import get_thumbnailer

from marketplace.geography.data import PROVINCES

from .facets import facet_labels
from .forms import MAX_PAGE_SIZE, ProductSearchForm
from .selectors import product_search, search_suggestions

THUMBNAIL_SIZE = "400x400"
MAX_SUGGESTIONS = 20
_PROVINCES = {p.code: p for p in PROVINCES}


def _bad_request(message: str, fields: dict | None = None) -> JsonResponse:
    return JsonResponse({"error": message, "fields": fields or {}}, status=400,
                        json_dumps_params={"ensure_ascii": False})


def _form_error(form: forms.Form) -> JsonResponse:
    fields = {name: [str(m) for m in messages] for name, messages in form.errors.items() if name != "__all__"}
    general = [str(m) for m in form.errors.get("__all__", [])]
    if general:
        message = general[0]
    else:
        name, messages = next(iter(fields.items()))
        message = f"{name}: {messages[0]}"
    if general:
        fields["__all__"] = general
    return _bad_request(message, fields)


def _price(product, strategy) -> tuple[str | None, str]:
    info = strategy.fetch_for_product(product)
    price = info.price
    if not price.exists:
        return None, settings.OSCAR_DEFAULT_CURRENCY
    amount = price.incl_tax if price.is_tax_known else price.excl_tax
    return str(Decimal(amount).quantize(Decimal("0.01"))), price.currency or settings.OSCAR_DEFAULT_CURRENCY


def _image(request: HttpRequest, product) -> str | None:
    image = product.primary_image()
    if isinstance(image, dict):  # Oscar's stand-in for a product without images
        return None
    original = getattr(image, "original", None)
    if not original:
        return None
    try:
        thumbnail = get_thumbnailer().generate_thumbnail(original, size=THUMBNAIL_SIZE, crop="center")
        url = thumbnail.url if thumbnail else original.url
    except Exception:  # a missing or unreadable file must not break the listing
        try:
            url = original.url
        except Exception:
            return None
    return request.build_absolute_uri(url)


def _province(code: str) -> dict | None:
    province = _PROVINCES.get(code)
    if province is None:
        return None
    return {"code": province.code, "name_th": province.name_th, "name_en": province.name_en}


def _product(request: HttpRequest, product, strategy) -> dict:
    producer = product.producer
    price, currency = _price(product, strategy)
    categories = list(product.categories.all())
    with translation.override(settings.LANGUAGE_CODE):  # the Thai URL, the site's first language
        url = request.build_absolute_uri(product.get_absolute_url())
    return {
        "upc": product.upc,
        "title": product.title,
        "title_en": product.title_en,
        "url": url,
        "price": price,
        "currency": currency,
        "stars": getattr(product, "certified_stars", None),
        "province": _province(producer.province.code) if producer else None,
        "category": categories[0].slug if categories else None,
        "producer": producer.name_th if producer else None,
        "producer_en": producer.name_en if producer else None,
        "image": _image(request, product),
    }


def _strategy(request: HttpRequest):
    strategy = getattr(request, "strategy", None)
    if strategy is None:
        from oscar.core.loading import get_class

        strategy = get_class("partner.strategy", "Selector")().strategy(request=request, user=request.user)
    return strategy


@require_GET
def search(request: HttpRequest) -> JsonResponse:
    """Products matching ``q`` and the filters, in rank order, with facet counts."""
    lang = request.GET.get("lang") or settings.LANGUAGE_CODE
    if lang not in dict(settings.LANGUAGES):
        choices = ", ".join(dict(settings.LANGUAGES))
        return _bad_request(f"lang: must be one of {choices}.", {"lang": [f"Must be one of {choices}."]})
    with translation.override(lang):  # messages and labels in the language asked for
        form = ProductSearchForm(request.GET, default_page_size=24)
        if not form.is_valid():
            return _form_error(form)
    search_request = form.to_request()
    results = product_search(search_request)  # the selector the listing pages use
    if results.unavailable:
        with translation.override(lang):
            message = gettext("Product search is unavailable right now. Please try again in a few minutes.")
        return JsonResponse({"error": message, "unavailable": True}, status=503,
                            json_dumps_params={"ensure_ascii": False}, headers={"Retry-After": "60"})
    products = results.products
    prefetch_related_objects(products, "categories")
    strategy = _strategy(request)
    with translation.override(lang):
        labels = facet_labels()
    facets = {
        name: [{"value": f.value, "count": f.count, "label": labels.get(name, {}).get(f.value, f.value)}
               for f in values]
        for name, values in results.facets.items()
    }
    return JsonResponse(
        {
            "count": results.count,
            "page": search_request.page,
            "page_size": search_request.page_size,
            # No product has every word: these results have some of them, the best first.
            "partial": results.partial,
            "results": [_product(request, p, strategy) for p in products],
            "facets": facets,
        },
        json_dumps_params={"ensure_ascii": False},
    )


class SuggestForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
    limit = forms.IntegerField(required=False, min_value=1, max_value=MAX_SUGGESTIONS)


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    """Completions for what is typed in the search box: titles of the best-matching products."""
    form = SuggestForm(request.GET)
    if not form.is_valid():
        return _form_error(form)
    q = form.cleaned_data["q"] or ""
    limit = form.cleaned_data["limit"] or 8
    suggestions = search_suggestions(q, limit) if q.strip() else []
    response = JsonResponse({"q": q, "suggestions": suggestions}, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "public, max-age=60"
    return response


__all__ = ["MAX_PAGE_SIZE", "search", "suggest"]
