"""``setup_roles``: the producer, CDD editor and admin roles, idempotent."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    PagePermissionTester,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.producers.models import ProducerIndexPage
from cms.stories.models import StoryIndexPage
from cms.villages.models import VillageIndexPage
from marketplace.accounts.roles import producer_collection, user_manages_all_storefronts

pytestmark = pytest.mark.django_db


def counts():
    return (Group.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count(),
            Collection.objects.count(), Workflow.objects.count(), WorkflowTask.objects.count(),
            WorkflowPage.objects.count())


def test_setup_roles_is_idempotent(maker_a):
    call_command("setup_roles", verbosity=0)
    before = counts()
    call_command("setup_roles", verbosity=0)
    assert counts() == before


def test_cdd_editors_publish_stories_villages_and_storefronts_and_onboard(editor, maker_a):
    for index in (StoryIndexPage.objects.get(), VillageIndexPage.objects.get(), ProducerIndexPage.objects.get()):
        tester = PagePermissionTester(editor, index)
        assert tester.can_add_subpage() and tester.can_publish_subpage()
    assert PagePermissionTester(editor, maker_a.page).can_publish()
    assert user_manages_all_storefronts(editor)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not editor.is_staff


def test_cdd_editors_approve_storefront_changes(editor, roles):
    task = roles.workflow.tasks.get().specific
    assert set(task.groups.all()) == {roles.cdd_editors}


def test_a_producer_gets_their_own_group_page_and_collection(maker_a, maker_b):
    group = Group.objects.get(name="Producer maker-a")
    assert set(maker_a.user.groups.values_list("name", flat=True)) == {"Producers", "Producer maker-a"}
    page_permissions = set(GroupPagePermission.objects.filter(group=group).values_list("page_id",
                                                                                       "permission__codename"))
    assert page_permissions == {(maker_a.page.pk, "change_page")}
    collection_permissions = set(GroupCollectionPermission.objects.filter(group=group).values_list(
        "collection_id", "permission__codename"))
    own = producer_collection(maker_a.producer).pk
    assert collection_permissions == {(own, "add_image"), (own, "change_image"), (own, "choose_image")}
    assert maker_a.producer.partner.users.filter(pk=maker_a.user.pk).exists()
    assert not user_manages_all_storefronts(maker_a.user)


def test_admin_is_a_superuser_with_staff_rights(admin_user):
    from marketplace.accounts.roles import admin_grant
    from tests.factories import UserFactory

    user = UserFactory()
    admin_grant(user)
    user.refresh_from_db()
    assert user.is_staff and user.is_superuser
    assert user_manages_all_storefronts(user)
