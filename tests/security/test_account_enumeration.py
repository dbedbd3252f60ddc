"""Nothing on a page tells whether an address has an account: registration answers by e-mail."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "kok-mat-2026-weave"


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


def _register(client, email, on_login_page=False):
    if on_login_page:
        return client.post(reverse("customer:login"), {
            "registration-email": email, "registration-password1": PASSWORD, "registration-password2": PASSWORD,
            "registration_submit": "Register"}, follow=True)
    return client.post(reverse("customer:register"),
                       {"email": email, "password1": PASSWORD, "password2": PASSWORD}, follow=True)


def _visible(response) -> tuple:
    """What the visitor sees: where they end up and the page, the address itself and per-request tokens aside."""
    html = re.sub(r'(name="csrfmiddlewaretoken" value="|nonce=")[^"]*', r"\1", response.content.decode())
    html = re.sub(r"[\w.+-]+@example\.th", "ADDRESS", html)
    return response.redirect_chain, response.status_code, html


@pytest.mark.parametrize("on_login_page", [False, True], ids=["register page", "log-in page"])
def test_registering_a_taken_address_looks_exactly_like_a_new_one(on_login_page):
    owner = UserFactory(email="taken@example.th")
    password_before = owner.password

    taken = _register(Client(), "taken@example.th", on_login_page)
    new = _register(Client(), "fresh@example.th", on_login_page)

    assert _visible(taken) == _visible(new)
    assert "already exists" not in taken.content.decode()
    assert "We have sent an e-mail to taken@example.th" in taken.content.decode()
    owner.refresh_from_db()
    assert owner.password == password_before and owner.is_active
    assert get_user_model().objects.filter(email__iexact="taken@example.th").count() == 1
    # The answer comes by e-mail, one to each address.
    assert sorted(message.to[0] for message in mail.outbox) == ["fresh@example.th", "taken@example.th"]
    to_owner = next(message for message in mail.outbox if message.to == ["taken@example.th"])
    assert "already has an account" in to_owner.body and "/password-reset/" in to_owner.body


def test_a_new_account_opens_only_through_the_link_in_the_e_mail():
    client = Client()
    _register(client, "newcomer@example.th")
    user = get_user_model().objects.get(email="newcomer@example.th")
    assert not user.is_active and "_auth_user_id" not in client.session
    assert not Client().login(email="newcomer@example.th", password=PASSWORD)
    link = re.search(r"https?://\S+/register/activate/\S+/", mail.outbox[0].body).group(0)

    response = client.get(link, follow=True)

    assert response.redirect_chain[0][0] == reverse("customer:summary")
    assert "_auth_user_id" in client.session
    user.refresh_from_db()
    assert user.is_active and user.check_password(PASSWORD)
    # The link works once.
    again = Client().get(link, follow=True)
    assert "has been used or has expired" in again.content.decode()


@pytest.mark.parametrize("link", ["/accounts/register/activate/MQ/abc-def/", "/accounts/register/activate/%%%/x/",
                                  "/accounts/register/activate/OTk5OTk5OTk5OTk5OTk5OTk5OTk5/x/"])
def test_a_wrong_activation_link_is_a_message(client, link):
    response = client.get(link, follow=True)
    assert response.status_code == 200 and "has been used or has expired" in response.content.decode()


def test_a_shopper_who_registers_at_the_checkout_is_taken_back_to_it_by_the_activation_link():
    client = Client()
    response = client.post("/accounts/register/?next=/checkout/shipping-address/", {
        "email": "buyer@example.th", "password1": PASSWORD, "password2": PASSWORD,
        "redirect_url": "/checkout/shipping-address/"})
    assert response.status_code == 302
    link = re.search(r"https?://\S+/register/activate/\S+", mail.outbox[0].body).group(0)
    assert "next=%2Fcheckout%2Fshipping-address%2F" in link

    response = client.get(link)

    assert response.status_code == 302 and response["Location"] == "/checkout/shipping-address/"
    assert "_auth_user_id" in client.session


def test_an_activation_link_never_leads_to_another_site():
    client = Client()
    _register(client, "newcomer@example.th")
    link = re.search(r"https?://\S+/register/activate/\S+/", mail.outbox[0].body).group(0)

    response = client.get(link + "?next=https://evil.example/")

    assert response.status_code == 302 and response["Location"] == reverse("customer:summary")
