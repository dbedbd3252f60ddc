"""The wishlist heart on cards and product pages, the signed-out detour through log-in, the wishlist page."""

import re

import pytest
from django.urls import reverse

from shop.customer.wishlists.models import Line
from tests.factories import CertificationFactory, ProductFactory, UserFactory, eligible_product

pytestmark = pytest.mark.django_db


def heart_url(product) -> str:
    return reverse("customer:wishlist-heart", kwargs={"product_pk": product.pk})


def heart_button(html: str, product) -> str:
    form = re.search(rf'<form[^>]*data-wishlist-heart="{product.pk}".*?</form>', html, re.S)
    assert form, "no heart for the product"
    return form.group(0)


@pytest.fixture
def shopper(client):
    user = UserFactory(email="nok@example.th")
    client.force_login(user)
    return user


def test_the_product_page_and_its_card_have_a_heart_posting_with_csrf(client, search_index):
    from search.indexing import index_rebuild

    product = eligible_product(title="ผ้าไหมแพรวาชนบท")
    index_rebuild()
    for url in (product.get_absolute_url(), reverse("search:search") + "?q=ผ้าไหม"):
        heart = heart_button(client.get(url).content.decode(), product)
        assert 'method="post"' in heart and "csrfmiddlewaretoken" in heart
        assert f'action="{heart_url(product)}"' in heart
        assert 'aria-pressed="false"' in heart


def test_a_heart_saves_the_product_once_and_a_second_press_takes_it_off(client, shopper):
    product = eligible_product()
    page = product.get_absolute_url()
    response = client.post(heart_url(product), {"action": "add", "next": page})
    assert response.status_code == 302 and response["Location"] == page
    client.post(heart_url(product), {"action": "add", "next": page})
    assert Line.objects.filter(wishlist__owner=shopper, product=product).count() == 1
    assert 'aria-pressed="true"' in heart_button(client.get(page).content.decode(), product)

    client.post(heart_url(product), {"action": "remove", "next": page})
    assert not Line.objects.filter(wishlist__owner=shopper).exists()
    assert 'aria-pressed="false"' in heart_button(client.get(page).content.decode(), product)


def test_the_heart_answers_json_to_the_script(client, shopper):
    product = eligible_product(title="น้ำพริกหนุ่ม")
    response = client.post(heart_url(product), {"action": "add"}, HTTP_ACCEPT="application/json")
    assert response.json() == {"product": product.pk, "wished": True, "message": "บันทึก “น้ำพริกหนุ่ม” ไว้ในรายการโปรดแล้ว"}


def test_signed_out_the_heart_goes_through_log_in_and_back_to_the_product_with_it_saved(client):
    product = eligible_product()
    user = UserFactory(email="dao@example.th")
    page = product.get_absolute_url()
    response = client.post(heart_url(product), {"action": "add", "next": page})
    assert response.status_code == 302
    login = response["Location"]
    assert login.startswith(reverse("customer:login")) and "next=" in login

    form = client.get(login).content.decode()
    assert f'value="{page}"' in form  # the log-in form carries the way back
    response = client.post(login, {
        "login-username": user.email, "login-password": "secret-pass-123", "login-redirect_url": page,
        "login_submit": "1",
    })
    assert response.status_code == 302 and response["Location"] == page
    assert Line.objects.filter(wishlist__owner=user, product=product).exists()
    html = client.get(page).content.decode()
    assert 'aria-pressed="true"' in heart_button(html, product)


def test_a_product_that_may_not_be_sold_cannot_be_saved(client, shopper):
    product = ProductFactory()
    CertificationFactory(product=product, stars=3)
    assert client.post(heart_url(product), {"action": "add"}).status_code == 404
    assert not Line.objects.exists()


def test_oscars_own_add_url_neither_adds_on_get_nor_takes_a_product_not_on_sale(client, shopper):
    product = ProductFactory()
    CertificationFactory(product=product, stars=3)
    on_sale = eligible_product()
    assert client.get(reverse("customer:wishlists-add-product", kwargs={"product_pk": on_sale.pk})).status_code == 405
    assert client.post(reverse("customer:wishlists-add-product", kwargs={"product_pk": product.pk})).status_code == 404
    assert not Line.objects.exists()


def test_the_heart_never_sends_a_shopper_to_another_site(client, shopper):
    product = eligible_product()
    response = client.post(heart_url(product), {"action": "add", "next": "https://evil.example/"})
    assert response["Location"] == product.get_absolute_url()


