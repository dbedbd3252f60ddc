"""Settings for the test suite: the embedded stack, isolated in a temporary folder."""

import os
import tempfile
from pathlib import Path

_TEST_VAR = Path(tempfile.mkdtemp(prefix="otop-test-"))
os.environ.setdefault("MARKETPLACE_VAR_DIR", str(_TEST_VAR))

from .base import *  # noqa: E402,F401,F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = _TEST_VAR / "media"
SEARCH_INDEX_PATH = _TEST_VAR / "search-index.sqlite3"
# The suite runs on the embedded index. The ELASTICSEARCH_URL of the environment (.ci/run starts a
# node) is read only by tests/search's `backend` fixture, which runs each test on its own index.
ELASTICSEARCH_URL = ""
PRIVATE_MEDIA_ROOT = _TEST_VAR / "private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "certificates": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
}
WHITENOISE_AUTOREFRESH = True
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Login limits stay on, as in production: tests log in with force_login() or the test
# client's login() (no request, so never counted), and tests/security checks the lockout.
AXES_ENABLED = True

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so `pytest --reuse-db` keeps the migrated schema between runs
    # (new migrations are still applied): one test file then runs in seconds. Each checkout
    # has its own, under its var/ folder; a plain run (without --reuse-db) builds it afresh.
    _REPO_VAR = Path(__file__).resolve().parents[2] / "var"
    _REPO_VAR.mkdir(exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(_REPO_VAR / "test-db.sqlite3")}  # noqa: F405
