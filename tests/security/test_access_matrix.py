"""Producer B, signed in, tries every producer-facing URL and form with producer A's object ids.

One table (``CASES``) of (URL name, method, URL builder, POST-data builder)
covers the Oscar dashboard (products, pictures, stock, orders and lines), the
certification dashboard, and the Wagtail admin (pages, revisions, workflow,
images, choosers, editing sessions) plus the staff-only admin areas reached
with A's own user, group, collection and partner ids. Each case must be
denied and A's data must be exactly as before.

"Denied" is 403 or 404, or the redirect Wagtail and Oscar use in place of a
403 (to the admin home with "Sorry, you do not have permission", or to the
log-in page); never a 200 and never a redirect to a success page.

``test_every_url_taking_an_object_id_is_in_the_table`` walks the URL resolver,
so a new dashboard or CMS URL that takes an id fails the suite until it is
added here.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation
from oscar.core.loading import get_model
from wagtail.admin.models import EditingSession
from wagtail.models import (
    Collection,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    UploadedFile,
)

from cms.media.models import CustomImage
from cms.roles.services import producer_collection, roles_ensure
from marketplace.certification.models import Certification
from tests.cms.helpers import make_maker
from tests.order_factory import make_order
from tests.security.url_patterns import route_parameters, url_patterns_walk

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
ProductImage = get_model("catalogue", "ProductImage")
Product = get_model("catalogue", "Product")


@pytest.fixture(autouse=True)
def _thai():
    with translation.override("th"):
        yield


@dataclass
class World:
    a: object  # tests.cms.helpers.Maker
    b: object
    order: object  # A's paid order
    line: object
    revision: object  # A's page's latest revision
    workflow_state: object  # A's page in moderation
    task_state: object
    session: EditingSession  # A editing their page
    upload: UploadedFile  # A's half-finished multiple upload
    product_image: object  # a picture on A's product


@pytest.fixture
def world(settings, tmp_path) -> World:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    roles_ensure()
    a = make_maker("matrix-a", "กลุ่มทอผ้าบ้านเอ", "Ban A Weavers", "TH-32")
    b = make_maker("matrix-b", "กลุ่มจักสานบ้านบี", "Ban B Basketry", "TH-50")
    order = make_order("200001", [(a.producer, a.product)])
    page = a.page.specific
    page.tagline = "ร่างของเอ"
    revision = page.save_revision(user=a.user)
    workflow_state = page.get_workflow().start(page, a.user)
    session = EditingSession.objects.create(
        user=a.user, content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk),
        last_seen_at=timezone.now(),
    )
    upload = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(CustomImage), uploaded_by_user=a.user,
        file=ContentFile(b"x", name="pending.jpg"),
    )
    product_image = ProductImage.objects.create(
        product=a.product, original=ContentFile(b"x", name="a.jpg"), caption="ภาพของเอ", display_order=0,
    )
    return World(a, b, order, order.lines.get(), revision, workflow_state,
                 workflow_state.current_task_state, session, upload, product_image)


def snapshot(w: World) -> dict:
    """Everything of A's that a cross-producer request could change."""
    page = Page.objects.get(pk=w.a.page.pk)
    image = CustomImage.objects.get(pk=w.a.image.pk)
    product = Product.objects.get(pk=w.a.product.pk)
    stock = product.stockrecords.get()
    order = type(w.order).objects.get(pk=w.order.pk)
    user = type(w.a.user).objects.get(pk=w.a.user.pk)
    collection = producer_collection(w.a.producer)
    return {
        "page": (page.title, page.slug, page.live, page.locked, page.path, page.latest_revision_id,
                 page.has_unpublished_changes, page.url_path),
        "page_restrictions": PageViewRestriction.objects.filter(page=page).count(),
        "page_revisions": Revision.objects.filter(object_id=str(page.pk)).count(),
        "pages_under_a": page.get_descendants().count(),
        "workflow": (w.workflow_state.__class__.objects.get(pk=w.workflow_state.pk).status,
                     w.task_state.__class__.objects.get(pk=w.task_state.pk).status),
        "session": EditingSession.objects.filter(pk=w.session.pk).values_list("last_seen_at", flat=True).first(),
        "upload": UploadedFile.objects.filter(pk=w.upload.pk).exists(),
        "image": (image.title, image.file.name, image.collection_id, image.description, image.focal_point_x),
        "images_in_a_collection": CustomImage.objects.filter(collection=collection).count(),
        "collection": Collection.objects.filter(pk=collection.pk).values_list("name", "path").first(),
        "product": (product.title, product.upc, product.description, product.is_public, product.producer_id),
        "product_images": list(ProductImage.objects.filter(product=product).values_list("pk", "original", "caption")),
        "stock": (stock.partner_id, stock.price, stock.num_in_stock, stock.partner_sku),
        "hidden_product": Product.objects.filter(pk=w.a.hidden_product.pk).values_list("title", flat=True).first(),
        "certifications": list(Certification.objects.filter(product__producer=w.a.producer)
                               .order_by("pk").values_list("pk", "status", "certificate_no")),
        "order": (order.status, order.notes.count(), order.shipping_events.count() if hasattr(order, "shipping_events")
                  else None, list(order.lines.values_list("pk", "status", "quantity"))),
        "user": (user.email, user.is_active, user.is_staff, user.password, sorted(user.groups.values_list("pk", flat=True))),
        "groups": sorted((g.name, g.permissions.count()) for g in Group.objects.filter(user=user)),
        "partner": Partner.objects.filter(pk=w.a.producer.partner.pk).values_list("name", flat=True).first(),
        "partner_users": sorted(w.a.producer.partner.users.values_list("pk", flat=True)),
    }


