"""An id too large for the database is a bad address (404), never a server error; real bugs still surface.

Wagtail's and our choosers' ``chosen-multiple/?id=`` hand the ids straight to the database; SQLite's
driver cannot bind an integer beyond 64 bits (OverflowError). PostgreSQL's driver sends it as a
numeric, which matches nothing: there the answer is "nothing chosen".
"""

import sqlite3

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.roles.services import roles_ensure
from marketplace.project.invalid_ids import exception_is_an_invalid_id
from tests.cms.helpers import make_maker
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

HUGE = "99999999999999999999999"
CHOSEN_MULTIPLE = [
    "/cms/images/chooser/chosen-multiple/", "/cms/choose-page/chosen-multiple/",
    "/cms/choose-product/chosen-multiple/", "/cms/choose-producer/chosen-multiple/",
]


@pytest.fixture
def producer_client():
    roles_ensure()
    maker = make_maker("huge-ids", "กลุ่มไอดียาว", "Huge Id Group", "TH-32")
    client = Client()  # raises what the view raises: a server error fails the test itself
    client.force_login(maker.user)
    return client, maker


@pytest.mark.parametrize("url", CHOSEN_MULTIPLE)
def test_a_huge_id_in_a_choosers_chosen_multiple_chooses_nothing(producer_client, url):
    client, _maker = producer_client
    response = client.get(url, {"id": HUGE})
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert response.json()["result"] == []


def test_a_huge_id_in_the_document_choosers_chosen_multiple_chooses_nothing(client):
    # Producers may choose no document (nothing is asked of the database): an editor's view.
    document = get_document_model()(title="คู่มือ", collection=Collection.get_first_root_node())
    document.file.save("guide.pdf", ContentFile(b"%PDF-1.7\n%%EOF\n"), save=False)
    document.save()
    client.force_login(UserFactory(email="huge-ids-admin@example.th", is_staff=True, is_superuser=True))
    response = client.get("/cms/documents/chooser/chosen-multiple/", {"id": HUGE})
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert response.json()["result"] == []


def test_a_real_id_is_still_chosen(producer_client):
    client, maker = producer_client
    response = client.get("/cms/images/chooser/chosen-multiple/", {"id": maker.image.pk})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["result"]] == [str(maker.image.pk)]


def _raised(function) -> BaseException:
    try:
        function()
    except BaseException as error:  # noqa: BLE001 (the test inspects whatever was raised)
        return error
    raise AssertionError("nothing was raised")


def test_only_the_databases_refusal_of_a_parameter_counts_as_a_bad_id():
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            refused = _raised(lambda: cursor.execute("SELECT %s", [int(HUGE)]))
        assert isinstance(refused, OverflowError) and exception_is_an_invalid_id(refused)

    def our_own_arithmetic():
        return float(10**400)

    # An OverflowError anywhere else is a bug, and stays a server error.
    assert not exception_is_an_invalid_id(_raised(our_own_arithmetic))
    assert not exception_is_an_invalid_id(_raised(lambda: sqlite3.connect(":memory:").execute("SELECT ?", [10**30])))


def test_a_product_address_with_a_huge_id_is_a_missing_page_for_a_visitor(client):
    # The page cache reads the product's stock levels before the view runs (not behind the view's 404).
    assert client.get("/catalogue/x_99999999999999999999999/").status_code == 404
    assert client.get("/en/catalogue/-1_99999999999999999999999/").status_code == 404
