"""The active search backend, chosen by settings."""

import functools
import logging

from django.conf import settings

from .base import SearchBackend


@functools.lru_cache(maxsize=1)
def search_backend() -> SearchBackend:
    if settings.ELASTICSEARCH_URL:
        # The Elasticsearch backend is issue #4's work; until it lands the
        # embedded index serves every deployment, and says so.
        logging.getLogger(__name__).warning(
            "ELASTICSEARCH_URL is set but the Elasticsearch backend is not built yet; using the embedded index."
        )
    from .embedded import EmbeddedBackend

    return EmbeddedBackend(settings.SEARCH_INDEX_PATH)
