"""Daily cron job: marks lapsed certifications expired and takes their products out of search.

Idempotent: a second run the same day finds nothing to do. Listings and the
basket never wait for it (the eligibility rule already checks the date); it
keeps the statuses honest and the search index clean.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from marketplace.certification.services import certifications_expire
from search.indexing import index_follow, index_updates_suspended


class Command(BaseCommand):
    help = "Marks verified certifications whose expiry date has passed as expired and refreshes the search index."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today", metavar="YYYY-MM-DD",
            help="The date to expire against (default: today in the site's time zone).",
        )

    def handle(self, *args, **options):
        today = None
        if options["today"]:
            try:
                today = datetime.date.fromisoformat(options["today"])
            except ValueError as error:
                raise CommandError(f"--today must be a date like 2026-11-22: {error}") from error
        # The index follows once, below: no per-row updates from the save signals.
        with index_updates_suspended():
            product_ids = certifications_expire(today=today)
        index_follow(product_ids)
        if product_ids:
            self.stdout.write(
                f"{len(product_ids)} product(s) had lapsed certifications marked expired; "
                "their search entries were refreshed."
            )
        else:
            self.stdout.write("0 product(s): no lapsed certifications to expire.")
