"""The buyer's order history filter: days typed and shown in the page's era, kept in the URL as typed."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import UserFactory
from tests.order_factory import make_order

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thai_first")]


@pytest.fixture
def shopper_orders(client, two_producers_products):
    silk, _ = two_producers_products
    shopper = UserFactory(email="dates-shopper@example.th")
    recent = make_order("100701", [(silk.producer, silk)])
    old = make_order("100702", [(silk.producer, silk)])
    old.date_placed = timezone.now() - datetime.timedelta(days=400)
    old.save(update_fields=["date_placed"])
    for order in (recent, old):
        order.user = shopper
        order.save(update_fields=["user"])
    client.force_login(shopper)
    return recent, old


def _thai(day: datetime.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


def _field(html: str, name: str) -> str:
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)


def test_a_buddhist_era_day_filters_the_orders_and_is_said_back_in_it(client, shopper_orders):
    recent, old = shopper_orders
    since = timezone.localdate() - datetime.timedelta(days=30)

    page = client.get(reverse("customer:order-list"), {"date_from": _thai(since)}).content.decode()

    assert recent.number in page and old.number not in page
    assert f'value="{_thai(since)}"' in _field(page, "date_from")
    assert 'type="date"' not in page
    assert 'inputmode="numeric"' in _field(page, "date_to") and 'placeholder="วว/ดด/ปปปป พ.ศ."' in page
    assert str(since.year + 543) in re.search(r'order-list__title">([^<]+)<', page).group(1)
    assert since.isoformat() not in page


@pytest.mark.parametrize("typed", ["ISO", "CE", "compact"])
def test_a_day_from_an_old_link_or_typed_in_the_christian_era_filters_the_same(client, shopper_orders, typed):
    recent, old = shopper_orders
    since = timezone.localdate() - datetime.timedelta(days=30)
    value = {"ISO": since.isoformat(), "CE": since.strftime("%d/%m/%Y"),
             "compact": _thai(since).replace("/", "")}[typed]

    page = client.get(reverse("customer:order-list"), {"date_from": value}).content.decode()

    assert recent.number in page and old.number not in page
    assert f'value="{_thai(since)}"' in _field(page, "date_from")


def test_a_wrong_date_says_so_in_thai_and_keeps_the_order_number(client, shopper_orders):
    page = client.get(reverse("customer:order-list"),
                      {"date_from": "31/02/2570", "order_number": "100701"}).content.decode()

    assert "ไม่มีวันที่ 31/02/2570 ในปฏิทิน" in page
    assert 'value="31/02/2570"' in _field(page, "date_from")
    assert 'value="100701"' in _field(page, "order_number")


def test_the_english_page_reads_and_writes_the_christian_era(client, shopper_orders):
    recent, old = shopper_orders
    since = timezone.localdate() - datetime.timedelta(days=30)
    with translation.override("en"):
        url = reverse("customer:order-list")
    assert url.startswith("/en/")

    page = client.get(url, {"date_from": since.strftime("%d/%m/%Y")}).content.decode()

    assert recent.number in page and old.number not in page
    assert f'value="{since.strftime("%d/%m/%Y")}"' in _field(page, "date_from")
    assert 'placeholder="dd/mm/yyyy"' in page
