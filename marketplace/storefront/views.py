from django.db import connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from marketplace.producers.models import Producer

from .selectors import products_of_producer


def healthz(request):
    """Liveness and database reachability, for the container health check."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def producer_detail(request, slug: str):
    producer = get_object_or_404(Producer.objects.select_related("province"), slug=slug, is_active=True)
    return render(
        request,
        "storefront/producer_detail.html",
        {"producer": producer, "products": products_of_producer(producer)},
    )
