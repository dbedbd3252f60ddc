"""Review pages of a product: only for products that may be sold, like the product page itself.

Writing one is for buyers only: anyone else gets a page saying why, not a form.
"""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, FormView, ListView
from oscar.apps.catalogue.reviews import views as oscar_views

from marketplace.certification.selectors import products_eligible
from shop.catalogue.models import Product

from .forms import ProductReviewForm
from .models import ProductReview
from .selectors import (
    ReviewPermission,
    product_review_summary,
    review_of,
    review_permission,
    reviews_approved,
)
from .services import review_create


def _product_on_sale_or_404(product_pk) -> Product:
    return get_object_or_404(products_eligible().select_related("producer"), pk=product_pk)


class CreateProductReview(FormView):
    template_name = "oscar/catalogue/reviews/review_form.html"
    not_allowed_template = "oscar/catalogue/reviews/review_not_allowed.html"
    form_class = ProductReviewForm

    def dispatch(self, request, *args, **kwargs):
        self.product = _product_on_sale_or_404(kwargs["product_pk"])
        self.permission = review_permission(self.product, request.user)
        if self.permission is not ReviewPermission.ALLOWED:
            return self.response_class(
                request=request, template=[self.not_allowed_template], using=self.template_engine,
                context={
                    "product": self.product, "permission": self.permission.value,
                    "my_review": review_of(self.product, request.user),
                },
                # Reading why is fine; posting a review without the right is refused.
                status=200 if request.method in ("GET", "HEAD") else 403,
            )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["product"] = self.product
        return ctx

    def form_valid(self, form):
        review_create(
            product=self.product, user=self.request.user, score=form.cleaned_data["score"],
            body=form.cleaned_data["body"], photos=form.cleaned_data["photos"],
        )
        messages.success(self.request, _("Thank you for your review. It will appear once our team has checked it."))
        return redirect(f"{self.product.get_absolute_url()}#reviews")


class ProductReviewDetail(DetailView):
    template_name = "oscar/catalogue/reviews/review_detail.html"
    context_object_name = "review"

    def get_queryset(self):
        self.product = _product_on_sale_or_404(self.kwargs["product_pk"])
        mine = Q(user=self.request.user) if self.request.user.is_authenticated else Q(pk__in=[])
        return (
            ProductReview.objects.filter(product=self.product)
            .filter(Q(status=ProductReview.APPROVED) | mine)
            .select_related("user").prefetch_related("photos")
        )

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["product"] = self.product
        return ctx


class ProductReviewList(ListView):
    template_name = "oscar/catalogue/reviews/review_list.html"
    context_object_name = "reviews"
    paginate_by = oscar_views.ProductReviewList.paginate_by

    def get_queryset(self):
        self.product = _product_on_sale_or_404(self.kwargs["product_pk"])
        return reviews_approved(self.product)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["product"] = self.product
        ctx["review_summary"] = product_review_summary(self.product)
        return ctx


class AddVoteView(oscar_views.AddVoteView):
    def post(self, request, *args, **kwargs):
        _product_on_sale_or_404(kwargs["product_pk"])
        return super().post(request, *args, **kwargs)
