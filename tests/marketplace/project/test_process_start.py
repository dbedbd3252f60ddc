"""No cold start: what a web process loads before it serves its first visitor."""

import runpy
from pathlib import Path

from marketplace.project.warmup import process_warm_up
from search import analysis

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
