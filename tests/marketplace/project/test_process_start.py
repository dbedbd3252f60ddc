"""No cold start: what a web process loads before it serves its first visitor."""

import runpy
from pathlib import Path

import pytest

from marketplace.project.warmup import process_warm_up
from search import analysis
from tests.factories import eligible_product

REPO = Path(__file__).resolve().parents[3]


def test_warm_up_loads_the_thai_analysis_before_any_request():
    analysis.thai_dictionary.cache_clear()
    analysis.synonym_index.cache_clear()

    process_warm_up()

    assert analysis.thai_dictionary.cache_info().currsize == 1
    assert analysis.synonym_index.cache_info().currsize == 1
    assert analysis.tokens("ผ้าไหมสุรินทร์")  # answered from the loaded dictionary


def test_gunicorn_loads_the_application_once_before_forking_its_workers():
    config = runpy.run_path(str(REPO / "docker" / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    assert "process_warm_up()" in (REPO / "marketplace" / "project" / "wsgi.py").read_text()


def test_each_new_worker_opens_its_search_index_before_its_first_request():
    config = runpy.run_path(str(REPO / "docker" / "gunicorn.conf.py"))
    assert callable(config["post_fork"])


def test_warm_up_builds_each_languages_address_table_before_any_request(settings):
    from django.urls import clear_url_caches, get_resolver

    clear_url_caches()
    process_warm_up()

    # Django builds it on the first reverse() in each language: a product link in a fresh worker's first answer.
    assert {code for code, _name in settings.LANGUAGES} <= set(get_resolver()._reverse_dict)


@pytest.mark.django_db
def test_a_new_worker_answers_one_search_itself_before_its_first_visitor(search_index, caplog):
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections, connection
    from django.test.utils import CaptureQueriesContext

    from marketplace.project.warmup import _search_answered_once

    eligible_product(title="ผ้าไหมมัดหมี่")
    # As Django's test client does: the request must not close the test's own connection (a worker's may).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        with CaptureQueriesContext(connection) as queries:
            _search_answered_once()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)

    assert not [r for r in caplog.records if r.levelname == "ERROR"]  # the answer was a 200, not a logged 500
    # The search API's own product query ran (the products for the answer's cards), not only the index.
    assert any('"catalogue_product"' in q["sql"] for q in queries.captured_queries)
