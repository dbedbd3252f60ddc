"""The payout report for admins, on screen and as CSV safe against formula injection."""

import csv
import io

import pytest

from marketplace.ledger.csv_export import csv_render, csv_safe_cell
from tests.factories import UserFactory
from tests.order_factory import order_paid

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+66812345678", "'+66812345678"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("กลุ่มทอผ้า", "กลุ่มทอผ้า"),
    ("a=b", "a=b"),
    (None, ""),
])
def test_cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_quote(value, expected):
    assert csv_safe_cell(value) == expected


def test_amounts_we_write_ourselves_are_left_as_numbers():
    from decimal import Decimal

    assert csv_safe_cell(Decimal("-12.50")) == "-12.50"
    assert csv_safe_cell(3) == "3"


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def paid_order_with_a_nasty_producer(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    silk.producer.partner.name = "=cmd|' /C calc'!A0"
    silk.producer.partner.save()
    return order_paid([(silk, 1), (chili, 1)], fake_stripe)


def test_the_payout_report_shows_what_each_producer_is_owed(admin_client, paid_order_with_a_nasty_producer):
    response = admin_client.get("/dashboard/payouts/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Owed per producer" in page and "฿1,161" in page


def test_the_payout_csv_is_safe_to_open_in_a_spreadsheet(admin_client, paid_order_with_a_nasty_producer):
    response = admin_client.get("/dashboard/payouts/", {"download": "payouts"})

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="payouts.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Producer"
    producers = [row[0] for row in rows[1:]]
    assert "'=cmd|' /C calc'!A0" in producers
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_line_csv_lists_every_line(admin_client, paid_order_with_a_nasty_producer):
    response = admin_client.get("/dashboard/payouts/", {"download": "ledger"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    order = paid_order_with_a_nasty_producer
    assert len(rows) == 1 + order.lines.count() + order.shipments.filter(charge__gt=0).count()
    assert {row[0] for row in rows[1:]} == {order.number}


def test_the_report_filters_by_date_and_producer(admin_client, paid_order_with_a_nasty_producer, two_producers_products):
    _, chili = two_producers_products
    rows = list(csv.reader(io.StringIO(admin_client.get(
        "/dashboard/payouts/", {"download": "payouts", "partner": chili.producer.partner_id}
    ).content.decode("utf-8-sig"))))
    assert len(rows) == 2
    empty = admin_client.get("/dashboard/payouts/", {"date_from": "2000-01-01", "date_to": "2000-01-31"})
    assert "No paid orders in this period." in empty.content.decode()


def test_only_staff_see_payouts(client, paid_order_with_a_nasty_producer, two_producers_products):
    silk, _ = two_producers_products
    producer = UserFactory()
    silk.producer.partner.users.add(producer)
    client.force_login(producer)
    assert client.get("/dashboard/payouts/").status_code == 403
    assert client.get("/dashboard/payouts/", {"download": "payouts"}).status_code == 403
    client.logout()
    assert client.get("/dashboard/payouts/").status_code == 302


def test_the_dashboard_menu_offers_payouts_to_staff_only(admin_client):
    html = admin_client.get("/dashboard/").content.decode()
    assert 'href="/dashboard/payouts/"' in html
    assert csv_render(["a"], [["=1"]]) == "\ufeffa\r\n'=1\r\n"
