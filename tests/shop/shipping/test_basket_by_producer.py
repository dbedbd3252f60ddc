"""The basket is grouped by producer: each producer ships their own parcel, with its own shipping charge."""

import re

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_basket_shows_one_group_per_producer_with_its_shipping(client, two_producers_products):
    silk, chili = two_producers_products
    for product in (silk, chili):
        assert client.post(f"/basket/add/{product.pk}/", {"quantity": 1}).status_code == 302
    with translation.override("th"):
        html = client.get("/basket/").content.decode()
    groups = re.findall(r'<section class="basket-group".*?</section>', html, flags=re.S)
    assert len(groups) == 2
    for group, product in zip(groups, (silk, chili), strict=True):
        assert product.producer.name_th in group
        assert product.get_title() in group
        assert "ค่าส่งตั้งแต่ ฿" in group  # this producer's parcel, with the cheapest service
    assert "฿1,290" in groups[0] and "฿1,290.00" not in html  # one way of writing prices


def test_removing_a_line_from_the_second_group_removes_that_line(client, two_producers_products):
    silk, chili = two_producers_products
    for product in (silk, chili):
        client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    html = client.get("/basket/").content.decode()
    second = re.findall(r'<section class="basket-group".*?</section>', html, flags=re.S)[1]
    index = re.search(r'data-id="(\d+)" data-behaviours="remove"', second).group(1)
    data = {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2", "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000"}
    for i, line_id in enumerate(re.findall(r'name="form-(\d+)-id" value="(\d+)"', html)):
        data[f"form-{line_id[0]}-id"] = line_id[1]
        data[f"form-{line_id[0]}-quantity"] = "1"
    data[f"form-{index}-DELETE"] = "on"
    client.post("/basket/", data)
    after = client.get("/basket/").content.decode()
    assert silk.get_title() in after and chili.get_title() not in after
