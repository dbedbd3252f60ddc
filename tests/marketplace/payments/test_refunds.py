"""Refunds from the dashboard: full or partial, per line, never more than was captured."""

from decimal import Decimal

import pytest
from django.core import mail

from marketplace.payments.models import Refund, RefundStatus
from marketplace.payments.refunds import (
    RefundRefused,
    RefundRequestItem,
    refund_create,
    refund_send,
)
from marketplace.payments.selectors import (
    order_refundable_amount,
    order_refundable_items,
)
from marketplace.payments.services import order_stripe_source
from shop.order import statuses
from tests.factories import UserFactory
from tests.order_factory import order_paid, order_place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


@pytest.fixture
def paid_order(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    return order_paid([(silk, 1), (chili, 2)], fake_stripe)


@pytest.fixture
def staff():
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True, email="staff@otop.example")
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="order",
                                                         codename__in=["view_order", "change_order"]))
    return user


def _line_key(order, product):
    return f"line-{order.lines.get(product=product).pk}"


def test_a_partial_refund_of_one_line_leaves_the_order_partly_refunded(
    paid_order, fake_stripe, two_producers_products, staff, django_capture_on_commit_callbacks
):
    silk, _ = two_producers_products
    with django_capture_on_commit_callbacks(execute=True):
        refund = refund_create(paid_order, [RefundRequestItem(_line_key(paid_order, silk), Decimal("290.00"))],
                               user=staff, reason="scratched")

    assert refund.status == RefundStatus.SUCCEEDED and refund.stripe_refund_id.startswith("re_")
    paid_order.refresh_from_db()
    assert paid_order.status == statuses.PARTLY_REFUNDED
    source = order_stripe_source(paid_order)
    assert source.amount_refunded == Decimal("290.00")
    intent = fake_stripe.intents[source.reference]
    assert intent.amount_refunded == 29000
    assert fake_stripe.posts_of("refund") == [f"otop-order-{paid_order.number}-refund-{refund.pk}"]
    assert "Refund for order" in mail.outbox[-1].subject and "฿290" in mail.outbox[-1].body


def test_refunding_what_is_left_makes_the_order_refunded(paid_order, staff):
    refund_create(paid_order, [RefundRequestItem(order_refundable_items(paid_order)[0].key, Decimal("100.00"))],
                  user=staff)
    from marketplace.payments.refunds import refund_request_full

    refund_create(paid_order, refund_request_full(paid_order), user=staff)

    paid_order.refresh_from_db()
    assert paid_order.status == statuses.REFUNDED
    assert order_refundable_amount(paid_order, order_stripe_source(paid_order)) == 0
    assert [c.new_status for c in paid_order.status_changes.order_by("pk")] == [
        statuses.PAID, statuses.PARTLY_REFUNDED, statuses.REFUNDED]


def test_a_refund_can_never_exceed_what_was_captured(paid_order, staff):
    from marketplace.payments.refunds import refund_request_full

    refund_create(paid_order, refund_request_full(paid_order), user=staff)

    with pytest.raises(RefundRefused):
        refund_create(paid_order, [RefundRequestItem(order_refundable_items(paid_order)[0].key, Decimal("0.01"))])
    assert Refund.objects.count() == 1


def test_a_line_cannot_be_refunded_beyond_its_price(paid_order, two_producers_products):
    silk, _ = two_producers_products
    with pytest.raises(RefundRefused, match="can still be refunded"):
        refund_create(paid_order, [RefundRequestItem(_line_key(paid_order, silk), Decimal("1290.01"))])
    assert not Refund.objects.exists()


@pytest.mark.parametrize("amount", [Decimal("-5"), Decimal("1.005")])
def test_odd_amounts_are_refused(paid_order, two_producers_products, amount):
    silk, _ = two_producers_products
    with pytest.raises(RefundRefused):
        refund_create(paid_order, [RefundRequestItem(_line_key(paid_order, silk), amount)])


def test_an_unpaid_order_cannot_be_refunded(fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    order = order_place([(silk, 1)])
    with pytest.raises(RefundRefused, match="Only paid orders"):
        refund_create(order, [RefundRequestItem(f"line-{order.lines.get().pk}", Decimal("1"))])


def test_refunds_made_directly_in_stripe_count_against_the_cap(paid_order, fake_stripe):
    from marketplace.payments.services import payment_sync

    source = order_stripe_source(paid_order)
    captured = fake_stripe.intents[source.reference].amount_received
    fake_stripe.settle(source.reference, amount_refunded=captured - 1000)  # all but ฿10, in Stripe's dashboard
    payment_sync(source.reference)
    paid_order.refresh_from_db()

    assert paid_order.status == statuses.PARTLY_REFUNDED
    assert order_refundable_amount(paid_order, order_stripe_source(paid_order)) == Decimal("10.00")
    with pytest.raises(RefundRefused, match="At most"):
        refund_create(paid_order, [RefundRequestItem(order_refundable_items(paid_order)[0].key, Decimal("10.01"))])


def test_a_refund_that_could_not_reach_stripe_is_kept_and_sent_again_with_the_same_key(paid_order, fake_stripe):
    fake_stripe.unreachable = True
    key = order_refundable_items(paid_order)[0].key
    with pytest.raises(RefundRefused, match="can be sent again"):
        refund_create(paid_order, [RefundRequestItem(key, Decimal("50.00"))])
    refund = Refund.objects.get()
    assert refund.status == RefundStatus.PENDING  # reserved: it still counts against the cap

    fake_stripe.unreachable = False
    refund_send(refund)
    refund_send(refund)  # a double click

    refund.refresh_from_db()
    assert refund.status == RefundStatus.SUCCEEDED
    assert fake_stripe.posts_of("refund") == [refund.idempotency_key]
    paid_order.refresh_from_db()
    assert order_stripe_source(paid_order).amount_refunded == Decimal("50.00")


def test_staff_refund_from_the_order_dashboard(client, paid_order, staff, two_producers_products):
    _, chili = two_producers_products
    client.force_login(staff)
    url = f"/dashboard/orders/{paid_order.number}/"
    page = client.get(url).content.decode()
    assert "Refund the amounts entered" in page and f"refund-{_line_key(paid_order, chili)}" in page

    response = client.post(url, {"order_action": "refund", f"refund-{_line_key(paid_order, chili)}": "350",
                                 "reason": "broken jar"})

    assert response.status_code == 302
    refund = Refund.objects.get()
    assert (refund.amount, refund.reason, refund.created_by) == (Decimal("350.00"), "broken jar", staff)
    assert refund.items.get().line.product == chili

    client.post(url, {"order_action": "refund_full"})
    assert Refund.objects.count() == 2
    paid_order.refresh_from_db()
    assert paid_order.status == statuses.REFUNDED


def test_staff_who_may_only_view_orders_cannot_refund(client, paid_order, staff):
    from django.contrib.auth.models import Permission

    staff.user_permissions.remove(Permission.objects.get(content_type__app_label="order", codename="change_order"))
    client.force_login(staff)
    url = f"/dashboard/orders/{paid_order.number}/"
    assert "Refund the amounts entered" not in client.get(url).content.decode()
    assert client.post(url, {"order_action": "refund_full"}).status_code == 403
    assert not Refund.objects.exists()


def test_a_producer_cannot_refund(client, paid_order, weaver):
    client.force_login(weaver)

    response = client.post(f"/dashboard/orders/{paid_order.number}/", {"order_action": "refund_full"})

    assert response.status_code == 403
    assert not Refund.objects.exists()
