"""The order dashboard's actions with junk in their parameters: a 404 or a message, never a server error."""

import pytest
from django.contrib.auth.models import Permission

from marketplace.payments.models import Refund
from shop.order import statuses
from shop.order.models import ShipmentStatus
from tests.factories import UserFactory
from tests.order_factory import order_paid

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]

JUNK_IDS = ["abc", "", "1.5", "-1", "1e3", "٣", "9" * 40]  # a NUL is the 400 of marketplace/project/nul_guard.py


@pytest.fixture
def paid_order(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    return order_paid([(silk, 1), (chili, 2)], fake_stripe)


@pytest.fixture
def producer_user(two_producers_products):
    """The silk weaver, signed in to the dashboard for their own parcels."""
    user = UserFactory(email="junk-weaver@otop.example")
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    two_producers_products[0].producer.partner.users.add(user)
    return user


@pytest.fixture
def staff():
    return UserFactory(is_staff=True, is_superuser=True, email="junk-admin@otop.example")


def _url(order):
    return f"/dashboard/orders/{order.number}/"


@pytest.mark.parametrize("shipment", JUNK_IDS)
@pytest.mark.parametrize("who, action", [("producer_user", "ship"), ("staff", "ship"), ("staff", "deliver")])
def test_marking_a_junk_shipment_is_a_404_and_nothing_moves(client, request, paid_order, who, action, shipment):
    client.force_login(request.getfixturevalue(who))
    response = client.post(_url(paid_order), {"order_action": action, "shipment": shipment, "carrier": "thaipost",
                                              "tracking_number": "EX123456789TH"})
    assert response.status_code == 404
    assert not paid_order.shipments.exclude(status=ShipmentStatus.AWAITING).exists()


@pytest.mark.parametrize("refund", JUNK_IDS)
def test_retrying_a_junk_refund_id_is_a_404(client, staff, paid_order, refund):
    client.force_login(staff)
    assert client.post(_url(paid_order), {"order_action": "refund_retry", "refund": refund}).status_code == 404


@pytest.mark.parametrize("amount", ["NaN", "-NaN", "sNaN", "Infinity", "-inf", "1e309", "1e10", "abc"])
def test_a_refund_of_a_junk_amount_is_refused_with_a_message(client, staff, paid_order, amount):
    client.force_login(staff)
    line = paid_order.lines.first()

    response = client.post(_url(paid_order), {"order_action": "refund", f"refund-line-{line.pk}": amount},
                           follow=True)

    assert response.status_code == 200
    assert "is not an amount" in response.content.decode()
    assert not Refund.objects.exists()
    paid_order.refresh_from_db()
    assert paid_order.status == statuses.PAID


def test_a_partial_refund_typed_with_a_thousands_comma_and_baht_sign_is_made(client, staff, paid_order):
    client.force_login(staff)
    line = paid_order.lines.first()
    typed = f"฿{line.line_price_incl_tax - 1:,.2f}"  # e.g. ฿1,249.00

    response = client.post(_url(paid_order), {"order_action": "refund", f"refund-line-{line.pk}": typed})

    assert response.status_code == 302
    refund = Refund.objects.get()
    assert refund.amount == line.line_price_incl_tax - 1


def test_a_refused_refund_amount_stays_in_its_box_on_the_refunds_tab(client, staff, paid_order):
    client.force_login(staff)
    first, second = paid_order.lines.all()[:2]

    response = client.post(_url(paid_order), {"order_action": "refund", f"refund-line-{first.pk}": "12,34",
                                              f"refund-line-{second.pk}": "10"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Put commas only between thousands" in html
    assert 'value="12,34"' in html and 'value="10"' in html
    assert 'class="tab-pane fade show active" id="refunds"' in html
    assert not Refund.objects.exists()


def test_a_refused_refund_does_not_also_report_errors_in_the_note_form(client, staff, paid_order):
    client.force_login(staff)
    line = paid_order.lines.first()
    response = client.post(_url(paid_order), {"order_action": "refund", f"refund-line-{line.pk}": "abc"})
    assert response.status_code == 200
    assert not response.context["note_form"].is_bound
    assert "We found some errors" not in response.content.decode()
