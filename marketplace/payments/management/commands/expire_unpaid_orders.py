import datetime

from django.conf import settings
from django.core.management.base import BaseCommand

from marketplace.payments.services import orders_expire_unpaid


class Command(BaseCommand):
    help = "Cancel the payment of orders left unpaid too long, so that their stock goes back on sale."

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=settings.MARKETPLACE_UNPAID_ORDER_MINUTES,
                            help="how long an order may wait for its payment (default: %(default)s)")

    def handle(self, *args, **options):
        expired = orders_expire_unpaid(datetime.timedelta(minutes=options["minutes"]))
        self.stdout.write(f"{expired} unpaid order(s) expired.")