# --- The table ------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    url: Callable[[World], str]
    data: Callable[[World], dict] | None = None
    # Why a response other than a denial is still safe; A's data must be unchanged and unshown all the same.
    harmless: str = ""

    @property
    def id(self) -> str:
        return f"{self.name}-{self.method}"


def harmless(cases, reason):
    return [replace(case, harmless=reason) for case in (cases if isinstance(cases, list) else [cases])]


def u(name, *args, **kwargs) -> str:
    return reverse(name, args=args or None, kwargs=kwargs or None)


def by(name, pick):
    """A URL builder for ``name`` with one object's id, picked from the world."""
    return lambda w: u(name, pick(w))


def page_url(name):
    return lambda w: u(name, w.a.page.pk)


def image_url(name):
    return lambda w: u(name, w.a.image.pk)


def get(name, url, data=None):
    return Case(name, "get", url, data)


def post(name, url, data=None):
    return Case(name, "post", url, data or (lambda w: {}))


def both(name, url, data=None):
    return [get(name, url), post(name, url, data)]


HACKED = "ถูกแก้โดยบี"


def _page_post(w):
    return {"title": HACKED, "slug": "hacked", "tagline": HACKED, "action-publish": "1"}


def _image_post(w):
    return {"title": HACKED, "description": HACKED, "collection": producer_collection(w.b.producer).pk}


def _a_partner(w):
    return w.a.producer.partner.pk


