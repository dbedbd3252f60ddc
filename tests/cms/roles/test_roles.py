"""``setup_roles``: the producer, CDD editor and admin roles, idempotent."""

import importlib

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
from cms.roles.services import producer_collection, user_manages_all_storefronts

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


def test_setup_roles_names_the_workflows_of_an_earlier_deploy_in_thai(maker_a):
    """Wagtail shows a workflow's name as it is stored (reports, dashboard, banners): English ones read
    "Producer storefronts" on Thai pages. A database set up with them is renamed, nothing is added."""
    from wagtail.models import Task

    Workflow.objects.filter(name="หน้าร้านผู้ผลิต").update(name="Producer storefronts")
    Workflow.objects.filter(name="กองบรรณาธิการ พช.").update(name="CDD editorial")
    Task.objects.filter(name="การตรวจของบรรณาธิการ พช.").update(name="CDD editor review")
    before = counts()
    call_command("setup_roles", verbosity=0)
    assert counts() == before
    assert set(Workflow.objects.values_list("name", flat=True)) >= {"หน้าร้านผู้ผลิต", "กองบรรณาธิการ พช."}
    assert not Workflow.objects.filter(name__in=["Producer storefronts", "CDD editorial"]).exists()
    assert Task.objects.filter(name="การตรวจของบรรณาธิการ พช.").count() == 1


def test_the_image_collections_are_named_in_thai(maker_a, maker_b):
    """Wagtail's image chooser shows a collection's name as it is stored: Thai editors and producers read them."""
    names = set(Collection.objects.values_list("name", flat=True))
    assert {"คลังกลาง", "ผู้ผลิต", "กองบรรณาธิการ พช.", "กลุ่มทอผ้าบ้านเอ", "กลุ่มจักสานบ้านบี"} <= names
    assert not names & {"Root", "Producers", "CDD editorial", "maker-a", "maker-b"}
    own = producer_collection(maker_a.producer)
    assert own.get_parent().name == "ผู้ผลิต"


def test_a_renamed_collection_keeps_its_part(maker_a):
    """The code finds the collections by their part, not their name: an admin renaming one in Wagtail
    does not make the next deploy (or the next producer) create another."""
    own = producer_collection(maker_a.producer)
    Collection.objects.filter(pk=own.pk).update(name="ภาพของกลุ่มทอผ้า")
    Collection.objects.filter(name="ผู้ผลิต").update(name="ภาพผู้ผลิต")
    before = counts()
    call_command("setup_roles", verbosity=0)
    assert counts() == before
    assert producer_collection(maker_a.producer) == own


def test_two_namesake_producers_collections_are_told_apart_by_district(roles):
    from tests.factories import ProducerFactory

    first = ProducerFactory(name_th="กลุ่มทอผ้าบ้านโนน", district_th="เมืองสุรินทร์")
    second = ProducerFactory(name_th="กลุ่มทอผ้าบ้านโนน", district_th="ท่าตูม", province=first.province)
    assert producer_collection(first).name == "กลุ่มทอผ้าบ้านโนน (เมืองสุรินทร์)"
    assert producer_collection(second).name == "กลุ่มทอผ้าบ้านโนน (ท่าตูม)"


def test_a_deleted_producers_collection_is_never_another_producers(roles):
    """The collection is recorded against the producer: deleting them forgets it (the pictures stay), so no
    producer made later, under whatever id, is handed their pictures."""
    from cms.roles.models import SiteCollection
    from tests.factories import ProducerFactory

    gone = ProducerFactory(name_th="กลุ่มที่เลิกกิจการ")
    collection = producer_collection(gone)
    gone.delete()
    assert not SiteCollection.objects.filter(collection=collection).exists()
    assert producer_collection(ProducerFactory(name_th="กลุ่มใหม่")) != collection


def test_the_migration_renames_an_earlier_deploys_collections_without_adding_any(maker_a, maker_b):
    """A database deployed before the collections had parts: English names, the producers' by slug.
    The migration records and renames them; setup_roles afterwards finds them and adds nothing."""
    from django.apps import apps

    from cms.roles.models import SiteCollection

    migrations = [importlib.import_module(f"cms.roles.migrations.{name}")
                  for name in ("0002_collections_in_thai", "0003_collections_of_producers_by_producer")]
    former = {"คลังกลาง": "Root", "ผู้ผลิต": "Producers", "กองบรรณาธิการ พช.": "CDD editorial",
              "กลุ่มทอผ้าบ้านเอ": "maker-a", "กลุ่มจักสานบ้านบี": "maker-b"}
    for name, old in former.items():
        Collection.objects.filter(name=name).update(name=old)
    SiteCollection.objects.all().delete()
    images = {maker_a.image.pk: maker_a.image.collection_id, maker_b.image.pk: maker_b.image.collection_id}

    for _run in range(2):  # a second run changes nothing
        for migration in migrations:
            migration.forwards(apps, None)
    before = counts()
    call_command("setup_roles", verbosity=0)

    assert counts() == before
    assert set(former) <= set(Collection.objects.values_list("name", flat=True))
    assert not Collection.objects.filter(name__in=former.values()).exists()
    assert SiteCollection.objects.count() == 4  # producers, editorial, two producers
    assert producer_collection(maker_a.producer).pk == images[maker_a.image.pk]
    assert producer_collection(maker_b.producer).pk == images[maker_b.image.pk]
    for migration in reversed(migrations):
        migration.backwards(apps, None)
    assert set(former.values()) <= set(Collection.objects.values_list("name", flat=True))


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
    from cms.roles.services import admin_grant
    from tests.factories import UserFactory

    user = UserFactory()
    admin_grant(user)
    user.refresh_from_db()
    assert user.is_staff and user.is_superuser
    assert user_manages_all_storefronts(user)


