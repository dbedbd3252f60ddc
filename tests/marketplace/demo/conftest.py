"""The demo catalogue, loaded once per test module (``seeded``) and removed afterwards."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from marketplace.demo.pages import demo_pages_remove
from marketplace.demo.users import DEMO_LOGINS
from marketplace.producers.models import Producer
from shop.catalogue.models import Category, Product
from shop.partner.models import Partner


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)
        yield
        # Module-scoped data outlives the per-test transactions: remove it for the next modules.
        demo_pages_remove()  # storefront pages protect their producers
        Product.objects.all().delete()
        producers = list(Producer.objects.values_list("partner_id", flat=True))
        Producer.objects.all().delete()
        Partner.objects.filter(pk__in=producers).delete()
        Category.objects.all().delete()
        get_user_model().objects.filter(email__in=[login.email for login in DEMO_LOGINS]).delete()