CASES: list[Case] = [
    # Oscar dashboard: products, pictures, stock
    *both("dashboard:catalogue-product", lambda w: u("dashboard:catalogue-product", pk=w.a.product.pk),
          lambda w: {"title": HACKED, "upc": w.a.product.upc, "stockrecords-TOTAL_FORMS": 1,
                     "stockrecords-INITIAL_FORMS": 1, "stockrecords-0-id": w.a.product.stockrecords.get().pk,
                     "stockrecords-0-partner": _a_partner(w), "stockrecords-0-price": "1",
                     "stockrecords-0-num_in_stock": "0", "images-TOTAL_FORMS": 1, "images-INITIAL_FORMS": 1,
                     "images-0-id": w.product_image.pk, "images-0-DELETE": "on"}),
    *both("dashboard:catalogue-product", lambda w: u("dashboard:catalogue-product", pk=w.a.hidden_product.pk),
          lambda w: {"title": HACKED}),
    *both("dashboard:catalogue-product-delete", lambda w: u("dashboard:catalogue-product-delete", pk=w.a.product.pk)),
    *both("dashboard:catalogue-product-create-child",
          lambda w: u("dashboard:catalogue-product-create-child", parent_pk=w.a.product.pk),
          lambda w: {"title": HACKED}),
    # Oscar dashboard: orders and lines (shop/dashboard/orders)
    *both("dashboard:order-detail", lambda w: u("dashboard:order-detail", number=w.order.number),
          lambda w: {"order_action": "save_note", "message": HACKED}),
    post("dashboard:order-detail", lambda w: u("dashboard:order-detail", number=w.order.number),
         lambda w: {"line_action": "create_shipping_event", "selected_line": [w.line.pk],
                    f"selected_line_qty_{w.line.pk}": 1, "shipping_event_type": "1"}),
    post("dashboard:order-detail", lambda w: u("dashboard:order-detail", number=w.order.number),
         lambda w: {"order_action": "change_order_status", "new_status": "Cancelled"}),
    get("dashboard:order-line-detail",
        lambda w: u("dashboard:order-line-detail", number=w.order.number, line_id=w.line.pk)),
    *both("dashboard:order-shipping-address",
          lambda w: u("dashboard:order-shipping-address", number=w.order.number),
          lambda w: {"first_name": HACKED, "line1": HACKED}),
    get("dashboard:order-detail-note", lambda w: u("dashboard:order-detail-note", number=w.order.number, note_id=1)),
    # Oscar dashboard: A's partner (staff only)
    # Payouts to A (staff only)
    *both("ledger-dashboard:record", lambda w: u("ledger-dashboard:record", partner_id=_a_partner(w)),
          lambda w: {"reference": HACKED, "amount": "1"}),
    *both("dashboard:partner-manage", lambda w: u("dashboard:partner-manage", pk=_a_partner(w)),
          lambda w: {"name": HACKED}),
    *both("dashboard:partner-delete", lambda w: u("dashboard:partner-delete", pk=_a_partner(w))),
    *both("dashboard:partner-user-create", lambda w: u("dashboard:partner-user-create", partner_pk=_a_partner(w)),
          lambda w: {"email": "intruder@example.th", "password1": "x-Long-Pass-123", "password2": "x-Long-Pass-123"}),
    get("dashboard:partner-user-select", lambda w: u("dashboard:partner-user-select", partner_pk=_a_partner(w))),
    post("dashboard:partner-user-link",
         lambda w: u("dashboard:partner-user-link", partner_pk=_a_partner(w), user_pk=w.b.user.pk)),
    post("dashboard:partner-user-unlink",
         lambda w: u("dashboard:partner-user-unlink", partner_pk=_a_partner(w), user_pk=w.a.user.pk)),
    *both("dashboard:partner-user-update",
          lambda w: u("dashboard:partner-user-update", partner_pk=_a_partner(w), user_pk=w.a.user.pk),
          lambda w: {"email": "intruder@example.th"}),
    *both("dashboard:user-detail", lambda w: u("dashboard:user-detail", pk=w.a.user.pk)),
    post("dashboard:user-password-reset", lambda w: u("dashboard:user-password-reset", pk=w.a.user.pk)),
    # Certification dashboard
    get("certification-dashboard:detail", lambda w: u("certification-dashboard:detail", pk=w.a.certification.pk)),
    post("certification-dashboard:detail", lambda w: u("certification-dashboard:detail", pk=w.a.certification.pk),
         lambda w: {"action": "revoke", "revoke-reason": HACKED}),
    get("certification-dashboard:document", lambda w: u("certification-dashboard:document", pk=w.a.certification.pk)),
    get("certification-dashboard:submit", lambda w: u("certification-dashboard:submit") + f"?product={w.a.product.pk}"),
    post("certification-dashboard:submit", lambda w: u("certification-dashboard:submit"),
         lambda w: {"product": w.a.hidden_product.pk, "stars": 5, "certificate_no": "FAKE-1",
                    "selection_year": 2024, "expires_on": "2031-01-01"}),
    # Wagtail: A's storefront page
    *[get(f"wagtailadmin_pages:{view}", page_url(f"wagtailadmin_pages:{view}")) for view in (
        "usage", "view_draft", "add_subpage", "delete", "unpublish", "convert_alias", "move", "copy", "set_privacy",
        "revisions_index", "workflow_history", "history", "history_results")],
    # Wagtail checks no permission here; cms/core/admin_guards.py does.
    get("wagtailadmin_pages:confirm_workflow_cancellation", page_url("wagtailadmin_pages:confirm_workflow_cancellation")),
    *both("wagtailadmin_pages:edit", page_url("wagtailadmin_pages:edit"), _page_post),
    post("wagtailadmin_pages:edit", page_url("wagtailadmin_pages:edit"),
         lambda w: {**_page_post(w), "action-publish": "", "action-submit": "1"}),
    *both("wagtailadmin_pages:preview_on_edit", page_url("wagtailadmin_pages:preview_on_edit"), _page_post),
    *[post(f"wagtailadmin_pages:{view}", page_url(f"wagtailadmin_pages:{view}")) for view in (
        "delete", "unpublish", "convert_alias", "lock", "unlock", "set_page_position")],
    post("wagtailadmin_pages:add_subpage", page_url("wagtailadmin_pages:add_subpage")),
    post("wagtailadmin_pages:copy", page_url("wagtailadmin_pages:copy"),
         lambda w: {"new_title": HACKED, "new_slug": "copy-of-a", "new_parent_page": w.b.page.get_parent().pk}),
    post("wagtailadmin_pages:set_privacy", page_url("wagtailadmin_pages:set_privacy"),
         lambda w: {"restriction_type": "password", "password": "secret"}),
    *both("wagtailadmin_pages:move_confirm",
          lambda w: u("wagtailadmin_pages:move_confirm", w.a.page.pk, w.b.page.pk)),
    *both("wagtailadmin_pages:add",
          lambda w: u("wagtailadmin_pages:add", "producers", "producerpage", w.a.page.pk), _page_post),
    *both("wagtailadmin_pages:preview_on_add",
          lambda w: u("wagtailadmin_pages:preview_on_add", "producers", "producerpage", w.a.page.pk), _page_post),
    *both("wagtailadmin_pages:revisions_view", lambda w: u("wagtailadmin_pages:revisions_view", w.a.page.pk,
                                                           w.revision.pk)),
    *both("wagtailadmin_pages:revisions_revert", lambda w: u("wagtailadmin_pages:revisions_revert", w.a.page.pk,
                                                             w.revision.pk), _page_post),
    *both("wagtailadmin_pages:revisions_unschedule",
          lambda w: u("wagtailadmin_pages:revisions_unschedule", w.a.page.pk, w.revision.pk)),
    get("wagtailadmin_pages:revisions_compare",
        lambda w: u("wagtailadmin_pages:revisions_compare", w.a.page.pk, "live", w.revision.pk)),
    get("wagtailadmin_pages:workflow_history_detail",
        lambda w: u("wagtailadmin_pages:workflow_history_detail", w.a.page.pk, w.workflow_state.pk)),
    *both("wagtailadmin_pages:workflow_action",
          lambda w: u("wagtailadmin_pages:workflow_action", w.a.page.pk, "approve", w.task_state.pk),
          lambda w: {"comment": HACKED}),
    *both("wagtailadmin_pages:collect_workflow_action_data",
          lambda w: u("wagtailadmin_pages:collect_workflow_action_data", w.a.page.pk, "reject", w.task_state.pk),
          lambda w: {"comment": HACKED}),
    get("wagtailadmin_pages:workflow_preview",
        lambda w: u("wagtailadmin_pages:workflow_preview", w.a.page.pk, w.task_state.task_id)),
    *harmless([get("wagtailadmin_explore", page_url("wagtailadmin_explore")),
               get("wagtailadmin_explore_results", page_url("wagtailadmin_explore_results"))],
              "Wagtail sends the user to the nearest page they may explore, in their own part of the tree"),
    *harmless(get("wagtailadmin_choose_page_child", page_url("wagtailadmin_choose_page_child")),
              "the page chooser lists live (public) pages to link to; drafts are hidden (tests/cms/test_isolation.py)"),
    get("wagtailadmin_api:pages:detail", lambda w: f"/cms/api/main/pages/{w.a.page.pk}/"),
    post("wagtailadmin_api:pages:action", lambda w: f"/cms/api/main/pages/{w.a.page.pk}/action/unpublish/"),
    post("wagtailadmin_api:pages:action", lambda w: f"/cms/api/main/pages/{w.a.page.pk}/action/copy/",
         lambda w: {"destination_page_id": w.b.page.get_parent().pk, "slug": "stolen"}),
    # Wagtail: A's editing session
    post("wagtailadmin_editing_sessions:ping",
         lambda w: u("wagtailadmin_editing_sessions:ping", "wagtailcore", "page", str(w.a.page.pk), w.session.pk)),
    *harmless(post("wagtailadmin_editing_sessions:release",
                   lambda w: u("wagtailadmin_editing_sessions:release", w.session.pk)),
              "Wagtail only ever releases the requester's own sessions; A's stays"),
    # Wagtail: A's images and uploads
    *both("wagtailimages:edit", image_url("wagtailimages:edit"), _image_post),
    *both("wagtailimages:delete", image_url("wagtailimages:delete")),
    get("wagtailimages:url_generator", image_url("wagtailimages:url_generator")),
    get("wagtailimages:url_generator_output", image_url("wagtailimages:url_generator_output")),
    get("wagtailimages:preview", lambda w: u("wagtailimages:preview", w.a.image.pk, "original")),
    get("wagtailimages:image_usage", image_url("wagtailimages:image_usage")),
    post("wagtailimages:edit_multiple", image_url("wagtailimages:edit_multiple"),
         lambda w: {f"image-{w.a.image.pk}-title": HACKED, f"image-{w.a.image.pk}-description": HACKED}),
    post("wagtailimages:delete_multiple", image_url("wagtailimages:delete_multiple")),
    post("wagtailimages:create_multiple_from_uploaded_image",
         lambda w: u("wagtailimages:create_multiple_from_uploaded_image", w.upload.pk),
         lambda w: {f"uploaded-image-{w.upload.pk}-title": HACKED,
                    f"uploaded-image-{w.upload.pk}-description": HACKED}),
    post("wagtailimages:delete_upload_multiple", lambda w: u("wagtailimages:delete_upload_multiple", w.upload.pk)),
    get("wagtailimages_chooser:chosen", lambda w: u("wagtailimages_chooser:chosen", w.a.image.pk)),
    *both("wagtailimages_chooser:select_format", image_url("wagtailimages_chooser:select_format"),
          lambda w: {"image-chooser-insertion-format": "fullwidth", "image-chooser-insertion-alt_text": "x"}),
    get("wagtailadmin_api:images:detail", lambda w: f"/cms/api/main/images/{w.a.image.pk}/"),
    *harmless(post("wagtailimages:add", lambda w: u("wagtailimages:add"),
                   lambda w: {"title": HACKED, "description": HACKED,
                              "collection": producer_collection(w.a.producer).pk,
                              "file": ContentFile(_tiny_jpeg(), name="x.jpg")}),
              "the collection field offers only B's own collection, so the picture lands there, not in A's"),
    # Wagtail choosers: A's unlisted product, A's producer record
    get("product_chooser:chosen", lambda w: u("product_chooser:chosen", w.a.hidden_product.pk)),
    get("producer_chooser:chosen", lambda w: u("producer_chooser:chosen", w.a.producer.pk)),
    # Wagtail staff areas, reached with A's own user, group and collection ids
    *both("wagtailusers_users:edit", lambda w: u("wagtailusers_users:edit", w.a.user.pk),
          lambda w: {"email": "intruder@example.th", "is_active": "on"}),
    *both("wagtailusers_users:delete", lambda w: u("wagtailusers_users:delete", w.a.user.pk)),
    *[get(f"wagtailusers_users:{view}", by(f"wagtailusers_users:{view}", lambda w: w.a.user.pk))
      for view in ("history", "history_results", "usage", "copy")],
    *both("wagtailusers_groups:edit", lambda w: u("wagtailusers_groups:edit", w.a.user.groups.order_by("pk").last().pk),
          lambda w: {"name": HACKED}),
    *both("wagtailusers_groups:delete",
          lambda w: u("wagtailusers_groups:delete", w.a.user.groups.order_by("pk").last().pk)),
    *[get(f"wagtailusers_groups:{view}",
          by(f"wagtailusers_groups:{view}", lambda w: w.a.user.groups.order_by("pk").last().pk))
      for view in ("history", "history_results", "usage")],
    *both("wagtailadmin_collections:edit", lambda w: u("wagtailadmin_collections:edit",
                                                       producer_collection(w.a.producer).pk),
          lambda w: {"name": HACKED}),
    *both("wagtailadmin_collections:delete", lambda w: u("wagtailadmin_collections:delete",
                                                         producer_collection(w.a.producer).pk)),
    *both("wagtailadmin_collections:set_privacy",
          lambda w: u("wagtailadmin_collections:set_privacy", producer_collection(w.a.producer).pk),
          lambda w: {"restriction_type": "password", "password": "secret"}),
    post("wagtailadmin_workflows:remove", lambda w: u("wagtailadmin_workflows:remove", w.a.page.get_parent().pk)),
    post("wagtailadmin_workflows:remove", lambda w: u("wagtailadmin_workflows:remove", w.a.page.get_parent().pk,
                                                      w.workflow_state.workflow_id)),
    post("wagtailadmin_workflows:enable", lambda w: u("wagtailadmin_workflows:enable", w.workflow_state.workflow_id)),
    *[both(f"wagtailadmin_workflows:{view}",
           by(f"wagtailadmin_workflows:{view}", lambda w: w.workflow_state.workflow_id))
      for view in ("disable", "edit", "usage", "usage_results")],
    post("wagtailadmin_workflows:enable_task", lambda w: u("wagtailadmin_workflows:enable_task", w.task_state.task_id)),
    *[both(f"wagtailadmin_workflows:{view}",
           by(f"wagtailadmin_workflows:{view}", lambda w: w.task_state.task_id))
      for view in ("edit_task", "disable_task")],
    # Wagtail checks no permission here; cms/core/admin_guards.py does.
    *both("wagtailadmin_workflows:task_chosen", lambda w: u("wagtailadmin_workflows:task_chosen", w.task_state.task_id)),
    *both("storefront_onboarding:handover", lambda w: u("storefront_onboarding:handover", w.a.producer.pk),
          lambda w: {"email": "intruder@example.th"}),
    *both("wagtailforms:list_submissions", page_url("wagtailforms:list_submissions")),
    get("wagtailforms:list_submissions_results", page_url("wagtailforms:list_submissions_results")),
    *both("wagtailforms:delete_submissions", page_url("wagtailforms:delete_submissions")),
    *both("wagtailsites:edit", lambda w: u("wagtailsites:edit", Site.objects.get(is_default_site=True).pk),
          lambda w: {"hostname": "evil.example", "port": 80, "root_page": w.b.page.pk}),
    *both("wagtailsites:delete", lambda w: u("wagtailsites:delete", Site.objects.get(is_default_site=True).pk)),
    *[get(f"wagtailsites:{view}",
          by(f"wagtailsites:{view}", lambda w: Site.objects.get(is_default_site=True).pk))
      for view in ("history", "history_results", "usage", "copy")],
]
CASES = [case for item in CASES for case in (item if isinstance(item, list) else [item])]


