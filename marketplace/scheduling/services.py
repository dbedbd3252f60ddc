"""Running the periodic jobs that are due.

The scheduler runs the jobs itself rather than enqueueing them for the
django-tasks worker: they are short, idempotent management commands; run here,
each one's failure is caught, logged and recorded next to the job, and they
neither wait behind nor delay the worker's queue (search indexing, e-mails).
django-tasks has no periodic scheduling of its own, so something like this
loop would be needed either way.

A job is claimed with one conditional UPDATE (due → next due), so two
schedulers started by mistake, or a cron ``--once`` next to the service, don't
run it twice in the same interval.
"""

import datetime
import logging
import threading
import time
from dataclasses import dataclass

from django.db import close_old_connections, connection
from django.utils import timezone

from .jobs import Job, jobs_all
from .models import JobState

logger = logging.getLogger(__name__)

#: A failed job is tried again after this long at most, even if its interval is longer (a day).
RETRY_AFTER = datetime.timedelta(minutes=15)
#: The loop wakes at least this often, so a changed next run (admin) is noticed.
MAX_SLEEP_SECONDS = 60.0
OUTPUT_KEPT = 4000


@dataclass(frozen=True)
class JobOutcome:
    name: str
    succeeded: bool
    output: str
    seconds: float


def _claim(job: Job, now: datetime.datetime) -> bool:
    JobState.objects.get_or_create(name=job.name, defaults={"next_run_at": now})
    return bool(JobState.objects.filter(name=job.name, next_run_at__lte=now).update(
        next_run_at=now + job.interval, last_started_at=now,
    ))


def job_run(job: Job, now: datetime.datetime | None = None) -> JobOutcome:
    """Runs one job now, whatever its schedule, and records how it went. Never raises for the job's failure."""
    now = now or timezone.now()
    started = time.monotonic()
    try:
        output = job.run() or ""
        succeeded = True
        logger.info("Job %s finished: %s", job.name, output)
    except Exception as exc:  # one job's failure must not stop the others or the scheduler
        output = f"{type(exc).__name__}: {exc}"
        succeeded = False
        logger.exception("Job %s failed", job.name)
    outcome = JobOutcome(job.name, succeeded, output, time.monotonic() - started)
    finished = timezone.now()
    state, _created = JobState.objects.get_or_create(name=job.name, defaults={"next_run_at": now + job.interval})
    state.last_finished_at = finished
    state.last_succeeded = succeeded
    state.last_output = output[:OUTPUT_KEPT]
    state.runs += 1
    update_fields = ["last_finished_at", "last_succeeded", "last_output", "runs"]
    if not succeeded:
        state.failures += 1
        state.next_run_at = min(state.next_run_at, finished + RETRY_AFTER)
        update_fields += ["failures", "next_run_at"]
    state.save(update_fields=update_fields)
    return outcome


def jobs_run_due(jobs: tuple[Job, ...] | None = None, now: datetime.datetime | None = None,
                 stop: threading.Event | None = None) -> list[JobOutcome]:
    """Runs each job that is due (once), in order; stops between jobs when ``stop`` is set."""
    outcomes = []
    for job in jobs if jobs is not None else jobs_all():
        if stop is not None and stop.is_set():
            break
        if _claim(job, now or timezone.now()):
            outcomes.append(job_run(job, now))
    return outcomes


def jobs_seconds_until_due(jobs: tuple[Job, ...] | None = None, now: datetime.datetime | None = None) -> float:
    names = [job.name for job in (jobs if jobs is not None else jobs_all())]
    states = JobState.objects.filter(name__in=names)
    if len(states) < len(names):
        return 0.0  # a job never run yet is due now
    now = now or timezone.now()
    soonest = min(state.next_run_at for state in states)
    return max(0.0, min(MAX_SLEEP_SECONDS, (soonest - now).total_seconds()))


def scheduler_loop(stop: threading.Event, jobs: tuple[Job, ...] | None = None) -> None:
    """Runs due jobs until ``stop`` is set (SIGTERM), finishing the job under way first."""
    logger.info("Scheduler started")
    while not stop.is_set():
        try:
            jobs_run_due(jobs, stop=stop)
            pause = jobs_seconds_until_due(jobs)
        except Exception:  # the database away for a moment: try again shortly rather than exit
            logger.exception("Scheduler: could not check the jobs")
            pause = MAX_SLEEP_SECONDS
        # A long-lived process must not keep a connection the database has dropped (but never
        # closes one with a transaction open, as when a caller runs the loop inside one).
        if not connection.in_atomic_block:
            close_old_connections()
        stop.wait(max(pause, 1.0))
    logger.info("Scheduler stopped")
