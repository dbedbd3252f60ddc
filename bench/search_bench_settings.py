"""Settings for bench/search_benchmark.py only: the embedded stack in a throw-away folder, plus
django-haystack with its simple engine, which is what Oscar's stock search app uses out of the box.

The benchmark sets MARKETPLACE_VAR_DIR (database, index, media) before this module is imported.
"""

from marketplace.settings.base import *  # noqa: F401,F403
from marketplace.settings.base import INSTALLED_APPS

DEBUG = False  # no query log growing with every request
INSTALLED_APPS = [*INSTALLED_APPS, "haystack"]
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"  # never index on save
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