def _tiny_jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(out, "JPEG")
    return out.getvalue()


# Oscar's staff-only dashboard areas: their permission check runs before any object is looked up,
# so a producer gets 403 whatever the id (checked below with made-up ids).
OSCAR_STAFF_ONLY = {
    "dashboard:catalogue-category-detail-list", "dashboard:catalogue-category-create-child",
    "dashboard:catalogue-category-update", "dashboard:catalogue-category-delete", "dashboard:catalogue-class-update",
    "dashboard:catalogue-class-delete", "dashboard:catalogue-attribute-option-group-update",
    "dashboard:catalogue-attribute-option-group-delete", "dashboard:catalogue-option-update",
    "dashboard:catalogue-option-delete", "dashboard:user-alert-delete", "dashboard:user-alert-update",
    "dashboard:page-update", "dashboard:page-delete", "dashboard:offer-metadata", "dashboard:offer-condition",
    "dashboard:offer-benefit", "dashboard:offer-restrictions", "dashboard:offer-delete", "dashboard:offer-detail",
    "dashboard:range-update", "dashboard:range-delete", "dashboard:range-products", "dashboard:range-reorder",
    "dashboard:reviews-update", "dashboard:reviews-delete", "dashboard:voucher-update", "dashboard:voucher-delete",
    "dashboard:voucher-stats", "dashboard:voucher-set-update", "dashboard:voucher-set-detail",
    "dashboard:voucher-set-download", "dashboard:voucher-set-delete", "dashboard:comms-update",
    "dashboard:shipping-method-detail", "dashboard:shipping-method-edit", "dashboard:shipping-method-delete",
    "dashboard:shipping-method-band-edit", "dashboard:shipping-method-band-delete",
}
# Wagtail areas producers have no permission for at all (documents, redirects, settings are
# CDD editors' and admins'); made-up ids, denied before any object is looked up or 404.
WAGTAIL_STAFF_ONLY = {
    "wagtailadmin_api:documents:detail", "wagtaildocs:edit", "wagtaildocs:delete", "wagtaildocs:edit_multiple",
    "wagtaildocs:create_multiple_from_uploaded_document", "wagtaildocs:delete_multiple",
    "wagtaildocs:delete_upload_multiple", "wagtaildocs:document_usage", "wagtaildocs_chooser:chosen",
    "wagtailredirects:edit", "wagtailredirects:delete", "wagtailsettings:edit", "wagtailsettings:preview_on_edit",
}
# Parameters that name a kind of thing, an action or a format, never one producer's object.
NOT_OBJECT_IDS = {
    "content_type_app_name", "content_type_model_name", "app_label", "model_name", "app_name", "action",
    "action_name", "filter_spec", "product_class_slug", "uidb64", "token",
}
ALSO_NOT_OBJECT_IDS = {
    # The password-reset link carries a signed token for the account it was mailed to.
    "wagtailadmin_password_reset_confirm",
}
# Where the table's names come from: the back office's URL prefixes.
BACK_OFFICE = re.compile(r"^(?:dashboard/|cms/)")


