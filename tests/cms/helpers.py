"""Builders for the CMS tests: pictures, producers with storefronts."""

import io
from dataclasses import dataclass

from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Collection

from cms.media.models import CustomImage
from cms.producers.models import ProducerPage
from cms.producers.services import storefront_page_ensure
from cms.roles.services import producer_collection, producer_grant_storefront
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
