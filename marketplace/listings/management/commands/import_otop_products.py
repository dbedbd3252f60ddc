from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from marketplace.listings.official_import import ImportReport, OfficialListRejected, official_list_import
from marketplace.listings.official_list import COLUMNS, RowError, official_list_read

# Enough to fix a file by; a broken export can have an error on every line.
MAX_ERRORS_SHOWN = 200


class Command(BaseCommand):
    help = (
        "Import the CDD's official OTOP product list (UTF-8 CSV) as verified certifications. "
        f"Columns: {','.join(COLUMNS)}. All or nothing: any bad row means nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The CSV file; image paths in it are relative to its folder.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file only; write nothing.")
        parser.add_argument("--reassign", action="store_true",
                            help="Move a product whose upc belongs to another producer to the row's producer "
                                 "(without it, such a row is an error).")
        parser.add_argument("--recorded-by", metavar="EMAIL",
                            help="The staff user recorded as having verified the certifications.")

    def handle(self, *args, path, dry_run, recorded_by, reassign=False, **options):
        if dry_run:
            parsed = official_list_read(path)
            if parsed.errors:
                self._fail(parsed.errors)
            self.stdout.write(self.style.SUCCESS(
                _("%(count)d rows checked, no errors. Nothing was written (dry run).") % {"count": len(parsed.rows)}))
            return
        try:
            report = official_list_import(path, recorded_by=self._user(recorded_by), reassign=reassign)
        except OfficialListRejected as rejected:
            self._fail(rejected.errors)
        self._print(report)

    def _user(self, email):
        if not email:
            return None
        user = get_user_model().objects.filter(email__iexact=email, is_staff=True).first()
        if user is None:
            raise CommandError(_("no staff user with the e-mail address %(email)s") % {"email": email})
        return user

    def _fail(self, errors: list[RowError]):
        for error in errors[:MAX_ERRORS_SHOWN]:
            self.stderr.write(str(error))
        if len(errors) > MAX_ERRORS_SHOWN:
            self.stderr.write(_("… and %(count)d more errors") % {"count": len(errors) - MAX_ERRORS_SHOWN})
        raise CommandError(_("the official list has %(count)d errors; nothing was imported") % {"count": len(errors)})

    def _print(self, report: ImportReport):
        self.stdout.write(self.style.SUCCESS(_("Imported %(rows)d rows.") % {"rows": report.rows}))
        self.stdout.write(_("Products: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % {
            "created": report.products_created, "updated": report.products_updated,
            "unchanged": report.products_unchanged})
        self.stdout.write(_("Producers: %(created)d created, %(updated)d updated.") % {
            "created": report.producers_created, "updated": report.producers_updated})
        self.stdout.write(_("Listed in the shop: %(listed)d; stored but not listed (too few stars, expired or "
                            "otherwise not eligible): %(not_listed)d.") % {
            "listed": report.listed, "not_listed": report.not_listed})
