"""Producers add and edit their own products in Oscar's dashboard."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from marketplace.listings.services import product_class_default
from shop.catalogue.models import Product
from tests.factories import ProducerFactory, ProductFactory, UserFactory, producer_user
from tests.shop.dashboard.catalogue.product_form import product_post

pytestmark = pytest.mark.django_db

def errors(response) -> dict:
    """The form's and formsets' errors, for a readable failure."""
    context = response.context
    found = {"form": context["form"].errors}
    for name in ("stockrecord_formset", "category_formset", "image_formset", "recommended_formset"):
        if context.get(name) is not None:
            found[name] = [context[name].non_form_errors(), *context[name].errors]
    return found


def listed(client) -> list:
    return list(client.get(reverse("dashboard:catalogue-product-list")).context["products"].data)


def create_url() -> str:
    return reverse("dashboard:catalogue-product-create", kwargs={"product_class_slug": product_class_default().slug})


def test_a_product_a_producer_creates_is_theirs(client):
    producer = ProducerFactory()
    client.force_login(producer_user(producer))
    page = client.get(create_url())
    assert page.status_code == 200
    assert list(page.context["form"].fields["producer"].queryset) == [producer]
    response = client.post(create_url(), product_post(producer))
    assert response.status_code == 302, errors(response)
    product = Product.objects.get(upc="8851234567890")
    assert product.producer == producer
    assert (product.title_en, product.weight_grams) == ("Shrimp chilli paste", 250)
    assert product.slug == "shrimp-chilli-paste"  # readable, from the English title
    assert product in listed(client)


def test_a_producer_cannot_file_a_product_under_another_producer(client):
    mine, theirs = ProducerFactory(), ProducerFactory()
    client.force_login(producer_user(mine))
    response = client.post(create_url(), product_post(mine, producer=theirs.pk))
    assert response.status_code == 200
    assert "producer" in response.context["form"].errors
    assert not Product.objects.filter(upc="8851234567890").exists()


def test_a_product_without_stock_yet_stays_in_its_producers_list(client):
    producer = ProducerFactory()
    product = ProductFactory(producer=producer)
    product.stockrecords.all().delete()
    client.force_login(producer_user(producer))
    assert product in listed(client)
    edit = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    assert client.get(edit).status_code == 200


def test_staff_choose_the_producer(client):
    producer = ProducerFactory()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(create_url(), product_post(producer, producer=""))
    assert "producer" in response.context["form"].errors
    response = client.post(create_url(), product_post(producer))
    assert response.status_code == 302
    assert Product.objects.get(upc="8851234567890").producer == producer


def test_the_product_list_shows_units_in_stock_not_the_number_of_stock_records(client):
    owner = ProducerFactory()
    product = ProductFactory(producer=owner, stock=37)
    stockrecord = product.stockrecords.get()
    stockrecord.num_allocated = 2
    stockrecord.save()
    client.force_login(producer_user(owner))

    response = client.get(reverse("dashboard:catalogue-product-list"))

    row = response.context["products"].rows[0]
    assert row.get_cell("stock_records").strip().startswith('<span class="stock-units">37</span>')
    assert "2" in row.get_cell("stock_records")


@pytest.mark.parametrize("body", [{}, {"title": "ชื่อใหม่"}])
def test_a_post_without_the_formsets_data_is_a_form_error_not_a_server_error(client, body):
    # An empty or cut-off body: Oscar's stock formset took its first form for granted (IndexError).
    owner = ProducerFactory()
    product = ProductFactory(producer=owner, title="ชื่อเดิม")
    client.force_login(producer_user(owner))
    for url in (reverse("dashboard:catalogue-product", kwargs={"pk": product.pk}), create_url()):
        response = client.post(url, body)
        assert response.status_code == 200
        assert response.context["stockrecord_formset"].non_form_errors()
    product.refresh_from_db()
    assert product.title == "ชื่อเดิม" and Product.objects.count() == 1


@pytest.mark.parametrize("field, value", [
    ("stockrecords-0-num_in_stock", "-1"), ("stockrecords-0-num_in_stock", "99999999999999999999999"),
    ("stockrecords-0-price", "-1"), ("stockrecords-0-price", "99999999999999999999999"),
    ("stockrecords-0-price", "NaN"), ("stockrecords-0-price", "1e309"), ("weight_grams", "-5"),
    ("weight_grams", "99999999999999999999999"), ("title", "ก" * 256),
])
def test_hostile_numbers_and_lengths_are_form_errors_and_nothing_is_stored(client, field, value):
    producer = ProducerFactory()
    client.force_login(producer_user(producer))
    response = client.post(create_url(), product_post(producer, **{field: value}))
    assert response.status_code == 200
    assert errors(response) != {"form": {}, "stockrecord_formset": [[], {}], "category_formset": [[], {}],
                                "image_formset": [[], {}, {}], "recommended_formset": [[], {}, {}, {}, {}, {}]}
    assert not Product.objects.filter(upc="8851234567890").exists()


@pytest.mark.parametrize("price", ["0", "-1", "-0.01"])
def test_a_price_of_nothing_or_less_is_refused_in_thai(client, price):
    producer = ProducerFactory()
    client.force_login(producer_user(producer))
    response = client.post(create_url(), product_post(producer, **{"stockrecords-0-price": price}))
    assert response.status_code == 200
    assert response.context["stockrecord_formset"].errors[0]["price"] == ["กรอกราคาเป็นบาทที่มากกว่า 0"]
    assert not Product.objects.filter(upc="8851234567890").exists()


def test_the_new_product_page_names_the_product_type_in_the_readers_language(client):
    # Oscar put the type's stored English name in the title: "สร้างสินค้าใหม่ประเภท OTOP product".
    client.force_login(producer_user(ProducerFactory()))
    thai = client.get(create_url()).content.decode()
    assert re.search(r"<title>\s*เพิ่มสินค้าโอทอปใหม่ \|", thai) and "OTOP product" not in thai
    with translation.override("th"):  # the English request leaves English active in this thread
        english = client.get("/en" + create_url()).content.decode()
    assert re.search(r"<title>\s*New OTOP product \|", english) and "OTOP product product" not in english


@pytest.mark.parametrize("price", ["2,450", "฿2,450", "2,450.00"])
def test_a_price_typed_with_a_thousands_comma_or_the_baht_sign_is_stored(client, price):
    producer = ProducerFactory()
    client.force_login(producer_user(producer))
    response = client.post(create_url(), product_post(producer, **{"stockrecords-0-price": price}))
    assert response.status_code == 302, errors(response)
    assert Product.objects.get(upc="8851234567890").stockrecords.get().price == Decimal("2450.00")


def test_the_price_box_opens_the_number_pad_and_takes_commas(client):
    client.force_login(producer_user(ProducerFactory()))
    html = client.get(create_url()).content.decode()
    price_input = re.search(r'<input[^>]*name="stockrecords-0-price"[^>]*>', html).group(0)
    assert 'type="text"' in price_input and 'inputmode="decimal"' in price_input


def test_a_price_with_commas_in_the_wrong_places_is_refused_in_thai(client):
    producer = ProducerFactory()
    client.force_login(producer_user(producer))
    response = client.post(create_url(), product_post(producer, **{"stockrecords-0-price": "2,45,0"}))
    assert response.status_code == 200
    assert "คั่น" in response.context["stockrecord_formset"].errors[0]["price"][0]
    assert not Product.objects.filter(upc="8851234567890").exists()


def test_a_date_attribute_of_a_product_type_is_typed_in_the_buddhist_era(client):
    """Staff may give a product type a date attribute ("best before"); it reads and shows B.E. on Thai pages."""
    import datetime

    from oscar.core.loading import get_model

    product_class = product_class_default()
    get_model("catalogue", "ProductAttribute").objects.create(
        product_class=product_class, name="วันหมดอายุ", code="best_before", type="date")
    producer = ProducerFactory()
    client.force_login(producer_user(producer))

    response = client.post(create_url(), product_post(producer, attr_best_before="31/12/2570"))

    assert response.status_code == 302, errors(response)
    product = Product.objects.get(upc="8851234567890")
    assert product.attr.best_before == datetime.date(2027, 12, 31)
    with translation.override("th"):
        page = client.get(reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})).content.decode()
    field = re.search(r'<input[^>]*name="attr_best_before"[^>]*>', page).group(0)
    assert 'value="31/12/2570"' in field and 'type="text"' in field
