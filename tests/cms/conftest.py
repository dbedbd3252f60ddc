"""Two producers, A and B, each with a live storefront, products, an image and a log-in; a CDD editor."""

import pytest

from cms.roles.services import cdd_editor_grant, roles_ensure
from tests.factories import UserFactory

from .helpers import make_maker


@pytest.fixture(autouse=True)
def _thai_first(thai_first):
    """Every CMS test starts in Thai (tests/languages.py)."""


@pytest.fixture
def roles(db):
    return roles_ensure()


@pytest.fixture
def maker_a(roles):
    return make_maker("maker-a", "กลุ่มทอผ้าบ้านเอ", "Ban A Weavers", "TH-32")


@pytest.fixture
def maker_b(roles):
    return make_maker("maker-b", "กลุ่มจักสานบ้านบี", "Ban B Basketry", "TH-50")


@pytest.fixture
def editor(roles):
    user = UserFactory(email="editor@example.th")
    cdd_editor_grant(user)
    return user


@pytest.fixture
def admin_user(db):
    return UserFactory(email="admin@example.th", is_staff=True, is_superuser=True)