# --- The tests ------------------------------------------------------------------------


def _denial_pages() -> tuple[str, ...]:
    return (u("wagtailadmin_home"), u("wagtailadmin_login"), u("dashboard:login"), "/accounts/login/")


def assert_denied(client, response, label: str, hops: int = 3):
    """403 or 404, or a redirect that ends in one or on a "no permission" page."""
    status = response.status_code
    if status in (403, 404):
        return
    assert status == 302, f"{label}: {status} (expected 403 or 404)"
    location = response["Location"].split("?")[0]
    if location in _denial_pages():
        return
    # e.g. Wagtail's revisions index redirects to the page history, which then refuses.
    assert hops and location.startswith(("/cms/", "/dashboard/")), f"{label}: redirected to {location}"
    assert_denied(client, client.get(location), f"{label} → {location}", hops - 1)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_producer_b_is_denied_producer_as_objects(client, world, case):
    before = snapshot(world)
    client.force_login(world.b.user)
    url = case.url(world)
    if case.method == "get":
        response = client.get(url)
    else:
        response = client.post(url, case.data(world) if case.data else {})
    if case.harmless:
        assert response.status_code < 500, case.id
    else:
        assert_denied(client, response, case.id)
    body = response.content.decode(errors="replace") if response.get("Content-Type", "").startswith(("text", "app")) \
        else ""
    for secret in ("ร่างของเอ", world.a.hidden_product.title, world.a.certification.certificate_no):
        assert secret not in body, f"{case.id} shows A's {secret!r}"
    assert snapshot(world) == before, f"{case.id} changed A's data"


