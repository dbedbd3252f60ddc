"""The search engine is down: listings say so quickly, the shop still sells, updates wait and arrive.

The unit part points the Elasticsearch backend at a closed port. The last test
stops the real node of ``ELASTICSEARCH_URL`` and starts it again
(``make elasticsearch-stop`` / ``make elasticsearch``): ``.ci/run`` runs it
alone, after the suite (``ELASTICSEARCH_STOP_TEST=1 pytest -m elasticsearch_stop``).
"""

import os
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from marketplace.listings.services import categories_ensure
from search import analysis
from search.backends import search_backend
from search.backends.base import SearchRequest
from search.indexing import index_rebuild
from search.models import PendingIndexUpdate
from tests.shop.checkout.steps import checkout_to_preview
from tests.factories import eligible_product

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
MESSAGE = {"th": "ขณะนี้ระบบค้นหาสินค้าไม่พร้อมใช้งาน", "en": "Product search is unavailable right now"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def engine_down(settings):
    analysis.tokens("ผ้าไหม")  # the segmentation dictionary loads once per process (the site warms it up)
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{_closed_port()}"
    search_backend.cache_clear()
    yield
    search_backend.cache_clear()


def _timed_get(client, url):
    search_backend.cache_clear()  # a backend that has not failed yet: it tries the node
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def _listing_urls(language: str) -> list[str]:
    category = categories_ensure()["textile"]
    with translation.override(language):
        return [reverse("search:search") + "?q=ผ้าไหม", reverse("catalogue:index"), category.get_absolute_url()]


@pytest.mark.parametrize("language", ["th", "en"])
def test_listing_pages_answer_fast_with_a_message(client, engine_down, language):
    for url in _listing_urls(language):
        response, seconds = _timed_get(client, url)
        assert response.status_code == 200, url
        assert MESSAGE[language] in response.content.decode(), url
        assert seconds < 2, (url, seconds)


def test_product_pages_basket_and_checkout_keep_working(client, engine_down):
    product = eligible_product()
    assert client.get(product.get_absolute_url()).status_code == 200
    preview = checkout_to_preview(client, [(product, 1)])
    assert preview.status_code == 200
    assert product.title in preview.content.decode()


def test_the_api_says_search_is_unavailable(client, engine_down):
    response = client.get("/api/search/?q=ผ้าไหม&lang=en")
    assert response.status_code == 503
    assert MESSAGE["en"] in response.json()["error"]
    assert client.get("/api/search/suggest/?q=ผ้า").json()["suggestions"] == []


def test_healthz_reports_search_degraded(client, engine_down):
    answer = client.get("/healthz/")
    assert answer.status_code == 200  # the shop still sells: stay in service
    assert answer.json()["status"] == "degraded"
    assert answer.json()["search"] == "degraded"


def test_updates_made_while_down_are_queued_then_reach_the_index(
        engine_down, settings, tmp_path, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        product = eligible_product(title="กาแฟดอยช้าง", title_en="Doi Chang")
    assert list(PendingIndexUpdate.objects.values_list("product_id", flat=True)) == [product.pk]
    call_command("search_index", "--retry-pending", stdout=open(os.devnull, "w"))  # still down: kept
    assert PendingIndexUpdate.objects.count() == 1

    settings.ELASTICSEARCH_URL = ""  # the engine is back (here: the embedded one)
    settings.SEARCH_INDEX_PATH = tmp_path / "index.sqlite3"
    search_backend.cache_clear()
    call_command("search_index", "--retry-pending", stdout=open(os.devnull, "w"))
    assert search_backend().search(SearchRequest(q="กาแฟ")).product_ids == [product.pk]
    assert PendingIndexUpdate.objects.count() == 0


def _make(target: str) -> None:
    subprocess.run(["make", "-s", target], cwd=REPO, check=True, timeout=300, stdout=subprocess.DEVNULL)


@pytest.mark.elasticsearch
@pytest.mark.elasticsearch_stop
def test_a_real_node_stopped_and_started_again(client, elastic_backend, django_capture_on_commit_callbacks):
    product = eligible_product(title="ผ้าไหมแพรวา", title_en="Praewa silk")
    index_rebuild()
    _make("elasticsearch-stop")
    try:
        response, seconds = _timed_get(client, reverse("search:search") + "?q=ผ้าไหม")
        assert response.status_code == 200 and MESSAGE["th"] in response.content.decode() and seconds < 2
        assert client.get(product.get_absolute_url()).status_code == 200
        assert client.get("/healthz/").json()["search"] == "degraded"
        with django_capture_on_commit_callbacks(execute=True):
            product.title = "กาแฟดอยช้าง"
            product.save()
        assert PendingIndexUpdate.objects.filter(product_id=product.pk).exists()
    finally:
        _make("elasticsearch")
    time.sleep(6)  # past the backend's pause after a failure
    call_command("search_index", "--retry-pending", stdout=open(os.devnull, "w"))
    assert not PendingIndexUpdate.objects.exists()
    assert search_backend().search(SearchRequest(q="กาแฟ")).product_ids == [product.pk]
    assert client.get("/healthz/").json()["search"] == "ok"
