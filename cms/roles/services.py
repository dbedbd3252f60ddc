"""The marketplace's roles, as Django groups, Wagtail permissions and a moderation workflow.

``python manage.py setup_roles`` (idempotent) calls :func:`roles_ensure`;
``seed_demo`` calls it too. The roles:

* **Producer** — in the "Producers" group (Oscar's ``partner.dashboard_access``
  and Wagtail admin access) and in the producer's own group "Producer <slug>",
  which may change (never publish) their own storefront page subtree and add,
  change and choose images in their own collection "ผู้ผลิต › <their Thai name>".
  Oscar's dashboard shows non-staff partner users only their own partner's
  products, stock and orders. Never staff, never global rights.
* **CDD editor** — the "CDD editors" group: Wagtail admin; adds, changes and
  publishes stories, villages and storefronts (publishing covers the home
  page's featured picks); every image collection; onboarding producers on their
  behalf (``producers_pages.manage_storefronts``); the approvers in the
  "Producer storefronts" moderation workflow on the producers index, so a
  producer's change goes live only when a CDD editor approves it (or is sent
  back with a comment). Wagtail e-mails the producer who submitted the change
  when it is approved or sent back, with the editor's comment.
  CDD editors publish stories and village pages themselves (they hold
  "publish" there); the "CDD editorial" workflow on the story and village
  indexes, with the same CDD editor review task, is what anyone who may edit
  but not publish there (a future contributor role) would go through, instead
  of Wagtail's default "Moderators approval" on the root, whose approvers are
  not one of our roles. Producers hold no rights on stories or villages at all.
* **Admin** — a superuser and staff: everything, including certification
  verification (the certification dashboard's queue is for staff).
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import SiteCollection

PRODUCERS_GROUP = "Producers"
CDD_EDITORS_GROUP = "CDD editors"
PRODUCER_GROUP_PREFIX = "Producer "
# The image collections, named in Thai: Wagtail shows a collection's name as it is stored (the image chooser,
# the upload form). The code finds them by their part (models.SiteCollection), never by these names.
# Wagtail's root collection ("Root") is renamed "คลังกลาง" by migration cms_roles 0002.
PRODUCERS_COLLECTION = "ผู้ผลิต"
EDITORIAL_COLLECTION = "กองบรรณาธิการ พช."
# The moderation workflows and their task, named in Thai: Wagtail shows these names as they are (the reports,
# the dashboard, the editor's banner, the moderation e-mails), and the site is Thai first. (English readers get
# them translated where we draw them: cms/roles/wagtail_hooks.py.)
STOREFRONT_WORKFLOW = "หน้าร้านผู้ผลิต"
STOREFRONT_TASK = "การตรวจของบรรณาธิการ พช."
EDITORIAL_WORKFLOW = "กองบรรณาธิการ พช."
# Their first, English names, renamed where a deploy made them.
_FORMER_WORKFLOW_NAMES = {"Producer storefronts": STOREFRONT_WORKFLOW, "CDD editorial": EDITORIAL_WORKFLOW}
_FORMER_TASK_NAMES = {"CDD editor review": STOREFRONT_TASK}
MANAGE_STOREFRONTS = "producers_pages.manage_storefronts"

_IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
_PRODUCER_PAGE_PERMISSIONS = ("change_page",)  # no "publish_page": changes go through moderation
_EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


@dataclass(frozen=True)
class Roles:
    producers: Group
    cdd_editors: Group
    workflow: Workflow  # producers' storefronts
    editorial_workflow: Workflow  # stories and villages


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return _permission("wagtailcore", codename)


def _image_permission(codename: str) -> Permission:
    return _permission("wagtailimages", codename)


def _grant_page(group: Group, page: Page, codenames) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(codename))


def _grant_collection(group: Group, collection: Collection, codenames=_IMAGE_PERMISSIONS) -> None:
    for codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_image_permission(codename)
        )


def _site_collection(parent: Collection, name: str, **part) -> Collection:
    """The collection that plays ``part`` (a key, or a producer), made under ``parent`` as ``name`` the first time."""
    found = SiteCollection.objects.filter(**part).select_related("collection").first()
    if found is not None:
        return found.collection
    collection = parent.add_child(instance=Collection(name=name))
    SiteCollection.objects.create(collection=collection, **part)
    return collection


def producers_collection() -> Collection:
    """"ผู้ผลิต": the parent of every producer's own collection."""
    return _site_collection(Collection.get_first_root_node(), PRODUCERS_COLLECTION, key=SiteCollection.PRODUCERS)


def editorial_collection() -> Collection:
    """The CDD editors' pictures for stories and villages."""
    return _site_collection(Collection.get_first_root_node(), EDITORIAL_COLLECTION, key=SiteCollection.EDITORIAL)


def _content_indexes():
    from cms.producers.models import ProducerIndexPage
    from cms.stories.models import StoryIndexPage
    from cms.villages.models import VillageIndexPage

    return (ProducerIndexPage.objects.first(), StoryIndexPage.objects.first(), VillageIndexPage.objects.first())


