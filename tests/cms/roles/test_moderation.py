"""A producer's changes to their storefront never go live until a CDD editor approves them."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from tests.cms.helpers import edit_data, edit_url

pytestmark = pytest.mark.django_db


def live_tagline(client, path="/producers/maker-a/") -> str:
    return client.get(path).context["storefront"].tagline


def test_producer_may_edit_but_not_publish_their_storefront(client, maker_a):
    from wagtail.models import PagePermissionTester

    tester = PagePermissionTester(maker_a.user, maker_a.page)
    assert tester.can_edit() and not tester.can_publish() and not tester.can_unpublish()
    assert not tester.can_delete() and not tester.can_move() and tester.can_submit_for_moderation()


def test_publish_button_of_a_producer_only_saves_a_draft(client, maker_a):
    client.force_login(maker_a.user)
    response = client.post(edit_url(maker_a.page), edit_data(maker_a.page, tagline="ข้อความใหม่",
                                                               **{"action-publish": "publish"}))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page = maker_a.page
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.get_latest_revision().as_object().tagline == "ข้อความใหม่"
    assert page.tagline == "คำโปรย กลุ่มทอผ้าบ้านเอ"  # the live version
    client.logout()
    assert live_tagline(client) == "คำโปรย กลุ่มทอผ้าบ้านเอ"


def test_submitted_change_goes_live_only_when_a_cdd_editor_approves(client, maker_a, editor):
    client.force_login(maker_a.user)
    client.post(edit_url(maker_a.page), edit_data(maker_a.page, tagline="รอตรวจ", **{"action-submit": "submit"}))
    page = maker_a.page
    page.refresh_from_db()
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk),
                                      status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    assert task_state.task.name == "การตรวจของบรรณาธิการ พช."

    # The producer cannot approve their own change.
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    client.post(approve_url)
    client.logout()
    assert live_tagline(client) == "คำโปรย กลุ่มทอผ้าบ้านเอ"

    client.force_login(editor)
    mail.outbox.clear()
    client.post(approve_url, {"comment": "เรียบร้อย"})
    client.logout()
    page.refresh_from_db()
    assert not page.has_unpublished_changes
    assert live_tagline(client) == "รอตรวจ"
    # The producer hears that their change is live.
    (message,) = [m for m in mail.outbox if m.to == [maker_a.user.email]]
    assert maker_a.page.title in message.body and "/producers/maker-a/" in message.body


def test_submitting_tells_the_cdd_editors(client, maker_a, editor):
    client.force_login(maker_a.user)
    client.post(edit_url(maker_a.page), edit_data(maker_a.page, tagline="รอตรวจ", **{"action-submit": "submit"}))
    recipients = {address for message in mail.outbox for address in message.to}
    assert editor.email in recipients and maker_a.user.email not in recipients


def test_cdd_editor_can_send_changes_back_with_a_comment(client, maker_a, editor):
    client.force_login(maker_a.user)
    client.post(edit_url(maker_a.page), edit_data(maker_a.page, tagline="ต้องแก้", **{"action-submit": "submit"}))
    page = maker_a.page
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    client.force_login(editor)
    mail.outbox.clear()
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
                {"comment": "กรุณาใส่รูปกี่ทอผ้า"})
    # The producer is told by e-mail, with the comment and a link back to their page's editor.
    (message,) = [m for m in mail.outbox if m.to == [maker_a.user.email]]
    assert "กรุณาใส่รูปกี่ทอผ้า" in message.body and edit_url(page) in message.body
    # ... and the page's editor shows them the comment when they open it again.
    client.force_login(maker_a.user)
    assert "กรุณาใส่รูปกี่ทอผ้า" in client.get(edit_url(page)).content.decode()
    client.force_login(editor)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.get_comment() == "กรุณาใส่รูปกี่ทอผ้า"
    page.refresh_from_db()
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_NEEDS_CHANGES
    client.logout()
    assert live_tagline(client) == "คำโปรย กลุ่มทอผ้าบ้านเอ"


def test_producer_cannot_publish_through_bulk_actions_or_scheduling(client, maker_a):
    page = maker_a.page
    page.tagline = "ลัดขั้นตอน"
    page.save_revision(user=maker_a.user)
    client.force_login(maker_a.user)
    client.post(reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}",
                {"include_descendants": ""})
    client.post(edit_url(page), edit_data(page, tagline="ตั้งเวลา", go_live_at="2020-01-01 00:00",
                                          **{"action-publish": "publish"}))
    client.logout()
    assert live_tagline(client) == "คำโปรย กลุ่มทอผ้าบ้านเอ"


def test_the_producers_index_runs_the_storefront_workflow(maker_a, roles):
    assert maker_a.page.get_workflow() == roles.workflow
    assert list(roles.workflow.tasks.get().specific.groups.all()) == [roles.cdd_editors]


def test_the_submit_button_names_the_workflow_in_the_readers_language(client, maker_a):
    from django.utils import translation

    client.force_login(maker_a.user)
    with translation.override("th"):
        html = client.get(edit_url(maker_a.page), HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "ส่งไปยัง หน้าร้านผู้ผลิต" in html
    assert "Producer storefronts" not in html
