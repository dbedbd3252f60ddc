from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from search.backends.base import SearchUnavailable
from search.indexing import index_rebuild
from search.pending_updates import pending_updates_retry


class Command(BaseCommand):
    help = "Manage the product search index of the active backend."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild the whole index from the database.")
        parser.add_argument("--retry-pending", action="store_true",
                            help="Make the index updates queued while the search engine was down.")

    def handle(self, *args, **options):
        if not (options["rebuild"] or options["retry_pending"]):
            self.stderr.write(_("Nothing to do: pass --rebuild or --retry-pending."))
            return
        try:
            if options["rebuild"]:
                count = index_rebuild()
                self.stdout.write(self.style.SUCCESS(_("Search index rebuilt: %(count)d products.") % {"count": count}))
            if options["retry_pending"]:
                left = pending_updates_retry()
                self.stdout.write(_("Index updates still waiting for the search engine: %(count)d.") % {"count": left})
        except SearchUnavailable as error:
            raise CommandError(_("The search engine is unavailable: %(error)s") % {"error": error}) from error