@transaction.atomic
def roles_ensure() -> Roles:
    """Create or complete the groups, permissions, collections and the storefront workflow."""
    from cms.home.models import HomePage

    producers = Group.objects.get_or_create(name=PRODUCERS_GROUP)[0]
    producers.permissions.add(_permission("partner", "dashboard_access"), _permission("wagtailadmin", "access_admin"))

    editors = Group.objects.get_or_create(name=CDD_EDITORS_GROUP)[0]
    editors.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        _permission("producers_pages", "manage_storefronts"),
    )
    home = HomePage.objects.first()
    if home is not None:
        _grant_page(editors, home, ("change_page", "publish_page"))
    producer_index, story_index, village_index = _content_indexes()
    for index in (producer_index, story_index, village_index):
        if index is not None:
            _grant_page(editors, index, _EDITOR_PAGE_PERMISSIONS)
    root_collection = Collection.get_first_root_node()
    _grant_collection(editors, root_collection)
    producers_collection()
    editorial_collection()

    _names_in_thai()
    task = GroupApprovalTask.objects.filter(name=STOREFRONT_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=STOREFRONT_TASK)
    task.groups.add(editors)
    workflow = _workflow_ensure(STOREFRONT_WORKFLOW, task, [producer_index])
    editorial_workflow = _workflow_ensure(EDITORIAL_WORKFLOW, task, [story_index, village_index])

    # Repair: every producer's account holds its storefront grants.
    from marketplace.producers.selectors import producer_users, producers_with_users

    for producer in producers_with_users():
        for user in producer_users(producer, active_only=False):
            producer_grant_storefront(producer, user)
    return Roles(producers=producers, cdd_editors=editors, workflow=workflow, editorial_workflow=editorial_workflow)


def _names_in_thai() -> None:
    for model, renames in ((Workflow, _FORMER_WORKFLOW_NAMES), (GroupApprovalTask, _FORMER_TASK_NAMES)):
        for former, name in renames.items():
            if not model.objects.filter(name=name).exists():
                model.objects.filter(name=former).update(name=name)


def _workflow_ensure(name: str, task: GroupApprovalTask, pages) -> Workflow:
    """An active one-task workflow named ``name``, assigned to each of ``pages`` (and so their subtrees)."""
    workflow = Workflow.objects.get_or_create(name=name)[0]
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in pages:
        if page is not None:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def producer_group_name(producer) -> str:
    return f"{PRODUCER_GROUP_PREFIX}{producer.slug}"


def producer_collection_name(producer) -> str:
    """The producer's Thai name; with their district when another producer has the same name (village names repeat)."""
    from marketplace.producers.models import Producer

    namesakes = Producer.objects.filter(name_th=producer.name_th).exclude(pk=producer.pk)
    if producer.district_th and namesakes.exists():
        return f"{producer.name_th} ({producer.district_th})"
    return producer.name_th


def producer_collection(producer) -> Collection:
    """The producer's own image collection, "ผู้ผลิต › <their Thai name>"."""
    return _site_collection(producers_collection(), producer_collection_name(producer), producer=producer)


def producer_group(producer) -> Group:
    """The producer's own group: their storefront page subtree (no publish) and their image collection."""
    from cms.producers.models import ProducerPage

    group = Group.objects.get_or_create(name=producer_group_name(producer))[0]
    page = ProducerPage.objects.filter(producer=producer).first()
    if page is not None:
        _grant_page(group, page, _PRODUCER_PAGE_PERMISSIONS)
    _grant_collection(group, producer_collection(producer))
    return group


@transaction.atomic
def producer_grant_storefront(producer, user) -> Group:
    """Let ``user`` act for ``producer``: Oscar's partner, the Producers group, their own page and images."""
    from marketplace.producers.services import producer_user_add

    producers = Group.objects.get_or_create(name=PRODUCERS_GROUP)[0]
    group = producer_group(producer)
    producer_user_add(producer, user)
    user.groups.add(producers, group)
    return group


def producer_revoke_storefront(producer, user) -> None:
    from marketplace.producers.services import producer_user_remove

    producer_user_remove(producer, user)
    user.groups.remove(*Group.objects.filter(name=producer_group_name(producer)))


def cdd_editor_grant(user) -> None:
    user.groups.add(Group.objects.get_or_create(name=CDD_EDITORS_GROUP)[0])


def admin_grant(user) -> None:
    if not (user.is_staff and user.is_superuser):
        user.is_staff = user.is_superuser = True
        user.save(update_fields=["is_staff", "is_superuser"])


def user_manages_all_storefronts(user: AbstractBaseUser | AnonymousUser) -> bool:
    """CDD officers and admins: every producer's storefront, every product in choosers."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(MANAGE_STOREFRONTS))


def user_by_email(email: str):
    return get_user_model().objects.filter(email__iexact=email.strip()).first()