def _dummy(pattern_names):
    return {name: "1" for name in pattern_names}


@pytest.mark.parametrize("name", sorted(OSCAR_STAFF_ONLY))
def test_oscar_staff_areas_refuse_producers_before_looking_anything_up(client, world, name):
    client.force_login(world.b.user)
    url = reverse(name, kwargs=_dummy(_parameters(name)))
    for response in (client.get(url), client.post(url, {})):
        assert response.status_code == 403 or (
            response.status_code == 302 and response["Location"].startswith(u("dashboard:login"))
        ), (name, response.status_code)


@pytest.mark.parametrize("name", sorted(WAGTAIL_STAFF_ONLY))
def test_wagtail_staff_areas_refuse_producers(client, world, name):
    client.force_login(world.b.user)
    parameters = _parameters(name)
    kwargs = {key: ("wagtailcore" if key == "app_name" else "site" if key == "model_name" else "1")
              for key in parameters}
    url = reverse(name, kwargs=kwargs)
    responses = [client.get(url), client.post(url, {})]
    # A view answers only GET or only POST; 405 for the other, which runs nothing.
    answered = [response for response in responses if response.status_code != 405]
    assert answered, name
    for response in answered:
        assert_denied(client, response, name)


_PARAMETERS: dict[str, set[str]] = {}


