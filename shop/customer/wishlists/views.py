"""The wishlist heart and the wishlist page; Oscar's other wishlist views are kept as they are.

The heart is a POST form that works without JavaScript (static/js/wishlist.js sends the
same form with fetch and asks for JSON). A signed-out shopper's heart is remembered in
their session and saved when they log in (``receivers.py``), and the log-in page brings
them back to where they were.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView
from oscar.apps.customer.wishlists import views as oscar_views

from marketplace.certification.selectors import products_eligible
from shop.catalogue.models import Product

from .selectors import wishlist_lines_unavailable, wishlist_products_on_sale
from .services import wishlist_add_product, wishlist_remember_for_login, wishlist_remove_product

WishListDetailView = oscar_views.WishListDetailView
WishListCreateWithProductView = oscar_views.WishListCreateWithProductView
WishListUpdateView = oscar_views.WishListUpdateView
WishListDeleteView = oscar_views.WishListDeleteView
WishListRemoveProduct = oscar_views.WishListRemoveProduct
WishListMoveProductToAnotherWishList = oscar_views.WishListMoveProductToAnotherWishList


class WishListCreateView(oscar_views.WishListCreateView):
    """Oscar's, with its redirect for a product that does not exist pointing at a URL that does
    (Oscar names it without the "customer:" namespace, a NoReverseMatch: a server error)."""

    def dispatch(self, request, *args, **kwargs):
        if "product_pk" in kwargs and not Product.objects.filter(pk=kwargs["product_pk"]).exists():
            messages.error(request, _("The requested product no longer exists"))
            return redirect("customer:wishlists-create")
        return super().dispatch(request, *args, **kwargs)


class WishListAddProduct(oscar_views.WishListAddProduct):
    """Oscar's own "add to a named list": POST only (Oscar also adds on GET), and only products on sale."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:  # before Oscar creates a list
            return self.http_method_not_allowed(request, *args, **kwargs)
        get_object_or_404(products_eligible(), pk=kwargs["product_pk"])
        return super().dispatch(request, *args, **kwargs)


class WishListListView(LoginRequiredMixin, TemplateView):
    """The shopper's saved products: those on sale as cards, the others named, each with a remove button."""

    template_name = "oscar/customer/wishlists/wishlist_page.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["products"] = wishlist_products_on_sale(self.request.user)
        ctx["unavailable"] = wishlist_lines_unavailable(self.request.user)
        return ctx


class WishListHeartView(View):
    """POST action=add|remove for one product; answers JSON to fetch, else redirects to ``next``."""

    http_method_names = ["post"]

    def post(self, request, product_pk: int):
        adding = request.POST.get("action") != "remove"
        # Only a product on sale can be saved; one that lapsed since can still be taken off.
        product = get_object_or_404(products_eligible() if adding else Product.objects.all(), pk=product_pk)
        back = self._next_url(request, product)
        if not request.user.is_authenticated:
            wishlist_remember_for_login(request.session, product)
            messages.info(request, _("Log in or register to save “%(title)s” to your wishlist.") % {
                "title": product.display_title})
            return redirect(f"{reverse('customer:login')}?{urlencode({'next': back})}")
        if adding:
            wishlist_add_product(request.user, product)
            message = _("“%(title)s” is saved in your wishlist.") % {"title": product.display_title}
        else:
            wishlist_remove_product(request.user, product)
            message = _("“%(title)s” is no longer in your wishlist.") % {"title": product.display_title}
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"product": product.pk, "wished": adding, "message": message})
        messages.success(request, message)
        return redirect(back)

    @staticmethod
    def _next_url(request, product) -> str:
        candidate = request.POST.get("next", "")
        if candidate and url_has_allowed_host_and_scheme(candidate, {request.get_host()}, request.is_secure()):
            return candidate
        return product.get_absolute_url()
