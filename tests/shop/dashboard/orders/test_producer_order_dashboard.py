"""The order dashboard for producers: their own lines only, and marking their parcel shipped."""

import pytest
from django.core import mail

from shop.order import statuses
from shop.order.models import ShipmentStatus
from shop.partner.models import StockRecord
from tests.factories import UserFactory
from tests.order_factory import order_paid, order_place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


@pytest.fixture
def paid_order(fake_stripe, two_producers_products):
    silk, chili = two_producers_products
    return order_paid([(silk, 1), (chili, 2)], fake_stripe)


def _url(order, suffix=""):
    return f"/dashboard/orders/{order.number}/{suffix}"


def test_a_producer_sees_only_their_own_lines_and_not_the_orders_totals(client, weaver, paid_order,
                                                                         two_producers_products):
    silk, chili = two_producers_products
    client.force_login(weaver)

    page = client.get(_url(paid_order)).content.decode()

    assert silk.title in page
    assert chili.title not in page
    assert "฿1,290" in page  # their own items
    assert f"{paid_order.total_incl_tax:,.0f}" not in page  # not the order total
    assert "สมหญิง" in page and "50200" in page  # where to send it
    for whole_order_action in ("change_order_status", "create_order_payment_event", "save_note",
                               "Refund", "shipping-address"):
        assert whole_order_action not in page


def test_a_producer_cannot_open_the_other_producers_line_or_act_on_the_whole_order(
    client, weaver, paid_order, two_producers_products
):
    _, chili = two_producers_products
    client.force_login(weaver)
    other_line = paid_order.lines.get(product=chili)

    assert client.get(_url(paid_order, f"lines/{other_line.pk}/")).status_code == 404
    own_line = paid_order.lines.exclude(pk=other_line.pk).get()
    assert client.get(_url(paid_order, f"lines/{own_line.pk}/")).status_code == 200
    assert client.get(_url(paid_order, "shipping-address/")).status_code == 403
    assert client.get("/dashboard/orders/statistics/").status_code == 403
    for action in ("save_note", "change_order_status", "create_order_payment_event", "refund_full", "deliver"):
        response = client.post(_url(paid_order), {"order_action": action, "message": "x", "new_status": "Refunded"})
        assert response.status_code == 403, action
    response = client.post(_url(paid_order), {"line_action": "create_shipping_event", "selected_line": other_line.pk})
    assert response.status_code == 403
    paid_order.refresh_from_db()
    assert paid_order.status == statuses.PAID and not paid_order.notes.exclude(note_type="System").exists()


def test_the_order_list_shows_a_producer_their_share_and_no_download(client, weaver, paid_order):
    client.force_login(weaver)
    page = client.get("/dashboard/orders/").content.decode()
    assert paid_order.number in page and "฿1,290" in page
    assert "download_selected_orders" not in page and "change_order_statuses" not in page
    assert client.get("/dashboard/orders/", {"response_format": "csv"}).status_code == 403


