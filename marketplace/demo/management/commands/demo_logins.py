from django.core.management.base import BaseCommand

from marketplace.demo.users import DEMO_LOGINS


class Command(BaseCommand):
    help = "Print the demo log-ins for each role."

    def handle(self, *args, **options):
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("OTOP PLUS demo is ready: http://127.0.0.1:8000/"))
        self.stdout.write("  Shop (Thai)     http://127.0.0.1:8000/      English: http://127.0.0.1:8000/en/")
        self.stdout.write("  Dashboard       http://127.0.0.1:8000/dashboard/   CMS: http://127.0.0.1:8000/cms/")
        self.stdout.write("")
        self.stdout.write(f"  {'role':<12} {'e-mail':<26} password")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role:<12} {login.email:<26} {login.password}")
        self.stdout.write("")
