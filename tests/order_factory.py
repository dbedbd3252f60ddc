"""Orders for tests, placed as the checkout places them, paid as Stripe's webhook would settle them.

``order_place`` puts a basket through Oscar's order creator with a PaymentIntent first, as the checkout
does; ``order_paid`` also has the (fake) Stripe take the payment. ``make_order`` writes an order's rows
directly, for tests about who sees which order rather than how it was placed. The fixtures here
(two products of two producers, the silk weaver's account, a buyer) are offered to every test
(``pytest_plugins`` in tests/conftest.py).
"""

from decimal import Decimal

import pytest
from django.contrib.sites.models import Site
from django.utils import timezone
from oscar.apps.basket.models import Basket
from oscar.apps.checkout.calculators import OrderTotalCalculator

from marketplace.payments.services import order_stripe_source, payment_intent_open, payment_source_unsaved, payment_sync
from shop.address.models import Country
from shop.order import statuses
from shop.order.models import Line, Order, ShippingAddress
from shop.order.utils import OrderCreator, OrderNumberGenerator
from shop.partner.strategy import Selector
from shop.shipping.repository import Repository
from tests.factories import UserFactory, eligible_product, producer_user


def thai_address(**overrides) -> ShippingAddress:
    fields = {
        "first_name": "สมหญิง", "last_name": "รักไทย", "line1": "99/1 หมู่ 3 ถนนสุเทพ", "line3": "สุเทพ",
        "line4": "เมืองเชียงใหม่", "state": "เชียงใหม่", "postcode": "50200", "phone_number": "+66812345678",
        "country": Country.objects.get(iso_3166_1_a2="TH"),
    }
    fields.update(overrides)
    return ShippingAddress(**fields)


def basket_with(items, user=None) -> Basket:
    basket = Basket.objects.create(owner=user if user and user.is_authenticated else None)
    basket.strategy = Selector().strategy(user=user)
    for product, quantity in items:
        basket.add_product(product, quantity)
    return basket


def order_place(items, *, method="card", user=None, email="buyer@example.th", shipping_code=None):
    """Places a pending order as the checkout does: PaymentIntent first, then the order with its payment source."""
    basket = basket_with(items, user)
    methods = Repository().get_shipping_methods(basket)
    shipping_method = next(m for m in methods if m.code == shipping_code) if shipping_code else methods[0]
    shipping_charge = shipping_method.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, shipping_charge)
    number = OrderNumberGenerator().order_number(basket)
    intent = payment_intent_open(number, total.incl_tax, total.currency, method)
    address = thai_address()
    address.save()
    order = OrderCreator().place_order(
        basket=basket, total=total, shipping_method=shipping_method, shipping_charge=shipping_charge,
        user=user, shipping_address=address, order_number=number, status=statuses.PENDING,
        **({} if user else {"guest_email": email}),
    )
    source = payment_source_unsaved(intent, method, total.incl_tax, total.currency)
    source.order = order
    source.save()
    basket.submit()
    return order


def order_paid(items, fake, **kwargs):
    """A placed order whose payment Stripe has taken, synced as the webhook would."""
    order = order_place(items, **kwargs)
    reference = order_stripe_source(order).reference
    fake.settle(reference)
    payment_sync(reference)
    order.refresh_from_db()
    return order


def make_order(number: str, lines: list[tuple[object, object]], status: str = "Paid"):
    """An order (paid by default) with one line per (producer, product)."""
    total = Decimal("0.00")
    order = Order.objects.create(
        number=number, site=Site.objects.get_current(), currency="THB", status=status,
        total_incl_tax=Decimal("0.00"), total_excl_tax=Decimal("0.00"),
        shipping_incl_tax=Decimal("0.00"), shipping_excl_tax=Decimal("0.00"),
        guest_email="buyer@example.th", date_placed=timezone.now(),
    )
    for producer, product in lines:
        stockrecord = product.stockrecords.get()
        Line.objects.create(
            order=order, partner=producer.partner, partner_name=producer.partner.name,
            partner_sku=stockrecord.partner_sku, stockrecord=stockrecord, product=product,
            title=product.title, upc=product.upc, quantity=1, num_allocated=0,
            line_price_incl_tax=stockrecord.price, line_price_excl_tax=stockrecord.price,
            line_price_before_discounts_incl_tax=stockrecord.price,
            line_price_before_discounts_excl_tax=stockrecord.price,
            unit_price_incl_tax=stockrecord.price, unit_price_excl_tax=stockrecord.price,
        )
        total += stockrecord.price
    order.total_incl_tax = order.total_excl_tax = total
    order.save(update_fields=["total_incl_tax", "total_excl_tax"])
    return order


@pytest.fixture
def two_producers_products():
    """Two eligible products of two different producers: 400 g at ฿1,290 and 250 g at ฿350."""
    silk = eligible_product(weight_grams=400)
    chili = eligible_product(weight_grams=250, stock__price=Decimal("350.00"))
    return silk, chili


@pytest.fixture
def weaver(two_producers_products):
    """A producer's account acting for the silk's producer (the first of ``two_producers_products``)."""
    silk, _ = two_producers_products
    return producer_user(silk.producer, email="weaver@otop.example")


@pytest.fixture
def buyer():
    return UserFactory(email="buyer@example.th")
