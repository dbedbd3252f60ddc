"""Wagtail's admin on a phone (390×844) in Thai, as a producer and a CDD editor use it."""

import re

import pytest
from django.test import Client

from cms.roles.services import cdd_editor_grant
from tests.cms.helpers import add_story, add_village, edit_data
from tests.factories import UserFactory

from .steps import log_in
from .wagtail_admin import assert_thai_admin, edit_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}

# Where the page editor's status tag sits, and whether the toolbar row holding it scrolls sideways.
_STATUS_JS = """() => {
    const tag = [...document.querySelectorAll('header .page-status-tag')].find(el => el.offsetParent !== null);
    const row = tag.parentElement;
    const box = tag.getBoundingClientRect();
    return {text: tag.innerText.trim(), left: box.left, right: box.right,
            rowScrolls: row.scrollWidth > row.clientWidth + 1};
}"""


@pytest.fixture
def editor(maker):
    user = UserFactory(email="editor@example.th")
    cdd_editor_grant(user)
    return user


def assert_status_reads_whole(page, what: str) -> dict:
    status = page.evaluate(_STATUS_JS)
    assert status["text"], f"no status on the {what}"
    assert 0 <= status["left"] and status["right"] <= PHONE["width"], f"the {what}'s status is cut off: {status}"
    assert not status["rowScrolls"], f"the {what}'s toolbar hides part of itself sideways: {status}"
    return status


def test_the_page_editors_status_reads_whole_on_a_phone(new_page, shot, maker, editor):
    """At 390 px in Thai the toolbar's buttons and the status ("กำลังเผยแพร่", "ร่าง") shared one row that scrolled
    inside itself: the status was cut at the screen's edge. It wraps under the buttons instead."""
    producer = Client()
    producer.force_login(maker.user)
    producer.post(edit_url(maker.page.pk), edit_data(maker.page, tagline="ลายใหม่ รอตรวจ", **{"action-submit": "submit"}))
    story = add_story(maker)

    for user, page_id, what in ((maker.user, maker.page.pk, "producer's storefront under review"),
                                (editor, maker.page.pk, "storefront the editor reviews"),
                                (editor, story.pk, "editor's draft story")):
        page = new_page()
        page.set_viewport_size(PHONE)
        log_in(page, user.email, next_url="/cms/")
        page.goto(edit_url(page_id))
        assert_status_reads_whole(page, what)
        shot(page, "editor-toolbar-" + what.split("'")[0])


# What a screen reader says and a tooltip shows: English there is English to the reader too.
_NAMES_JS = """() => [...document.querySelectorAll('[aria-label], [title], [data-w-tooltip-content-value]')]
    .flatMap(el => ['aria-label', 'title', 'data-w-tooltip-content-value'].map(name => el.getAttribute(name)))
    .filter(Boolean)"""
# Wagtail's header rows on a phone: what lies beyond the screen's edges.
_HEADER_OVERFLOW_JS = """() => [...document.querySelectorAll(
        '.w-slim-header > div > .w-overflow-auto, .w-slim-header__search-form, .w-slim-header__search-form > *')]
    .filter(el => el.offsetParent !== null)
    .filter(el => el.getBoundingClientRect().left < -1 || el.getBoundingClientRect().right > innerWidth + 1
                  || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
    .map(el => el.className)"""
# The test's own English content (the maker's English names, the story's and village's English fields).
CONTENT = frozenset({"Ban", "A", "Weavers", "banner", "product", "The", "English", "article", "Watch", "the", "weavers",
                     "Drive", "from", "town", "Elephant", "Round-up", "November", "to", "February", "Khwao",
                     "Sinarin", "Weaving", "Village", "silk", "story", "lead", "Picture", "of", "Tagline",
                     "test", "jpg"}) | {  # file types and size units, which Thai writes as they are
    "JPEG", "JPG", "PNG", "WEBP", "KB", "MB"}


def assert_thai_phone_admin(page, what: str) -> None:
    assert_thai_admin(page, what, data=CONTENT)
    names = [name for name in page.evaluate(_NAMES_JS)
             if re.search(r"[A-Za-z]{3,}", name) and not re.search(r"[\u0e00-\u0e7f]", name)
             and not set(re.findall(r"[A-Za-z][A-Za-z'-]+", name)) <= CONTENT]
    assert not names, f"English names or tooltips on the Thai {what} page: {sorted(set(names))}"
    beyond = page.evaluate(_HEADER_OVERFLOW_JS)
    assert not beyond, f"the {what} page's header reaches beyond the screen: {beyond}"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], f"the {what} page is too wide"
    run_together = re.findall(r"ของ\d+", page.evaluate("document.body.innerText"))  # Wagtail's "หน้า 1 ของ1"
    assert not run_together, f"a number run into its word on the {what} page: {run_together}"


