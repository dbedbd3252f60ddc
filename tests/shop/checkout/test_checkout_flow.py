"""Checkout through the pages, as a guest and with an account: Thai address, one shipment per producer, card."""

import json
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from marketplace.payments.services import order_stripe_source
from shop.address.models import UserAddress
from shop.order import statuses
from shop.order.models import Order
from shop.partner.models import StockRecord
from tests.factories import eligible_product
from tests.shop.checkout.steps import checkout_to_preview, place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


def test_a_guest_buys_from_two_producers_and_pays_by_card(
    client, fake_stripe, two_producers_products, django_capture_on_commit_callbacks
):
    silk, chili = two_producers_products
    preview = checkout_to_preview(client, [(silk, 1), (chili, 2)], method_code="thailand-post-ems")
    assert preview.status_code == 200
    assert "฿1,990" in preview.content.decode()  # 1,290 + 2 × 350

    response = place(client)

    assert response.status_code == 302 and response["Location"] == "/checkout/pay/"
    order = Order.objects.get()
    assert order.status == statuses.PENDING
    assert order.guest_email == "guest@example.th"
    assert order.currency == "THB"
    assert order.total_incl_tax == Decimal("1990.00") + order.shipping_incl_tax
    shipments = {s.partner_id: s for s in order.shipments.all()}
    assert set(shipments) == {silk.producer.partner_id, chili.producer.partner_id}
    assert shipments[silk.producer.partner_id].weight_grams == 400
    assert shipments[chili.producer.partner_id].weight_grams == 500
    assert sum(s.charge for s in shipments.values()) == order.shipping_incl_tax
    assert all(s.method_code == "thailand-post-ems" for s in shipments.values())
    address = order.shipping_address
    assert (address.state, address.line4, address.line3, address.postcode) == ("เชียงใหม่", "เมืองเชียงใหม่", "สุเทพ",
                                                                             "50200")
    assert str(address.phone_number) == "+66812345678"
    # The PaymentIntent is for the server's total, in satang, with a key derived from the order.
    intent = fake_stripe.intents[order_stripe_source(order).reference]
    assert intent.amount == int(order.total_incl_tax * 100)
    assert intent.currency == "THB" and intent.order_number == order.number
    assert fake_stripe.posts_of("create") == [f"otop-order-{order.number}-create"]
    assert "Order %s received" % order.number in mail.outbox[-1].subject

    pay_page = client.get("/checkout/pay/")
    assert pay_page.status_code == 200
    assert 'data-card-payment' in pay_page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post("/checkout/pay/card/", json.dumps({"payment_method_id": "pm_card_visa"}),
                             content_type="application/json").json()
    assert answer["status"] == "succeeded"
    assert client.get(answer["redirect"])["Location"] == "/checkout/thank-you/"

    order.refresh_from_db()
    assert order.status == statuses.PAID
    thank_you = client.get("/checkout/thank-you/").content.decode()
    assert order.number in thank_you and "Your payment has been received" in thank_you
    assert "Payment received for order %s" % order.number in mail.outbox[-1].subject
    assert "ชำระเงิน" in mail.outbox[-1].body  # Thai first, English below


def test_a_signed_in_buyer_checks_out_with_their_account_and_the_address_is_kept(
    client, fake_stripe, buyer, two_producers_products
):
    client.force_login(buyer)
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)], guest_email=None)

    assert place(client).status_code == 302

    order = Order.objects.get()
    assert order.user == buyer and not order.guest_email
    saved = UserAddress.objects.get(user=buyer)
    assert (saved.state, saved.line4, saved.postcode) == ("เชียงใหม่", "เมืองเชียงใหม่", "50200")
    # The buyer can come back to pay from their account.
    assert client.get(f"/checkout/pay/?order={order.number}").status_code == 200
    assert client.get(f"/accounts/orders/{order.number}/").status_code == 200
    # The saved address is edited with the same Thai address fields as at checkout.
    edit = client.get(reverse("checkout:user-address-update", kwargs={"pk": saved.pk})).content.decode()
    assert "data-thai-address-form" in edit and 'id="co-subdistricts"' in edit and 'name="postcode"' in edit


def test_the_browser_cannot_choose_the_amount(client, fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)])

    place(client, amount="1.00", order_total="1.00", total="1.00")

    order = Order.objects.get()
    assert fake_stripe.intents[order_stripe_source(order).reference].amount == int(order.total_incl_tax * 100)


