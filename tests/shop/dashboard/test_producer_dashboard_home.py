"""The dashboard's home page: a producer sees figures of their own lines only; staff keep Oscar's statistics."""

from decimal import Decimal

import pytest

from marketplace.ledger.selectors import ledger_rows
from marketplace.payments.refunds import RefundRequestItem, refund_create
from shop.order import statuses
from tests.factories import UserFactory, producer_user
from tests.order_factory import order_paid, order_place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


@pytest.fixture
def orders(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    shared = order_paid([(silk, 1), (chili, 2)], fake_stripe)  # silk ฿1,290, chili 2 × ฿350
    chili_only = order_paid([(chili, 3)], fake_stripe)
    unpaid = order_place([(silk, 2)])
    return shared, chili_only, unpaid


def test_a_producer_sees_only_their_own_lines_never_the_other_producers_or_the_order_totals(
    client, orders, two_producers_products
):
    silk, _ = two_producers_products
    shared, chili_only, unpaid = orders
    weaver = producer_user(silk.producer, email="weaver@otop.example")
    client.force_login(weaver)

    response = client.get("/dashboard/")

    assert response.status_code == 200
    assert response.templates[0].name == "oscar/dashboard/index_producer.html"
    figures = response.context["producer"]
    own_lines = shared.lines.filter(partner=silk.producer.partner)
    assert figures.all_time.revenue == sum(line.line_price_incl_tax for line in own_lines) == Decimal("1290.00")
    assert (figures.all_time.orders, figures.all_time.lines, figures.all_time.items_sold) == (1, 1, 1)
    assert figures.last_day.revenue == Decimal("1290.00")
    assert figures.all_time.owed == sum(row.owed for row in ledger_rows(partner_id=silk.producer.partner.pk))
    assert figures.shipments_awaiting == 1
    assert figures.products == 1

    page = response.content.decode()
    assert "฿1,290" in page
    for other in (shared.total_incl_tax, chili_only.total_incl_tax, unpaid.total_incl_tax,
                  Decimal(700), Decimal(1050)):  # order totals; the chili maker's lines
        assert f"฿{other:,.0f}" not in page and f"฿{other:,.2f}" not in page
    assert "total_revenue" not in response.context and "hourly_report_dict" not in response.context


def test_the_other_producer_sees_their_own_figures(client, orders, two_producers_products):
    _, chili = two_producers_products
    client.force_login(producer_user(chili.producer, email="chili@otop.example"))

    figures = client.get("/dashboard/").context["producer"]

    assert figures.all_time.revenue == Decimal("1750.00")  # 2 × 350 + 3 × 350
    assert (figures.all_time.orders, figures.all_time.lines, figures.all_time.items_sold) == (2, 2, 5)


def test_refunds_of_a_producers_lines_show_on_their_home_page_only(client, orders, two_producers_products):
    silk, chili = two_producers_products
    shared, _, _ = orders
    chili_line = shared.lines.get(partner=chili.producer.partner)
    refund_create(shared, [RefundRequestItem(f"line-{chili_line.pk}", Decimal("350.00"))])
    shared.refresh_from_db()
    assert shared.status == statuses.PARTLY_REFUNDED

    client.force_login(producer_user(silk.producer, email="weaver@otop.example"))
    weaver = client.get("/dashboard/").context["producer"]
    client.force_login(producer_user(chili.producer, email="chili@otop.example"))
    chili_maker = client.get("/dashboard/").context["producer"]

    assert weaver.all_time.refunded == Decimal("0.00")
    assert chili_maker.all_time.refunded == Decimal("350.00")
    assert chili_maker.all_time.owed == sum(row.owed for row in ledger_rows(partner_id=chili.producer.partner.pk))


def test_staff_keep_oscars_store_statistics(client, orders):
    shared, chili_only, _ = orders
    admin = UserFactory(email="admin@otop.example", is_staff=True)
    client.force_login(admin)

    response = client.get("/dashboard/")

    assert response.status_code == 200
    assert "producer" not in response.context
    assert response.context["total_orders"] == 3
    assert response.context["total_revenue"] >= shared.total_incl_tax + chili_only.total_incl_tax


def test_a_user_without_dashboard_access_is_turned_away(client, orders):
    client.force_login(UserFactory(email="buyer2@example.th"))
    response = client.get("/dashboard/")
    assert response.status_code in (302, 403)
