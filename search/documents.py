"""What the search index knows about a product."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet, Subquery
from django.utils.html import strip_tags
from shop.catalogue.models import Product

from marketplace.certification.selectors import certifications_current_of_outer_product

from . import analysis


@dataclass(frozen=True)
class ProductDocument:
    product_id: int
    upc: str
    title_th: str
    title_en: str
    text: str  # segmented Thai and English words: titles, descriptions, producer, place
    title_text: str  # segmented titles only, weighted higher
    category: str
    province_code: str
    region: str
    producer_type: str
    stars: int
    price: Decimal
    created: str  # ISO timestamp, for "newest"


def products_for_documents(queryset: QuerySet[Product]) -> QuerySet[Product]:
    """Everything ``product_document`` reads, fetched in a few queries per batch rather than per product."""
    best = certifications_current_of_outer_product()
    return (
        queryset.select_related("producer__province")
        .prefetch_related("stockrecords", "categories")
        .annotate(document_stars=Subquery(best.values("stars")[:1]))
    )


def product_document(product: Product) -> ProductDocument:
    """The document for an eligible product, from a ``products_for_documents`` row.

    The stars are those of its current certification: the most stars among the valid ones.
    """
    producer = product.producer
    # Lowest pk first, as .first() would pick, but from the prefetched rows.
    category = min(product.categories.all(), key=lambda c: c.pk, default=None)
    province = producer.province
    stockrecord = min(product.stockrecords.all(), key=lambda s: s.pk, default=None)
    place = " ".join(
        filter(None, [producer.subdistrict_th, producer.subdistrict_en, producer.district_th,
                      producer.district_en, province.name_th, province.name_en])
    )
    titles = f"{product.title} {product.title_en}"
    body = " ".join([titles, product.description, product.description_en, producer.name_th, producer.name_en, place])
    return ProductDocument(
        product_id=product.pk,
        upc=product.upc or "",
        title_th=product.title,
        title_en=product.title_en,
        text=analysis.segmented(strip_tags(body)),
        title_text=analysis.segmented(titles),
        category=category.slug if category else "",
        province_code=province.code,
        region=province.region,
        producer_type=producer.producer_type,
        stars=product.document_stars or 0,
        price=stockrecord.price if stockrecord and stockrecord.price is not None else Decimal("0"),
        created=product.date_created.isoformat(),
    )

