"""Demo Wagtail content: a storefront for every demo producer, stories and tourism villages.

Idempotent and quick to repeat: a page that exists (by producer, or by slug
under its index) is left alone, and pictures are drawn only for new pages.
"""

import datetime
import io
from dataclasses import dataclass
from decimal import Decimal

from django.core.files.images import ImageFile
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape

from cms.media.models import CustomImage
from cms.producers.models import ProducerPage
from cms.producers.services import storefront_page_ensure, text_to_paragraphs
from cms.stories.models import StoryIndexPage, StoryPage, StoryPageProducer, StoryPageProduct
from cms.villages.models import (
    TourismVillagePage,
    VillageEvent,
    VillageIndexPage,
    VillageProducer,
    VillageProduct,
)
from cms.roles.models import SiteCollection
from cms.roles.services import editorial_collection, producer_collection
from marketplace.geography.models import Province
from shop.catalogue.models import Product

from . import content, images
from .content import STORIES, VILLAGES


@dataclass
class PagesReport:
    storefronts: int = 0
    stories: int = 0
    villages: int = 0

    @property
    def created(self) -> int:
        return self.storefronts + self.stories + self.villages


def _picture(key: str, colours: tuple[str, str], title: str, alt_th: str, alt_en: str, collection) -> CustomImage:
    """A drawn 1200×675 picture stored as a Wagtail image (once per title and collection)."""
    existing = CustomImage.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    data = images.producer_image(key, colours)
    image = CustomImage(title=title, description=alt_th, description_en=alt_en, collection=collection)
    image.file = ImageFile(io.BytesIO(data), name=f"{key.replace(':', '-')}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image


def _colours_by_producer() -> dict[str, tuple[str, str]]:
    colours: dict[str, tuple[str, str]] = {}
    for record in content.PRODUCTS:
        colours.setdefault(record.producer_key, record.colours)
    return colours


def storefronts_ensure(producers_by_key: dict, report: PagesReport) -> None:
    have = set(ProducerPage.objects.filter(producer__in=producers_by_key.values()).values_list("producer_id", flat=True))
    colours = _colours_by_producer()
    places = {key: village for village in VILLAGES for key in village.producer_keys}
    for key, producer in producers_by_key.items():
        if producer.pk in have:
            continue
        banner = _picture(
            f"producer:{key}", colours.get(key, ("#243172", "#f4a81d")),
            f"{producer.name_th} – ภาพแบนเนอร์",  # in Thai: the CMS shows it in the Thai storefront form
            f"ภาพวาดหมู่บ้านของ{producer.name_th}: บ้านใต้ถุนสูง ทุ่งนา และต้นตาล",
            f"Drawing of the village of {producer.name_en or producer.name_th}: stilt houses, rice fields and sugar palms",
            producer_collection(producer),
        )
        extra = {}
        village = places.get(key)
        if village is not None:
            extra = {
                "latitude": Decimal(village.latitude), "longitude": Decimal(village.longitude),
                "visiting_hours": "เปิดให้เยี่ยมชมทุกวัน 08:30–17:00 น.",
                "visiting_hours_en": "Open to visitors daily, 8.30 am to 5 pm",
            }
        storefront_page_ensure(producer, publish=True, banner=banner, **extra)
        report.storefronts += 1


def _index(model):
    index = model.objects.first()
    if index is None:
        raise RuntimeError(f"{model.__name__} is missing: run migrate")
    return index


def stories_ensure(producers_by_key: dict, report: PagesReport) -> list[StoryPage]:
    index = _index(StoryIndexPage)
    existing = {page.slug: page for page in StoryPage.objects.child_of(index)}
    provinces = {p.code: p for p in Province.objects.all()}
    collection = editorial_collection()
    today = timezone.localdate()
    result = []
    for record in STORIES:
        if record.slug in existing:
            result.append(existing[record.slug])
            continue
        products = {p.upc: p for p in Product.objects.filter(upc__in=record.product_upcs)}
        page = StoryPage(
            title=record.title_th, title_en=record.title_en, slug=record.slug,
            date=today - datetime.timedelta(days=record.days_ago),
            intro=record.intro_th, intro_en=record.intro_en,
            body=_paragraphs(record.body_th), body_en=_paragraphs(record.body_en),
            province=provinces.get(record.province_code),
            hero_image=_picture(f"story:{record.slug}", record.colours, record.title_th,
                                record.image_alt_th, record.image_alt_en, collection),
            related_producers=[StoryPageProducer(producer=producers_by_key[key]) for key in record.producer_keys
                               if key in producers_by_key],
            related_products=[StoryPageProduct(product=products[upc]) for upc in record.product_upcs
                              if upc in products],
            live=False,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        report.stories += 1
        result.append(page)
    return result


def villages_ensure(producers_by_key: dict, report: PagesReport) -> list[TourismVillagePage]:
    index = _index(VillageIndexPage)
    existing = {page.slug: page for page in TourismVillagePage.objects.child_of(index)}
    provinces = {p.code: p for p in Province.objects.all()}
    collection = editorial_collection()
    result = []
    for record in VILLAGES:
        if record.slug in existing:
            result.append(existing[record.slug])
            continue
        products = {p.upc: p for p in Product.objects.filter(upc__in=record.product_upcs)}
        producers = [producers_by_key[key] for key in record.producer_keys if key in producers_by_key]
        page = TourismVillagePage(
            title=record.title_th, title_en=record.title_en, slug=record.slug,
            intro=record.intro_th, intro_en=record.intro_en,
            see_and_do=_list(record.see_and_do_th), see_and_do_en=_list(record.see_and_do_en),
            getting_there=_paragraphs((record.getting_there_th,)),
            getting_there_en=_paragraphs((record.getting_there_en,)),
            best_time=record.best_time_th, best_time_en=record.best_time_en,
            province=provinces[record.province_code],
            district_th=record.district_th, district_en=record.district_en,
            subdistrict_th=record.subdistrict_th, subdistrict_en=record.subdistrict_en,
            address_th=record.address_th, address_en=record.address_en,
            latitude=Decimal(record.latitude), longitude=Decimal(record.longitude),
            contact_name=record.contact_th, contact_name_en=record.contact_en,
            contact_phone=producers[0].phone if producers else "",
            hero_image=_picture(f"village:{record.slug}", record.colours, record.title_th,
                                record.image_alt_th, record.image_alt_en, collection),
            events=[VillageEvent(name=e.name_th, name_en=e.name_en, when=e.when_th, when_en=e.when_en,
                                 description=e.description_th, description_en=e.description_en)
                    for e in record.events],
            village_producers=[VillageProducer(producer=producer) for producer in producers],
            village_products=[VillageProduct(product=products[upc]) for upc in record.product_upcs
                              if upc in products],
            live=False,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        report.villages += 1
        result.append(page)
    return result


def _paragraphs(paragraphs) -> str:
    return "".join(text_to_paragraphs(p) for p in paragraphs)


def _list(items) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def home_features_ensure(stories: list, villages: list) -> None:
    """The home page's featured stories and villages, picked once (editors may change them)."""
    from cms.home.models import HomePage, HomePageFeaturedStory, HomePageFeaturedVillage

    home = HomePage.objects.first()
    if home is None or home.featured_stories.exists() or home.featured_villages.exists():
        return
    home = home.get_latest_revision_as_object()
    home.featured_stories = [HomePageFeaturedStory(story=story) for story in stories[:3]]
    home.featured_villages = [HomePageFeaturedVillage(village=village) for village in villages[:3]]
    home.save_revision().publish()


def demo_pages_ensure(producers_by_key: dict) -> PagesReport:
    report = PagesReport()
    storefronts_ensure(producers_by_key, report)
    stories = stories_ensure(producers_by_key, report)
    villages = villages_ensure(producers_by_key, report)
    home_features_ensure(stories, villages)
    return report


def demo_pages_remove() -> None:
    """Delete the demo's storefronts, stories, villages and their pictures (tests clean up with it).

    Storefront pages protect their producer, so they go before the producers do.
    """
    producer_slugs = [record.key for record in content.PRODUCERS]
    pages = [
        *ProducerPage.objects.filter(producer__slug__in=producer_slugs),
        *StoryPage.objects.filter(slug__in=[record.slug for record in STORIES]),
        *TourismVillagePage.objects.filter(slug__in=[record.slug for record in VILLAGES]),
    ]
    for page in pages:
        page.delete()
    CustomImage.objects.filter(Q(collection__site_part__key=SiteCollection.EDITORIAL)
                               | Q(collection__site_part__producer__slug__in=producer_slugs)).delete()
