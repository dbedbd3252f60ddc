"""The first checkout step: a guest's e-mail fits an order (254 characters), and whether it has an account is not said."""

from urllib.parse import quote

import pytest

from shop.order.models import Order
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_by_default")]


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


@pytest.mark.parametrize("option", ["anonymous", "new"])
def test_the_checkout_does_not_tell_whether_an_address_has_an_account(client, two_producers_products, option):
    UserFactory(email="buyer@example.th")
    silk, _ = two_producers_products
    client.post(f"/basket/add/{silk.pk}/", {"quantity": 1})
    answers = []
    for email in ("buyer@example.th", "nobody@example.th"):
        response = client.post("/checkout/", {"username": email, "options": option})
        answers.append((response.status_code, response.get("Location", "").replace(quote(email), "ADDRESS")))
    assert answers[0] == answers[1]
    assert answers[0][0] == 302
