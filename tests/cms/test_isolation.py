"""Producer A can neither see nor change anything of producer B's, by any URL or form post.

Pages and images (Wagtail admin), the choosers, products and stock (Oscar's
dashboard), certifications (the certification dashboard), orders and order
lines (the restricted order dashboard).
"""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_class

from cms.media.models import CustomImage
from cms.roles.services import producer_collection
from marketplace.certification.models import Certification
from tests.order_factory import make_order

from .helpers import image_bytes

pytestmark = pytest.mark.django_db

DENIED = (302, 403, 404)


def assert_denied(response, *secrets: str):
    assert response.status_code in DENIED, response.status_code
    if response.status_code == 302:
        assert response["Location"] != response.request["PATH_INFO"]
    body = response.content.decode(errors="replace")
    for secret in secrets:
        assert secret not in body


@pytest.fixture
def as_a(client, maker_a, maker_b):
    client.force_login(maker_a.user)
    return client


def url(name, *args, **kwargs):
    with translation.override("th"):
        return reverse(name, args=args, kwargs=kwargs or None)


# --- Roles ------------------------------------------------------------------------


def test_a_producer_is_never_staff_and_has_no_global_rights(maker_a):
    user = maker_a.user
    assert not user.is_staff and not user.is_superuser
    assert user.get_all_permissions() == {"partner.dashboard_access", "wagtailadmin.access_admin"}


# --- Pages ------------------------------------------------------------------------


PAGE_VIEWS_GET = [
    "edit", "view_draft", "delete", "unpublish", "move", "copy", "history", "revisions_index",
    "workflow_history", "usage", "set_privacy",
]


@pytest.mark.parametrize("view", PAGE_VIEWS_GET)
def test_a_cannot_open_bs_page_in_the_admin(as_a, maker_b, view):
    page = maker_b.page
    page.tagline = "ร่างลับของบี"
    page.save_revision()
    assert_denied(as_a.get(url(f"wagtailadmin_pages:{view}", page.pk)), "ร่างลับของบี")


def test_a_cannot_see_bs_revisions_or_preview(as_a, maker_b):
    page = maker_b.page
    page.tagline = "ร่างลับของบี"
    revision = page.save_revision()
    assert_denied(as_a.get(url("wagtailadmin_pages:revisions_view", page.pk, revision.pk)), "ร่างลับของบี")
    assert_denied(as_a.post(url("wagtailadmin_pages:preview_on_edit", page.pk), {"title": "x"}))
    assert_denied(as_a.get(url("wagtailadmin_pages:preview_on_edit", page.pk)), "ร่างลับของบี")


def test_a_cannot_change_delete_move_unpublish_or_lock_bs_page(as_a, maker_b):
    page = maker_b.page
    before = page.get_latest_revision().pk
    as_a.post(url("wagtailadmin_pages:edit", page.pk), {"title": "ถูกแก้โดยเอ", "action-publish": "1"})
    as_a.post(url("wagtailadmin_pages:edit", page.pk), {"title": "ถูกแก้โดยเอ", "action-submit": "1"})
    as_a.post(url("wagtailadmin_pages:delete", page.pk))
    as_a.post(url("wagtailadmin_pages:unpublish", page.pk))
    as_a.post(url("wagtailadmin_pages:lock", page.pk))
    as_a.post(url("wagtailadmin_pages:move_confirm", page.pk, maker_b.page.get_parent().pk))
    page.refresh_from_db()
    assert page.live and page.title == "กลุ่มจักสานบ้านบี" and page.locked is False
    assert page.get_latest_revision().pk == before
    assert not page.workflow_in_progress


def test_a_sees_only_their_own_storefront_in_explorer_search_and_page_chooser(as_a, maker_a, maker_b):
    index = maker_a.page.get_parent()
    explorer = as_a.get(url("wagtailadmin_explore", index.pk), follow=True)
    assert explorer.status_code == 200
    assert maker_a.page.title in explorer.content.decode()
    assert maker_b.page.title not in explorer.content.decode()
    search = as_a.get(url("wagtailadmin_pages:search"), {"q": "บ้านบี"})
    assert maker_b.page.title not in search.content.decode()
    api = as_a.get("/cms/api/main/pages/", {"child_of": index.pk})
    assert maker_b.page.title not in api.content.decode()


def test_the_page_chooser_hides_other_producers_drafts(as_a, maker_b):
    from cms.producers.services import storefront_page_ensure
    from tests.factories import ProducerFactory

    draft, _created = storefront_page_ensure(ProducerFactory(name_th="ผู้ผลิตร่างลับ"))
    chooser = as_a.get(url("wagtailadmin_choose_page_child", draft.get_parent().pk)).json()["html"]
    assert "ผู้ผลิตร่างลับ" not in chooser


# --- Images -----------------------------------------------------------------------


