"""The embedded index never disagrees with the database: every writer keeps it current, an index
built from another database is rebuilt before it answers, and concurrent writers lose no update."""

import sqlite3
import threading
import time
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse

from search.backends.embedded import EmbeddedBackend, files
from search.backends.base import SearchRequest
from search.indexing import database_identity, index_rebuild
from search.selectors import product_search, search_suggestions
from tests.factories import eligible_product, producer_user
from tests.search.documents import document as _doc
from tests.shop.dashboard.catalogue.product_form import product_post

pytestmark = pytest.mark.django_db


def test_an_index_built_from_another_database_is_rebuilt_before_it_answers(search_index):
    silk = eligible_product(title="ผ้าไหมแพรวา", title_en="Praewa silk")
    # The file another database left behind: a product this database does not have.
    search_index.index_replace_all([_doc(999_999, "ผ้าไหมปลอม", "Fake silk")], built_for="another database")
    assert search_index.search(SearchRequest(q="silk")).product_ids == [999_999]

    assert [p.pk for p in product_search(SearchRequest(q="silk")).products] == [silk.pk]
    assert search_index.built_for() == database_identity()
    assert search_index.search(SearchRequest(q="silk")).product_ids == [silk.pk]


def test_an_index_of_unknown_origin_is_rebuilt_before_suggesting(search_index):
    eligible_product(title="กาแฟอาราบิก้าดอยช้าง", title_en="Doi Chang arabica coffee")
    search_index.index_replace_all([_doc(999_999, "กาแฟปลอม", "Fake coffee")])  # built_for unknown
    assert search_suggestions("coff") == ["Doi Chang arabica coffee"]


def test_the_database_identity_names_this_database(settings):
    identity = database_identity()
    assert identity == database_identity()
    original = connection.settings_dict["NAME"]
    connection.settings_dict["NAME"] = "/elsewhere/db.sqlite3"
    try:
        assert database_identity() != identity
    finally:
        connection.settings_dict["NAME"] = original


def test_a_dashboard_edit_of_price_and_category_reaches_search(client, search_index,
                                                               django_capture_on_commit_callbacks):
    product = eligible_product(title="น้ำพริกเผากุ้ง", title_en="Shrimp chilli paste", category="textile",
                               stock__price=Decimal("85.00"))
    index_rebuild()
    stockrecord = product.stockrecords.get()
    link = product.productcategory_set.get()
    client.force_login(producer_user(product.producer))
    data = product_post(product.producer, upc=product.upc, title=product.title, title_en=product.title_en)
    data.update({
        "stockrecords-INITIAL_FORMS": "1", "stockrecords-0-id": stockrecord.pk, "stockrecords-0-product": product.pk,
        "stockrecords-0-partner_sku": stockrecord.partner_sku, "stockrecords-0-price": "650.00",
        "productcategory_set-INITIAL_FORMS": "1", "productcategory_set-0-id": link.pk,
        "productcategory_set-0-product": product.pk,
    })
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("dashboard:catalogue-product", kwargs={"pk": product.pk}), data)
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.categories.get().slug == "food"

    found = search_index.search(SearchRequest(q="chili paste", category="food", min_price=Decimal("600")))
    assert found.product_ids == [product.pk]
    assert search_index.search(SearchRequest(category="textile")).product_ids == []


def test_a_locked_index_is_written_once_the_lock_is_released(search_index, monkeypatch):
    search_index.index_replace_all([_doc(1, "ผ้าไหมแพรวา", "Praewa silk")])
    monkeypatch.setattr(files, "BUSY_TIMEOUT", 0.01)  # SQLite gives up at once: the retries must not
    monkeypatch.setattr(files, "RETRY_FOR", 20.0)
    holder = sqlite3.connect(search_index.path, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.5, holder.rollback)
    release.start()
    try:
        search_index.index_upsert([_doc(2, "กาแฟดอยช้าง", "Doi Chang coffee")])
    finally:
        release.join()
        holder.close()
    assert search_index.search(SearchRequest(q="coffee")).product_ids == [2]


def test_many_threads_writing_at_once_lose_no_update(search_index, monkeypatch):
    monkeypatch.setattr(files, "BUSY_TIMEOUT", 0.05)
    # Two backends on one file, as two processes would have; each thread writes its own products.
    writers = [search_index, EmbeddedBackend(search_index.path)]
    search_index.index_replace_all([])
    errors = []

    def write(thread: int):
        try:
            backend = writers[thread % 2]
            for n in range(15):
                pk = thread * 100 + n
                backend.index_upsert([_doc(pk, f"ผ้าไหม {pk}", f"silk w{pk}")])
                if n % 5 == 4:
                    backend.index_delete([pk])
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(t,)) for t in range(1, 25)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    expected = {t * 100 + n for t in range(1, 25) for n in range(15) if n % 5 != 4}
    assert set(search_index.search(SearchRequest(q="silk", page_size=1000)).product_ids) == expected


def test_updates_racing_a_rebuild_are_not_lost(search_index):
    # As ``index_refresh_products`` does: read the source under the writers' lock, then write.
    # A rebuild reads the whole source slowly; an update written to the old file meanwhile
    # would vanish at the swap, so it waits for the swap and reads the source afresh.
    source = {pk: f"silk p{pk}start" for pk in range(1, 9)}

    def documents():
        for pk in sorted(source):
            time.sleep(0.01)
            yield _doc(pk, "ผ้าไหม", source[pk])

    def edit(pk: int):
        for round_ in range(4):
            with search_index.write_lock():
                source[pk] = f"silk p{pk}r{round_}"
                search_index.index_upsert([_doc(pk, "ผ้าไหม", source[pk])])

    def rebuild():
        for _ in range(3):
            search_index.index_replace_all(documents())

    threads = [threading.Thread(target=edit, args=(pk,)) for pk in source] + [threading.Thread(target=rebuild)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for pk in source:
        assert search_index.search(SearchRequest(q=f"p{pk}r3")).product_ids == [pk]