def _parameters(name: str) -> set[str]:
    if not _PARAMETERS:
        for route, url_name, _pattern in url_patterns_walk():
            _PARAMETERS.setdefault(url_name, set()).update(route_parameters(route))
    return _PARAMETERS[name]


def test_every_url_taking_an_object_id_is_in_the_table():
    covered = {case.name for case in CASES} | OSCAR_STAFF_ONLY | WAGTAIL_STAFF_ONLY | ALSO_NOT_OBJECT_IDS
    missing = set()
    for route, name, _pattern in url_patterns_walk():
        if not BACK_OFFICE.match(route.removeprefix("^")):
            continue
        if route_parameters(route) - NOT_OBJECT_IDS and name not in covered:
            missing.add(f"{name} ({route})")
    assert not missing, "URLs taking an object id with no access case in tests/security/test_access_matrix.py: " + \
        ", ".join(sorted(missing))


def test_the_admin_api_lists_only_pictures_the_user_may_use(client, world):
    client.force_login(world.b.user)
    titles = {item["title"] for item in client.get("/cms/api/main/images/").json()["items"]}
    assert world.b.image.title in titles and world.a.image.title not in titles


def test_cdd_editors_still_see_every_picture_in_the_admin_api(client, world):
    from cms.roles.services import cdd_editor_grant
    from tests.factories import UserFactory

    editor = UserFactory(email="matrix-editor@example.th")
    cdd_editor_grant(editor)
    client.force_login(editor)
    titles = {item["title"] for item in client.get("/cms/api/main/images/").json()["items"]}
    assert {world.a.image.title, world.b.image.title} <= titles


def test_the_guarded_wagtail_views_still_answer_those_allowed(client, world):
    from tests.factories import UserFactory

    confirm = u("wagtailadmin_pages:confirm_workflow_cancellation", world.a.page.pk)
    client.force_login(world.a.user)  # A, publishing their own page while it is in moderation
    assert client.get(confirm).json()["step"] == "confirm"
    client.force_login(UserFactory(email="matrix-admin@example.th", is_staff=True, is_superuser=True))
    assert client.get(confirm).json()["step"] == "confirm"
    chosen = client.get(u("wagtailadmin_workflows:task_chosen", world.task_state.task_id))
    assert chosen.status_code == 200 and chosen.json()["step"] == "task_chosen"


def test_those_who_may_move_a_page_still_get_the_move_confirmation(client, world):
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="matrix-mover@example.th", is_staff=True, is_superuser=True))
    response = client.get(u("wagtailadmin_pages:move_confirm", world.a.page.pk, world.a.page.get_parent().pk))
    assert response.status_code == 200


# --- Leaks that are not one object's URL: lists, confirmation pages, pickers, reports ---------------


@pytest.fixture
def a_document(world):
    """A document of the CDD's; producers have no right to documents at all."""
    from wagtail.documents import get_document_model

    document = get_document_model()(title="เอกสารลับของซีดีดี", collection=Collection.get_first_root_node())
    document.file.save("secret.pdf", ContentFile(b"%PDF-1.7\n%%EOF\n"), save=False)
    document.save()
    return document