def test_a_sees_and_chooses_only_their_own_images(as_a, maker_a, maker_b):
    listing = as_a.get(url("wagtailimages:index")).content.decode()
    assert maker_a.image.title in listing and maker_b.image.title not in listing
    chooser = as_a.get(url("wagtailimages_chooser:choose")).json()["html"]
    assert maker_a.image.title in chooser and maker_b.image.title not in chooser


@pytest.mark.parametrize("view", ["wagtailimages:edit", "wagtailimages:delete", "wagtailimages:image_usage"])
def test_a_cannot_open_bs_image(as_a, maker_b, view):
    assert_denied(as_a.get(url(view, maker_b.image.pk)), maker_b.image.description)


def test_a_cannot_preview_choose_change_or_delete_bs_image(as_a, maker_b):
    image = maker_b.image
    assert_denied(as_a.get(url("wagtailimages:preview", image.pk, "original")))
    chosen = as_a.get(url("wagtailimages_chooser:chosen", image.pk))
    assert chosen.status_code in DENIED
    as_a.post(url("wagtailimages:edit", image.pk), {"title": "ถูกแก้", "description": "ถูกแก้",
                                                    "collection": producer_collection(maker_b.producer).pk})
    as_a.post(url("wagtailimages:delete", image.pk))
    image.refresh_from_db()
    assert image.title == "Ban B Basketry banner"


def test_a_cannot_upload_into_bs_collection(as_a, maker_b):
    as_a.post(url("wagtailimages:add"), {
        "title": "แทรก", "description": "แทรก", "collection": producer_collection(maker_b.producer).pk,
        "file": SimpleUploadedFile("x.jpg", image_bytes(), content_type="image/jpeg"),
    })
    # The collection field only offers A's own collection: the picture, if saved, lands there.
    assert not CustomImage.objects.filter(collection=producer_collection(maker_b.producer)).exclude(
        pk=maker_b.image.pk).exists()


def test_a_uploads_into_their_own_collection(as_a, maker_a):
    response = as_a.post(url("wagtailimages:add"), {
        "title": "กี่ทอผ้า", "description": "กี่ทอผ้าไม้", "collection": producer_collection(maker_a.producer).pk,
        "file": SimpleUploadedFile("loom.jpg", image_bytes(), content_type="image/jpeg"),
    })
    assert response.status_code == 302
    assert CustomImage.objects.get(title="กี่ทอผ้า").collection == producer_collection(maker_a.producer)


# --- Choosers ---------------------------------------------------------------------


def modal_html(response) -> str:
    return response.json()["html"]


def test_product_and_producer_choosers_show_a_only_their_own(as_a, maker_a, maker_b):
    products = modal_html(as_a.get(url("product_chooser:choose")))
    assert maker_a.product.title in products and maker_a.hidden_product.title in products
    assert maker_b.product.title not in products and maker_b.hidden_product.title not in products
    assert as_a.get(url("product_chooser:chosen", maker_b.hidden_product.pk)).status_code == 404
    producers = modal_html(as_a.get(url("producer_chooser:choose")))
    assert maker_a.producer.name_th in producers and maker_b.producer.name_th not in producers
    assert as_a.get(url("producer_chooser:chosen", maker_b.producer.pk)).status_code == 404


def test_cdd_editors_choose_from_everything(client, editor, maker_a, maker_b):
    client.force_login(editor)
    products = modal_html(client.get(url("product_chooser:choose")))
    assert maker_a.product.title in products and maker_b.product.title in products
    assert client.get(url("product_chooser:chosen", maker_b.product.pk)).status_code == 200


# --- Products and stock (Oscar's dashboard) ------------------------------------------


def test_a_lists_and_opens_only_their_own_products(as_a, maker_a, maker_b):
    listing = as_a.get(url("dashboard:catalogue-product-list")).content.decode()
    assert maker_a.product.title in listing
    assert maker_b.product.title not in listing and maker_b.hidden_product.title not in listing
    assert as_a.get(url("dashboard:catalogue-product", pk=maker_a.product.pk)).status_code == 200
    for product in (maker_b.product, maker_b.hidden_product):
        assert_denied(as_a.get(url("dashboard:catalogue-product", pk=product.pk)), product.title)
        assert_denied(as_a.get(url("dashboard:catalogue-product-delete", pk=product.pk)), product.title)


def test_a_cannot_change_or_delete_bs_products(as_a, maker_b):
    product = maker_b.product
    as_a.post(url("dashboard:catalogue-product", pk=product.pk), {"title": "ถูกแก้", "upc": product.upc})
    as_a.post(url("dashboard:catalogue-product-delete", pk=product.pk))
    product.refresh_from_db()
    assert product.title == "กลุ่มจักสานบ้านบี สินค้า"


