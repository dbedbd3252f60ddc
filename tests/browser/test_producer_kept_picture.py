"""The producer's product form in the browser: a picture chosen before a refused price is still there, shown
as a thumbnail, after the error (it had to be chosen again), and a price typed as "2,450" is taken."""

import io
from decimal import Decimal

import pytest
from PIL import Image

from shop.catalogue.models import ProductImage

from .steps import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 800}],
                         ids=["phone", "desktop"])
def test_the_chosen_picture_survives_a_refused_price(page, shot, maker, tmp_path, viewport):
    photo = tmp_path / "mudmee.jpg"
    Image.new("RGB", (320, 240), "#8a1c3c").save(photo, "JPEG")
    before = ProductImage.objects.filter(product=maker.product).count()
    page.set_viewport_size(viewport)
    log_in(page, maker.user.email, next_url=f"/dashboard/catalogue/products/{maker.product.pk}/")

    page.click("a[href='#product_images']")
    page.locator(f"#id_images-{before}-original").set_input_files(str(photo))
    page.click("a[href='#product_stock']")
    page.fill("#id_stockrecords-0-price", "2,45,0")
    with page.expect_navigation():
        page.click("button[name=action][value=save]")

    error = page.locator("#product_stock .error-block, #product_stock .invalid-feedback").first
    assert "คั่น" in error.text_content()
    shot(page, f"price-refused-{viewport['width']}")
    page.click("a[href='#product_images']")
    kept = page.locator(f"#id_images-{before}-original-image img")
    assert kept.is_visible()
    assert kept.evaluate("img => img.complete && img.naturalWidth") == 320
    assert "mudmee" in page.locator(".kept-picture").inner_text()
    shot(page, f"picture-kept-{viewport['width']}")

    page.click("a[href='#product_stock']")
    page.fill("#id_stockrecords-0-price", "฿2,450")
    with page.expect_navigation():
        page.click("button[name=action][value=save]")
    assert ProductImage.objects.filter(product=maker.product).count() == before + 1
    image = ProductImage.objects.filter(product=maker.product).latest("pk")
    with image.original.open("rb") as stored:
        assert Image.open(io.BytesIO(stored.read())).size == (320, 240)
    assert maker.product.stockrecords.get().price == Decimal("2450.00")
