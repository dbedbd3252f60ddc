"""What a web process loads before it serves anyone, so no visitor waits for it.

Called from ``marketplace/wsgi.py``, which every server imports before answering: gunicorn
(with ``preload_app``, in the master, so each worker forked later, including those recycled
after ``max_requests``, inherits it ready), runserver and any WSGI host. Management commands and
the tests never import wsgi.py, so they do not pay for it.

Nothing here opens a database or index connection: those must not cross a fork.
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


def process_warm_up() -> None:
    started = time.monotonic()
    for step in (search_analysis_load, storefront_templates_load):
        try:
            step()
        except Exception:  # a warm-up failure must never stop the site from starting
            logger.exception("warm-up step %s failed; it will load on first use", step.__name__)
    logger.info("process warmed up in %.1f s", time.monotonic() - started)
