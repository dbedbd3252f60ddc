"""A guest's e-mail is checked against what an order can hold (254 characters) on the first step."""

import pytest

from shop.order.models import Order

pytestmark = pytest.mark.django_db


def _email(length: int) -> str:
    """A well-formed address of ``length`` characters (up to 256): 191 of domain, the rest local part."""
    domain = ".".join(["b" * 62, "c" * 62, "d" * 62]) + ".th"
    return "a" * (length - 1 - len(domain)) + "@" + domain


@pytest.mark.parametrize("length, accepted", [(254, True), (255, False), (256, False)])
def test_a_guest_email_longer_than_an_order_holds_is_refused_at_the_first_step(client, two_producers_products,
                                                                               length, accepted):
    silk, _ = two_producers_products
    client.post(f"/basket/add/{silk.pk}/", {"quantity": 1})

    response = client.post("/checkout/", {"username": _email(length), "options": "anonymous"})

    assert (response.status_code == 302) is accepted
    if not accepted:
        assert "254" in response.content.decode()
    assert not Order.objects.exists()
