"""The content pages render in Thai and English, show only what may be sold, and link buy ↔ visit."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cms.home.models import HomePage
from cms.producers.models import ProducerIndexPage, ProducerPage
from marketplace.geography.models import Province
from tests.factories import ProducerFactory, eligible_product

from .helpers import add_story, add_village, make_image

pytestmark = pytest.mark.django_db


def get(client, url, language="th"):
    with translation.override(language):
        return client.get(url, HTTP_ACCEPT_LANGUAGE=language)


def en(url: str) -> str:
    return "/en" + url


# --- Storefront -------------------------------------------------------------------


def test_storefront_lives_at_producers_slug_in_both_languages(client, maker_a):
    page = maker_a.page
    assert maker_a.producer.get_absolute_url() == "/producers/maker-a/" == page.url
    with translation.override("en"):
        assert maker_a.producer.get_absolute_url() == "/en/producers/maker-a/"
    thai = client.get("/producers/maker-a/")
    english = client.get("/en/producers/maker-a/")
    assert thai.status_code == english.status_code == 200
    assert "กลุ่มทอผ้าบ้านเอ" in thai.content.decode() and 'lang="th"' in thai.content.decode()
    assert "Ban A Weavers" in english.content.decode() and 'lang="en"' in english.content.decode()
    assert "Tagline of Ban A Weavers" in english.content.decode()


def test_storefront_shows_live_eligible_products_and_their_certifications_only(client, maker_a):
    response = client.get("/producers/maker-a/")
    assert list(response.context["products"]) == [maker_a.product]
    html = response.content.decode()
    assert maker_a.product.title in html
    assert maker_a.hidden_product.title not in html
    assert maker_a.certification.certificate_no in html
    # Live from the catalogue, not copied: a lapsed certificate takes the product off at once.
    maker_a.certification.expires_on = timezone.localdate() - datetime.timedelta(days=1)
    maker_a.certification.save()
    assert client.get("/producers/maker-a/").context["products"] == []


def test_storefront_shows_people_photos_video_and_location(client, maker_a):
    from cms.producers.models import ProducerPageImage, ProducerPagePerson

    page = maker_a.page
    page.people = [ProducerPagePerson(name="แม่บุญมี", name_en="Mae Boonmee", role="ประธานกลุ่ม", role_en="Chair")]
    page.gallery = [ProducerPageImage(image=make_image(title="Loom"), caption="กี่ทอผ้า", caption_en="The loom")]
    page.video_url = "https://www.youtube.com/watch?v=example"
    page.latitude, page.longitude = "14.900000", "103.500000"
    page.save_revision().publish()
    html = client.get("/en/producers/maker-a/").content.decode()
    assert "Mae Boonmee" in html and "Chair" in html
    assert "The loom" in html
    assert "https://www.youtube.com/watch?v=example" in html
    assert "Khwao Sinarin" in html  # the tambon from the register
    assert "https://www.openstreetmap.org/?mlat=14.90000&amp;mlon=103.50000" in html


def test_producer_without_a_storefront_page_is_served_from_the_register(client, roles):
    product = eligible_product()
    producer = product.producer
    assert not ProducerPage.objects.filter(producer=producer).exists()
    response = client.get(producer.get_absolute_url())
    assert response.status_code == 200
    assert response.context["storefront"] is None
    assert list(response.context["products"]) == [product]
    assert producer.name_th in response.content.decode()


def test_draft_storefront_is_not_public_but_the_register_still_answers(client, roles):
    from cms.producers.services import storefront_page_ensure

    producer = ProducerFactory()
    page, _created = storefront_page_ensure(producer)  # a draft
    page.tagline = "ข้อความร่างที่ยังไม่เผยแพร่"
    page.save_revision()
    response = client.get(producer.get_absolute_url())
    assert response.status_code == 200
    assert response.context["storefront"] is None
    assert "ข้อความร่างที่ยังไม่เผยแพร่" not in response.content.decode()


def test_inactive_producer_has_no_storefront(client, maker_a):
    maker_a.producer.is_active = False
    maker_a.producer.save()
    assert client.get("/producers/maker-a/").status_code == 404
    assert client.get("/producers/no-such-producer/").status_code == 404


def test_storefront_slug_always_follows_the_producer(maker_a):
    page = maker_a.page
    page.slug = "something-else"
    page.save()
    page.refresh_from_db()
    assert page.slug == "maker-a"


# --- Indexes ---------------------------------------------------------------------


def test_producer_index_paginates_and_filters_by_province(client, roles):
    from cms.producers.services import storefront_page_ensure

    surin, chiang_mai = Province.objects.get(code="TH-32"), Province.objects.get(code="TH-50")
    for n in range(14):
        producer = ProducerFactory(province=surin if n < 10 else chiang_mai)
        storefront_page_ensure(producer, publish=True)
    index = ProducerIndexPage.objects.get()
    first = client.get(index.url)
    assert first.status_code == 200
    assert first.context["storefronts"].paginator.count == 14
    assert len(first.context["storefronts"]) == 12
    assert len(client.get(index.url, {"page": 2}).context["storefronts"]) == 2
    filtered = client.get(index.url, {"province": "TH-50"})
    assert filtered.context["storefronts"].paginator.count == 4
    assert [p.code for p in filtered.context["provinces"]] == ["TH-50", "TH-32"]  # Thai alphabetical
    assert client.get(index.url, {"province": "XX"}).context["province"] is None
    assert client.get(index.url, {"page": "99"}).status_code == 200


def test_story_and_village_indexes_paginate_and_filter_by_province(client, maker_a, maker_b):
    for n in range(10):
        add_story(maker_a if n % 2 else maker_b, slug=f"story-{n}", days_ago=n)
    add_village(maker_a)
    add_village(maker_b, slug="ban-b-village", title="หมู่บ้านบี", title_en="Ban B Village")
    stories = client.get("/stories/")
    assert stories.context["stories"].paginator.count == 10 and len(stories.context["stories"]) == 9
    assert stories.context["stories"][0].slug == "story-0"  # newest first
    assert client.get("/stories/", {"province": "TH-50"}).context["stories"].paginator.count == 5
    villages = client.get("/en/villages/", {"province": "TH-32"})
    assert [v.slug for v in villages.context["villages"]] == ["ban-a-village"]
    assert "Ban A Weaving Village" in villages.content.decode()


# --- Stories and villages ------------------------------------------------------------


def test_story_renders_producer_and_product_cards_in_both_languages(client, maker_a):
    story = add_story(maker_a)
    thai = client.get(story.url)
    assert thai.status_code == 200
    assert "เนื้อเรื่องภาษาไทย" in thai.content.decode()
    assert thai.context["producers"] == [maker_a.producer]
    assert thai.context["products"] == [maker_a.product]  # the uncertified one is left out
    assert "/producers/maker-a/" in thai.content.decode()
    english = client.get(en(story.url)).content.decode()
    assert "The English article." in english and "A silk story" in english
    assert "/en/producers/maker-a/" in english


def test_village_page_shows_map_without_network_seasons_contact_and_links(client, maker_a):
    village = add_village(maker_a)
    response = client.get(en(village.url))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<svg class="map-card__svg"' in html
    assert "15.0010° N, 103.5550° E" in html
    assert "https://www.openstreetmap.org/?mlat=15.00100&amp;mlon=103.55500" in html
    assert "Elephant Round-up" in html and "November to February" in html and "081-555-0000" in html
    assert response.context["producers"] == [maker_a.producer]
    assert response.context["products"] == [maker_a.product]
    # Nothing is loaded from elsewhere: no external scripts, styles, images or frames.
    for marker in ('src="http', "<iframe", 'href="https://fonts', "tile.openstreetmap"):
        assert marker not in html


def test_product_page_links_storefront_village_and_stories(client, maker_a):
    add_story(maker_a)
    add_village(maker_a)
    with translation.override("th"):
        product_url = maker_a.product.get_absolute_url()
    html = client.get(product_url).content.decode()
    assert "/producers/maker-a/" in html
    assert "/villages/ban-a-village/" in html
    assert "/stories/story-one/" in html


def test_storefront_links_its_village_and_stories(client, maker_a):
    add_story(maker_a)
    add_village(maker_a)
    html = client.get("/producers/maker-a/").content.decode()
    assert "/villages/ban-a-village/" in html
    assert "/stories/story-one/" in html


def test_home_page_features_stories_and_villages_and_regions(client, maker_a):
    add_story(maker_a)
    add_village(maker_a)
    response = client.get("/")
    assert [s.slug for s in response.context["featured_stories"]] == ["story-one"]
    assert [v.slug for v in response.context["featured_villages"]] == ["ban-a-village"]
    assert [r.key for r in response.context["regions"]] == ["northeast"]
    html = response.content.decode()
    assert "/stories/story-one/" in html and "/villages/ban-a-village/" in html
    assert "?region=northeast" in html


def test_home_page_featured_picks_come_first(client, maker_a):
    from cms.home.models import HomePageFeaturedStory

    add_story(maker_a, slug="newer")
    older = add_story(maker_a, slug="older", days_ago=30)
    home = HomePage.objects.get()
    home.featured_stories = [HomePageFeaturedStory(story=older)]
    home.save_revision().publish()
    assert [s.slug for s in client.get("/").context["featured_stories"]] == ["older"]


# --- Language switcher ---------------------------------------------------------------


@pytest.mark.parametrize("path", ["/producers/maker-a/", "/stories/story-one/", "/villages/ban-a-village/",
                                  "/producers/", "/stories/", "/villages/"])
def test_language_switcher_keeps_you_on_the_same_page(client, maker_a, path):
    add_story(maker_a)
    add_village(maker_a)
    response = client.post(reverse("set_language"), {"language": "en", "next": path})
    assert response.status_code == 302 and response["Location"] == "/en" + path
    assert client.get(response["Location"]).status_code == 200
    back = client.post(reverse("set_language"), {"language": "th", "next": "/en" + path})
    assert back["Location"] == path


def test_footer_links_to_producers_stories_and_villages(client, roles):
    html = client.get("/").content.decode()
    for url in ("/producers/", "/stories/", "/villages/"):
        assert f'href="{url}"' in html
