"""Creating and updating a producer's product listing in Oscar's catalogue."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from shop.catalogue.models import Category, Product, ProductCategory, ProductClass, ProductImage
from shop.partner.models import StockRecord

from marketplace.producers.models import Producer
from marketplace.storefront.categories import OTOP_CATEGORIES

from .slugs import product_slug

PRODUCT_CLASS_SLUG = "otop-product"


@dataclass(frozen=True)
class ProductData:
    upc: str
    title_th: str
    title_en: str
    description_th: str
    description_en: str
    category: str  # a key of OTOP_CATEGORIES
    price: Decimal
    stock: int
    weight_grams: int | None


def product_class_default() -> ProductClass:
    product_class, _ = ProductClass.objects.get_or_create(
        slug=PRODUCT_CLASS_SLUG,
        defaults={"name": "OTOP product", "requires_shipping": True, "track_stock": True},
    )
    return product_class


def categories_ensure() -> dict[str, Category]:
    """The five OTOP categories as Oscar root categories, keyed by slug."""
    existing = {c.slug: c for c in Category.objects.filter(depth=1, slug__in=OTOP_CATEGORIES)}
    thai_names = {
        "food": "อาหาร",
        "beverage": "เครื่องดื่ม",
        "textile": "ผ้าและเครื่องแต่งกาย",
        "household": "ของใช้ ของตกแต่ง ของที่ระลึก",
        "herbal": "สมุนไพรที่ไม่ใช่อาหาร",
    }
    for key in OTOP_CATEGORIES:
        if key not in existing:
            existing[key] = Category.add_root(name=thai_names[key], slug=key, is_public=True)
    return existing


@transaction.atomic
def product_upsert(producer: Producer, data: ProductData, categories: dict[str, Category] | None = None
                   ) -> tuple[Product, bool]:
    """The product with this UPC, created or brought in line with ``data``.

    Returns ``(product, changed)``; an unchanged row writes nothing, so
    re-loading the same list is idempotent.
    """
    categories = categories or categories_ensure()
    fields = {
        "title": data.title_th,
        "title_en": data.title_en,
        "description": data.description_th,
        "description_en": data.description_en,
        "producer": producer,
        "weight_grams": data.weight_grams,
        "slug": product_slug(data.title_th, data.title_en),
    }
    product = Product.objects.filter(upc=data.upc).first()
    changed = False
    if product is None:
        product = Product.objects.create(
            upc=data.upc, product_class=product_class_default(), structure=Product.STANDALONE, **fields
        )
        changed = True
    else:
        dirty = [name for name, value in fields.items() if getattr(product, name) != value]
        if dirty:
            for name in dirty:
                setattr(product, name, fields[name])
            product.save()
            changed = True

    category = categories[data.category]
    if list(product.categories.values_list("pk", flat=True)) != [category.pk]:
        ProductCategory.objects.filter(product=product).delete()
        ProductCategory.objects.create(product=product, category=category)
        changed = True

    stockrecord = StockRecord.objects.filter(product=product, partner=producer.partner).first()
    if stockrecord is None:
        StockRecord.objects.filter(product=product).delete()  # the product moved to another producer
        StockRecord.objects.create(
            product=product, partner=producer.partner, partner_sku=data.upc,
            price=data.price, num_in_stock=data.stock,
        )
        changed = True
    elif stockrecord.price != data.price or stockrecord.num_in_stock != data.stock:
        stockrecord.price = data.price
        stockrecord.num_in_stock = data.stock
        stockrecord.save(update_fields=["price", "num_in_stock", "date_updated"])
        changed = True
    return product, changed


def product_image_set_if_missing(product: Product, image_bytes_factory, filename: str) -> bool:
    """Gives the product its first image; the factory is only called when one is needed."""
    if product.images.exists():
        return False
    ProductImage.objects.create(product=product, original=ContentFile(image_bytes_factory(), name=filename),
                                caption=product.title_en or product.title, display_order=0)
    return True
