"""A producer edits their storefront in Wagtail's admin and sends a new product's certificate for checking.

Neither goes live on its own: the storefront change waits for a CDD editor, the product for
the certificate to be verified.
"""

import datetime
import re

import pytest
from django.utils import timezone, translation

from marketplace.accounts.roles import roles_ensure
from marketplace.certification.models import Certification, CertificationStatus
from search.indexing import index_rebuild
from tests.certification.conftest import PDF_BYTES, producer_user
from tests.cms.helpers import make_maker
from tests.factories import ProductFactory

from .conftest import log_in
from .wagtail_admin import edit_url, footer_action

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]




@pytest.fixture
def maker(search_index, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    roles_ensure()
    maker = make_maker("maker-a", "กลุ่มทอผ้าบ้านเอ", "Ban A Weavers", "TH-32")
    index_rebuild()
    return maker


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


def test_a_producer_sends_a_new_products_certificate_and_the_product_stays_hidden_until_verified(
    page, new_page, shot, maker, tmp_path
):
    product = ProductFactory(producer=maker.producer, title="ผ้าขาวม้าทอมือ ลายตาราง",
                             title_en="Hand-woven pha khao ma, check pattern")
    dashboard_user = producer_user(email="weaver@example.th")
    maker.producer.partner.users.add(dashboard_user)
    document = tmp_path / "certificate.pdf"
    document.write_bytes(PDF_BYTES)

    log_in(page, dashboard_user.email, next_url="/dashboard/certifications/mine/")
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
