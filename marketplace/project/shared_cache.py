"""The cache shared by the workers (Redis, when ``REDIS_URL`` is set): a server down is a cache miss.

The storefront's cache only saves work (whole pages and fragments, keyed by the catalogue
generation): without it every page is rendered as if it had just changed. Django's RedisCache
raises when the server does not answer, which would turn a stopped cache into a server error on
every storefront page; here a read finds nothing and a write is dropped, with a warning in the
log, and short timeouts keep a hung server from holding requests.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds: a page rendered without the cache beats a page waiting for it.
SOCKET_TIMEOUT = 0.5


def _forgiving(method, when_down):
    """``method``, answering ``when_down(*its arguments)`` when the server does not."""

    @functools.wraps(method)
    def forgiving(self, *args):
        try:
            return method(self, *args)
        except RedisError as error:
            logger.warning("Shared cache unavailable (%s): %s", method.__name__, error)
            return when_down(*args)

    return forgiving


class _ForgivingClient(RedisCacheClient):
    # What each operation answers while the server is down: an empty cache that keeps nothing.
    # Django's RedisCache calls its client with positional arguments only.
    get = _forgiving(RedisCacheClient.get, lambda key, default: default)
    get_many = _forgiving(RedisCacheClient.get_many, lambda keys: {})
    has_key = _forgiving(RedisCacheClient.has_key, lambda key: False)
    add = _forgiving(RedisCacheClient.add, lambda key, value, timeout: False)
    set = _forgiving(RedisCacheClient.set, lambda key, value, timeout: None)
    set_many = _forgiving(RedisCacheClient.set_many, lambda data, timeout: list(data))
    touch = _forgiving(RedisCacheClient.touch, lambda key, timeout: False)
    delete = _forgiving(RedisCacheClient.delete, lambda key: False)
    delete_many = _forgiving(RedisCacheClient.delete_many, lambda keys: None)


class SharedCache(RedisCache):
    """Django's RedisCache, answering as an empty cache while the server is unreachable."""

    def __init__(self, server, params):
        options = {"socket_connect_timeout": SOCKET_TIMEOUT, "socket_timeout": SOCKET_TIMEOUT,
                   **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = _ForgivingClient
