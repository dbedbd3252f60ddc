"""Changing a quantity in the basket past the stock says so in Thai, and says it truly.

Oscar's message ("Available stock is only 1, which has been exceeded because multiple lines contain the
same product.") had no Thai, and reads wrong for a basket with one line of the product: the Thai says only
how many are left, which is true in both cases.
"""

import pytest
from django.utils import translation

from tests.factories import eligible_product

pytestmark = pytest.mark.django_db


def test_raising_a_quantity_past_the_stock_says_how_many_are_left_in_thai(client):
    silk = eligible_product(stock=1)
    with translation.override("th"):
        client.post(f"/basket/add/{silk.pk}/", {"quantity": 1}, HTTP_ACCEPT_LANGUAGE="th")
        basket = client.get("/basket/", HTTP_ACCEPT_LANGUAGE="th")
        formset = basket.context["formset"]
        data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0",
                "form-MAX_NUM_FORMS": "1000", "form-0-id": str(formset.forms[0].instance.pk), "form-0-quantity": "2"}
        html = client.post("/basket/", data, HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "Available stock" not in html and "multiple lines" not in html
    assert "มีสินค้าเหลือเพียง 1 ชิ้น" in html
