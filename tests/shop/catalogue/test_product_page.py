import pytest

from tests.factories import CertificationFactory, ProductFactory, UserFactory, eligible_product

pytestmark = pytest.mark.django_db


def test_eligible_product_page_shows_stars_price_and_producer(client):
    product = eligible_product()
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert product.title in html
    assert "฿1,290" in html
    assert product.producer.name_th in html


def test_ineligible_product_page_is_404_for_the_public(client):
    product = ProductFactory()
    CertificationFactory(product=product, stars=3)
    assert client.get(product.get_absolute_url()).status_code == 404


def test_producer_can_preview_own_uncertified_product(client):
    product = ProductFactory()
    user = UserFactory()
    product.producer.partner.users.add(user)
    client.force_login(user)
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    assert response.context["is_preview"] is True


def test_another_producer_cannot_preview_it(client):
    product = ProductFactory()
    other = ProductFactory()
    user = UserFactory()
    other.producer.partner.users.add(user)
    client.force_login(user)
    assert client.get(product.get_absolute_url()).status_code == 404


def test_staff_can_preview_uncertified_product(client):
    product = ProductFactory()
    client.force_login(UserFactory(is_staff=True))
    assert client.get(product.get_absolute_url()).status_code == 200


def test_product_page_shows_more_from_its_producer_that_may_be_sold(client):
    product = eligible_product()
    sibling = eligible_product(producer=product.producer, title="ผ้าขาวม้าทอมือ", title_en="Handwoven pha khao ma")
    hidden = ProductFactory(producer=product.producer, title="ผ้าที่ยังไม่ได้รับรอง")
    CertificationFactory(product=hidden, stars=3)
    other_maker = eligible_product(title="กาแฟดอยช้าง")
    html = client.get(product.get_absolute_url()).content.decode()
    section = html[html.index('id="more-from-producer-title"'):]
    section = section[:section.index("</section>")]
    assert product.producer.name_th in section
    assert sibling.get_title() in section
    for absent in (product, hidden, other_maker):
        assert absent.get_title() not in section


def test_product_page_without_other_products_has_no_more_from_section(client):
    product = eligible_product()
    assert "more-from-producer" not in client.get(product.get_absolute_url()).content.decode()
