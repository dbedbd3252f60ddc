import pytest
from django.core.cache import cache


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
