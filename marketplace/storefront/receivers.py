"""Every change that alters what a storefront page shows bumps the catalogue generation.

Cached fragments (``cache_keys.py``) carry the generation in their keys. The bump is an UPDATE in
the same transaction as the change, so other processes see the new number exactly when they can
see the change: a fragment cached meanwhile holds the old state under the old number.

A stock record's units are the exception: only the product page's buy box shows them, and the
whole-page cache checks them on each visit (page_cache.py). A sale, a cancelled allocation or a
shipment therefore leaves every cached page in place; a new price, or a stock record added,
moved or deleted, bumps the generation as any other change.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from shop.catalogue.models import Category, Product, ProductCategory, ProductImage
from shop.catalogue.reviews.models import ProductReview
from shop.partner.models import StockRecord
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from marketplace.certification.models import Certification, StandardApproval
from marketplace.producers.models import Producer

from .cache_keys import catalogue_generation_bump

# Products, prices (stock records), pictures, categories, certificates (with the standards approvals the
# product page lists), producers and reviews: what cards, listings, facets, the navigation, the home
# page's sections and the product page are made of.
STOREFRONT_MODELS = (Product, StockRecord, ProductImage, ProductCategory, Category, Certification, StandardApproval,
                     Producer, ProductReview)
# What pages other than the buy box show of a stock record (cards, search results and the API: the price).
STOCKRECORD_SHOWN = ("product_id", "partner_id", "price", "price_currency")


def storefront_changed(**kwargs) -> None:
    catalogue_generation_bump()


def stockrecord_changed(instance, created=False, **kwargs) -> None:
    before = instance.__dict__.pop("_storefront_shown_before", None)
    if created or before is None or before != tuple(getattr(instance, field) for field in STOCKRECORD_SHOWN):
        catalogue_generation_bump()


@receiver(pre_save, sender=StockRecord, dispatch_uid="storefront_stockrecord_before")
def stockrecord_before(instance, **kwargs) -> None:
    """What the row shows before this save (Oscar's allocate, consume and cancel send pre_save too)."""
    if instance.pk is not None:
        instance._storefront_shown_before = (
            StockRecord.objects.filter(pk=instance.pk).values_list(*STOCKRECORD_SHOWN).first()
        )


for _model in STOREFRONT_MODELS:
    post_save.connect(stockrecord_changed if _model is StockRecord else storefront_changed, sender=_model,
                      dispatch_uid=f"storefront_generation_save_{_model.__name__}")
    post_delete.connect(storefront_changed, sender=_model,
                        dispatch_uid=f"storefront_generation_delete_{_model.__name__}")


@receiver(page_published, dispatch_uid="storefront_generation_page_published")
@receiver(page_unpublished, dispatch_uid="storefront_generation_page_unpublished")
@receiver(post_page_move, dispatch_uid="storefront_generation_page_moved")
def page_changed(**kwargs) -> None:
    """A CMS publish: the home page's stories and villages, storefronts and their links."""
    catalogue_generation_bump()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="storefront_generation_restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="storefront_generation_restriction_deleted")
def page_restriction_changed(**kwargs) -> None:
    """A page made private (or public again): no copy cached before may be served after."""
    catalogue_generation_bump()
