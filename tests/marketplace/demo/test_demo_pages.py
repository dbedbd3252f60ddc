"""seed_demo's Wagtail content: a storefront per demo producer, stories and villages, Thai and English."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, PagePermissionTester

from cms.media.models import CustomImage
from cms.producers.models import ProducerPage
from cms.roles.services import producer_collection
from cms.stories.models import StoryPage
from cms.villages.models import TourismVillagePage
from marketplace.producers.models import Producer

pytestmark = [pytest.mark.django_db, pytest.mark.slow, pytest.mark.usefixtures("thai_first")]


def test_every_demo_producer_has_a_live_bilingual_storefront_with_a_banner(seeded):
    producers = Producer.objects.all()
    pages = ProducerPage.objects.live()
    assert pages.count() == producers.count() >= 40
    assert not pages.filter(title_en="").exists()
    assert not pages.filter(story_en="").exists()
    assert not pages.filter(banner=None).exists()
    for page in pages.select_related("banner__collection", "producer"):
        assert page.banner.collection == producer_collection(page.producer)
        assert page.banner.collection.name == page.producer.name_th
        assert page.banner.description and page.banner.description_en
        assert page.banner.title == f"{page.producer.name_th} – ภาพแบนเนอร์"  # no English in the Thai CMS form


def test_at_least_eight_stories_and_three_villages_in_thai_and_english(seeded):
    stories = StoryPage.objects.live()
    villages = TourismVillagePage.objects.live()
    assert stories.count() >= 8 and villages.count() >= 3
    for story in stories:
        assert story.title_en and story.intro_en and story.body_en.count("<p>") >= 3
        assert story.body.count("<p>") >= 3
        assert story.related_producers.exists() and story.related_products.exists()
    for village in villages:
        assert village.title_en and village.see_and_do_en and village.getting_there_en
        assert village.latitude and village.longitude and village.events.exists()
        assert village.village_producers.exists()


def test_demo_pages_render(seeded, client):
    for page in [*StoryPage.objects.live()[:2], *TourismVillagePage.objects.live()[:2],
                 *ProducerPage.objects.live()[:2]]:
        with translation.override("th"):
            url = page.url
        assert client.get(url).status_code == 200
        assert client.get("/en" + url).status_code == 200
    home = client.get("/")
    assert len(home.context["featured_stories"]) == 3 and len(home.context["featured_villages"]) == 3


def test_demo_producer_logins_edit_their_own_storefront(seeded):
    user = get_user_model().objects.get(email="producer@otop.example")
    own = ProducerPage.objects.get(producer__partner__users=user)
    assert own.producer.slug == "textile-surin-khwao-mudmee"
    assert PagePermissionTester(user, own).can_edit()
    assert not PagePermissionTester(user, own).can_publish()
    other = ProducerPage.objects.exclude(pk=own.pk).first()
    assert not PagePermissionTester(user, other).can_edit()


def test_seeding_again_creates_no_pages_or_images(seeded):
    before = (Page.objects.count(), CustomImage.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (Page.objects.count(), CustomImage.objects.count()) == before
