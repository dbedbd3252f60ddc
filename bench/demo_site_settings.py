"""Settings for the demo server that bench/load_test.py and bench/lighthouse.py start.

The embedded stack (SQLite, the embedded search index, local Stripe) as a site is
served, not as it is developed: DEBUG off, static files hashed, compressed and
served with far-future cache headers by WhiteNoise (as in production.py). The
scripts set MARKETPLACE_VAR_DIR (database, index, media) before this is imported.
"""

from marketplace.settings.base import *  # noqa: F403
from marketplace.settings.base import DATABASES, STORAGES

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# In production nginx serves /media/; here Django does (demo_site_urls), since nothing else is in front.
ROOT_URLCONF = "demo_site_urls"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
WHITENOISE_USE_FINDERS = False
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"  # the order e-mails are still rendered
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write sessions, baskets and orders at once: wait for SQLite's lock
    # instead of failing, and take it when a transaction starts, so two writers cannot deadlock.
    DATABASES["default"]["OPTIONS"].update({"timeout": 30, "transaction_mode": "IMMEDIATE"})
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
