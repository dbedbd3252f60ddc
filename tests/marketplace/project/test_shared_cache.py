"""The cache shared by the workers (REDIS_URL): pages kept in Redis itself, and a Redis down is a miss, not an error.

Runs Debian's redis-server (``make redis``; .ci/run installs it) on a free loopback port.
"""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache.backends.redis import RedisCache
from django.test import Client
from django.urls import reverse

from shop.catalogue.product_views import product_views_flush
from tests.factories import eligible_product
from tests.order_factory import order_place

pytestmark = pytest.mark.django_db
SHARED_CACHE = "marketplace.project.shared_cache.SharedCache"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url():
    server = shutil.which("redis-server")
    assert server, "redis-server is not installed: run `make redis`"
    port = _free_port()
    process = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _page(product) -> str:
    response = Client().get(product.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_product_page_rendered_once_is_in_redis_for_every_worker(settings, redis_url, fake_stripe,
                                                                   django_assert_max_num_queries):
    settings.CACHES = {"default": {"BACKEND": SHARED_CACHE, "LOCATION": redis_url}}
    product = eligible_product(stock=1, title="ผ้าไหมยกดอกลำพูน")
    _page(product)

    another_worker = RedisCache(redis_url, {})  # a client of its own, as in another process
    assert another_worker._cache.get_client().dbsize() > 0
    product_views_flush()
    with django_assert_max_num_queries(2):  # the generation and the stock levels: the page came from Redis
        assert "ผ้าไหมยกดอกลำพูน" in _page(product)

    order_place([(product, 1)])

    assert 'id="add_to_basket_form"' not in _page(product)


def test_the_storefront_answers_while_the_shared_cache_is_down(settings):
    settings.CACHES = {"default": {"BACKEND": SHARED_CACHE, "LOCATION": f"redis://127.0.0.1:{_free_port()}/0"}}
    product = eligible_product(title="กาแฟอาราบิกาดอยตุง")
    assert "กาแฟอาราบิกาดอยตุง" in _page(product)
    assert Client().get(reverse("home")).status_code == 200
