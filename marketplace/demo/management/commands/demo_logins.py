from django.core.management.base import BaseCommand

from marketplace.demo.users import DEMO_LOGINS


class Command(BaseCommand):
    help = "Print the demo log-ins for each role."

    def add_arguments(self, parser):
        # make run passes its own HOST and PORT, so `make run PORT=8020` prints links that open.
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="where the site is served")

    def handle(self, *args, url, **options):
        site = url.rstrip("/")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"OTOP PLUS demo is ready: {site}/"))
        self.stdout.write(f"  Shop (Thai)     {site}/      English: {site}/en/")
        self.stdout.write(f"  Dashboard       {site}/dashboard/   CMS: {site}/cms/")
        self.stdout.write("")
        self.stdout.write(f"  {'role':<12} {'e-mail':<26} password")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role:<12} {login.email:<26} {login.password}")
        self.stdout.write("")
