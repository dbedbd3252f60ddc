"""Payouts staff record, and the statements producers read (on screen, CSV, PDF)."""

import csv
import io
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from marketplace.ledger.models import Payout
from marketplace.ledger.payouts import PayoutRefused, payout_due, payout_record
from marketplace.ledger.selectors import ledger_rows
from marketplace.payments.refunds import RefundRequestItem, refund_create
from tests.factories import UserFactory
from tests.order_factory import order_paid

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]

def _today():
    return timezone.localdate()


@pytest.fixture
def staff(client):
    user = UserFactory(is_staff=True, is_superuser=True, email="finance@otop.example")
    client.force_login(user)
    return user


@pytest.fixture
def paid_order(fake_stripe, two_producers_products, settings):
    settings.MARKETPLACE_COMMISSION_RATE = "0.10"
    silk, chili = two_producers_products
    return order_paid([(silk, 1), (chili, 2)], fake_stripe)


def _period():
    today = _today()
    return {"date_from": today.replace(day=1).isoformat(), "date_to": today.isoformat()}


def _record(client, partner_id, **fields):
    data = {"method": "bank", "account": "กสิกรไทย 123-4-56789-0 กลุ่มทอผ้า", "reference": "KBANK-0001",
            "paid_on": _today().isoformat(), **fields}
    query = "&".join(f"{k}={v}" for k, v in _period().items())
    return client.post(f"/dashboard/payouts/record/{partner_id}/?{query}", data)


def test_staff_record_a_payout_of_what_the_ledger_says_is_owed(client, staff, paid_order, two_producers_products):
    silk, _ = two_producers_products
    partner_id = silk.producer.partner_id
    shipping = paid_order.shipments.get(partner_id=partner_id).charge
    page = client.get(f"/dashboard/payouts/record/{partner_id}/", _period()).content.decode()
    assert "฿1,161" in page  # 1,290 less 10 %

    response = _record(client, partner_id)

    assert response.status_code == 302
    payout = Payout.objects.get()
    assert payout.amount == Decimal("1161.00") + shipping
    assert (payout.recorded_by, payout.reference, payout.method) == (staff, "KBANK-0001", "bank")
    rows = [row for row in ledger_rows(partner_id=partner_id)]
    assert all(row.in_payout and row.outstanding == 0 for row in rows)
    # The same period again: nothing left to pay.
    with pytest.raises(PayoutRefused):
        payout_record(partner_id, _today(), _today(), method="bank", account="x", reference="y", paid_on=_today())


def test_a_refund_after_a_payout_is_deducted_from_the_next_payout(paid_order, two_producers_products, fake_stripe):
    silk, _ = two_producers_products
    partner_id = silk.producer.partner_id
    first = payout_record(partner_id, _today(), _today(), method="promptpay", account="0812345678",
                          reference="PP-1", paid_on=_today())
    line = paid_order.lines.get(product=silk)
    refund_create(paid_order, [RefundRequestItem(f"line-{line.pk}", Decimal("290.00"))])
    assert payout_due(partner_id, _today(), _today()).amount == Decimal("-261.00")  # 290 less its commission

    with pytest.raises(PayoutRefused):  # nothing to pay yet: the deduction waits for new sales
        payout_record(partner_id, _today(), _today(), method="bank", account="x", reference="y", paid_on=_today())
    new_order = order_paid([(silk, 1)], fake_stripe)
    second = payout_record(partner_id, _today(), _today(), method="bank", account="x", reference="KB-2",
                           paid_on=_today())

    new_shipping = new_order.shipments.get(partner_id=partner_id).charge
    assert second.amount == Decimal("1161.00") + new_shipping - Decimal("261.00")
    assert sorted(line.amount for line in second.lines.all()) == sorted([Decimal("-261.00"), Decimal("1161.00"),
                                                                         new_shipping])
    total_paid = first.amount + second.amount
    assert total_paid == sum((row.owed for row in ledger_rows(partner_id=partner_id)), Decimal("0.00"))


def test_a_producer_reads_their_own_statement_with_payouts(client, weaver, paid_order, two_producers_products):
    silk, chili = two_producers_products
    payout_record(silk.producer.partner_id, _today(), _today(), method="bank", account="x", reference="KB-77",
                  paid_on=_today())
    client.force_login(weaver)

    page = client.get("/dashboard/payouts/statement/").content.decode()

    assert silk.title in page and chili.title not in page
    assert "KB-77" in page
    # Another producer's statement is not theirs to read.
    assert client.get("/dashboard/payouts/statement/", {"partner": chili.producer.partner_id}).status_code == 404


def test_the_statement_is_thai_with_buddhist_era_dates(client, weaver, paid_order, settings):
    from django.utils import translation

    client.force_login(weaver)
    with translation.override("th"):
        settings.LANGUAGE_CODE = "th"
        page = client.get("/dashboard/payouts/statement/", HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert str(_today().year + 543) in page


def test_signed_out_visitors_are_sent_to_log_in(client):
    response = client.get("/dashboard/payouts/statement/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_statement_downloads_as_csv_and_pdf(client, weaver, paid_order, two_producers_products):
    silk, _ = two_producers_products
    client.force_login(weaver)

    response = client.get("/dashboard/payouts/statement/", {**_period(), "download": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Type"].startswith("text/csv")
    assert [row[3] for row in rows[1:-1] if row[2] == "Goods"] == [silk.title]
    shipping = paid_order.shipments.get(partner_id=silk.producer.partner_id).charge
    assert rows[-1][0] == "Total"
    assert [Decimal(cell) for cell in rows[-1][5:9]] == [Decimal("1290.00") + shipping, 0, Decimal("129.00"),
                                                         Decimal("1161.00") + shipping]

    pdf = client.get("/dashboard/payouts/statement/", {**_period(), "download": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert b"Sarabun" in pdf.content  # the Thai font is embedded
    assert f'statement-{silk.producer.partner_id}-' in pdf["Content-Disposition"]


def test_staff_download_one_periods_payouts_for_a_bulk_bank_transfer(client, staff, paid_order,
                                                                      two_producers_products):
    silk, chili = two_producers_products
    for product, reference in ((silk, "KB-1"), (chili, "KB-2")):
        payout_record(product.producer.partner_id, _today(), _today(), method="bank",
                      account=f"account of {reference}", reference=reference, paid_on=_today())

    response = client.get("/dashboard/payouts/recorded/", {**_period(), "download": "bank"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert sorted(row[4] for row in rows[1:]) == ["KB-1", "KB-2"]
    assert sum(Decimal(row[3]) for row in rows[1:]) == sum(p.amount for p in Payout.objects.all())


def test_producers_cannot_record_payouts(client, weaver, paid_order, two_producers_products):
    silk, _ = two_producers_products
    client.force_login(weaver)
    assert _record(client, silk.producer.partner_id).status_code in (302, 403)
    assert not Payout.objects.exists()


def test_the_thai_statement_csv_names_each_column_once(client, weaver, paid_order, settings):
    # "Owed" and "Still owed" were both "ยอดค้างจ่าย": two columns of different sums under one name.
    settings.LANGUAGE_CODE = "th"  # the Thai site, as producers use it
    client.force_login(weaver)
    with translation.override("th"):
        response = client.get("/dashboard/payouts/statement/", {**_period(), "download": "csv"})
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[0] == "คำสั่งซื้อ"
    assert len(set(header)) == len(header), header
