"""The pure parts of bench/load_test.py and bench/lighthouse.py: how results are read and summed up."""

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import lighthouse  # bench/ is a folder of scripts, not a package
import load_test


def test_every_request_the_shoppers_make_has_a_page_type():
    source = (BENCH / "locustfile.py").read_text(encoding="utf-8")
    named = {name for names in load_test.PAGE_TYPES.values() for name in names}
    for name in named:
        assert f'"{name}"' in source, name
    assert load_test.page_type_of("checkout: place order") == "checkout"
    assert load_test.page_type_of("search: suggest") == "search"
    assert load_test.page_type_of("localstripe: tokenise card") == "other"


def test_results_are_read_as_rows_and_a_total(tmp_path):
    path = tmp_path / "results.json"
    path.write_text(json.dumps({
        "pages": {"home": {"requests": 10, "failures": 1, "p50": 120, "p95": 300}},
        "total": {"requests": 10, "failures": 1, "p50": 120, "p95": 300, "seconds": 5.0},
        "errors": [{"name": "home", "error": "HTTP 500", "occurrences": 1}],
        "outcomes": {"browse": 4},
    }))

    rows, total, errors, outcomes = load_test.read_results(path)

    assert rows == [{"name": "home", "requests": 10, "failures": 1, "p50": 120, "p95": 300}]
    assert total["seconds"] == 5.0 and errors[0]["error"] == "HTTP 500" and outcomes == {"browse": 4}


def test_load_test_flags_are_checked():
    args = load_test.parse_args(["--users", "5", "--run-time", "10"])
    assert (args.users, args.run_time, args.port) == (5, 10, 8631)
    for bad in (["--users", "0"], ["--low-stock-units", "0"]):
        with pytest.raises(SystemExit) as refused:
            load_test.parse_args(bad)
        assert refused.value.code == 2, bad


def _report(scores: dict, audits: dict) -> dict:
    return {
        "categories": {c: {"score": s, "auditRefs": [{"id": a, "weight": 1} for a in audits]}
                       for c, s in scores.items()},
        "audits": {a: {"score": v, "displayValue": "2.1 s"} for a, v in audits.items()},
    }


def test_lighthouse_scores_are_percentages_and_lost_points_are_listed():
    report = _report({"performance": 0.874, "accessibility": 1, "best-practices": None, "seo": 0.95},
                     {"largest-contentful-paint": 0.5, "document-title": 1})

    assert lighthouse.scores_of(report) == {"performance": 87, "accessibility": 100, "best-practices": 0, "seo": 95}
    lost = lighthouse.lost_points(report)
    assert "performance: largest-contentful-paint 0.50 (2.1 s)" in lost
    assert not any("document-title" in line for line in lost)


def test_page_bench_counts_what_a_first_visit_fetches_and_bounds_its_runs():
    import pages

    parser = pages._Assets()
    parser.feed('<link rel="stylesheet" href="/static/css/site.css"><script src="/static/js/site.js"></script>'
                '<img src="/media/a.jpg" fetchpriority="high"><img src="/media/b.jpg" loading="lazy">'
                '<link rel="icon" href="/static/img/favicon.svg">')
    assert parser.urls == ["/static/css/site.css", "/static/js/site.js", "/media/a.jpg"]
    assert pages.parse_args(["--duration", "5"]).duration == 5
    for bad in (["--duration", "0"], ["--duration", "600"], ["--workers", "0"]):
        with pytest.raises(SystemExit) as refused:
            pages.parse_args(bad)
        assert refused.value.code == 2, bad
