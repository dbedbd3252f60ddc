"""Every date a back-office filter asks for is typed in the page's era: no browser date input, no C.E. picker.

Oscar's dashboard forms (order list, order statistics, reports, reviews) are forked in shop/dashboard/ with
``marketplace.date_fields.EraDateField``; the producers' certification forms and the payouts have it too.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from tests.factories import UserFactory, eligible_product, producer_user
from tests.order_factory import make_order

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thai_first")]


def _thai(day: datetime.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


def _date_inputs(html: str) -> list[str]:
    return re.findall(r'<input[^>]*name="(?:[\w-]*date[\w-]*|expires_on|[\w-]*-expires_on|paid_on)"[^>]*>', html)


ERA_PLACEHOLDERS = ('placeholder="วว/ดด/ปปปป พ.ศ."', 'placeholder="วว/ดด/ปปปป พ.ศ. ชช:นน"')


@pytest.fixture
def staff(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, email="dates-admin@otop.example"))


@pytest.fixture
def two_orders():
    silk = eligible_product()
    recent = make_order("100801", [(silk.producer, silk)])
    old = make_order("100802", [(silk.producer, silk)])
    old.date_placed = timezone.now() - datetime.timedelta(days=400)
    old.save(update_fields=["date_placed"])
    return silk, recent, old


def test_no_back_office_date_field_is_the_browsers_or_a_christian_era_picker(client, staff, two_orders):
    silk, _recent, _old = two_orders
    today = timezone.localdate()
    urls = [
        reverse("dashboard:order-list") + f"?date_from={today.isoformat()}",
        reverse("dashboard:order-stats") + f"?date_from={today.isoformat()}",
        reverse("dashboard:reports-index") + f"?report_type=order_report&date_from={today.isoformat()}",
        reverse("dashboard:reviews-list") + f"?date_from={today.isoformat()}",
        reverse("ledger-dashboard:payouts") + f"?date_from={today.isoformat()}",
        reverse("ledger-dashboard:recorded"),
        reverse("ledger-dashboard:record", kwargs={"partner_id": silk.producer.partner_id}),
        reverse("dashboard:voucher-create"),
        reverse("dashboard:voucher-set-create"),
    ]
    for url in urls:
        html = client.get(url).content.decode()
        inputs = _date_inputs(html)
        assert inputs, url
        assert 'type="date"' not in html and 'data-oscarWidget="date"' not in html, url
        for field in inputs:
            assert 'data-era-date' in field and any(p in field for p in ERA_PLACEHOLDERS), (url, field)
            value = re.search(r'value="([^"]*)"', field)
            assert value is None or re.search(rf"/{today.year + 543}\b", value.group(1)), (url, field)


def test_the_order_list_filters_by_a_buddhist_era_day(client, staff, two_orders):
    _silk, recent, old = two_orders
    since = timezone.localdate() - datetime.timedelta(days=30)

    page = client.get(reverse("dashboard:order-list"), {"date_from": _thai(since)}).content.decode()

    assert recent.number in page and old.number not in page
    assert f"{since.day} " in page and str(since.year + 543) in page  # "Placed after 5 พฤศจิกายน 2569"


def test_the_order_list_refuses_an_impossible_day_in_thai(client, staff, two_orders):
    page = client.get(reverse("dashboard:order-list"), {"date_from": "31/02/2570", "order_number": "1008"})
    html = page.content.decode()

    assert page.status_code == 200
    assert "ไม่มีวันที่ 31/02/2570 ในปฏิทิน" in html
    assert 'value="31/02/2570"' in html and 'value="1008"' in html


def test_the_order_statistics_period_is_said_in_the_buddhist_era(client, staff, two_orders):
    since = timezone.localdate() - datetime.timedelta(days=30)

    html = client.get(reverse("dashboard:order-stats"), {"date_from": _thai(since)}).content.decode()

    assert since.isoformat() not in html
    assert str(since.year + 543) in html


def test_a_report_for_a_buddhist_era_period_covers_those_days(client, staff, two_orders):
    today = timezone.localdate()

    response = client.get(reverse("dashboard:reports-index"), {
        "report_type": "order_report", "date_from": _thai(today), "date_to": _thai(today), "download": "true"})

    body = response.content.decode("utf-8-sig")
    assert "100801" in body and "100802" not in body


def test_reviews_are_found_by_the_buddhist_era_day_they_were_written(client, staff, two_orders):
    silk, _recent, _old = two_orders
    Review = get_model("reviews", "ProductReview")
    fresh = Review.objects.create(product=silk, score=5, title="ผ้าสวยมาก", body="ชอบ", name="ก", email="a@example.th")
    stale = Review.objects.create(product=silk, score=4, title="เก่าแล้ว", body="ดี", name="ข", email="b@example.th")
    Review.objects.filter(pk=stale.pk).update(date_created=timezone.now() - datetime.timedelta(days=60))
    since = timezone.localdate() - datetime.timedelta(days=7)

    html = client.get(reverse("dashboard:reviews-list"), {"date_from": _thai(since)}).content.decode()

    assert fresh.title in html and stale.title not in html
    # The filter is said back in the Buddhist era (Oscar wrote "created after 28 พฤศจิกายน 2026").
    assert f"{since.day} " in html and str(since.year + 543) in html
    assert not re.search(rf"{since.day} \S+ {since.year}\b", html)


def test_a_producer_renews_a_certificate_expiring_on_a_buddhist_era_day(client, two_orders):
    silk, _recent, _old = two_orders
    client.force_login(producer_user(silk.producer, email="dates-weaver@otop.example"))
    html = client.get(reverse("certification-dashboard:submit") + f"?product={silk.pk}").content.decode()
    inputs = _date_inputs(html)
    assert inputs and all("data-era-date" in field for field in inputs)
    assert 'type="date"' not in html


def test_a_voucher_runs_between_the_buddhist_era_moments_typed(client, staff):
    Voucher = get_model("voucher", "Voucher")
    ConditionalOffer = get_model("offer", "ConditionalOffer")
    Range, Condition, Benefit = get_model("offer", "Range"), get_model("offer", "Condition"), get_model("offer", "Benefit")
    everything = Range.objects.create(name="ทุกสินค้า", includes_all_products=True)
    offer = ConditionalOffer.objects.create(
        name="ส่วนลดปีใหม่", offer_type=ConditionalOffer.VOUCHER,
        condition=Condition.objects.create(range=everything, type=Condition.COUNT, value=1),
        benefit=Benefit.objects.create(range=everything, type=Benefit.PERCENTAGE, value=10))
    data = {"name": "ปีใหม่ 2570", "code": "NEWYEAR70", "usage": Voucher.MULTI_USE, "offers": [offer.pk],
            "start_datetime": "01/01/2570 00:00", "end_datetime": "31/01/2570 23:59"}

    refused = client.post(reverse("dashboard:voucher-create"), {**data, "end_datetime": "31/02/2570 23:59"})
    assert refused.status_code == 200 and not Voucher.objects.exists()
    html = refused.content.decode()
    assert "ไม่มีวันที่ 31/02/2570 23:59 ในปฏิทิน" in html and 'value="NEWYEAR70"' in html

    client.post(reverse("dashboard:voucher-create"), data)
    voucher = Voucher.objects.get()
    assert timezone.localtime(voucher.start_datetime).replace(tzinfo=None) == datetime.datetime(2027, 1, 1, 0, 0)
    assert timezone.localtime(voucher.end_datetime).replace(tzinfo=None) == datetime.datetime(2027, 1, 31, 23, 59)
    edit = client.get(reverse("dashboard:voucher-update", kwargs={"pk": voucher.pk})).content.decode()
    assert 'value="01/01/2570 00:00"' in edit and 'value="31/01/2570 23:59"' in edit
