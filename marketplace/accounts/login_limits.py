"""Login brute-force limiting (django-axes), wired in through settings.

Failures are counted per (login name, client IP): five wrong passwords for one
account from one address lock that pair for ``AXES_COOLOFF_TIME``. Counting per
pair rather than per account means an attacker cannot lock a real customer out
from elsewhere with a handful of guesses, and counting per pair rather than per
IP means one shared address (Thai mobile carriers put many customers behind one
carrier-grade NAT) does not lock out everybody behind it.

Above that, ``MARKETPLACE_LOGIN_ACCOUNT_FAILURE_LIMIT`` (20) failures for one
login name from all addresses together lock the name everywhere for the same
time: an attacker rotating addresses gets 20 guesses, not 5 per address.
"""

from __future__ import annotations

from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

# Login forms post the name under different keys: Wagtail and Django admin "username",
# Oscar's combined login/registration page "login-username" (form prefix "login").
_LOGIN_NAME_FIELDS = ("username", "login-username", "email")


def login_identifier(request: HttpRequest | None, credentials: dict | None) -> str | None:
    """The login name as axes records it: trimmed and case-folded.

    E-mail addresses log in case-insensitively (Oscar's EmailBackend), so
    "Admin@otop.example" and "admin@otop.example" must share one failure count.
    """
    raw = None
    if credentials:
        raw = next((credentials.get(key) for key in _LOGIN_NAME_FIELDS if credentials.get(key)), None)
    if raw is None and request is not None and request.method == "POST":
        raw = next((request.POST.get(key) for key in _LOGIN_NAME_FIELDS if request.POST.get(key)), None)
    if raw is None:
        return None
    return str(raw).strip().casefold()


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, trusting X-Forwarded-For only as far as our own proxies.

    Each trusted proxy appends the address it received the connection from, so
    with N trusted proxies the client is the N-th entry from the right; entries
    further left were sent by the client itself and could be forged to dodge the
    lockout. With no trusted proxy (runserver, tests) REMOTE_ADDR is the client.
    """
    proxies = settings.MARKETPLACE_TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR") or None
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) >= proxies:
        return forwarded[-proxies]
    # Fewer hops than configured: the request bypassed a proxy (e.g. a health check); use the socket.
    return remote


class LoginLimitBackend(AxesStandaloneBackend):
    """Axes' lockout check, skipped when authenticate() is called without a request.

    Only code calls authenticate() without a request: Oscar logs a customer in
    right after registration with the password just chosen, and the test
    client's login(). Every login form passes its request, so the check that
    matters, a stranger guessing passwords over HTTP, always runs. Axes' own
    backend raises instead, which would break registration.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        super().authenticate(request, username=username, password=password, **kwargs)  # the pair's lock
        login = login_identifier(request, {"username": username, **kwargs})
        if login and login_failures_everywhere(request, login) >= settings.MARKETPLACE_LOGIN_ACCOUNT_FAILURE_LIMIT:
            request.axes_locked_out = True
            raise AxesBackendPermissionDenied("too many failures for this login name from all addresses")
        return None


def login_failures_everywhere(request: HttpRequest, login: str) -> int:
    """Failures for one login name from every address within the cool-off time."""
    since = timezone.now() - (get_cool_off(request) or timedelta(0))
    attempts = AccessAttempt.objects.filter(username=login, attempt_time__gte=since)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """The page shown once a login name is locked for this address.

    It names neither the account nor whether it exists: an unknown address is
    counted and locked exactly like a real one, so the page reveals nothing.
    """
    cool_off = get_cool_off(request) or timedelta(0)
    minutes = max(1, round(cool_off.total_seconds() / 60))
    return render(
        request,
        "storefront/login_locked.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
