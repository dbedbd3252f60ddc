"""CDD editors write stories and village pages in the Wagtail admin, with product and producer choosers."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.producers.models import ProducerPage
from cms.stories.models import StoryIndexPage, StoryPage
from cms.villages.models import TourismVillagePage, VillageIndexPage

pytestmark = pytest.mark.django_db


def add_url(model, parent) -> str:
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def test_editor_writes_and_publishes_a_story_with_product_and_producer_cards(client, editor, maker_a):
    index = StoryIndexPage.objects.get()
    client.force_login(editor)
    form = client.get(add_url(StoryPage, index))
    assert form.status_code == 200
    html = form.content.decode()
    assert "/cms/choose-product/" in html and "/cms/choose-producer/" in html
    response = client.post(add_url(StoryPage, index), story_form(
        maker_a, title="ผ้าไหมบ้านเอ", title_en="Ban A silk", slug="ban-a-silk", body=rich_text("<p>เนื้อหา</p>"),
        body_en=rich_text("<p>Body</p>"), **{"action-publish": "publish"},
    ))
    assert response.status_code == 302, response.context["form"].errors
    story = StoryPage.objects.get(slug="ban-a-silk")
    assert story.live
    assert [link.product for link in story.related_products.all()] == [maker_a.product]
    client.logout()
    page = client.get("/stories/ban-a-silk/")
    assert page.context["products"] == [maker_a.product] and page.context["producers"] == [maker_a.producer]


def test_editor_opens_the_village_form_and_a_producer_cannot(client, editor, maker_a):
    index = VillageIndexPage.objects.get()
    client.force_login(editor)
    assert client.get(add_url(TourismVillagePage, index)).status_code == 200
    client.force_login(maker_a.user)
    assert client.get(add_url(TourismVillagePage, index)).status_code in (302, 403)
    assert client.get(add_url(StoryPage, StoryIndexPage.objects.get())).status_code in (302, 403)


def test_producers_form_has_no_producer_or_slug_field_but_editors_have_the_producer(client, editor, maker_a):
    edit = reverse("wagtailadmin_pages:edit", args=[maker_a.page.pk])
    client.force_login(maker_a.user)
    fields = client.get(edit).context["form"].fields
    assert "producer" not in fields and "slug" not in fields and "tagline" in fields
    client.force_login(editor)
    assert "producer" in client.get(edit).context["form"].fields


def test_editor_creates_a_storefront_for_a_producer_in_the_admin(client, editor, maker_a):
    from tests.factories import ProducerFactory

    producer = ProducerFactory(slug="new-maker")
    client.force_login(editor)
    index = maker_a.page.get_parent()
    response = client.post(add_url(ProducerPage, index), nested_form_data({
        "producer": producer.pk, "title": producer.name_th, "tagline": "", "banner": "",
        "story": rich_text("<p>เรื่องของเรา</p>"), "craft": rich_text(""), "people": inline_formset([]),
        "gallery": inline_formset([]), "video_url": "", "address_th": "", "latitude": "", "longitude": "",
        "visiting_hours": "", "title_en": "", "tagline_en": "", "story_en": rich_text(""), "craft_en": rich_text(""),
        "address_en": "", "visiting_hours_en": "", "seo_title": "", "seo_title_en": "", "search_description": "",
        "search_description_en": "", "comments": inline_formset([]), "action-publish": "publish",
    }))
    assert response.status_code == 302, response.context["form"].errors
    page = ProducerPage.objects.get(producer=producer)
    assert page.slug == "new-maker" and page.live


def story_form(maker, **changes) -> dict:
    fields = {
        "title": "ตัวอย่างก่อนเผยแพร่", "title_en": "Preview story", "slug": "preview-story", "date": "2026-11-01",
        "author": "", "province": maker.producer.province_id, "hero_image": maker.image.pk,
        "intro": "บทนำ", "intro_en": "Lead", "body": rich_text("<p>เนื้อหาตัวอย่าง</p>"), "body_en": rich_text(""),
        "related_producers": inline_formset([{"producer": maker.producer.pk}]),
        "related_products": inline_formset([{"product": maker.product.pk}]),
        "seo_title": "", "seo_title_en": "", "search_description": "", "search_description_en": "",
        "comments": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def test_editor_previews_a_new_story_before_it_exists(client, editor, maker_a):
    client.force_login(editor)
    preview = reverse("wagtailadmin_pages:preview_on_add",
                      args=["stories", "storypage", StoryIndexPage.objects.get().pk])
    assert client.post(preview, story_form(maker_a)).json()["is_valid"]
    response = client.get(preview)
    assert response.status_code == 200
    assert "เนื้อหาตัวอย่าง" in response.content.decode()
    assert not StoryPage.objects.filter(slug="preview-story").exists()


def test_producer_previews_their_own_draft(client, maker_a):
    client.force_login(maker_a.user)
    from tests.cms.helpers import edit_data

    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[maker_a.page.pk])
    assert client.post(preview, edit_data(maker_a.page, tagline="ร่างที่ดูก่อน")).json()["is_valid"]
    response = client.get(preview)
    assert response.status_code == 200 and "ร่างที่ดูก่อน" in response.content.decode()
    client.logout()
    assert "ร่างที่ดูก่อน" not in client.get("/producers/maker-a/").content.decode()


def test_the_choosers_search_box_finds_by_barcode_producer_and_province(client, editor, maker_a, maker_b):
    client.force_login(editor)
    products = client.get(reverse("product_chooser:choose_results"), {"q": maker_a.product.upc}).content.decode()
    assert maker_a.product.title in products and maker_b.product.title not in products
    producers = client.get(reverse("producer_chooser:choose_results"),
                           {"q": maker_b.producer.name_en}).content.decode()
    assert maker_b.producer.name_th in producers and maker_a.producer.name_th not in producers


def test_publishing_while_the_first_autosave_is_in_flight_publishes_the_autosaved_draft(client, editor, maker_a):
    """#12 item 19: Wagtail's first autosave creates the page; a Publish sent before the editor switched
    to that page's edit view went to the create view again ("slug already in use", a stray draft)."""
    index = StoryIndexPage.objects.get()
    client.force_login(editor)
    autosave = client.post(add_url(StoryPage, index), story_form(maker_a, **{"action-save": "save"}),
                           HTTP_ACCEPT="application/json")
    assert autosave.status_code == 200 and autosave.json()["success"]

    response = client.post(add_url(StoryPage, index), story_form(maker_a, **{"action-publish": "publish"}))

    assert response.status_code == 302, response.context and response.context["form"].errors
    [story] = StoryPage.objects.filter(slug="preview-story")
    assert story.live and not story.has_unpublished_changes
    assert [link.product for link in story.related_products.all()] == [maker_a.product]


