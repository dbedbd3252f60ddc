"""Who acts for which producer: one module says it, everything else asks there (#16 item 1)."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser

from marketplace.certification.selectors import certifications_visible_to, products_managed_by
from marketplace.producers.selectors import (
    partners_managed_by,
    producer_managed_by,
    producer_users,
    producers_managed_by,
)
from marketplace.producers.services import producer_user_add, producer_user_remove
from tests.factories import CertificationFactory, ProducerFactory, ProductFactory, UserFactory

REPO = Path(__file__).resolve().parents[3]
HOME = REPO / "marketplace" / "producers"
# The relation's spellings: Django lookups through Oscar's partner users, and the related manager.
RELATION = re.compile(r"partner__users|partners__|\.partner\.users\b|Partner\.\w+\.filter\(users=")


@pytest.mark.django_db
def test_a_user_acts_only_for_the_producers_they_were_added_to():
    mine, theirs = ProducerFactory(), ProducerFactory()
    user, stranger = UserFactory(), UserFactory()
    producer_user_add(mine, user)
    own_product, other_product = ProductFactory(producer=mine), ProductFactory(producer=theirs)
    CertificationFactory(product=own_product)
    CertificationFactory(product=other_product)

    assert list(producers_managed_by(user)) == [mine]
    assert list(partners_managed_by(user)) == [mine.partner]
    assert producer_managed_by(mine, user) and not producer_managed_by(theirs, user)
    assert list(producer_users(mine)) == [user]
    assert list(products_managed_by(user)) == [own_product]
    assert {c.product for c in certifications_visible_to(user)} == {own_product}
    for nobody in (stranger, AnonymousUser()):
        assert not producers_managed_by(nobody).exists() and not products_managed_by(nobody).exists()

    producer_user_remove(mine, user)
    assert not producers_managed_by(user).exists()


def test_only_the_producers_module_spells_out_the_relation():
    offenders = []
    for folder in ("marketplace", "shop", "cms", "search"):
        for path in (REPO / folder).rglob("*.py"):
            if path.is_relative_to(HOME) or "migrations" in path.parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if RELATION.search(line) and not line.lstrip().startswith(("#", "*", '"')):
                    offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == [], "ask marketplace/producers/selectors.py instead:\n" + "\n".join(offenders)