@pytest.mark.parametrize("action", ["delete", "add_to_collection", "add_tags"])
@pytest.mark.parametrize("kind", ["image", "document"])
def test_bulk_action_confirmations_name_nothing_b_may_not_touch(client, world, a_document, kind, action):
    model_path, target = ("media/customimage", world.a.image) if kind == "image" else ("wagtaildocs/document",
                                                                                         a_document)
    client.force_login(world.b.user)
    url = f"/cms/bulk/{model_path}/{action}/?id={target.pk}"
    for response in (client.get(url), client.post(url, {"collection": producer_collection(world.b.producer).pk,
                                                        "tags": "hacked"})):
        assert_denied(client, response, f"{kind} {action}")
        assert target.title not in response.content.decode(errors="replace")
    assert type(target).objects.filter(pk=target.pk, collection=target.collection).exists()


def test_the_bulk_actions_still_work_on_bs_own_pictures(client, world):
    client.force_login(world.b.user)
    response = client.get(f"/cms/bulk/media/customimage/add_tags/?id={world.b.image.pk}")
    assert response.status_code == 200 and world.b.image.title in response.content.decode()


def test_the_admin_api_lists_no_documents_to_producers(client, world, a_document):
    client.force_login(world.b.user)
    listing = client.get("/cms/api/main/documents/")
    assert listing.status_code == 200 and listing.json()["items"] == []
    assert a_document.title not in listing.content.decode()
    assert client.get(f"/cms/api/main/documents/{a_document.pk}/").status_code == 404


def test_those_with_document_rights_still_list_documents_in_the_admin_api(client, world, a_document):
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="matrix-docs-admin@example.th", is_staff=True, is_superuser=True))
    assert a_document.title in {item["title"] for item in client.get("/cms/api/main/documents/").json()["items"]}


def test_b_cannot_put_as_picture_on_their_own_page_or_see_it_in_the_preview(client, world):
    from tests.cms.helpers import edit_data

    client.force_login(world.b.user)
    page = world.b.page.specific
    edit = u("wagtailadmin_pages:edit", page.pk)
    preview = u("wagtailadmin_pages:preview_on_edit", page.pk)

    response = client.post(edit, edit_data(page, banner=world.a.image.pk, tagline="ภาพของคนอื่น"))
    assert response.status_code == 200 and "banner" in response.context["form"].errors
    assert client.post(preview, edit_data(page, banner=world.a.image.pk)).json()["is_valid"] is False
    shown = client.get(preview).content.decode(errors="replace")
    assert world.a.image.file.name.rsplit("/", 1)[-1].split(".")[0] not in shown
    assert not Revision.objects.filter(object_id=str(page.pk), content__banner=world.a.image.pk).exists()
    # Their own picture is still fine.
    assert client.post(edit, edit_data(page, banner=world.b.image.pk)).status_code == 302


def test_the_dashboards_product_lookup_finds_only_bs_own_products(client, world):
    client.force_login(world.b.user)
    response = client.get(u("dashboard:catalogue-product-lookup"), {"q": ""})
    found = {item["text"] for item in response.json()["results"]}
    assert world.b.product.get_title() in found
    assert not {world.a.product.get_title(), world.a.hidden_product.get_title()} & found


@pytest.mark.parametrize("name", [
    "locked_pages", "workflow", "workflow_results", "workflow_tasks", "site_history", "site_history_results",
    "aging_pages", "page_types_usage", "page_types_usage_results",
])
def test_wagtail_reports_are_refused_to_producers(client, world, name):
    client.force_login(world.b.user)
    response = client.get(u(f"wagtailadmin_reports:{name}"))
    assert_denied(client, response, name)
    assert world.a.user.email not in response.content.decode(errors="replace")


def test_wagtail_reports_still_open_for_admins(client, world):
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="matrix-reports@example.th", is_staff=True, is_superuser=True))
    response = client.get(u("wagtailadmin_reports:workflow"))
    assert response.status_code == 200 and world.a.page.title in response.content.decode()


def test_wagtails_deliberate_server_error_is_not_a_producers_to_trigger(client, world):
    # /cms/failwhale/ raises on purpose: a producer could fill the error log and the admins' inboxes.
    from tests.factories import UserFactory

    client.force_login(world.b.user)
    assert client.get(u("wagtailadmin_error_test")).status_code == 404
    client.raise_request_exception = True
    client.force_login(UserFactory(email="matrix-failwhale@example.th", is_staff=True, is_superuser=True))
    with pytest.raises(Exception, match="emergency broadcast"):
        client.get(u("wagtailadmin_error_test"))
