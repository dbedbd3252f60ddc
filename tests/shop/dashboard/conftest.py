import pytest

from tests.factories import UserFactory


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(email="admin@otop.example", is_staff=True, is_superuser=True))
    return client
