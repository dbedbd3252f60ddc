"""Two producers, A and B, each with a live storefront, products, an image and a log-in; a CDD editor."""

import pytest
from django.urls import clear_url_caches
from django.utils import translation

from cms.roles.services import cdd_editor_grant, roles_ensure
from tests.factories import UserFactory

from .helpers import make_maker


@pytest.fixture(autouse=True)
def _thai_first():
    """Each test starts in Thai, with fresh URL caches.

    A request to /en/... leaves English active in the test thread, and Django's
    reverse cache keeps language prefixes worked out under whatever
    LANGUAGE_CODE an earlier test set (English-default prefixes would lack /en/).
    """
    clear_url_caches()
    translation.activate("th")
    yield
    translation.deactivate()


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
