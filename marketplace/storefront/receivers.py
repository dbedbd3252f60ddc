"""Every change that alters what a storefront page shows bumps the catalogue generation.

Cached fragments (``cache_keys.py``) carry the generation in their keys. The bump is an UPDATE in
the same transaction as the change, so other processes see the new number exactly when they can
see the change: a fragment cached meanwhile holds the old state under the old number.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from shop.catalogue.models import Category, Product, ProductCategory, ProductImage
from shop.catalogue.reviews.models import ProductReview
from shop.partner.models import StockRecord
from wagtail.signals import page_published, page_unpublished, post_page_move

from marketplace.certification.models import Certification, StandardApproval
from marketplace.producers.models import Producer

from .cache_keys import catalogue_generation_bump

# Products, prices and stock, pictures, categories, certificates (with the standards approvals the
# product page lists), producers and reviews: what cards, listings, facets, the navigation, the home
# page's sections and the product page are made of.
STOREFRONT_MODELS = (Product, StockRecord, ProductImage, ProductCategory, Category, Certification, StandardApproval,
                     Producer, ProductReview)


def storefront_changed(**kwargs) -> None:
    catalogue_generation_bump()


for _model in STOREFRONT_MODELS:
    post_save.connect(storefront_changed, sender=_model, dispatch_uid=f"storefront_generation_save_{_model.__name__}")
    post_delete.connect(storefront_changed, sender=_model,
                        dispatch_uid=f"storefront_generation_delete_{_model.__name__}")


@receiver(page_published, dispatch_uid="storefront_generation_page_published")
@receiver(page_unpublished, dispatch_uid="storefront_generation_page_unpublished")
@receiver(post_page_move, dispatch_uid="storefront_generation_page_moved")
def page_changed(**kwargs) -> None:
    """A CMS publish: the home page's stories and villages, storefronts and their links."""
    catalogue_generation_bump()
