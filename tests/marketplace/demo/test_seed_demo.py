import hashlib
import io
import logging
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from marketplace.certification.selectors import products_eligible
from marketplace.demo.users import DEMO_LOGINS
from marketplace.producers.models import Producer
from shop.catalogue.models import Product, ProductImage

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_demo_catalogue_is_searchable_without_a_rebuild(seeded):
    from search.backends import search_backend
    from search.backends.base import SearchRequest
    from search.indexing import database_identity

    index = search_backend()  # asked directly: the pages would rebuild an index that lagged
    assert index.built_for() == database_identity()
    assert index.search(SearchRequest()).count == products_eligible().count()
    assert index.search(SearchRequest(q="ผ้าไหม")).count > 0


def test_demo_catalogue_is_large_and_varied(seeded):
    listed = products_eligible()
    assert listed.count() >= 150
    categories = Counter(listed.values_list("categories__slug", flat=True))
    assert set(categories) == {"food", "beverage", "textile", "household", "herbal"}
    assert listed.values("producer__province").distinct().count() >= 30
    assert Producer.objects.count() >= 40
    assert set(Producer.objects.values_list("producer_type", flat=True)) == {"community_group", "single_owner", "sme"}


def test_low_rated_and_expired_demo_products_stay_invisible(seeded):
    hidden = Product.objects.exclude(pk__in=products_eligible().values("pk"))
    assert hidden.count() >= 10
    stars = set(hidden.values_list("certifications__stars", flat=True))
    assert stars & {2, 3}, "some hidden products are low-rated"
    assert stars & {4, 5}, "some hidden products are well rated but expired"


def test_every_product_has_its_own_picture_and_both_languages(seeded):
    digests = set()
    for image in ProductImage.objects.all():
        with image.original.open("rb") as f:
            digests.add(hashlib.sha256(f.read()).hexdigest())
    assert len(digests) == Product.objects.count()
    assert not Product.objects.filter(title_en="").exists()
    assert not Product.objects.filter(description_en="").exists()


def test_demo_users_exist_for_every_role(seeded):
    User = get_user_model()
    for login in DEMO_LOGINS:
        user = User.objects.get(email=login.email)
        assert user.check_password(login.password)
    assert User.objects.get(email="admin@otop.example").is_superuser
    producer_user = User.objects.get(email="producer@otop.example")
    assert Producer.objects.filter(partner__users=producer_user).count() == 1


def test_seeding_twice_duplicates_nothing(seeded):
    before = (Product.objects.count(), Producer.objects.count(), ProductImage.objects.count(),
              get_user_model().objects.count())
    call_command("seed_demo", verbosity=0)
    after = (Product.objects.count(), Producer.objects.count(), ProductImage.objects.count(),
             get_user_model().objects.count())
    assert before == after


def test_seeding_prints_a_short_summary_with_counts_and_log_ins(seeded):
    lines = seeded.stdout.splitlines()
    assert len(lines) <= 15
    summary = seeded.stdout
    assert f"producers   {Producer.objects.count()}" in summary
    assert f"products    {Product.objects.count()} ({Product.objects.count()} new" in summary
    for login in DEMO_LOGINS:
        assert login.email in summary
    # Wagtail's "Page created / edited / published" and Oscar's stock-alert lines (over 500 on a
    # fresh database) stay out of the default output.
    assert [record.getMessage() for record in seeded.log_records if record.levelno < logging.WARNING] == []


def test_seeding_with_verbosity_2_lists_each_producer_and_product(seeded):
    stdout = io.StringIO()
    call_command("seed_demo", verbosity=2, stdout=stdout)
    details = stdout.getvalue()
    assert details.count("\nproduct ") + details.startswith("product ") == Product.objects.count()
    assert "(unchanged)" in details
    assert "textile-surin-khwao-mudmee" in details
