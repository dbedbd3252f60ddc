"""A CDD editor publishes a story about products and approves a producer's storefront change, in Wagtail's admin."""

import re

import pytest
from django.test import Client

from cms.stories.models import StoryIndexPage, StoryPage
from cms.villages.models import VillageIndexPage
from cms.roles.services import cdd_editor_grant
from tests.cms.helpers import add_village, edit_data
from tests.factories import UserFactory

from .steps import log_in
from .test_thai_shop import assert_thai
from .wagtail_admin import assert_thai_admin, edit_url, footer_action

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newsroom(maker):
    editor = UserFactory(email="editor@example.th")
    cdd_editor_grant(editor)
    return maker, editor


def test_an_editor_publishes_a_story_with_product_cards(page, shot, axe_check, newsroom):
    maker, editor = newsroom
    index = StoryIndexPage.objects.get()

    log_in(page, editor.email, next_url="/cms/")
    # Wagtail's own words read in Thai too (locale/wagtail-overrides).
    page.goto("/cms/")
    assert_thai(page, "CMS dashboard")
    page.goto(f"/cms/pages/{index.pk}/")
    assert_thai(page, "CMS page explorer")
    page.goto(f"/cms/pages/add/villages/tourismvillagepage/{VillageIndexPage.objects.get().pk}/")
    assert_thai_admin(page, "village editor")
    page.fill("#id_title", "บ้านท่าสว่าง หมู่บ้านผ้าไหมยกทอง")  # and nothing else: the page is refused
    footer_action(page, "button[name='action-publish']")
    assert page.locator(".w-field__errors .error-message").count() > 0
    assert_thai_admin(page, "village editor refusing an incomplete village")
    page.goto(f"/cms/pages/add/stories/storypage/{index.pk}/")
    assert_thai_admin(page, "story editor")
    page.fill("#id_title", "ผ้าไหมลายโคม จากกี่สู่ตลาด")
    page.fill("#id_intro", "เรื่องของกลุ่มทอผ้าบ้านเอ ที่สืบทอดลายโคมมาสามรุ่น")
    body = page.locator("[data-contentpath=body] [contenteditable=true]").first
    body.click()
    body.type("ทุกผืนทอด้วยมือ ย้อมด้วยสีธรรมชาติ")
    # The product chooser: add a product row, open the chooser, pick the product.
    page.locator("#id_related_products-ADD").click()
    page.locator("#inline_child_related_products-0 [data-chooser-action-choose]").click()
    modal = page.locator(".modal")
    modal.locator("a", has_text=maker.product.title).first.click()
    page.wait_for_function(
        "() => document.querySelector('#id_related_products-0-product') && "
        "document.querySelector('#id_related_products-0-product').value !== ''"
    )
    shot(page, "cms-story-edit")
    footer_action(page, "button[name='action-publish']")

    story = StoryPage.objects.get(title="ผ้าไหมลายโคม จากกี่สู่ตลาด")
    assert story.live
    # The editor's status panel and its publishing-schedule dialog ("Set schedule") read in Thai too.
    page.goto(edit_url(story.pk))
    page.locator("button[data-side-panel-toggle='status']").click()
    assert_thai_admin(page, "story editor's status panel")
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    page.locator("#schedule-publishing-dialog [type=submit]").wait_for(state="visible")
    assert_thai_admin(page, "publishing schedule dialog")
    shot(page, "cms-schedule-dialog")
    page.keyboard.press("Escape")
    page.goto(f"/cms/pages/{story.pk}/copy/")  # "URL" as Thai editors write it ("ส่วนท้าย URL ใหม่")
    assert_thai_admin(page, "copy page", data=frozenset({"URL"}))
    for report in ("locked", "site-history"):  # the Reports menu's pages, with the story's publication
        page.goto(f"/cms/reports/{report}/")
        assert_thai_admin(page, f"{report} report")
    page.goto(f"/cms/pages/{index.pk}/")  # the new story, updated "just now" (Wagtail's time-ago words)
    assert_thai(page, "CMS page explorer with the new story")
    assert [row.product for row in story.related_products.all()] == [maker.product]
    page.goto(story.url)
    cards = page.locator("section[aria-labelledby=story-products-title] .product-grid > li")
    assert maker.product.title in page.locator("main").inner_text()
    assert cards.count() == 1
    axe_check(page, "story")
    shot(page, "story")