def test_a_declined_card_keeps_the_order_waiting_and_another_card_can_pay(client, fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)])
    place(client)

    declined = client.post("/checkout/pay/card/", json.dumps({"payment_method_id": "pm_card_declined"}),
                           content_type="application/json").json()
    assert declined == {"status": "declined",
                        "message": "Your card was declined. Please try another card or contact the bank that issued it.",
                        "redirect": "/checkout/pay/return/"}
    assert Order.objects.get().status == statuses.PENDING

    ok = client.post("/checkout/pay/card/", json.dumps({"payment_method_id": "pm_card_visa"}),
                     content_type="application/json").json()
    assert ok["status"] == "succeeded"
    assert Order.objects.get().status == statuses.PAID


def test_3d_secure_is_finished_in_the_browser_and_confirmed_on_return(client, fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)])
    place(client)
    order = Order.objects.get()

    answer = client.post("/checkout/pay/card/", json.dumps({"payment_method_id": "pm_card_3ds"}),
                         content_type="application/json").json()
    assert answer["status"] == "requires_action" and answer["client_secret"]
    # Back before authenticating: still waiting, sent back to pay.
    assert client.get("/checkout/pay/return/")["Location"] == "/checkout/pay/"

    fake_stripe.settle(order_stripe_source(order).reference)  # Stripe.js finished 3-D Secure
    assert client.get("/checkout/pay/return/")["Location"] == "/checkout/thank-you/"
    order.refresh_from_db()
    assert order.status == statuses.PAID


def test_an_item_sold_out_since_is_refused_at_placement_with_a_clear_message(
    client, fake_stripe, two_producers_products, monkeypatch
):
    from shop.checkout import views

    silk, chili = two_producers_products
    checkout_to_preview(client, [(silk, 2), (chili, 1)])
    handle_payment = views.PaymentDetailsView.handle_payment

    def meanwhile_someone_else_buys(self, *args, **kwargs):
        # Another buyer takes all but one of the silk after this basket was checked, before it is placed.
        handle_payment(self, *args, **kwargs)
        StockRecord.objects.filter(product=silk).update(num_allocated=9)

    monkeypatch.setattr(views.PaymentDetailsView, "handle_payment", meanwhile_someone_else_buys)
    response = place(client)

    assert response.status_code == 200
    page = response.content.decode()
    assert "sold out while you were checking out" in page and silk.title_en in page
    assert not Order.objects.exists()
    assert StockRecord.objects.get(product=silk).num_allocated == 9
    assert StockRecord.objects.get(product=chili).num_allocated in (0, None)
    assert [i.status for i in fake_stripe.intents.values()] == ["canceled"]
    assert client.get("/basket/").status_code == 200
    assert silk.title_en in client.get("/basket/").content.decode()  # the basket is the buyer's again


def test_a_basket_holding_a_product_that_sold_out_is_sent_back_to_the_basket(client, fake_stripe,
                                                                              two_producers_products):
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)])
    StockRecord.objects.filter(product=silk).update(num_in_stock=0)

    response = place(client)

    assert response.status_code == 302 and response["Location"] == "/basket/"
    assert not Order.objects.exists()


def test_an_error_after_the_order_is_written_neither_loses_it_nor_lets_it_be_placed_twice(
    client, fake_stripe, two_producers_products, monkeypatch
):
    from shop.checkout import views

    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)])

    def broken(*args, **kwargs):
        raise RuntimeError("mail server down")

    monkeypatch.setattr(views.PaymentDetailsView, "handle_successful_order", broken)
    response = place(client)

    assert response.status_code == 302 and response["Location"] == "/checkout/pay/"
    order = Order.objects.get()
    assert order.status == statuses.PENDING and order_stripe_source(order) is not None
    # Placing again finds an empty basket: no second order, no second PaymentIntent.
    assert place(client).status_code == 302
    assert Order.objects.count() == 1 and len(fake_stripe.intents) == 1
    assert client.post("/checkout/pay/card/", json.dumps({"payment_method_id": "pm_card_visa"}),
                       content_type="application/json").json()["status"] == "succeeded"


def test_a_failure_while_writing_the_order_writes_nothing_and_cancels_the_payment(
    client, fake_stripe, two_producers_products, monkeypatch
):
    from shop.order.utils import OrderCreator

    silk, chili = two_producers_products
    checkout_to_preview(client, [(silk, 1), (chili, 1)])

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(OrderCreator, "create_additional_line_models", broken)
    response = place(client)

    assert response.status_code == 200
    assert not Order.objects.exists()
    assert all(sr.num_allocated in (0, None) for sr in StockRecord.objects.all())
    assert [i.status for i in fake_stripe.intents.values()] == ["canceled"]


def test_the_local_stripe_server_offers_promptpay_first_and_card(client, fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)])
    page = client.get("/checkout/payment-method/").content.decode()
    assert page.index('value="promptpay"') < page.index('value="card"')


