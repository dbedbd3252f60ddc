"""The cache shared by the workers (Redis, when ``REDIS_URL`` is set): a server down is a cache miss.

The storefront's cache only saves work (whole pages and fragments, keyed by the catalogue
generation): without it every page is rendered as if it had just changed. Django's RedisCache
raises when the server does not answer, which would turn a stopped cache into a server error on
every storefront page; here a read finds nothing and a write is dropped, with a warning in the
log, and short timeouts keep a hung server from holding requests.
"""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds: a page rendered without the cache beats a page waiting for it.
SOCKET_TIMEOUT = 0.5


def _unavailable(operation: str, error: Exception) -> None:
    logger.warning("Shared cache unavailable (%s): %s", operation, error)


class _ForgivingClient(RedisCacheClient):
    def get(self, key, default):
        try:
            return super().get(key, default)
        except RedisError as error:
            _unavailable("get", error)
            return default

    def get_many(self, keys):
        try:
            return super().get_many(keys)
        except RedisError as error:
            _unavailable("get_many", error)
            return {}

    def has_key(self, key):
        try:
            return super().has_key(key)
        except RedisError as error:
            _unavailable("has_key", error)
            return False

    def add(self, key, value, timeout):
        try:
            return super().add(key, value, timeout)
        except RedisError as error:
            _unavailable("add", error)
            return False

    def set(self, key, value, timeout):
        try:
            super().set(key, value, timeout)
        except RedisError as error:
            _unavailable("set", error)

    def set_many(self, data, timeout):
        try:
            return super().set_many(data, timeout)
        except RedisError as error:
            _unavailable("set_many", error)
            return list(data)

    def touch(self, key, timeout):
        try:
            return super().touch(key, timeout)
        except RedisError as error:
            _unavailable("touch", error)
            return False

    def delete(self, key):
        try:
            return super().delete(key)
        except RedisError as error:
            _unavailable("delete", error)
            return False

    def delete_many(self, keys):
        try:
            return super().delete_many(keys)
        except RedisError as error:
            _unavailable("delete_many", error)
            return None


class SharedCache(RedisCache):
    """Django's RedisCache, answering as an empty cache while the server is unreachable."""

    def __init__(self, server, params):
        options = {"socket_connect_timeout": SOCKET_TIMEOUT, "socket_timeout": SOCKET_TIMEOUT,
                   **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = _ForgivingClient
