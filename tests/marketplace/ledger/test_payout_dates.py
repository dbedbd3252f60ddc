"""The payout pages' dates are typed and shown in the page's era: 28/03/2570 on Thai pages, on any browser."""

import datetime
import re

import pytest
from django.utils import timezone, translation

from marketplace.ledger.models import Payout
from tests.factories import UserFactory
from tests.order_factory import order_paid

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thai_first")]


def _today():
    return timezone.localdate()


def _thai(day: datetime.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


@pytest.fixture
def staff(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, email="finance-dates@otop.example"))


@pytest.fixture
def paid_order(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    return order_paid([(silk, 1), (chili, 2)], fake_stripe)


def _field(html: str, name: str) -> str:
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)


def test_the_report_filters_by_buddhist_era_dates_and_shows_them_back(client, staff, paid_order):
    today = _today()
    page = client.get("/dashboard/payouts/", {"date_from": _thai(today), "date_to": _thai(today)}).content.decode()

    assert "฿1,161" in page
    assert f'value="{_thai(today)}"' in _field(page, "date_from")
    assert 'type="date"' not in page
    # Last year, written in the Buddhist era, has no paid order.
    last_year = today.replace(year=today.year - 1)
    empty = client.get("/dashboard/payouts/", {"date_from": _thai(last_year), "date_to": _thai(last_year)})
    assert "฿1,161" not in empty.content.decode()


def test_the_reports_links_carry_the_period_so_it_reads_back_the_same(client, staff, paid_order):
    today = _today()
    page = client.get("/dashboard/payouts/", {"date_from": _thai(today), "date_to": _thai(today)}).content.decode()
    recorded_link = re.search(r'href="(/dashboard/payouts/recorded/\?[^"]+)"', page).group(1).replace("&amp;", "&")

    recorded = client.get(recorded_link).content.decode()

    assert f'value="{_thai(today)}"' in _field(recorded, "date_from")


def test_an_impossible_date_is_refused_in_thai_and_stays_in_its_field(client, staff, paid_order):
    page = client.get("/dashboard/payouts/", {"date_from": "31/02/2570"}).content.decode()

    assert "ไม่มีวันที่ 31/02/2570 ในปฏิทิน" in page
    assert 'value="31/02/2570"' in _field(page, "date_from")


def test_a_payout_paid_on_a_buddhist_era_day_is_recorded_on_that_day(client, staff, paid_order, two_producers_products):
    silk, _ = two_producers_products
    partner_id = silk.producer.partner_id
    today = _today()
    period = f"date_from={_thai(today.replace(day=1))}&date_to={_thai(today)}"

    form = client.get(f"/dashboard/payouts/record/{partner_id}/?{period}").content.decode()
    assert f'value="{_thai(today)}"' in _field(form, "paid_on")  # today's date offered in the Buddhist era

    refused = client.post(f"/dashboard/payouts/record/{partner_id}/?{period}", {
        "method": "bank", "account": "กสิกรไทย 123-4-56789-0", "reference": "KBANK-0002", "paid_on": "abc"})
    page = refused.content.decode()
    assert refused.status_code == 200 and not Payout.objects.exists()
    assert "เขียนวันที่แบบ วว/ดด/ปปปป พ.ศ. เช่น 28/03/2570" in page
    assert 'value="KBANK-0002"' in page and 'value="abc"' in page

    client.post(f"/dashboard/payouts/record/{partner_id}/?{period}", {
        "method": "bank", "account": "กสิกรไทย 123-4-56789-0", "reference": "KBANK-0002", "paid_on": _thai(today)})
    assert Payout.objects.get().paid_on == today


def test_an_english_page_shows_the_christian_era(client, staff, paid_order, two_producers_products):
    silk, _ = two_producers_products
    today = _today()
    with translation.override("en"):
        page = client.get("/en/dashboard/payouts/", {"date_from": today.strftime("%d/%m/%Y")}).content.decode()
        record_page = client.get(f"/en/dashboard/payouts/record/{silk.producer.partner_id}/").content.decode()
    assert f'value="{today.strftime("%d/%m/%Y")}"' in _field(page, "date_from")
    assert 'placeholder="dd/mm/yyyy"' in _field(page, "date_from")
    assert f'value="{today.strftime("%d/%m/%Y")}"' in _field(record_page, "paid_on")  # today offered in C.E.
