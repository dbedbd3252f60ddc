"""Production settings: everything in base.py, hardened.

Required environment variables (the process refuses to start without them):

* ``SECRET_KEY``     -- 50+ random characters, never the development default.
* ``ALLOWED_HOSTS``  -- comma-separated host names, e.g. ``shop.example.th``.
* ``DATABASE_URL``   -- e.g. ``postgres://otop:otop@db:5432/otop``.

Optional: ``DEBUG`` (default false), ``SECURE_SSL_REDIRECT`` (default true;
turn off only when the TLS-terminating proxy already redirects),
``SECURE_HSTS_SECONDS`` (default one year), ``CSRF_TRUSTED_ORIGINS``,
``DATABASE_CONN_MAX_AGE`` (default 60), ``TASKS_BACKEND``, ``LOG_LEVEL``,
``TRUSTED_PROXY_COUNT`` (default 1: the compose stack's nginx; 2 if a load balancer
that also appends X-Forwarded-For sits in front of it), ``LOGIN_LOCKOUT_MINUTES``
(default 30), ``MARKETPLACE_LOCAL_PAYMENTS`` (default false: without
``STRIPE_SECRET_KEY``, ``STRIPE_PUBLISHABLE_KEY`` and ``STRIPE_WEBHOOK_SECRET``
the deploy check fails and the server does not start; true runs the local
Stripe-compatible server's payments, for a demo).
"""

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .environment import env_bool, env_int, env_list, env_str

# The key base.py falls back to on a laptop; production must never use it.
_DEV_SECRET_KEY = "dev-only-insecure-key-change-me-in-production-0top-plus"

DEBUG = env_bool("DEBUG", False)

# --- Secrets and hosts --------------------------------------------------------
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY or SECRET_KEY == _DEV_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set in the environment for production "
        "(50+ random characters, not the development default). Generate one with: "
        "python -c 'from django.core.management.utils import get_random_secret_key; "
        "print(get_random_secret_key())'"
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must be set in the environment for production "
        "(comma-separated host names, e.g. ALLOWED_HOSTS=shop.example.th)."
    )
# Default: https://<host> for each allowed host (".example.th" -> "https://*.example.th").
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS",
    [f"https://*{host}" if host.startswith(".") else f"https://{host}" for host in ALLOWED_HOSTS if host != "*"],
)

# --- HTTPS and browser hardening ------------------------------------------------
# TLS terminates at the reverse proxy, which must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Container health checks call plain HTTP on 127.0.0.1 without the proxy header.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy: base.py's policy, plus an upgrade of any stray http:// URL.
CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY,  # noqa: F405
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True},  # noqa: F405
}
# Login limits count per client address: read it from X-Forwarded-For as set by our proxy
# (marketplace/accounts/login_limits.py), or every customer would share nginx's address.
MARKETPLACE_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)

# --- Payments -------------------------------------------------------------------
# Without Stripe keys, `check --deploy` fails and the server refuses to start
# (marketplace/payments/checks.py), unless a demo without real payments is asked for.
MARKETPLACE_LOCAL_PAYMENTS = env_bool("MARKETPLACE_LOCAL_PAYMENTS", False)

# Static files: compressed and fingerprinted, as in base.py (collectstatic runs in the image build).
WHITENOISE_USE_FINDERS = False
# The TLS-terminating proxy serves /media/ from the media volume.
MARKETPLACE_SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# --- Database -----------------------------------------------------------------
_DATABASE_URL = env_str("DATABASE_URL")
if not _DATABASE_URL:
    raise ImproperlyConfigured(
        "DATABASE_URL must be set in the environment for production "
        "(e.g. DATABASE_URL=postgres://otop:otop@db:5432/otop)."
    )
DATABASES = {
    "default": dj_database_url.parse(
        _DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"

# --- Background tasks ---------------------------------------------------------
# The ORM-backed queue; `python manage.py db_worker` (the worker service) runs it.
# django-tasks 0.12 moved this backend into the separate django-tasks-db package.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- Logging: everything to stdout for the container runtime ------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO"), "propagate": False},
        "django.security": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        "django.request": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
    },
}
