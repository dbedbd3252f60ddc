"""A producer edits their storefront in Wagtail's admin, adds a product in the dashboard and sends its certificate.

Neither goes live on its own: the storefront change waits for a CDD editor, the product for
the certificate to be verified.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from marketplace.certification.models import Certification, CertificationStatus
from marketplace.listings.services import categories_ensure, product_class_default
from tests.marketplace.certification.documents import PDF_BYTES
from tests.factories import producer_user
from shop.catalogue.models import Product

from .steps import log_in
from .wagtail_admin import edit_url, footer_action

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_producer_submits_a_storefront_change_for_moderation_and_it_is_not_live_yet(
    page, new_page, shot, axe_check, maker
):
    page.goto("/producers/maker-a/")
    axe_check(page, "producer storefront")
    shot(page, "storefront-live")

    log_in(page, maker.user.email, next_url="/cms/")
    page.goto(edit_url(maker.page.pk))
    page.fill("#id_tagline", "ผ้าไหมทอมือ ย้อมสีธรรมชาติ ส่งตรงจากกี่")
    shot(page, "cms-edit")
    footer_action(page, "button[name='action-submit']")
    shot(page, "cms-submitted")

    maker.page.refresh_from_db()
    assert maker.page.has_unpublished_changes
    assert maker.page.current_workflow_state is not None
    assert maker.page.get_latest_revision().as_object().tagline == "ผ้าไหมทอมือ ย้อมสีธรรมชาติ ส่งตรงจากกี่"
    # The public storefront still shows the approved tagline.
    public = new_page()
    public.goto("/producers/maker-a/")
    text = public.locator("main").inner_text()
    assert "คำโปรย กลุ่มทอผ้าบ้านเอ" in text and "ส่งตรงจากกี่" not in text


def test_a_producer_adds_a_product_sends_its_certificate_and_the_product_stays_hidden_until_verified(
    page, new_page, shot, maker, tmp_path
):
    dashboard_user = producer_user(email="weaver@example.th")
    maker.producer.partner.users.add(dashboard_user)
    textile = categories_ensure()["textile"]

    # The product, added in Oscar's dashboard: the producer is theirs, preselected.
    log_in(page, dashboard_user.email, next_url="/dashboard/certifications/mine/")
    page.goto(reverse("dashboard:catalogue-product-create",
                      kwargs={"product_class_slug": product_class_default().slug}))
    assert page.locator("#id_producer").input_value() == str(maker.producer.pk)
    page.fill("#id_title", "ผ้าขาวม้าทอมือ ลายตาราง")
    page.fill("#id_title_en", "Hand-woven pha khao ma, check pattern")
    page.fill("#id_upc", "8850000777001")
    page.fill("#id_weight_grams", "300")
    page.click("a[href='#product_category']")
    # Oscar's dashboard dresses selects with select2; the form posts the underlying select.
    page.select_option("#id_productcategory_set-0-category", str(textile.pk), force=True)
    page.click("a[href='#product_stock']")
    page.select_option("#id_stockrecords-0-partner", str(maker.producer.partner.pk), force=True)
    page.fill("#id_stockrecords-0-partner_sku", "PKM-001")
    page.fill("#id_stockrecords-0-num_in_stock", "12")
    page.fill("#id_stockrecords-0-price", "350")
    shot(page, "product-form")
    with page.expect_navigation():
        page.click("button[name=action][value=save]")
    product = Product.objects.filter(upc="8850000777001").first()
    assert product is not None, page.locator(".error-block, .alert-danger, .invalid-feedback").all_inner_texts()
    assert product.producer == maker.producer
    shot(page, "product-list")

    document = tmp_path / "certificate.pdf"
    document.write_bytes(PDF_BYTES)

    page.goto("/dashboard/certifications/mine/submit/")
    form = page.locator("#certification_submit_form")
    form.locator("select[name=product]").select_option(str(product.pk))
    form.locator("select[name=stars]").select_option("4")
    form.locator("input[name=certificate_no]").fill("OPC2567-000777")
    form.locator("input[name=selection_year]").fill("2567")
    form.locator("input[name=expires_on]").fill((timezone.localdate() + datetime.timedelta(days=700)).isoformat())
    form.locator("select[name=standards-0-kind]").select_option("fda")
    form.locator("input[name=standards-0-number]").fill("10-1-32155-5-0001")
    form.locator("input[name=document]").set_input_files(str(document))
    shot(page, "certificate-form")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    errors = page.locator(".error-block, .alert-danger").all_inner_texts()
    assert re.search(r"/dashboard/certifications/mine/$", page.url), errors
    assert "OPC2567-000777" in page.locator("body").inner_text()
    shot(page, "certificates-mine")

    certification = Certification.objects.get(product=product)
    assert certification.status == CertificationStatus.PENDING
    # Not in the shop: neither found by search nor open to the public.
    public = new_page()
    public.goto("/search/?q=ผ้าขาวม้า")
    assert public.locator(".product-grid > li").count() == 0
    with translation.override("th"):
        product_url = product.get_absolute_url()
    assert public.context.request.get(product_url).status == 404