def test_a_producer_and_an_editor_use_the_cms_on_a_phone_in_thai(new_page, shot, maker, editor):
    """The pages these two use, at 390×844: text, screen-reader names, tooltips and placeholders in Thai, and
    nothing cut off at the screen's edges (the image library's search and sort row was 439 px wide)."""
    from cms.stories.models import StoryIndexPage

    maker.image.tags.add("ผ้าไหม")
    story = add_story(maker)
    village = add_village(maker)
    image_pages = [f"/cms/images/{maker.image.pk}/", "/cms/images/",
                   f"/cms/bulk/media/customimage/add_tags/?id={maker.image.pk}",
                   f"/cms/bulk/media/customimage/add_to_collection/?id={maker.image.pk}"]
    walks = {
        maker.user: ["/cms/", "/cms/pages/", edit_url(maker.page.pk), f"/cms/pages/{maker.page.pk}/history/", *image_pages,
                     "/cms/account/"],
        editor: ["/cms/", f"/cms/pages/{StoryIndexPage.objects.get().pk}/", edit_url(story.pk), edit_url(village.pk),
                 edit_url(maker.page.pk), *image_pages, "/cms/reports/workflow/", "/cms/pages/search/?q=ไม่มีหน้านี้"],
    }
    for user, urls in walks.items():
        page = new_page()
        page.set_viewport_size(PHONE)
        log_in(page, user.email, next_url="/cms/")
        for url in urls:
            page.goto(url)
            assert_thai_phone_admin(page, f"{user.email} {url}")
        shot(page, f"walk-{user.email.split('@')[0]}")


def test_an_editor_chooses_a_picture_by_its_thai_collection_on_a_phone(page, shot, maker, editor):
    """The image chooser's collection list: Thai names (they were Root, Producers, each producer's slug), and
    a select that stays inside the dialog (as wide as its longest name, it ran 264 px past the dialog's edge)."""
    story = add_story(maker, hero_image=maker.image)
    page.set_viewport_size(PHONE)
    log_in(page, editor.email, next_url="/cms/")
    page.goto(edit_url(story.pk))
    field = page.locator("[data-contentpath=hero_image]")
    field.locator(".w-dropdown__toggle").first.click()
    field.locator("[data-chooser-action-choose]:visible").first.click()
    select = page.locator(".modal select[name=collection_id]")
    select.wait_for()
    names = [name.strip(" ↳\xa0") for name in select.locator("option").all_inner_texts()]
    assert {"คลังกลาง", "ผู้ผลิต", "กองบรรณาธิการ พช.", maker.producer.name_th} <= set(names)
    assert not [name for name in names if re.search(r"[A-Za-z]", name)], names
    dialog, box = page.locator(".modal .modal-content").bounding_box(), select.bounding_box()
    assert box["x"] + box["width"] <= dialog["x"] + dialog["width"], f"the select runs past the dialog: {box} {dialog}"
    assert_thai_phone_admin(page, "image chooser")
    shot(page, "image-chooser")


def test_the_footer_menu_does_not_cover_the_request_changes_dialog_on_a_phone(page, shot, maker, editor):
    """The editor's "more actions" menu stayed open above the dialog its "ขอให้แก้ไข" opens, over its lower half."""
    from .wagtail_admin import footer_action

    producer = Client()
    producer.force_login(maker.user)
    producer.post(edit_url(maker.page.pk), edit_data(maker.page, tagline="ลายใหม่ รอตรวจ", **{"action-submit": "submit"}))
    page.set_viewport_size(PHONE)
    log_in(page, editor.email, next_url="/cms/")
    page.goto(edit_url(maker.page.pk))
    footer_action(page, "[data-workflow-action-name=reject]")
    page.locator(".modal textarea").first.wait_for()
    assert not page.locator("footer [data-tippy-root]").first.is_visible(), "the footer menu covers the dialog"
    shot(page, "request-changes-dialog")


def test_a_thai_tone_mark_above_a_vowel_shows_in_the_page_title_field(page, maker, editor):
    """Wagtail's large title field (line-height 1.3) cut off a tone mark stacked above an upper vowel: a story
    titled "มัดหมี่…" read "มัดหมี…" while edited. With the marks cut, "มี่" and "มี" drew the same pixels."""
    story = add_story(maker)
    page.set_viewport_size(PHONE)
    log_in(page, editor.email, next_url="/cms/")
    page.goto(edit_url(story.pk))
    title = page.locator("#id_title")

    def drawn(text: str) -> bytes:
        title.fill(text)
        title.evaluate("input => input.blur()")
        return title.screenshot(animations="disabled", caret="hide")

    same_pixels = drawn("หมี่ ที่ นี่") == drawn("หมี ที นี")
    assert not same_pixels, "the tone marks above the vowels are cut off"


def test_the_bulk_action_buttons_fit_a_phone(page, maker, editor):
    """Selecting a story showed move, delete, publish and unpublish in one line 485 px long, the last ones off
    the screen; selecting a picture likewise. The buttons wrap, and read in Thai."""
    from cms.stories.models import StoryIndexPage

    add_story(maker)
    page.set_viewport_size(PHONE)
    log_in(page, editor.email, next_url="/cms/")
    for url in (f"/cms/pages/{StoryIndexPage.objects.get().pk}/", "/cms/images/"):
        page.goto(url)
        page.locator("input[data-bulk-action-checkbox]").first.check()
        buttons = page.locator("[data-bulk-action-footer] .bulk-action-btn")
        buttons.first.wait_for()
        boxes = {button.inner_text(): button.bounding_box() for button in buttons.all()}
        beyond = [name for name, box in boxes.items() if box["x"] + box["width"] > PHONE["width"]]
        assert not beyond, f"bulk actions off the screen on {url}: {beyond}"
        assert_thai_phone_admin(page, f"{url} with one item selected")
