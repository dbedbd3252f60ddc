from oscar.apps.catalogue import views as oscar_views

from marketplace.certification.selectors import (
    product_current_certification,
    product_is_eligible,
    product_latest_certification,
    products_with_eligibility,
)
from marketplace.producers.selectors import producer_managed_by
from shop.catalogue.product_views import product_view_record
from shop.catalogue.reviews.selectors import (
    products_with_review_count,
    review_of,
    review_summary_of_card,
    reviews_approved,
)

#: Reviews shown on the product page itself; the rest are on its reviews page.
REVIEWS_ON_PRODUCT_PAGE = 3


class ProductDetailView(oscar_views.ProductDetailView):
    """A product page exists publicly only while the product is eligible.

    Its producer and staff can still preview it, with a notice, so they can
    check a listing before its certificate is verified.
    """

    def get_queryset(self):
        # Eligibility comes annotated with the product, so the view, the strategy (price and
        # availability, asked several times by the template) and the context share one answer.
        return products_with_review_count(products_with_eligibility(
            super().get_queryset()
            .select_related("producer__province", "product_class")
            .prefetch_related("images", "stockrecords", "categories")
        ))

    def is_viewable(self, product, request):
        if product_is_eligible(product):
            return True
        user = request.user
        return user.is_staff or (product.producer_id is not None and producer_managed_by(product.producer, user))

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        product = self.object
        eligible = product_is_eligible(product)
        ctx["is_preview"] = not eligible
        ctx["certification"] = (
            product_current_certification(product) if eligible else product_latest_certification(product)
        )
        ctx["producer"] = product.producer
        ctx["review_summary"] = summary = review_summary_of_card(product)  # counted with the product
        ctx["reviews"] = reviews_approved(product)[:REVIEWS_ON_PRODUCT_PAGE] if summary.count else []
        my_review = review_of(product, self.request.user)
        ctx["my_review"] = my_review if my_review is not None and not my_review.is_approved else None
        return ctx

    def send_signal(self, request, response, product):
        """A signed-out visitor's view is counted as the cached copies' are (product_views.py): no write per view.

        Oscar's receivers of the signal write the product's count at once (an UPDATE that waits for
        every other writer on SQLite) and, for a signed-in visitor, their own analytics; its other
        receiver, the recently-viewed cookie, is not kept (shop/customer/history.py).
        """
        if request.user.is_authenticated:
            super().send_signal(request, response, product)
        else:
            product_view_record(product.pk)
