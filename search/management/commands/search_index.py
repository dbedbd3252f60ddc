from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from search.indexing import index_rebuild


class Command(BaseCommand):
    help = "Manage the product search index of the active backend."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild the whole index from the database.")

    def handle(self, *args, **options):
        if not options["rebuild"]:
            self.stderr.write(_("Nothing to do: pass --rebuild."))
            return
        count = index_rebuild()
        self.stdout.write(self.style.SUCCESS(_("Search index rebuilt: %(count)d products.") % {"count": count}))
