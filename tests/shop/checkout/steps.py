"""The checkout's pages stepped through with Django's test client, as a shopper fills them in."""

import re

from django.test import Client


ADDRESS = {
    "first_name": "สมชาย", "last_name": "ใจดี", "phone_number": "081-234-5678",
    "line1": "99/1 หมู่ 3 ถนนสุเทพ", "province": "TH-50", "line4": "เมืองเชียงใหม่", "line3": "สุเทพ",
    "postcode": "50200",
}


def checkout_to_preview(client: Client, items, *, guest_email="guest@example.th", method_code=None,
                        payment_method="card"):
    for product, quantity in items:
        assert client.post(f"/basket/add/{product.pk}/", {"quantity": quantity}).status_code == 302
    if guest_email:
        response = client.post("/checkout/", {"username": guest_email, "options": "anonymous"})
        assert response.status_code == 302, response.content[:500]
    response = client.post("/checkout/shipping-address/", ADDRESS)
    assert response.status_code == 302, re.findall(r'error-block[^>]*>([^<]*)', response.content.decode())
    response = client.post("/checkout/shipping-method/", {"method_code": method_code or "thailand-post-registered"})
    assert response.status_code == 302, response.content[:300]
    response = client.get("/checkout/payment-method/")
    assert response.status_code == 200
    response = client.post("/checkout/payment-method/", {"method": payment_method})
    assert response.status_code == 302, response.content[:300]
    return client.get("/checkout/preview/")


def place(client: Client, **extra):
    return client.post("/checkout/preview/", {"action": "place_order", **extra})
