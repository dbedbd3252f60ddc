"""Marking parcels shipped: the service bought is the default carrier, tracking numbers link to the carrier,
and refunded lines are not shipped (#12 items 16 and 17)."""

from decimal import Decimal

import pytest
from django.core import mail

from marketplace.payments.refunds import RefundRequestItem, refund_create
from shop.order import statuses
from shop.order.models import ShipmentStatus
from shop.order.services import ShipmentRefused, shipment_mark_shipped
from shop.order.tracking import tracking_url
from shop.partner.models import StockRecord
from tests.order_factory import order_paid


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


def _url(order):
    return f"/dashboard/orders/{order.number}/"


def _refund_line(order, product, amount):
    line = order.lines.get(product=product)
    return refund_create(order, [RefundRequestItem(f"line-{line.pk}", Decimal(amount))])


def test_the_carrier_defaults_to_the_service_the_buyer_paid_for(client, fake_stripe, weaver,
                                                                 two_producers_products):
    silk, _ = two_producers_products
    order = order_paid([(silk, 1)], fake_stripe, shipping_code="thailand-post-registered")
    client.force_login(weaver)

    shipment = order.shipments.get()
    form = client.get(_url(order)).context["shipments"][0].form

    assert shipment.method_code == "thailand-post-registered"
    assert form["carrier"].value() == "thailand-post-registered"
    assert 'value="thailand-post-registered" selected' in str(form["carrier"])


def test_each_carrier_has_a_tracking_page():
    assert tracking_url("thailand-post-ems", "EE123456789TH") == (
        "https://track.thailandpost.co.th/?trackNumber=EE123456789TH")
    for carrier in ("thailand-post-registered", "kerry", "flash", "jt"):
        assert tracking_url(carrier, "AB-12").startswith("https://") and "AB-12" in tracking_url(carrier, "AB-12")
    assert tracking_url("other", "X1") == ""


def test_the_buyer_gets_a_link_to_the_carriers_tracking_page_by_email_and_on_the_order_page(
    client, fake_stripe, two_producers_products, django_capture_on_commit_callbacks
):
    silk, _ = two_producers_products
    order = order_paid([(silk, 1)], fake_stripe)
    shipment = order.shipments.get()
    with django_capture_on_commit_callbacks(execute=True):
        shipment_mark_shipped(shipment.pk, "kerry", "KEX0001")

    link = "https://th.kerryexpress.com/th/track/?track=KEX0001"
    assert link in mail.outbox[-1].body
    status_page = f"/accounts/order-status/{order.number}/{order.verification_hash()}/"
    client.post(client.get(status_page)["Location"], {"email": "buyer@example.th"})
    assert f'href="{link}"' in client.get(status_page).content.decode()


def test_a_fully_refunded_parcel_is_not_to_be_shipped(client, fake_stripe, weaver, two_producers_products):
    silk, _ = two_producers_products
    order = order_paid([(silk, 2)], fake_stripe)
    _refund_line(order, silk, "2580.00")
    shipment = order.shipments.get()
    client.force_login(weaver)

    page = client.get(_url(order)).content.decode()
    assert 'data-line-status="refunded"' in page and 'data-shipment-status="refunded"' in page
    assert 'data-shipment-status="awaiting"' not in page and 'name="order_action" value="ship"' not in page

    with pytest.raises(ShipmentRefused):
        shipment_mark_shipped(shipment.pk, "kerry", "KEX0002")
    response = client.post(_url(order), {"order_action": "ship", "shipment": shipment.pk,
                                         f"shipment-{shipment.pk}-carrier": "kerry",
                                         f"shipment-{shipment.pk}-tracking_number": "KEX0002"})
    assert response.status_code == 302
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.AWAITING
    assert order.lines.get().status == statuses.LINE_AWAITING


def test_a_partly_refunded_line_shows_what_remains_and_only_that_is_shipped(client, fake_stripe, weaver,
                                                                           two_producers_products, buyer):
    silk, _ = two_producers_products
    order = order_paid([(silk, 3)], fake_stripe, user=buyer)
    _refund_line(order, silk, "1290.00")  # one of three
    client.force_login(weaver)

    page = client.get(_url(order)).content.decode()
    assert 'data-line-status="partly-refunded"' in page and "2 of 3" in page

    shipment_mark_shipped(order.shipments.get().pk, "flash", "TH0001")

    record = StockRecord.objects.get(product=silk)
    assert (record.num_in_stock, record.num_allocated) == (8, 0)  # two sent, the refunded one back on sale
    assert order.lines.get().status == statuses.LINE_SHIPPED
    client.force_login(buyer)
    buyer_page = client.get(f"/accounts/orders/{order.number}/").content.decode()
    assert 'data-line-status="partly-refunded"' in buyer_page and "2 of 3" in buyer_page


def test_a_refunded_line_is_left_out_when_its_producers_other_lines_ship(fake_stripe, two_producers_products):
    from tests.factories import eligible_product

    silk, _ = two_producers_products
    scarf = eligible_product(producer=silk.producer)
    order = order_paid([(silk, 1), (scarf, 1)], fake_stripe)
    _refund_line(order, scarf, "1290.00")

    shipment_mark_shipped(order.shipments.get().pk, "kerry", "KEX0003")

    assert order.lines.get(product=silk).status == statuses.LINE_SHIPPED
    assert order.lines.get(product=scarf).status == statuses.LINE_AWAITING
    assert StockRecord.objects.get(product=scarf).num_in_stock == 10  # nothing of it left the shelf


def test_the_order_list_and_the_home_page_do_not_count_a_refunded_parcel_as_waiting(
    client, fake_stripe, weaver, two_producers_products
):
    silk, _ = two_producers_products
    waiting = order_paid([(silk, 1)], fake_stripe)
    refunded = order_paid([(silk, 1)], fake_stripe)
    _refund_line(refunded, silk, "1290.00")
    client.force_login(weaver)

    assert client.get("/dashboard/").context["producer"].shipments_awaiting == 1
    listing = client.get("/dashboard/orders/").content.decode()
    assert listing.count('data-shipment-status="awaiting"') == 1 and waiting.number in listing
    assert listing.count('data-shipment-status="refunded"') == 1
