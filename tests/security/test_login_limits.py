"""Login brute-force limiting (django-axes) on every login form: storefront, Wagtail admin."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.test import Client
from django.urls import reverse

from marketplace.accounts.login_limits import client_ip, login_identifier
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "secret-pass-123"  # UserFactory's
LIMIT = 5


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


def storefront_login(client, email, password, ip="203.0.113.7"):
    return client.post(
        reverse("customer:login"),
        {"login-username": email, "login-password": password, "login_submit": "Log In"},
        REMOTE_ADDR=ip,
    )


def cms_login(client, email, password, ip="203.0.113.7"):
    return client.post(reverse("wagtailadmin_login"), {"username": email, "password": password}, REMOTE_ADDR=ip)


def _is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def _comparable(response) -> tuple:
    """What a visitor can observe: status, and the page without its per-request tokens."""
    html = response.content.decode()
    for token_attr in ('name="csrfmiddlewaretoken" value="', 'nonce="'):
        while token_attr in html:
            start = html.index(token_attr) + len(token_attr)
            html = html[: html.index(token_attr)] + "TOKEN" + html[html.index('"', start) + 1 :]
    return response.status_code, html


def test_fifth_wrong_password_locks_the_account_for_that_address():
    user = UserFactory(email="somsri@example.th")
    client = Client()
    for attempt in range(1, LIMIT):
        response = storefront_login(client, user.email, "wrong-password")
        assert response.status_code == 200, attempt
        assert "correct username and password" in response.content.decode() or response.context["login_form"].errors
    locked = storefront_login(client, user.email, "wrong-password")
    assert locked.status_code == 429
    assert "Too many login attempts" in locked.content.decode()
    assert "30 minutes" in locked.content.decode()
    assert locked.headers["Content-Security-Policy"]  # the lockout page is a normal storefront page

    # The right password no longer helps, from this address, until the cool-off ends.
    still_locked = storefront_login(Client(), user.email, PASSWORD)
    assert still_locked.status_code == 429
    assert not _is_logged_in(client)


def test_lockout_persists_across_sessions_and_login_forms():
    user = UserFactory(email="kasem@example.th", is_staff=True, is_superuser=True)
    for _ in range(LIMIT):
        storefront_login(Client(), user.email, "wrong-password")
    cms = Client()
    response = cms_login(cms, user.email, PASSWORD)
    assert response.status_code == 429
    assert not _is_logged_in(cms)


def test_unknown_address_gets_exactly_the_same_answers_as_a_real_one():
    UserFactory(email="real@example.th")
    real, unknown = Client(), Client()
    for attempt in range(1, LIMIT + 2):
        answer_real = _comparable(storefront_login(real, "real@example.th", "wrong-password", ip="198.51.100.1"))
        answer_unknown = _comparable(storefront_login(unknown, "ghost@example.th", "wrong-password", ip="198.51.100.2"))
        assert answer_real[0] == answer_unknown[0], attempt
        assert answer_real[1].replace("real@example.th", "X") == answer_unknown[1].replace("ghost@example.th", "X"), attempt
    assert answer_real[0] == 429


def test_other_accounts_and_other_addresses_are_unaffected():
    victim = UserFactory(email="victim@example.th")
    other = UserFactory(email="other@example.th")
    for _ in range(LIMIT):
        storefront_login(Client(), victim.email, "wrong-password", ip="192.0.2.10")

    same_address = Client()
    assert storefront_login(same_address, other.email, PASSWORD, ip="192.0.2.10").status_code == 302
    assert _is_logged_in(same_address)

    # The real owner, from their own connection, is not locked out by a stranger's guesses.
    owner = Client()
    assert storefront_login(owner, victim.email, PASSWORD, ip="192.0.2.99").status_code == 302
    assert _is_logged_in(owner)


def test_changing_the_case_of_the_address_does_not_reset_the_count():
    user = UserFactory(email="noi@example.th")
    for spelling in ("noi@example.th", "NOI@example.th", "Noi@Example.th", " noi@example.th", "noi@EXAMPLE.TH"):
        response = storefront_login(Client(), spelling, "wrong-password")
    assert response.status_code == 429
    assert storefront_login(Client(), user.email, PASSWORD).status_code == 429


def test_wagtail_admin_login_is_limited_too():
    editor = UserFactory(email="editor@example.th", is_staff=True, is_superuser=True)
    client = Client()
    for _ in range(LIMIT - 1):
        assert cms_login(client, editor.email, "wrong-password").status_code == 200
    assert cms_login(client, editor.email, "wrong-password").status_code == 429
    assert cms_login(client, editor.email, PASSWORD).status_code == 429


def test_failed_attempts_never_store_passwords():
    storefront_login(Client(), "someone@example.th", "my-real-Passw0rd")
    cms_login(Client(), "someone@example.th", "my-other-Passw0rd")
    stored = " ".join(AccessAttempt.objects.values_list("post_data", flat=True))
    assert stored, "failed attempts are recorded"
    assert "my-real-Passw0rd" not in stored and "my-other-Passw0rd" not in stored
    assert "someone@example.th" not in stored


def test_successful_login_before_the_limit_resets_the_count():
    user = UserFactory(email="ploy@example.th")
    for _ in range(LIMIT - 1):
        storefront_login(Client(), user.email, "wrong-password")
    assert storefront_login(Client(), user.email, PASSWORD).status_code == 302
    for _ in range(LIMIT - 1):
        assert storefront_login(Client(), user.email, "wrong-password").status_code == 200


def test_registration_still_logs_the_new_customer_in_from_the_e_mail_link():
    # The activation logs the new account in without authenticate(): the limiter must not be in the way.
    import re

    from django.core import mail

    client = Client()
    response = client.post(
        reverse("customer:register"),
        {"email": "new@example.th", "password1": "kok-mat-2026-weave", "password2": "kok-mat-2026-weave"},
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="new@example.th").exists()
    client.get(re.search(r"https?://\S+/register/activate/\S+/", mail.outbox[-1].body).group(0))
    assert _is_logged_in(client)


def test_thai_lockout_page(settings):
    settings.LANGUAGE_CODE = "th"
    user = UserFactory(email="thai@example.th")
    for _ in range(LIMIT):
        response = storefront_login(Client(), user.email, "wrong-password")
    assert response.status_code == 429
    assert 'lang="th"' in response.content.decode()


# --- The pieces -----------------------------------------------------------------


def test_login_identifier_is_trimmed_and_case_folded(rf):
    assert login_identifier(None, {"username": "  Admin@OTOP.example "}) == "admin@otop.example"
    request = rf.post("/accounts/login/", {"login-username": "Somchai@Example.th"})
    assert login_identifier(request, None) == "somchai@example.th"
    assert login_identifier(rf.get("/"), None) is None


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "1.2.3.4", "10.0.0.5"),  # no proxy configured: the header is the client's own claim
        (1, "1.2.3.4", "1.2.3.4"),
        (1, "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # a forged entry to the left is ignored
        (2, "6.6.6.6, 1.2.3.4, 172.18.0.2", "1.2.3.4"),
        (1, "", "10.0.0.5"),  # health checks reach gunicorn directly
    ],
)
def test_client_ip_trusts_only_our_own_proxies(rf, settings, proxies, forwarded, expected):
    settings.MARKETPLACE_TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_one_login_name_is_locked_everywhere_after_twenty_failures_from_rotating_addresses():
    user = UserFactory(email="rotated@example.th")
    for attempt in range(20):
        response = storefront_login(Client(), user.email, "wrong-password", ip=f"198.51.100.{attempt + 1}")
        assert response.status_code == 200, attempt  # never 5 from one address
    locked = storefront_login(Client(), user.email, PASSWORD, ip="192.0.2.200")
    assert locked.status_code == 429
    assert cms_login(Client(), user.email, PASSWORD, ip="192.0.2.201").status_code == 429
    # Another account is not affected.
    other = UserFactory(email="not-rotated@example.th")
    client = Client()
    storefront_login(client, other.email, PASSWORD, ip="192.0.2.200")
    assert _is_logged_in(client)


class CountingHasher(MD5PasswordHasher):
    """The test suite's MD5 hasher, counting the hashes it computes."""

    hashes = 0

    def encode(self, password, salt):
        CountingHasher.hashes += 1
        return super().encode(password, salt)


@pytest.mark.parametrize("login", [storefront_login, cms_login], ids=["storefront", "cms"])
def test_a_wrong_password_costs_one_hash_whether_or_not_the_account_exists(settings, login):
    settings.PASSWORD_HASHERS = ["tests.security.test_login_limits.CountingHasher"]
    UserFactory(email="known@example.th")
    costs = {}
    for email in ("known@example.th", "unknown@example.th"):
        CountingHasher.hashes = 0
        response = login(Client(), email, "wrong-password")
        assert response.status_code == 200
        costs[email] = CountingHasher.hashes
    assert costs == {"known@example.th": 1, "unknown@example.th": 1}


def test_the_right_password_still_logs_in_whatever_the_case_of_the_address():
    UserFactory(email="case@example.th")
    client = Client()
    storefront_login(client, "Case@Example.TH", PASSWORD)
    assert _is_logged_in(client)