def test_with_a_stripe_account_the_buyer_chooses_promptpay_and_sees_the_qr_code(
    client, stripe_account, fake_stripe, two_producers_products
):
    silk, _ = two_producers_products
    checkout_to_preview(client, [(silk, 1)])
    page = client.get("/checkout/payment-method/").content.decode()
    assert 'value="promptpay"' in page and 'value="card"' in page
    client.post("/checkout/payment-method/", {"method": "promptpay"})
    place(client)
    order = Order.objects.get()

    pay = client.get("/checkout/pay/").content.decode()

    assert f"https://qr.stripe.test/{order_stripe_source(order).reference}.png" in pay
    assert f"https://pay.stripe.test/qr/{order_stripe_source(order).reference}" in pay  # for phones
    assert "data-promptpay-payment" in pay
    assert client.get("/checkout/pay/status/").json()["paid"] is False
    # Coming back from the bank app does not mark it paid: only Stripe's webhook does.
    fake_stripe.settle(order_stripe_source(order).reference)
    client.get("/checkout/pay/return/")
    order.refresh_from_db()
    assert order.status == statuses.PENDING


def test_a_producer_cannot_pay_someone_elses_order_by_number(client, fake_stripe, buyer, two_producers_products):
    from tests.factories import UserFactory
    from tests.order_factory import order_place

    silk, _ = two_producers_products
    order = order_place([(silk, 1)], user=buyer)
    client.force_login(UserFactory())
    assert client.get(f"/checkout/pay/?order={order.number}").status_code == 404
    assert client.post(f"/checkout/pay/card/?order={order.number}", "{}",
                       content_type="application/json").status_code == 404


def test_checkout_pages_have_no_inline_scripts_or_styles(client, fake_stripe, two_producers_products):
    silk, _ = two_producers_products
    pages = [checkout_to_preview(client, [(silk, 1)])]
    pages.append(client.get("/checkout/shipping-address/"))
    place(client)
    pages.append(client.get("/checkout/pay/"))
    for response in pages:
        html = response.content.decode()
        assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
        assert " style=" not in html and " onclick=" not in html
    assert re.search(r'<script src="[^"]*/js\.stripe\.com/v3/"></script>', pages[-1].content.decode())


def test_order_numbers_come_from_a_sequence_and_never_repeat():
    from shop.order.utils import OrderNumberGenerator

    numbers = [OrderNumberGenerator().order_number() for _ in range(50)]
    assert len(set(numbers)) == 50
    assert numbers == sorted(numbers, key=int)


def test_an_eligible_product_without_weight_ships_at_the_methods_default_weight(client, fake_stripe):
    product = eligible_product(weight_grams=None)
    checkout_to_preview(client, [(product, 1)])
    place(client)
    assert Order.objects.get().shipments.get().weight_grams == 500


def test_the_checkout_speaks_thai_first(client, fake_stripe, settings, two_producers_products):
    from django.utils import translation

    settings.LANGUAGE_CODE = "th"
    silk, _ = two_producers_products
    with translation.override("th"):
        client.post(f"/basket/add/{silk.pk}/", {"quantity": 1})
        client.post("/checkout/", {"username": "guest@example.th", "options": "anonymous"})
        page = client.get("/checkout/shipping-address/").content.decode()
    assert '<html lang="th"' in page
    assert '<option value="TH-50">เชียงใหม่</option>' in page
    english = client.get("/en/checkout/shipping-address/").content.decode()
    assert '<html lang="en"' in english and '<option value="TH-50">Chiang Mai</option>' in english


def test_a_basket_becomes_one_order_however_often_it_is_submitted(fake_stripe, two_producers_products):
    from oscar.apps.checkout.calculators import OrderTotalCalculator

    from shop.order.exceptions import BasketAlreadyOrdered
    from shop.order.utils import OrderCreator, OrderNumberGenerator
    from shop.shipping.repository import Repository
    from tests.order_factory import basket_with, thai_address

    silk, _ = two_producers_products
    basket = basket_with([(silk, 1)])
    method = Repository().get_shipping_methods(basket)[0]
    charge = method.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, charge)

    def submit():
        address = thai_address()
        address.save()
        return OrderCreator().place_order(basket=basket, total=total, shipping_method=method, shipping_charge=charge,
                                          shipping_address=address, order_number=OrderNumberGenerator().order_number(),
                                          status="Pending payment", guest_email="a@example.th")

    first = submit()
    with pytest.raises(BasketAlreadyOrdered) as caught:
        submit()
    assert caught.value.order == first
    assert Order.objects.count() == 1
    assert StockRecord.objects.get(product=silk).num_allocated == 1