def test_a_can_only_put_stock_under_their_own_partner(maker_a, maker_b):
    StockRecordFormSet = get_class("dashboard.catalogue.formsets", "StockRecordFormSet")
    formset = StockRecordFormSet(maker_a.product.get_product_class(), maker_a.user, instance=maker_a.product)
    partners = set(formset.forms[0].fields["partner"].queryset)
    assert partners == {maker_a.producer.partner}


def test_a_does_not_see_bs_stock_alerts(as_a, maker_b):
    stockrecord = maker_b.product.stockrecords.get()
    stockrecord.low_stock_threshold, stockrecord.num_in_stock = 20, 2
    stockrecord.save()
    alerts = as_a.get(url("dashboard:stock-alert-list"))
    assert maker_b.product.title not in alerts.content.decode()


# --- Certifications -----------------------------------------------------------------


def test_a_cannot_see_or_submit_for_bs_certifications(as_a, maker_a, maker_b):
    theirs = maker_b.certification
    assert_denied(as_a.get(url("certification-dashboard:detail", pk=theirs.pk)), theirs.certificate_no)
    assert_denied(as_a.get(url("certification-dashboard:document", pk=theirs.pk)))
    mine = as_a.get(url("certification-dashboard:mine")).content.decode()
    assert maker_a.certification.certificate_no in mine and theirs.certificate_no not in mine
    assert as_a.get(url("certification-dashboard:submit"), {"product": maker_b.product.pk}).status_code == 404
    before = Certification.objects.filter(product=maker_b.product).count()
    as_a.post(url("certification-dashboard:submit"), {
        "product": maker_b.product.pk, "stars": 5, "certificate_no": "FAKE-1", "selection_year": 2024,
        "expires_on": "2030-01-01",
    })
    assert Certification.objects.filter(product=maker_b.product).count() == before
    assert_denied(as_a.get(url("certification-dashboard:queue")))  # verification is for staff


# --- Orders and order lines ----------------------------------------------------------

restricted_orders = pytest.mark.skipif(
    "shop.dashboard.orders.apps.OrdersDashboardConfig" not in settings.INSTALLED_APPS,
    reason="needs the restricted order dashboard (shop/dashboard/orders, checkout issue)",
)


@pytest.fixture
def orders(maker_a, maker_b):
    return {
        "a": make_order("100001", [(maker_a.producer, maker_a.product)]),
        "b": make_order("100002", [(maker_b.producer, maker_b.product)]),
        "ab": make_order("100003", [(maker_a.producer, maker_a.product), (maker_b.producer, maker_b.product)]),
    }


def test_a_does_not_list_or_open_bs_orders(as_a, orders):
    listing = as_a.get(url("dashboard:order-list")).content.decode()
    assert "100001" in listing and "100003" in listing and "100002" not in listing
    b_order = orders["b"]
    assert_denied(as_a.get(url("dashboard:order-detail", number=b_order.number)), b_order.guest_email)
    line = b_order.lines.get()
    assert_denied(as_a.get(url("dashboard:order-line-detail", number=b_order.number, line_id=line.pk)))
    assert_denied(as_a.get(url("dashboard:order-shipping-address", number=b_order.number)))


def test_a_cannot_act_on_bs_orders(as_a, orders):
    b_order = orders["b"]
    for data in ({"order_action": "change_order_status", "new_status": "Refunded"},
                 {"order_action": "save_note", "message": "ถูกแก้"},
                 {"line_action": "change_line_statuses", "selected_line": [b_order.lines.get().pk]}):
        assert as_a.post(url("dashboard:order-detail", number=b_order.number), data).status_code in DENIED
    b_order.refresh_from_db()
    assert b_order.status == "Paid" and not b_order.notes.exists()


@restricted_orders
def test_in_a_shared_order_a_sees_only_their_own_lines(as_a, maker_a, maker_b, orders):
    shared = orders["ab"]
    detail = as_a.get(url("dashboard:order-detail", number=shared.number))
    assert detail.status_code == 200
    html = detail.content.decode()
    assert maker_b.product.title not in html and maker_b.product.upc not in html
    b_line = shared.lines.get(partner=maker_b.producer.partner)
    assert_denied(as_a.get(url("dashboard:order-line-detail", number=shared.number, line_id=b_line.pk)),
                  maker_b.product.title)
    a_line = shared.lines.get(partner=maker_a.producer.partner)
    assert as_a.get(url("dashboard:order-line-detail", number=shared.number, line_id=a_line.pk)).status_code == 200


def test_the_page_choosers_search_answers_a_producer_without_other_producers_drafts(as_a, maker_a):
    from cms.producers.services import storefront_page_ensure
    from tests.factories import ProducerFactory

    storefront_page_ensure(ProducerFactory(name_th="ผู้ผลิตร่างลับ"))
    for q in ("x", "ผู้ผลิต", maker_a.page.title):
        response = as_a.get(url("wagtailadmin_choose_page_search"), {"q": q})
        assert response.status_code == 200, q
        assert "ผู้ผลิตร่างลับ" not in response.content.decode()
