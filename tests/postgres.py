"""Tests that need PostgreSQL."""

import pytest


def on_postgres():
    """Marks for tests that need PostgreSQL: skipped (before any database set-up) elsewhere.

    They run in transactions of their own across threads; the rows that migrations load
    (provinces, shipping rates, Thailand) are restored for each (``serialized_rollback``).
    """
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    return [
        pytest.mark.postgres,
        pytest.mark.skipif("postgresql" not in engine,
                           reason="needs PostgreSQL: run with DATABASE_URL=postgres://... -m postgres (.ci/run does)"),
        pytest.mark.django_db(transaction=True, serialized_rollback=True),
    ]
