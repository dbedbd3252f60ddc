"""Two producers, A and B, each with a product and a log-in, and a CDD officer; uploads go to a temporary folder."""

import pytest

from tests.factories import ProducerFactory, ProductFactory, UserFactory, producer_user


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, email="officer@cdd.example")


@pytest.fixture
def producer_a(db):
    return ProducerFactory(email="group-a@otop.example")


@pytest.fixture
def producer_b(db):
    return ProducerFactory()


@pytest.fixture
def user_a(producer_a):
    return producer_user(producer_a, email="weaver-a@otop.example")


@pytest.fixture
def user_b(producer_b):
    return producer_user(producer_b, email="potter-b@otop.example")


@pytest.fixture
def product_a(producer_a):
    return ProductFactory(producer=producer_a, title="ผ้าไหมมัดหมี่สุรินทร์", title_en="Surin mudmee silk")


@pytest.fixture
def product_b(producer_b):
    return ProductFactory(producer=producer_b, title="เครื่องปั้นดินเผาด่านเกวียน", title_en="Dan Kwian pottery")
