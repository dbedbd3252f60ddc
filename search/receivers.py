"""Index updates follow every change that can alter a product's listing.

They run after the transaction commits (never for rolled-back changes), in
the background task queue when one is configured.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from shop.catalogue.models import Product, ProductCategory
from shop.partner.models import StockRecord

from marketplace.certification.models import Certification
from marketplace.producers.models import Producer

from .indexing import index_updates_suspended_now
from .tasks import refresh_products_in_index


def _schedule(product_ids: list[int]) -> None:
    if product_ids and not index_updates_suspended_now():
        transaction.on_commit(lambda: refresh_products_in_index.enqueue(product_ids))


@receiver([post_save, post_delete], sender=Product, dispatch_uid="search_product_changed")
def product_changed(sender, instance, **kwargs):
    _schedule([instance.pk])


# The dashboard saves a product's categories after the product, outside any transaction:
# the refresh the product's save started has already read the old ones.
@receiver([post_save, post_delete], sender=ProductCategory, dispatch_uid="search_product_category_changed")
def product_category_changed(sender, instance, **kwargs):
    _schedule([instance.product_id])


@receiver(m2m_changed, sender=Product.categories.through, dispatch_uid="search_product_categories_changed")
def product_categories_changed(sender, instance, action, pk_set, model, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, Product):
        _schedule([instance.pk])
    elif pk_set:  # category.product_set.add(...)
        _schedule(sorted(pk_set))


@receiver([post_save, post_delete], sender=StockRecord, dispatch_uid="search_stockrecord_changed")
def stockrecord_changed(sender, instance, **kwargs):
    _schedule([instance.product_id])


@receiver([post_save, post_delete], sender=Certification, dispatch_uid="search_certification_changed")
def certification_changed(sender, instance, **kwargs):
    _schedule([instance.product_id])


@receiver(post_save, sender=Producer, dispatch_uid="search_producer_changed")
def producer_changed(sender, instance, **kwargs):
    _schedule(list(instance.products.values_list("pk", flat=True)))