def test_publishing_a_thai_title_while_its_first_autosave_is_in_flight_makes_one_page(client, editor, maker_a):
    """The editor's script writes the slug without Thai marks ("ผาไหม"); the autosaved draft got the whole
    words ("ผ้าไหม"). The Publish must still find that draft, not add a second page beside it."""
    index = StoryIndexPage.objects.get()
    client.force_login(editor)
    typed = {"title": "ผ้าไหมลายโคม จากกี่สู่ตลาด", "slug": "ผาไหมลายโคม-จากกสตลาด"}
    autosave = client.post(add_url(StoryPage, index), story_form(maker_a, **typed, **{"action-save": "save"}),
                           HTTP_ACCEPT="application/json")
    assert autosave.status_code == 200 and autosave.json()["success"]

    response = client.post(add_url(StoryPage, index), story_form(maker_a, **typed, **{"action-publish": "publish"}))

    assert response.status_code == 302, response.context and response.context["form"].errors
    [story] = StoryPage.objects.filter(title=typed["title"])
    assert story.live and story.slug == "ผ้าไหมลายโคม-จากกี่สู่ตลาด"


def test_an_autosave_arriving_after_the_publish_adds_no_second_page(client, editor, maker_a):
    """Wagtail's script may still send its autosave to the create view as the Publish leaves the page."""
    index = StoryIndexPage.objects.get()
    client.force_login(editor)
    typed = {"title": "ผ้าไหมลายโคม จากกี่สู่ตลาด", "slug": "ผาไหมลายโคม-จากกสตลาด"}
    published = client.post(add_url(StoryPage, index), story_form(maker_a, **typed, **{"action-publish": "publish"}))
    assert published.status_code == 302

    late_autosave = client.post(add_url(StoryPage, index), story_form(maker_a, **typed, **{"action-save": "save"}),
                                HTTP_ACCEPT="application/json")

    assert late_autosave.status_code == 400 and not late_autosave.json()["success"]
    [story] = StoryPage.objects.filter(title=typed["title"])
    assert story.live and story.slug == "ผ้าไหมลายโคม-จากกี่สู่ตลาด"


def test_a_draft_that_was_worked_on_is_never_replaced_by_a_new_page(client, editor, maker_a):
    index = StoryIndexPage.objects.get()
    client.force_login(editor)
    client.post(add_url(StoryPage, index), story_form(maker_a, **{"action-save": "save"}),
                HTTP_ACCEPT="application/json")
    draft = StoryPage.objects.get(slug="preview-story")
    draft.save_revision(user=editor)  # edited since: not the autosave race

    response = client.post(add_url(StoryPage, index), story_form(maker_a, **{"action-publish": "publish"}))

    assert response.status_code == 200 and "slug" in response.context["form"].errors
    assert StoryPage.objects.filter(slug="preview-story").get() == draft


def test_the_admin_loads_the_thai_web_font_after_wagtails_own_css(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    fonts = html.find("css/fonts.css")
    assert fonts > html.find("wagtailadmin/css/core.css") > 0
    assert html.find("cms/css/admin.css") > fonts


def test_the_admin_font_stack_draws_thai_in_sarabun_and_keeps_wagtails_fonts_for_latin():
    from django.contrib.staticfiles import finders

    css = open(finders.find("cms/css/admin.css"), encoding="utf-8").read()
    stack = css.split("--w-font-sans:", 1)[1].split(";", 1)[0]
    families = [family.strip().strip('"') for family in stack.split(",")]
    assert families[:8] == ["Sarabun Thai", "-apple-system", "BlinkMacSystemFont", "Segoe UI", "system-ui", "Roboto",
                            "Helvetica Neue", "Arial"]
    fonts_css = open(finders.find("css/fonts.css"), encoding="utf-8").read()
    thai_faces = [face for face in fonts_css.split("@font-face")[1:] if '"Sarabun Thai"' in face]
    assert len(thai_faces) == 3
    for face in thai_faces:  # Thai only: Latin text keeps Wagtail's fonts
        unicode_range = face.split("unicode-range:", 1)[1].split(";", 1)[0]
        assert "sarabun-thai-" in face and "U+0E01-0E5B" in unicode_range and "U+0000-00FF" not in unicode_range
