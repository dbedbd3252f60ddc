from django.http import Http404, HttpResponseRedirect

from marketplace.certification.selectors import products_eligible
from shop.catalogue.models import Product


def packaging_link(request, upc: str):
    """``/p/<upc>/``, printed as a QR code on packaging: the product page while it may be sold.

    A lapsed or unknown product is a plain 404, so an old package never leads
    to a listing that is no longer certified.
    """
    product = products_eligible(Product.objects.filter(upc=upc)).first()
    if product is None:
        raise Http404("No certified product with this code.")
    return HttpResponseRedirect(product.get_absolute_url())
