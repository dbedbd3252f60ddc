import pytest
from django.core.cache import cache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import clear_url_caches

# Fixtures every test may ask for, by module: the Stripe stand-in, the local Stripe-compatible server,
# orders and the accounts they are placed with, the reading language.
pytest_plugins = ["tests.fake_stripe", "tests.localstripe_server", "tests.order_factory", "tests.languages"]


@receiver(setting_changed)
def _language_setting_changed(setting, **kwargs):
    # Django caches reverse() per language with the language prefix worked out under the
    # LANGUAGE_CODE of the moment; a test that switches the default language (and its undo)
    # would otherwise leave later tests with English URLs missing their /en/ prefix.
    if setting in ("LANGUAGE_CODE", "LANGUAGES"):
        clear_url_caches()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Category links are cached; each test builds its own categories.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def search_index(settings, tmp_path):
    """A fresh, empty embedded search index for one test."""
    from search.backends import search_backend

    settings.SEARCH_INDEX_PATH = tmp_path / "index.sqlite3"
    settings.ELASTICSEARCH_URL = ""  # never write into a real cluster's index from unit tests
    search_backend.cache_clear()
    yield search_backend()
    search_backend.cache_clear()
