"""The dashboard's tables take from the address only a page size they can show (``?per_page=-1`` was a 500)."""

import pytest
from django.urls import reverse

from cms.roles.services import roles_ensure
from shop.dashboard.tables import MAX_PER_PAGE
from tests.cms.helpers import make_maker
from tests.factories import ProductFactory, UserFactory

pytestmark = pytest.mark.django_db

JUNK_SIZES = ["-1", "0", "-99999999999999999999999", "99999999999999999999999", "NaN", "1e309"]


@pytest.mark.parametrize("per_page", JUNK_SIZES)
@pytest.mark.parametrize("page", ["1", "-1", "2", "NaN"])
def test_a_producers_product_list_with_a_junk_page_size_lists_their_products(client, per_page, page):
    roles_ensure()
    maker = make_maker("tables-a", "กลุ่มตาราง", "Table Group", "TH-32")
    client.force_login(maker.user)
    response = client.get(reverse("dashboard:catalogue-product-list"), {"per_page": per_page, "page": page})
    assert response.status_code == 200
    assert maker.product.title in response.content.decode()


@pytest.mark.parametrize("name", ["dashboard:catalogue-category-list", "dashboard:users-index",
                                  "dashboard:catalogue-option-list", "dashboard:catalogue-attribute-option-group-list"])
def test_every_dashboard_table_refuses_a_negative_page_size(client, name):
    client.force_login(UserFactory(email="tables-admin@example.th", is_staff=True, is_superuser=True))
    assert client.get(reverse(name), {"per_page": "-1"}).status_code == 200


def test_a_page_size_beyond_the_largest_is_the_largest(client):
    producer = make_maker("tables-b", "กลุ่มตารางบี", "Table Group B", "TH-32").producer
    for _ in range(MAX_PER_PAGE + 1):
        ProductFactory(producer=producer)
    client.force_login(UserFactory(email="tables-admin@example.th", is_staff=True, is_superuser=True))
    table = client.get(reverse("dashboard:catalogue-product-list"), {"per_page": "1000000"}).context["products"]
    assert len(table.page.object_list) == MAX_PER_PAGE


def test_the_customer_list_is_drawn_as_oscars_table_with_its_bulk_actions(client):
    """Our customer table (Thai yes/no, a translated Name heading) is Oscar's with its Meta: its template
    and classes. Without them the list was a bare <table>, its cells run together, the bulk actions gone."""
    UserFactory(email="somchai@example.th")
    client.force_login(UserFactory(email="tables-admin@example.th", is_staff=True, is_superuser=True))
    html = client.get(reverse("dashboard:users-index")).content.decode()
    assert '<table class="table table-striped table-bordered"' in html
    assert 'value="make_inactive"' in html
    assert "somchai@example.th" in html
