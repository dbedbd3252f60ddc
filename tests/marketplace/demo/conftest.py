"""The demo catalogue, loaded once per test module (``seeded``) and removed afterwards."""

import io
import logging
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from marketplace.demo.pages import demo_pages_remove
from marketplace.demo.users import DEMO_LOGINS
from marketplace.producers.models import Producer
from shop.catalogue.models import Category, Product
from shop.partner.models import Partner


@dataclass
class SeedOutput:
    """What the first seeding printed (default verbosity) and logged at INFO or above."""

    stdout: str = ""
    log_records: list[logging.LogRecord] = field(default_factory=list)


class _Recorder(logging.Handler):
    def __init__(self, records: list):
        super().__init__(logging.INFO)
        self.records = records

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    output = SeedOutput()
    recorder = _Recorder(output.log_records)
    root = logging.getLogger()
    level = root.level
    root.addHandler(recorder)
    root.setLevel(logging.INFO)
    try:
        with django_db_blocker.unblock():
            stdout = io.StringIO()
            call_command("seed_demo", stdout=stdout)
    finally:
        root.removeHandler(recorder)
        root.setLevel(level)
    output.stdout = stdout.getvalue()
    with django_db_blocker.unblock():
        yield output
        # Module-scoped data outlives the per-test transactions: remove it for the next modules.
        demo_pages_remove()  # storefront pages protect their producers
        Product.objects.all().delete()
        producers = list(Producer.objects.values_list("partner_id", flat=True))
        Producer.objects.all().delete()
        Partner.objects.filter(pk__in=producers).delete()
        Category.objects.all().delete()
        get_user_model().objects.filter(email__in=[login.email for login in DEMO_LOGINS]).delete()
