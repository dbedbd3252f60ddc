"""The marketplace's periodic jobs: name, how often, and what to call.

Each job is one of the marketplace's management commands, all idempotent, so a
job that runs twice (two schedulers, a cron line next to the scheduler
service) does no harm. Change an interval here; ``run_scheduler`` picks it up
at its next start.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO

from django.core.management import call_command


@dataclass(frozen=True)
class Job:
    name: str
    interval: datetime.timedelta
    run: Callable[[], str]  # returns what to log; raises when the job failed


def _command(name: str, *args: str) -> Callable[[], str]:
    def run() -> str:
        out = StringIO()
        call_command(name, *args, stdout=out)
        return out.getvalue().strip()

    run.__name__ = f"call_command_{name}"
    return run


def jobs_all() -> tuple[Job, ...]:
    return (
        # Unpaid orders hold stock; they are given up MARKETPLACE_UNPAID_ORDER_MINUTES after placement,
        # so checking every few minutes frees the stock soon after.
        Job("expire_unpaid_orders", datetime.timedelta(minutes=5), _command("expire_unpaid_orders")),
        # Certifications lapse by date; listings already check the date, this keeps statuses and search clean.
        Job("expire_certifications", datetime.timedelta(hours=24), _command("expire_certifications")),
        # Index updates made while the search engine was down wait in a queue until the index has them.
        Job("search_index_retry", datetime.timedelta(minutes=1), _command("search_index", "--retry-pending")),
    )
