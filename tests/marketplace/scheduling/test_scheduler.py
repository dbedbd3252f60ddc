"""The periodic jobs: the right commands when due, one failure doesn't stop the rest, --once, SIGTERM."""

import datetime
import os
import signal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from marketplace.scheduling import services
from marketplace.scheduling.jobs import Job, jobs_all
from marketplace.scheduling.models import JobState
from marketplace.scheduling.services import (
    RETRY_AFTER,
    jobs_run_due,
    jobs_seconds_until_due,
)

pytestmark = pytest.mark.django_db

T0 = datetime.datetime(2026, 11, 22, 3, 0, tzinfo=datetime.UTC)


@pytest.fixture
def calls(monkeypatch):
    """The functions behind the commands, recorded instead of run."""
    made = []
    monkeypatch.setattr("search.management.commands.search_index.pending_updates_retry",
                        lambda: made.append(("search_index_retry", None)) or 0)
    monkeypatch.setattr("marketplace.payments.management.commands.expire_unpaid_orders.orders_expire_unpaid",
                        lambda older_than: made.append(("expire_unpaid_orders", older_than)) or 0)
    monkeypatch.setattr("marketplace.certification.management.commands.expire_certifications.certifications_expire",
                        lambda today=None: made.append(("expire_certifications", today)) or [])
    return made


def _names(calls):
    return [name for name, _ in calls]


def test_the_job_table_runs_each_command_when_it_is_due(calls, settings):
    settings.MARKETPLACE_UNPAID_ORDER_MINUTES = 45

    outcomes = jobs_run_due(now=T0)
    assert [(o.name, o.succeeded) for o in outcomes] == [("expire_unpaid_orders", True),
                                                         ("expire_certifications", True),
                                                         ("search_index_retry", True)]
    assert calls[0] == ("expire_unpaid_orders", datetime.timedelta(minutes=45))
    assert "0 unpaid order(s) expired." in outcomes[0].output

    calls.clear()
    assert jobs_run_due(now=T0 + datetime.timedelta(seconds=30)) == []
    assert calls == []

    jobs_run_due(now=T0 + datetime.timedelta(minutes=2))
    assert _names(calls) == ["search_index_retry"]

    calls.clear()
    jobs_run_due(now=T0 + datetime.timedelta(minutes=6))
    assert _names(calls) == ["expire_unpaid_orders", "search_index_retry"]

    calls.clear()
    jobs_run_due(now=T0 + datetime.timedelta(hours=25))
    assert _names(calls) == ["expire_unpaid_orders", "expire_certifications", "search_index_retry"]
    state = JobState.objects.get(name="expire_certifications")
    assert (state.runs, state.failures, state.last_succeeded) == (2, 0, True)
    assert state.next_run_at == T0 + datetime.timedelta(hours=49)


def test_a_failing_job_does_not_stop_the_others_and_is_retried_sooner():
    ran = []

    def broken():
        raise RuntimeError("search index unreachable")

    jobs = (Job("broken", datetime.timedelta(hours=24), broken),
            Job("fine", datetime.timedelta(minutes=5), lambda: ran.append("fine") or "done"))

    outcomes = jobs_run_due(jobs, now=T0)

    assert [(o.name, o.succeeded) for o in outcomes] == [("broken", False), ("fine", True)]
    assert ran == ["fine"]
    broken_state = JobState.objects.get(name="broken")
    assert broken_state.failures == 1 and "search index unreachable" in broken_state.last_output
    assert broken_state.next_run_at <= timezone.now() + RETRY_AFTER  # not a whole day later


def test_once_runs_each_due_job_once_then_nothing_until_due_again(calls):
    call_command("run_scheduler", "--once", stdout=StringIO())
    assert sorted(_names(calls)) == ["expire_certifications", "expire_unpaid_orders", "search_index_retry"]

    calls.clear()
    call_command("run_scheduler", "--once", stdout=StringIO())
    assert calls == []

    call_command("run_scheduler", "--once", "--job", "expire_certifications", "--force", stdout=StringIO())
    assert _names(calls) == ["expire_certifications"]


def test_once_reports_a_failure_after_running_the_other_jobs(monkeypatch, calls):
    def broken(today=None):
        raise RuntimeError("boom")

    monkeypatch.setattr("marketplace.certification.management.commands.expire_certifications.certifications_expire",
                        broken)
    with pytest.raises(CommandError, match="failed"):
        call_command("run_scheduler", "--once", stdout=StringIO())
    assert _names(calls) == ["expire_unpaid_orders", "search_index_retry"]


def test_unknown_jobs_and_misused_options_get_a_clear_message():
    with pytest.raises(CommandError, match="Unknown job"):
        call_command("run_scheduler", "--once", "--job", "nope")
    with pytest.raises(CommandError, match="--force"):
        call_command("run_scheduler", "--force")


def test_the_loop_stops_on_sigterm_after_finishing_the_job_under_way(monkeypatch):
    ran = []

    def first():
        os.kill(os.getpid(), signal.SIGTERM)  # as `docker compose stop` does, in the middle of a job
        ran.append("first")
        return "finished anyway"

    jobs = (Job("first", datetime.timedelta(minutes=5), first),
            Job("second", datetime.timedelta(minutes=5), lambda: ran.append("second") or ""))
    monkeypatch.setattr("marketplace.scheduling.management.commands.run_scheduler.jobs_all", lambda: jobs)
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        call_command("run_scheduler", stdout=StringIO())
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])

    assert ran == ["first"]
    assert JobState.objects.get(name="first").last_succeeded is True


def test_the_loop_sleeps_until_the_next_job_is_due(calls):
    assert jobs_seconds_until_due() == 0.0  # never run: due now
    jobs_run_due()
    assert 0 < jobs_seconds_until_due() <= services.MAX_SLEEP_SECONDS
    assert {job.name for job in jobs_all()} == {"expire_unpaid_orders", "expire_certifications",
                                                "search_index_retry"}