def test_an_editor_approves_a_producers_change_and_it_goes_live(page, shot, axe_check, newsroom):
    maker, editor = newsroom
    # The producer's change, submitted through the same form the admin posts.
    producer = Client()
    producer.force_login(maker.user)
    response = producer.post(edit_url(maker.page.pk), edit_data(maker.page, tagline="ลายใหม่ รอตรวจ",
                                                                 **{"action-submit": "submit"}))
    assert response.status_code == 302
    maker.page.refresh_from_db()
    assert maker.page.current_workflow_state is not None

    log_in(page, editor.email, next_url="/cms/")
    page.goto("/cms/")
    assert maker.page.title in page.locator("main").inner_text()  # waiting for review on the dashboard
    assert_thai(page, "CMS dashboard with a change to review")
    shot(page, "cms-dashboard")
    # Wagtail's moderation reports: its own filters (not the storefront's search facets), the workflow's name.
    for report in ("/cms/reports/workflow/", "/cms/reports/workflow_tasks/"):
        page.goto(report)
        assert_thai_admin(page, f"moderation report {report}")
    page.goto(edit_url(maker.page.pk))
    assert_thai_admin(page, "storefront change under review", data=frozenset({"Ban", "Weavers", "banner"}))
    footer_action(page, "[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    page.wait_for_url(re.compile(r"/cms/"))

    maker.page.refresh_from_db()
    assert not maker.page.has_unpublished_changes
    assert maker.page.tagline == "ลายใหม่ รอตรวจ"
    page.goto("/producers/maker-a/")
    assert "ลายใหม่ รอตรวจ" in page.locator("main").inner_text()
    shot(page, "storefront-approved")

    # The village of the storefront, among the main public pages.
    village = add_village(maker)
    page.goto(village.url)
    axe_check(page, "village")
    shot(page, "village")


def test_an_editor_requests_changes_and_the_producer_reads_it_in_thai(page, new_page, newsroom):
    maker, editor = newsroom
    producer = Client()
    producer.force_login(maker.user)
    producer.post(edit_url(maker.page.pk), edit_data(maker.page, tagline="ลายใหม่ รอตรวจ", **{"action-submit": "submit"}))

    log_in(page, editor.email, next_url="/cms/")
    page.goto(edit_url(maker.page.pk))
    footer_action(page, "[data-workflow-action-name=reject]")
    modal = page.locator(".modal")
    modal.locator("textarea").first.fill("กรุณาเพิ่มรูปผ้าไหมลายใหม่")
    assert_thai_admin(page, "request changes dialog", data=frozenset({"Ban", "Weavers", "banner"}))
    modal.locator("button[type=submit]").first.click()
    page.wait_for_url(lambda url: not url.endswith("/edit/"))

    maker.page.refresh_from_db()
    state = maker.page.current_workflow_state
    assert state is not None and state.status == state.STATUS_NEEDS_CHANGES
    # The producer finds out on their CMS home and in their page's editor, in Thai.
    own = new_page()
    log_in(own, maker.user.email, next_url="/cms/")
    own.goto("/cms/")
    assert "ขอให้แก้ไข" in own.locator("main").inner_text()
    assert_thai_admin(own, "producer's CMS home after changes were requested")
    own.goto(edit_url(maker.page.pk))
    assert_thai_admin(own, "producer's storefront editor after changes were requested",
                      data=frozenset({"Ban", "Weavers", "banner"}))
