"""What a web process loads before it serves anyone, so no visitor waits for it.

Called from ``marketplace/project/wsgi.py``, which every server imports before answering: gunicorn
(with ``preload_app``, in the master, so each worker forked later, including those recycled
after ``max_requests``, inherits it ready), runserver and any WSGI host. Management commands and
the tests never import wsgi.py, so they do not pay for it.

``process_warm_up`` opens no database or index connection: those must not cross a fork.
``worker_warm_up`` runs in each worker after the fork (gunicorn's ``post_fork`` hook), before it
accepts a request: it opens the worker's own search index and database connections.
"""

import logging
import time

logger = logging.getLogger(__name__)

# A query that goes through every layer of the analysis: Thai segmentation with the OTOP
# dictionary, a transliteration, a misspelling, an English plural and a synonym group.
_SAMPLE_QUERY = "ผ้าไหมมัดหมี่สุรินทร์ mudmee cofee chillies jasmine rice"

# The storefront pages' templates, compiled once here (Django's cached loader keeps them).
_TEMPLATES = (
    "home/home_page.html",
    "oscar/catalogue/browse.html",
    "oscar/catalogue/category.html",
    "oscar/catalogue/detail.html",
    "oscar/search/results.html",
    "oscar/basket/basket.html",
)


def search_analysis_load() -> None:
    """The Thai word segmenter, its dictionary and the synonym index (2–3 s on first use)."""
    from search import analysis

    analysis.thai_dictionary()
    analysis.synonym_index()
    analysis.analyse_query(_SAMPLE_QUERY)
    analysis.segmented(_SAMPLE_QUERY)


def storefront_templates_load() -> None:
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018  (imports every view module)
    for name in _TEMPLATES:
        get_template(name)


def url_reversal_load() -> None:
    """Each language's reverse lookup table and translation catalogue.

    Django builds the table on the first ``reverse()`` in each language (the shop's addresses carry a
    language prefix): about 150 ms of a fresh worker's first search answer, whose results link to products.
    """
    from django.conf import settings
    from django.urls import reverse
    from django.utils import translation

    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            reverse("catalogue:index")


def process_warm_up() -> None:
    started = time.monotonic()
    for step in (search_analysis_load, storefront_templates_load, url_reversal_load):
        try:
            step()
        except Exception:  # a warm-up failure must never stop the site from starting
            logger.exception("warm-up step %s failed; it will load on first use", step.__name__)
    logger.info("process warmed up in %.1f s", time.monotonic() - started)


def worker_warm_up() -> None:
    """In a freshly forked worker: the search index's per-process state and the database connection."""
    started = time.monotonic()
    try:
        from search.backends import search_backend

        # The search answer runs the form, the selector, the index and the facet labels; suggestions apart.
        _search_answered_once()
        search_backend().suggest("ผ้า", 8)
    except Exception:  # never stop a worker from starting
        logger.exception("worker warm-up failed; the index loads on first use")
    logger.info("worker warmed up in %.1f s", time.monotonic() - started)


def _search_answered_once() -> None:
    """The worker answers one search through its own WSGI application before any visitor asks.

    Loading the pieces one by one still left a fresh worker's first answer at three times a warm one:
    the rest is spread thinly over first uses (query compilation, lazy imports, middleware state).
    One real answer covers them all; its result is a true one, cached as any search would be.
    """
    from django.conf import settings
    from django.test import RequestFactory

    from marketplace.project.wsgi import application

    hosts = [h.lstrip(".") for h in settings.ALLOWED_HOSTS if "*" not in h]
    environ = RequestFactory().get("/api/search/", {"q": "ผ้าไหม"}, HTTP_HOST=hosts[0] if hosts else "localhost").environ
    for _chunk in application(environ, lambda status, headers, exc_info=None: None):
        pass
