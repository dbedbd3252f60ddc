"""The active search backend, chosen by settings."""

import functools

from django.conf import settings

from .base import SearchBackend


@functools.lru_cache(maxsize=1)
def search_backend() -> SearchBackend:
    if settings.ELASTICSEARCH_URL:
        from .elastic import ElasticBackend

        return ElasticBackend.from_settings()
    from .embedded import EmbeddedBackend

    return EmbeddedBackend(settings.SEARCH_INDEX_PATH)
