"""schema.org JSON-LD for pages and products, as plain dicts.

Rendered by ``{% json_ld data %}`` into ``<script type="application/ld+json">``:
data, never executed, so a strict Content-Security-Policy is unaffected.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from marketplace.i18n import in_english, pick

from .sharing import absolute

CDD_NAME = ("กรมการพัฒนาชุมชน", "Community Development Department")
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_ld_script(data: dict | list | None) -> SafeString:
    if not data:
        return mark_safe("")
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # escaped above


def _drop_empty(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def postal_address(subdistrict: str = "", district: str = "", province: str = "", street: str = "") -> dict:
    return _drop_empty({
        "@type": "PostalAddress",
        "streetAddress": street,
        "addressLocality": ", ".join(part for part in (subdistrict, district) if part),
        "addressRegion": province,
        "addressCountry": "TH",
    })


def producer_address(producer, street: str = "") -> dict:
    return postal_address(
        pick(producer.subdistrict_th, producer.subdistrict_en),
        pick(producer.district_th, producer.district_en),
        producer.province.name,
        street,
    )


def organization(request, producer, url: str, description: str = "", image_url: str = "") -> dict:
    """A producer as a schema.org Organization (their storefront)."""
    return _drop_empty({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": producer.name,
        "alternateName": producer.name_en if producer.name != producer.name_en else producer.name_th,
        "url": absolute(request, url),
        "description": description,
        "image": image_url,
        "telephone": producer.phone,
        "email": producer.email,
        "address": producer_address(producer),
    })


def product(request, product, *, price=None, currency: str = "THB", in_stock: bool = False,
            certification=None, image_url: str = "", rating: tuple | None = None) -> dict:
    """A product with its offer, the OTOP star rating given by the CDD's national selection and,
    with ``rating`` = (average, count) of approved buyers' reviews, their aggregate rating."""
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.display_title,
        "description": product.display_description,
        "sku": product.upc,
        "url": absolute(request, product.get_absolute_url()),
        "image": image_url,
    }
    producer = product.producer
    if producer is not None:
        data["brand"] = {"@type": "Brand", "name": producer.name}
        data["manufacturer"] = {
            "@type": "Organization", "name": producer.name, "url": absolute(request, producer.get_absolute_url()),
        }
    if price is not None:
        data["offers"] = _drop_empty({
            "@type": "Offer",
            "price": f"{price:.2f}",
            "priceCurrency": currency,
            "availability": "https://schema.org/InStock" if in_stock else "https://schema.org/OutOfStock",
            "url": data["url"],
            "seller": {"@type": "Organization", "name": producer.name} if producer is not None else None,
        })
    if certification is not None:
        # The star rating is the CDD's own rating in the OTOP Product Champion selection, so it
        # is a Review by that organisation (not an aggregate of shoppers' reviews).
        data["review"] = {
            "@type": "Review",
            "name": f"OTOP Product Champion {certification.selection_year}",
            "author": {"@type": "Organization", "name": pick(*CDD_NAME)},
            "reviewRating": {
                "@type": "Rating", "ratingValue": certification.stars, "bestRating": 5, "worstRating": 1,
            },
        }
        data["award"] = f"OTOP Product Champion {certification.stars}★ ({certification.selection_year})"
    if rating is not None and rating[1]:
        average, count = rating
        data["aggregateRating"] = {
            "@type": "AggregateRating", "ratingValue": f"{average:.1f}", "reviewCount": count,
            "bestRating": 5, "worstRating": 1,
        }
    return _drop_empty(data)


def tourist_attraction(request, page, url: str, image_url: str = "") -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "TouristAttraction",
        "name": page.display_title,
        "description": page.display_intro,
        "url": absolute(request, url),
        "image": image_url,
        "address": postal_address(
            pick(page.subdistrict_th, page.subdistrict_en),
            pick(page.district_th, page.district_en),
            page.province.name if page.province_id else "",
            pick(page.address_th, page.address_en),
        ),
        "telephone": page.contact_phone,
        "isAccessibleForFree": True,
        "touristType": ["Cultural tourism", "Craft tourism"],
    }
    if page.latitude is not None and page.longitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": float(page.latitude), "longitude": float(page.longitude)}
    return _drop_empty(data)


def article(request, page, url: str, image_url: str = "") -> dict:
    return _drop_empty({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.display_title[:110],
        "description": page.display_intro,
        "url": absolute(request, url),
        "image": image_url,
        "datePublished": page.date.isoformat() if page.date else None,
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        "author": {"@type": "Organization", "name": page.author or pick(*CDD_NAME)},
        "publisher": {"@type": "Organization", "name": pick(*CDD_NAME)},
        "inLanguage": "en" if in_english() else "th",
    })