def test_the_wishlist_page_lists_saved_products_with_remove(client, shopper):
    silk = eligible_product(title="ผ้าไหมมัดหมี่")
    lapsed = eligible_product(title="กาแฟดอยช้าง")
    for product in (silk, lapsed):
        client.post(heart_url(product), {"action": "add"})
    lapsed.certifications.update(stars=3)

    page = client.get(reverse("customer:wishlists-list")).content.decode()
    assert "ผ้าไหมมัดหมี่" in page and f'href="{silk.get_absolute_url()}"' in page
    assert "กาแฟดอยช้าง" in page and f'href="{lapsed.get_absolute_url()}"' not in page
    assert "ไม่มีขายในขณะนี้" in page
    assert page.count('name="action" value="remove"') >= 3  # the card's heart and a remove button each

    client.post(heart_url(lapsed), {"action": "remove", "next": reverse("customer:wishlists-list")})
    page = client.get(reverse("customer:wishlists-list")).content.decode()
    assert "ไม่มีขายในขณะนี้" not in page and "ผ้าไหมมัดหมี่" in page


def test_an_empty_wishlist_says_how_to_fill_it(client, shopper):
    page = client.get(reverse("customer:wishlists-list")).content.decode()
    assert "แตะรูปหัวใจที่สินค้า" in page


def test_the_wishlist_page_asks_to_log_in(client):
    response = client.get(reverse("customer:wishlists-list"))
    assert response.status_code == 302 and reverse("customer:login") in response["Location"]


def test_a_new_wish_list_for_a_product_that_does_not_exist_is_a_message_not_a_server_error(client, shopper):
    response = client.get("/accounts/wishlists/create/with-product/999999/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/wishlists/create/"


def _basket_form(html: str, product) -> str | None:
    match = re.search(rf'<form class="wishlist-buy"[^>]*action="{reverse("basket:add", kwargs={"pk": product.pk})}".*?</form>',
                      html, re.S)
    return match.group(0) if match else None


def test_each_saved_product_on_sale_can_be_added_to_the_basket_from_the_wishlist(client, shopper):
    silk = eligible_product(title="ผ้าไหมมัดหมี่", stock=3)
    client.post(heart_url(silk), {"action": "add"})
    wishlist = reverse("customer:wishlists-list")

    form = _basket_form(client.get(wishlist).content.decode(), silk)
    assert form and 'method="post"' in form and "csrfmiddlewaretoken" in form
    assert 'name="quantity" value="1"' in form and f'name="next" value="{wishlist}"' in form

    response = client.post(reverse("basket:add", kwargs={"pk": silk.pk}), {"quantity": "1", "next": wishlist},
                           follow=True)
    assert response.redirect_chain[-1][0] == wishlist
    assert response.context["request"].basket.all_lines()[0].product == silk
    assert "ผ้าไหมมัดหมี่" in " ".join(str(m) for m in response.context["messages"])


def test_the_wishlist_keeps_to_the_stock_left(client, shopper):
    silk = eligible_product(title="ผ้าไหมมัดหมี่", stock=1)
    client.post(heart_url(silk), {"action": "add"})
    wishlist = reverse("customer:wishlists-list")
    client.post(reverse("basket:add", kwargs={"pk": silk.pk}), {"quantity": "1", "next": wishlist})

    response = client.post(reverse("basket:add", kwargs={"pk": silk.pk}), {"quantity": "1", "next": wishlist},
                           HTTP_REFERER=f"http://testserver{wishlist}", follow=True)
    assert response.redirect_chain[-1][0].endswith(wishlist)
    assert "เหลือเพียง 1 ชิ้น" in " ".join(str(m) for m in response.context["messages"])
    assert response.context["request"].basket.all_lines()[0].quantity == 1


def test_a_saved_product_that_cannot_be_bought_says_why_instead_of_offering_the_basket(client, shopper):
    sold_out = eligible_product(title="ผ้าไหมมัดหมี่", stock=0)
    lapsed = eligible_product(title="กาแฟดอยช้าง")
    for product in (sold_out, lapsed):
        client.post(heart_url(product), {"action": "add"})
    lapsed.certifications.update(stars=3)

    html = client.get(reverse("customer:wishlists-list")).content.decode()
    assert _basket_form(html, sold_out) is None and _basket_form(html, lapsed) is None
    reasons = [re.sub(r"<[^>]+>|\s+", " ", reason).strip()
               for reason in re.findall(r'class="[^"]*wishlist-why[^"]*">(.*?)</(?:p|small)>', html, re.S)]
    assert reasons == ["สินค้าหมด", "ขณะนี้ไม่มีการรับรองสำหรับการจำหน่าย"], reasons
