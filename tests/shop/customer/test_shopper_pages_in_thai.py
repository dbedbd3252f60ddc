"""What a Thai shopper reads on the account, order-lookup and address pages: Thai, not Django's or Oscar's English."""

import pytest
from django.urls import reverse
from django.utils import translation

from shop.address.forms import UserAddressForm
from shop.order import statuses
from tests.order_factory import make_order
from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db

ADDRESS = {
    "first_name": "สมชาย", "last_name": "ใจดี", "phone_number": "081-234-5678",
    "line1": "1 ถนนพระราม 1", "province": "TH-10", "line4": "ปทุมวัน", "line3": "วังใหม่", "postcode": "10330",
}


def _thai(client, url, **kwargs):
    with translation.override("th"):
        return client.get(url, HTTP_ACCEPT_LANGUAGE="th", **kwargs).content.decode()


def test_the_password_rules_read_in_thai(client):
    client.force_login(UserFactory())
    html = _thai(client, "/accounts/change-password/")
    for english in ("too similar", "at least 8 characters", "commonly used", "entirely numeric",
                    "same password as before"):
        assert english not in html
    assert "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร" in html


def test_a_refused_password_says_why_in_thai():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with translation.override("th"):
        with pytest.raises(ValidationError) as refused:
            validate_password("12345678")
    messages = " ".join(refused.value.messages)
    assert "ตัวเลขทั้งหมด" in messages and "too common" not in messages and "numeric" not in messages


def test_a_wrong_phone_number_names_no_country_in_english():
    with translation.override("th"):
        form = UserAddressForm(user=UserFactory(), data={**ADDRESS, "phone_number": "12"})
        assert not form.is_valid()
        assert form.errors["phone_number"] == ["กรอกหมายเลขโทรศัพท์ไทย เช่น 081-234-5678 หรือ 02-123-4567"]


def test_the_address_book_writes_a_thai_address_without_thailand_in_english(client):
    user = UserFactory()
    form = UserAddressForm(user=user, data=ADDRESS)
    assert form.is_valid(), form.errors
    form.save()
    client.force_login(user)
    html = _thai(client, "/accounts/addresses/")
    assert "แขวงวังใหม่" in html and "เขตปทุมวัน" in html and "10330" in html
    assert "Thailand" not in html


@pytest.fixture
def guest_order():
    product = eligible_product()
    order = make_order("100888", [(product.producer, product)], status=statuses.PAID)
    order.guest_email = "somying@example.th"
    order.save(update_fields=["guest_email"])
    return order


def _order_form_url(order):
    return reverse("customer:anon-order-form", kwargs={"order_number": order.number, "hash": order.verification_hash()})


@pytest.mark.parametrize("typed", ["Somying@example.th", " somying@EXAMPLE.th "])
def test_a_guest_finds_their_order_with_the_address_typed_as_a_phone_types_it(client, guest_order, typed):
    with translation.override("th"):
        response = client.post(_order_form_url(guest_order), {"email": typed}, HTTP_ACCEPT_LANGUAGE="th", follow=True)
    html = response.content.decode()
    assert guest_order.number in html
    assert response.redirect_chain and "order-status-form" not in response.redirect_chain[-1][0]


def test_another_address_finds_no_order_and_says_so_in_thai(client, guest_order):
    with translation.override("th"):
        response = client.post(_order_form_url(guest_order), {"email": "someone@example.th"}, HTTP_ACCEPT_LANGUAGE="th")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Order not found" not in html
    assert "ไม่พบคำสั่งซื้อ" in html


def test_the_order_history_shows_each_orders_payment_status_as_a_card(client):
    buyer = UserFactory()
    product = eligible_product()
    paid = make_order("100901", [(product.producer, product)], status=statuses.PAID)
    pending = make_order("100902", [(product.producer, product)], status=statuses.PENDING)
    Order = type(paid)
    Order.objects.filter(pk__in=[paid.pk, pending.pk]).update(user=buyer)
    client.force_login(buyer)
    html = _thai(client, "/accounts/orders/")
    main = html.split("<main", 1)[1]
    assert "<table" not in main
    assert "ชำระเงินแล้ว" in main and "รอชำระเงิน" in main
    assert 'href="/accounts/orders/100901/"' in main and 'href="/accounts/orders/100902/"' in main
