"""A marketplace admin works the certification queue: a verified product goes on sale, a rejected one's producer learns why."""

import pytest
from django.core import mail

from marketplace.certification.models import CertificationStatus
from search.indexing import index_rebuild
from tests.factories import ProducerFactory, ProductFactory, UserFactory, pending_certification, producer_user

from .steps import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue(search_index):
    weavers = ProducerFactory(name_th="กลุ่มทอผ้าไหมบ้านท่าสว่าง", email="weavers@example.th")
    potters = ProducerFactory(name_th="กลุ่มเครื่องปั้นดินเผาด่านเกวียน", email="potters@example.th")
    silk = pending_certification(ProductFactory(producer=weavers, title="ผ้าไหมยกดอกลำพูน",
                                                title_en="Lamphun brocade silk"), certificate_no="OPC2567-000101")
    pottery = pending_certification(ProductFactory(producer=potters, title="แจกันดินเผาด่านเกวียน",
                                                   title_en="Dan Kwian vase"), certificate_no="OPC2567-000202")
    potter = producer_user(potters, email="potter@example.th")
    index_rebuild()
    return silk, pottery, potter


def test_an_admin_verifies_one_certificate_and_rejects_another_with_a_reason(page, shot, queue):
    silk, pottery, potter = queue
    admin = UserFactory(email="admin@example.th", is_staff=True, is_superuser=True)

    page.goto("/search/?q=ผ้าไหมยกดอก")
    assert page.locator(".product-grid > li").count() == 0

    log_in(page, admin.email, next_url="/dashboard/certifications/")
    page.goto("/dashboard/certifications/")
    rows = page.locator("#certification_bulk_form tbody tr")
    assert rows.count() == 2
    shot(page, "queue")
    rows.filter(has_text="OPC2567-000101").locator("button[name=action][value=verify]").click()
    page.wait_for_load_state()
    silk.refresh_from_db()
    assert silk.status == CertificationStatus.VERIFIED

    page.goto("/search/?q=ผ้าไหมยกดอก")
    results = page.locator(".product-grid > li")
    assert results.count() == 1 and "ผ้าไหมยกดอกลำพูน" in results.first.inner_text()
    shot(page, "verified-in-search")

    page.goto("/dashboard/certifications/")
    page.locator("#certification_bulk_form tbody tr", has_text="OPC2567-000202").locator("a[href$='#reject']").click()
    reason = "ภาพใบรับรองไม่ชัด กรุณาส่งไฟล์ที่สแกนใหม่"
    page.locator("#reject textarea[name=reject-reason]").fill(reason)
    shot(page, "reject")
    page.locator("#reject button[name=action][value=reject]").click()
    page.wait_for_load_state()
    pottery.refresh_from_db()
    assert pottery.status == CertificationStatus.REJECTED and pottery.rejection_reason == reason

    # The producer is told why, by e-mail and on their dashboard.
    told = [m for m in mail.outbox if reason in m.body]
    assert told and any(set(m.to) & {"potters@example.th", potter.email} for m in told), \
        [(m.to, m.subject) for m in mail.outbox]
    page.context.clear_cookies()
    log_in(page, potter.email, next_url="/dashboard/certifications/mine/")
    page.goto("/dashboard/certifications/mine/")
    assert reason in page.locator("body").inner_text()
    shot(page, "producer-told")


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 800}])
def test_the_customer_list_is_a_spaced_table_with_its_sort_arrow(page, shot, viewport):
    """The staff customer list in Thai: Oscar's table (its cells had no spacing, drawn by django-tables2's bare
    template) and a sort arrow drawn by a font that is loaded (it named Font Awesome 5; Oscar ships 7: a box)."""
    admin = UserFactory(email="admin@example.th", is_staff=True, is_superuser=True)
    UserFactory(email="somchai.customer@example.th")
    page.set_viewport_size(viewport)
    log_in(page, admin.email, next_url="/dashboard/users/")
    page.goto("/dashboard/users/")
    cell = page.locator("table.table tbody td").nth(1)
    assert "somchai.customer@example.th" in page.locator("table.table").inner_text()
    assert float(cell.evaluate("td => getComputedStyle(td).paddingLeft").removesuffix("px")) >= 8
    arrow_font = page.evaluate("""async () => {
        await document.fonts.ready;
        const span = document.querySelector('table.table thead th.desc span, table.table thead th.asc span');
        const family = getComputedStyle(span, '::before').fontFamily.split(',')[0].trim().replaceAll('"', '');
        const faces = [...document.fonts].filter(face => face.family.replaceAll('"', '') === family);
        return {family, drawn: faces.some(face => face.status === 'loaded')};
    }""")
    assert arrow_font["drawn"], f"the sort arrow's font is not loaded: {arrow_font}"
    shot(page, f"customers-{viewport['width']}")


def test_an_admin_reads_the_voucher_offer_and_range_pages_in_thai(page, shot):
    """Oscar's own Thai left these staff pages in English (locale/oscar-overrides translates them)."""
    from .test_thai_shop import assert_thai

    admin = UserFactory(email="admin@example.th", is_staff=True, is_superuser=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, admin.email, next_url="/dashboard/vouchers/")
    for url in ("/dashboard/vouchers/", "/dashboard/vouchers/create/", "/dashboard/vouchers/sets/",
                "/dashboard/vouchers/sets/create/", "/dashboard/offers/", "/dashboard/offers/new/metadata/",
                "/dashboard/ranges/", "/dashboard/ranges/create/"):
        page.goto(url)
        assert_thai(page, url)
    shot(page, "dashboard-range-create")
