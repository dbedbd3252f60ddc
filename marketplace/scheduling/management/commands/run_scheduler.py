"""Runs the periodic jobs (``marketplace/scheduling/jobs.py``): as a service, or once from cron.

    python manage.py run_scheduler            # loop until SIGTERM/SIGINT (the compose `scheduler` service)
    python manage.py run_scheduler --once     # run what is due now, then exit (for cron, e.g. every 5 minutes)
    python manage.py run_scheduler --once --job expire_certifications --force   # run one job now
"""

import signal
import threading

from django.core.management.base import BaseCommand, CommandError

from marketplace.scheduling.jobs import jobs_all
from marketplace.scheduling.services import job_run, jobs_run_due, scheduler_loop


class Command(BaseCommand):
    help = "Runs the marketplace's periodic jobs when they are due (expire unpaid orders, expire certifications)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run the jobs that are due, then exit")
        parser.add_argument("--job", action="append", metavar="NAME",
                            help="only this job (may be repeated); one of: "
                                 + ", ".join(job.name for job in jobs_all()))
        parser.add_argument("--force", action="store_true", help="with --once: run the jobs even if not due")

    def handle(self, *args, **options):
        jobs = jobs_all()
        if options["job"]:
            known = {job.name: job for job in jobs}
            unknown = [name for name in options["job"] if name not in known]
            if unknown:
                raise CommandError(f"Unknown job(s): {', '.join(unknown)}. Known: {', '.join(known)}")
            jobs = tuple(known[name] for name in options["job"])
        if options["force"] and not options["once"]:
            raise CommandError("--force only goes with --once.")

        if options["once"]:
            outcomes = [job_run(job) for job in jobs] if options["force"] else jobs_run_due(jobs)
            for outcome in outcomes:
                state = "ok" if outcome.succeeded else "FAILED"
                self.stdout.write(f"{outcome.name}: {state} ({outcome.seconds:.1f}s) {outcome.output}")
            if not outcomes:
                self.stdout.write("No job is due.")
            if any(not outcome.succeeded for outcome in outcomes):
                raise CommandError("Some jobs failed; see the log.")
            return

        stop = threading.Event()

        def request_stop(signum, frame):
            self.stdout.write(f"Signal {signum}: stopping after the job under way.")
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        self.stdout.write("Scheduler running: " + ", ".join(f"{job.name} every {job.interval}" for job in jobs))
        scheduler_loop(stop, jobs)
        self.stdout.write("Scheduler stopped.")
