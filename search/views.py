"""Product listing pages: search results, the whole catalogue, one category.

Oscar routes catalogue browsing through its search app; ours serves all
three from the search backend so filters, facets and sorting are the same.
"""

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from shop.catalogue.models import Category

from marketplace.storefront.categories import OTOP_CATEGORIES

from .forms import SORT_LABELS, ProductSearchForm
from .presenters import filter_panel
from .selectors import product_search


class ProductListingView(TemplateView):
    template_name = "oscar/search/results.html"
    summary = _("Search results")

    def get_request_overrides(self) -> dict:
        return {}

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        form = ProductSearchForm(self.request.GET)
        if form.is_valid():
            # Lazy: the listing's cached fragment (storefront/listing.html) asks only when it is missing.
            search_request = form.to_request(**self.get_request_overrides())
            results = SimpleLazyObject(lambda: product_search(search_request))
        else:
            results = None
        page_category = getattr(self, "category", None)
        panel = SimpleLazyObject(lambda: filter_panel(self.request, results, page_category=page_category))
        ctx.update(
            form=form,
            results=results,
            filter_panel=panel,
            chips=SimpleLazyObject(lambda: panel.chips),
            products=SimpleLazyObject(lambda: results.products if results else []),
            summary=self.summary,
            query=form.cleaned_data.get("q", "") if form.is_valid() else "",
            sort_labels=SORT_LABELS,
        )
        return ctx


class FacetedSearchView(ProductListingView):
    pass


class CatalogueView(ProductListingView):
    template_name = "oscar/catalogue/browse.html"
    summary = _("All products")


class ProductCategoryView(ProductListingView):
    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404
        expected = self.category.get_absolute_url()
        if request.path != expected:
            return HttpResponsePermanentRedirect(expected)
        return super().get(request, *args, **kwargs)

    def get_request_overrides(self) -> dict:
        return {"category": self.category.slug}

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["category"] = self.category
        ctx["summary"] = OTOP_CATEGORIES.get(self.category.slug, self.category.name)
        return ctx

