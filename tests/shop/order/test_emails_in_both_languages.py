"""The order e-mails are Thai first and English below: each half names the products and the delivery service
in its own language, whichever language the buyer checked out in."""

import pytest
from django.core import mail
from django.utils import translation

from shop.order.emails import order_email_send
from tests.factories import eligible_product
from tests.order_factory import order_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def thai_order(fake_stripe):
    silk = eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์", title_en="Surin mudmee silk", weight_grams=400)
    with translation.override("th"):
        return order_place([(silk, 1)], shipping_code="thailand-post-registered")


def _halves(kind, order):
    mail.outbox.clear()
    assert order_email_send(order.pk, kind) == 1
    thai, english = mail.outbox[0].body.split("\n---\n", 1)
    return thai, english


def test_the_english_half_of_the_order_e_mail_names_products_in_english(thai_order):
    thai, english = _halves("placed", thai_order)
    assert "ผ้าไหมมัดหมี่สุรินทร์" in thai
    assert "Surin mudmee silk" in english and "ผ้าไหม" not in english


def test_the_english_half_of_the_payment_e_mail_names_the_delivery_service_in_english(thai_order):
    assert thai_order.shipments.get().method_name.startswith("ไปรษณีย์ไทย")
    thai, english = _halves("paid", thai_order)
    assert "ไปรษณีย์ไทย" in thai
    assert "Thailand Post" in english and "ไปรษณีย์" not in english