# --- Stories and villages: CDD editors publish, producers have no say -----------------------------


def story_form(**changes) -> dict:
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    fields = {
        "title": "ภูมิปัญญาผ้าไหม", "title_en": "Silk wisdom", "slug": "silk-wisdom", "date": "2026-03-01",
        "author": "", "province": "", "hero_image": "", "intro": "บทนำ", "intro_en": "Lead",
        "body": rich_text("<p>เนื้อเรื่อง</p>"), "body_en": rich_text("<p>Article</p>"),
        "related_producers": inline_formset([]), "related_products": inline_formset([]),
        "seo_title": "", "seo_title_en": "", "search_description": "", "search_description_en": "",
        "comments": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def add_url(index, model: str) -> str:
    from django.urls import reverse

    app_label, model_name = model.split(".")
    return reverse("wagtailadmin_pages:add", args=[app_label, model_name, index.pk])


def test_stories_and_villages_run_the_cdd_editorial_workflow(roles):
    for index in (StoryIndexPage.objects.get(), VillageIndexPage.objects.get()):
        assert index.get_workflow() == roles.editorial_workflow
    assert roles.editorial_workflow.active and roles.editorial_workflow.name == "กองบรรณาธิการ พช."
    assert set(roles.editorial_workflow.tasks.get().specific.groups.all()) == {roles.cdd_editors}
    # Not Wagtail's default "Moderators approval" on the root, whose approvers are none of our roles.
    assert ProducerIndexPage.objects.get().get_workflow() == roles.workflow


def test_cdd_editor_creates_and_publishes_a_story_directly(client, editor):
    from cms.stories.models import StoryPage

    client.force_login(editor)
    response = client.post(add_url(StoryIndexPage.objects.get(), "stories.storypage"),
                           story_form(**{"action-publish": "publish"}))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    story = StoryPage.objects.get(slug="silk-wisdom")
    assert story.live and not story.has_unpublished_changes and story.workflow_in_progress is False
    client.logout()
    assert client.get("/stories/silk-wisdom/").status_code == 200


def test_producers_cannot_add_or_change_stories_or_villages(client, maker_a, editor):
    from django.urls import reverse

    from cms.stories.models import StoryPage
    from cms.villages.models import TourismVillagePage

    story_index, village_index = StoryIndexPage.objects.get(), VillageIndexPage.objects.get()
    story = StoryPage(title="เรื่องเดิม", slug="old-story", intro="บทนำ", body="<p>เดิม</p>")
    story_index.add_child(instance=story)
    story.save_revision(user=editor).publish(user=editor)
    for page in (story_index, village_index, story):
        tester = PagePermissionTester(maker_a.user, page)
        assert not (tester.can_add_subpage() or tester.can_edit() or tester.can_publish() or tester.can_delete())
    assert not TourismVillagePage.allowed_subpage_models() and not maker_a.page.specific_class.allowed_subpage_models()

    client.force_login(maker_a.user)
    client.post(add_url(story_index, "stories.storypage"), story_form(slug="by-producer", **{"action-submit": "1"}))
    assert not StoryPage.objects.filter(slug="by-producer").exists()
    client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]),
                story_form(title="แก้โดยผู้ผลิต", slug="old-story", **{"action-submit": "1"}))
    story.refresh_from_db()
    assert story.title == "เรื่องเดิม" and story.get_latest_revision().as_object().title == "เรื่องเดิม"
    assert client.get(add_url(village_index, "villages.tourismvillagepage")).status_code in (302, 403)


def test_admin_may_do_everything_including_certification_verification(client, admin_user, maker_a, editor):
    from django.urls import reverse

    from marketplace.certification.dashboard.access import user_is_certification_staff

    for index in (StoryIndexPage.objects.get(), VillageIndexPage.objects.get(), ProducerIndexPage.objects.get()):
        tester = PagePermissionTester(admin_user, index)
        assert tester.can_add_subpage() and tester.can_publish_subpage() and tester.can_delete()
    storefront = PagePermissionTester(admin_user, maker_a.page)
    assert storefront.can_edit() and storefront.can_publish() and storefront.can_delete()
    assert user_is_certification_staff(admin_user)
    assert not user_is_certification_staff(editor) and not user_is_certification_staff(maker_a.user)
    client.force_login(admin_user)
    assert client.get(reverse("certification-dashboard:queue")).status_code == 200
