"""Builders for the CMS tests: pictures, producers with storefronts, stories and villages, the storefront edit form."""

import datetime
import io
from dataclasses import dataclass

from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.media.models import CustomImage
from cms.producers.models import ProducerPage
from cms.producers.services import storefront_page_ensure
from cms.roles.services import producer_collection, producer_grant_storefront
from cms.stories.models import StoryIndexPage, StoryPage, StoryPageProducer, StoryPageProduct
from cms.villages.models import TourismVillagePage, VillageEvent, VillageIndexPage, VillageProducer
from marketplace.certification.models import CertificationStatus
from marketplace.producers.models import Producer
from tests.factories import CertificationFactory, ProducerFactory, ProductFactory, UserFactory, eligible_product


def image_bytes(colour=(180, 90, 40), size=(1200, 675)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def make_image(collection=None, title="A picture", alt="ภาพทดสอบ", alt_en="A test picture", **kwargs) -> CustomImage:
    image = CustomImage(title=title, description=alt, description_en=alt_en,
                        collection=collection or Collection.get_first_root_node(), **kwargs)
    image.file = ImageFile(io.BytesIO(image_bytes()), name="test.jpg")
    image._set_image_file_metadata()
    image.save()
    return image


@dataclass
class Maker:
    producer: Producer
    user: object
    page: ProducerPage
    product: object  # eligible
    hidden_product: object  # uncertified: only its producer and staff may see it
    image: CustomImage
    certification: object


def make_maker(slug: str, name_th: str, name_en: str, province_code: str = "TH-32") -> Maker:
    from marketplace.geography.models import Province

    producer = ProducerFactory(slug=slug, name_th=name_th, name_en=name_en,
                               province=Province.objects.get(code=province_code))
    product = eligible_product(producer=producer, title=f"{name_th} สินค้า", title_en=f"{name_en} product")
    certification = product.certifications.get()
    hidden = ProductFactory(producer=producer, title=f"{name_th} สินค้าใหม่", title_en=f"{name_en} new product")
    CertificationFactory(product=hidden, status=CertificationStatus.PENDING)
    image = make_image(producer_collection(producer), title=f"{name_en} banner", alt=f"ภาพ {name_th}",
                       alt_en=f"Picture of {name_en}")
    page, _created = storefront_page_ensure(producer, publish=True, banner=image, tagline=f"คำโปรย {name_th}",
                                            tagline_en=f"Tagline of {name_en}")
    user = UserFactory(email=f"{slug}@example.th")
    producer_grant_storefront(producer, user)
    return Maker(producer, user, page, product, hidden, image, certification)


def add_story(maker, slug="story-one", days_ago=0, **kwargs) -> StoryPage:
    index = StoryIndexPage.objects.get()
    page = StoryPage(
        title=kwargs.pop("title", "เรื่องเล่าผ้าไหม"), title_en=kwargs.pop("title_en", "A silk story"), slug=slug,
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        intro="บทนำภาษาไทย", intro_en="English lead", body="<p>เนื้อเรื่องภาษาไทย</p>",
        body_en="<p>The English article.</p>", province=maker.producer.province if maker else None,
        related_producers=[StoryPageProducer(producer=maker.producer)] if maker else [],
        related_products=[StoryPageProduct(product=maker.product), StoryPageProduct(product=maker.hidden_product)]
        if maker else [],
        live=False, **kwargs,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_village(maker, slug="ban-a-village", **kwargs) -> TourismVillagePage:
    index = VillageIndexPage.objects.get()
    page = TourismVillagePage(
        title=kwargs.pop("title", "หมู่บ้านทอผ้าบ้านเอ"), title_en=kwargs.pop("title_en", "Ban A Weaving Village"),
        slug=slug, intro="หมู่บ้านทอผ้า", intro_en="A weaving village",
        see_and_do="<ul><li>ชมการทอผ้า</li></ul>", see_and_do_en="<ul><li>Watch the weavers</li></ul>",
        getting_there="<p>ขับรถจากตัวเมือง</p>", getting_there_en="<p>Drive from town.</p>",
        best_time="พฤศจิกายน–กุมภาพันธ์", best_time_en="November to February",
        province=maker.producer.province, district_th="เขวาสินรินทร์", district_en="Khwao Sinarin",
        subdistrict_th="เขวาสินรินทร์", subdistrict_en="Khwao Sinarin",
        latitude="15.001000", longitude="103.555000", contact_phone="081-555-0000",
        events=[VillageEvent(name="งานช้าง", name_en="Elephant Round-up", when="พฤศจิกายน", when_en="November")],
        village_producers=[VillageProducer(producer=maker.producer)],
        live=False, **kwargs,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def edit_data(page, **changes) -> dict:
    """The storefront edit form as the admin posts it, with ``changes``."""
    fields = {
        "title": page.title, "title_en": page.title_en, "tagline": page.tagline, "tagline_en": page.tagline_en,
        "banner": page.banner_id or "", "story": rich_text(page.story or "<p></p>"),
        "story_en": rich_text(page.story_en or "<p></p>"), "craft": rich_text("<p></p>"),
        "craft_en": rich_text("<p></p>"), "people": inline_formset([]), "gallery": inline_formset([]),
        "video_url": "", "address_th": "", "address_en": "", "latitude": "", "longitude": "",
        "visiting_hours": "", "visiting_hours_en": "", "seo_title": "", "seo_title_en": "",
        "search_description": "", "search_description_en": "", "comments": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def edit_url(page) -> str:
    """The page's edit view in the Wagtail admin."""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])
