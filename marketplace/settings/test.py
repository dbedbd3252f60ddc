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
