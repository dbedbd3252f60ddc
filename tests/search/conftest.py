"""The ``backend`` fixture: every behaviour test runs on each search backend.

The embedded backend always runs. The Elasticsearch backend runs when the
environment's ``ELASTICSEARCH_URL`` names a node (``.ci/run`` starts one with
``make elasticsearch``); each test then gets its own throwaway alias and
indices, deleted afterwards. A URL that does not answer fails the test: CI
never skips these silently. Without the variable they are skipped.
"""

import os
import uuid

import pytest

from tests.search.documents import ELASTICSEARCH_URL


def pytest_collection_modifyitems(config, items):
    """The test that stops the node runs only when asked (.ci/run, after the suite): deselected, not skipped."""
    if os.environ.get("ELASTICSEARCH_STOP_TEST"):
        return
    stopping = [item for item in items if item.get_closest_marker("elasticsearch_stop")]
    if stopping:
        config.hook.pytest_deselected(items=stopping)
        items[:] = [item for item in items if not item.get_closest_marker("elasticsearch_stop")]


@pytest.fixture
def elastic_backend(settings):
    """The Elasticsearch backend as the active backend, on an alias of its own."""
    from search.backends import search_backend
    from search.backends.elastic import ElasticBackend

    if not ELASTICSEARCH_URL:
        pytest.skip("ELASTICSEARCH_URL is not set: no Elasticsearch node to test against (make elasticsearch)")
    settings.ELASTICSEARCH_URL = ELASTICSEARCH_URL
    settings.ELASTICSEARCH_INDEX = f"test-{os.getpid()}-{uuid.uuid4().hex[:10]}"
    settings.ELASTICSEARCH_REFRESH = True  # visible at once, without waiting for the refresh interval
    settings.ELASTICSEARCH_SEARCH_TIMEOUT = 10  # a slow CI machine is not an outage
    search_backend.cache_clear()
    backend = search_backend()
    assert isinstance(backend, ElasticBackend)
    if not backend.available():
        pytest.fail(f"ELASTICSEARCH_URL={ELASTICSEARCH_URL} does not answer: start it with `make elasticsearch`")
    try:
        yield backend
    finally:
        search_backend.cache_clear()
        backend.index_drop()


@pytest.fixture(params=["embedded", pytest.param("elastic", marks=pytest.mark.elasticsearch)])
def backend(request):
    """Each search backend in turn, empty, as the active backend (``search_backend()``)."""
    if request.param == "elastic":
        return request.getfixturevalue("elastic_backend")
    return request.getfixturevalue("search_index")
