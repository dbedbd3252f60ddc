"""Wagtail's admin on a phone (390×844) in Thai, as a producer and a CDD editor use it."""

import pytest
from django.test import Client

from cms.roles.services import cdd_editor_grant
from tests.cms.helpers import add_story, edit_data
from tests.factories import UserFactory

from .steps import log_in
from .wagtail_admin import edit_url

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