def test_unpaid_orders_are_not_shown_to_producers(client, weaver, fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    pending = order_place([(silk, 1)])
    client.force_login(weaver)
    assert client.get(_url(pending)).status_code == 404
    assert pending.number not in client.get("/dashboard/orders/").content.decode()


def test_a_producer_marks_their_parcel_shipped_and_the_buyer_is_told(
    client, weaver, paid_order, two_producers_products, django_capture_on_commit_callbacks
):
    silk, chili = two_producers_products
    client.force_login(weaver)
    shipment = paid_order.shipments.get(partner=silk.producer.partner)
    other = paid_order.shipments.get(partner=chili.producer.partner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(paid_order), {
            "order_action": "ship", "shipment": shipment.pk,
            f"shipment-{shipment.pk}-carrier": "thailand-post-ems",
            f"shipment-{shipment.pk}-tracking_number": "ee 123 456 789 th",
        })

    assert response.status_code == 302
    shipment.refresh_from_db()
    assert (shipment.status, shipment.carrier, shipment.tracking_number) == (
        ShipmentStatus.SHIPPED, "thailand-post-ems", "EE123456789TH")
    assert shipment.shipped_by == weaver
    line = paid_order.lines.get(product=silk)
    assert line.status == statuses.LINE_SHIPPED
    record = StockRecord.objects.get(product=silk)
    assert (record.num_in_stock, record.num_allocated) == (9, 0)  # the allocation is consumed
    other.refresh_from_db()
    assert other.status == ShipmentStatus.AWAITING
    message = mail.outbox[-1]
    assert "on their way" in message.subject and "EE123456789TH" in message.body
    assert message.to == ["buyer@example.th"]

    # The other producer's parcel is not theirs to ship.
    response = client.post(_url(paid_order), {
        "order_action": "ship", "shipment": other.pk,
        f"shipment-{other.pk}-carrier": "kerry", f"shipment-{other.pk}-tracking_number": "KER1",
    })
    assert response.status_code == 404


def test_a_parcel_needs_a_carrier_and_a_tracking_number(client, weaver, paid_order, two_producers_products):
    silk, _ = two_producers_products
    shipment = paid_order.shipments.get(partner=silk.producer.partner)
    client.force_login(weaver)
    client.post(_url(paid_order), {"order_action": "ship", "shipment": shipment.pk,
                                   f"shipment-{shipment.pk}-carrier": "pigeon",
                                   f"shipment-{shipment.pk}-tracking_number": "=1+1"})
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.AWAITING


def test_the_buyer_sees_each_parcels_status_and_tracking_number(client, paid_order, fake_stripe,
                                                               two_producers_products):
    from shop.order.processing import EventHandler

    silk, _ = two_producers_products
    shipment = paid_order.shipments.get(partner=silk.producer.partner)
    EventHandler().handle_shipment_shipped(shipment, "kerry", "KEX0001")

    link = f"/accounts/order-status/{paid_order.number}/{paid_order.verification_hash()}/"
    form = client.get(link)  # the link from the e-mails asks the guest for their e-mail address first
    assert form.status_code == 302
    client.post(form["Location"], {"email": "buyer@example.th"})
    page = client.get(link)

    html = page.content.decode()
    assert page.status_code == 200
    assert "KEX0001" in html and "Kerry Express" in html
    assert html.count("co-parcel__head") == 2
    assert "Awaiting shipment" in html and "Shipped" in html


def test_a_signed_in_buyer_sees_the_parcels_in_their_account(client, fake_stripe, buyer, two_producers_products):
    silk, chili = two_producers_products
    order = order_paid([(silk, 1), (chili, 1)], fake_stripe, user=buyer)
    client.force_login(buyer)
    html = client.get(f"/accounts/orders/{order.number}/").content.decode()
    assert html.count("co-parcel__head") == 2 and "Paid" in html


def test_staff_see_every_producers_parcel_and_may_mark_one_delivered(client, paid_order, two_producers_products):
    from shop.order.processing import EventHandler

    silk, _ = two_producers_products
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    shipment = paid_order.shipments.get(partner=silk.producer.partner)
    EventHandler().handle_shipment_shipped(shipment, "flash", "TH0001")

    page = client.get(_url(paid_order)).content.decode()
    assert page.count('id="shipment-') == 2
    assert "change_order_status" not in page and "create_shipping_event" not in page

    client.post(_url(paid_order), {"order_action": "deliver", "shipment": shipment.pk})
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.DELIVERED
    assert paid_order.lines.get(product=silk).status == statuses.LINE_DELIVERED


def test_the_order_status_filter_speaks_thai(client, weaver, settings):
    settings.LANGUAGE_CODE = "th"
    client.force_login(weaver)
    page = client.get("/dashboard/orders/").content.decode()
    assert '<option value="Paid">ชำระเงินแล้ว</option>' in page
    assert '<option value="Pending payment">รอชำระเงิน</option>' in page
    assert client.get("/dashboard/orders/", {"status": "Paid"}).status_code == 200


def test_a_refused_tracking_number_stays_in_its_field_with_the_reason_beside_it(
    client, weaver, paid_order, two_producers_products
):
    # The page used to reload with the field empty and the reason only in the banner at the top.
    silk, _ = two_producers_products
    shipment = paid_order.shipments.get(partner=silk.producer.partner)
    client.force_login(weaver)
    response = client.post(_url(paid_order), {"order_action": "ship", "shipment": shipment.pk,
                                              f"shipment-{shipment.pk}-carrier": "thailand-post-ems",
                                              f"shipment-{shipment.pk}-tracking_number": "EE12345678 ไทย"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="EE12345678 ไทย"' in page
    assert 'value="thailand-post-ems" selected' in page
    reason = ("เลขพัสดุประกอบด้วยตัวอักษร ตัวเลข และขีดกลางเท่านั้น" if 'lang="th"' in page
              else "A tracking number has only letters, digits and dashes.")
    assert page.count(reason) == 2  # in the banner and beside the field
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.AWAITING
