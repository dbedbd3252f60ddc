"""Order pages in Thai: statuses translated, dates in the Buddhist era, in the shop and the dashboard."""

import pytest
from django.utils import translation

from shop.order import statuses
from tests.factories import UserFactory, eligible_product
from tests.order_factory import make_order

pytestmark = pytest.mark.django_db


@pytest.fixture
def paid_order():
    product = eligible_product()
    order = make_order("100777", [(product.producer, product)], status=statuses.PAID)
    order.lines.update(status=statuses.LINE_AWAITING)
    order.status_changes.create(old_status=statuses.PENDING, new_status=statuses.PAID)
    return order


def _thai(client, url):
    with translation.override("th"):
        return client.get(url, HTTP_ACCEPT_LANGUAGE="th").content.decode()


def test_staff_order_page_shows_thai_statuses_and_buddhist_era_dates(client, paid_order):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = _thai(client, f"/dashboard/orders/{paid_order.number}/")
    assert "ชำระเงินแล้ว" in html and "รอจัดส่ง" in html
    for english in (">Paid<", ">Awaiting shipment<", ">Pending payment<"):
        assert english not in html
    assert str(paid_order.date_placed.year + 543) in html


def test_buyer_order_history_dates_read_in_the_buddhist_era(client, paid_order):
    buyer = UserFactory()
    paid_order.user = buyer
    paid_order.save(update_fields=["user"])
    client.force_login(buyer)
    html = _thai(client, "/accounts/orders/")
    assert paid_order.number in html
    assert str(paid_order.date_placed.year + 543) in html
