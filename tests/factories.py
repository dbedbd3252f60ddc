"""Factories for the marketplace's models, building real rows in the test database."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from marketplace.certification.models import Certification, CertificationStatus
from marketplace.geography.models import Province
from marketplace.listings.services import categories_ensure, product_class_default
from marketplace.producers.models import Producer, ProducerType
from shop.catalogue.models import Product, ProductCategory
from shop.partner.models import Partner, StockRecord


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.th")
    password = factory.PostGenerationMethodCall("set_password", "secret-pass-123")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Partner {n}")


class ProducerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Producer

    partner = factory.SubFactory(PartnerFactory)
    slug = factory.Sequence(lambda n: f"producer-{n}")
    name_th = factory.Sequence(lambda n: f"กลุ่มทอผ้าบ้านหนองบัว {n}")
    name_en = factory.Sequence(lambda n: f"Ban Nong Bua Weavers {n}")
    producer_type = ProducerType.COMMUNITY_GROUP
    province = factory.LazyFunction(lambda: Province.objects.get(code="TH-32"))
    district_th = "เมืองสุรินทร์"
    district_en = "Mueang Surin"
    subdistrict_th = "เขวาสินรินทร์"
    subdistrict_en = "Khwao Sinarin"


class ProductFactory(factory.django.DjangoModelFactory):
    """A standalone product with a stock record and a category; no certification."""

    class Meta:
        model = Product
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"ผ้าไหมมัดหมี่ลายโคม {n}")
    title_en = factory.Sequence(lambda n: f"Mudmee silk, lantern pattern {n}")
    description = "ผ้าไหมทอมือ ย้อมสีธรรมชาติ"
    description_en = "Hand-woven silk dyed with natural colours."
    upc = factory.Sequence(lambda n: f"88599{n:08d}")
    producer = factory.SubFactory(ProducerFactory)
    product_class = factory.LazyFunction(product_class_default)
    structure = Product.STANDALONE
    weight_grams = 400

    @factory.post_generation
    def stock(obj, create, extracted, **kwargs):
        if not create:
            return
        StockRecord.objects.create(
            product=obj, partner=obj.producer.partner, partner_sku=obj.upc,
            price=kwargs.get("price", Decimal("1290.00")), num_in_stock=extracted if extracted is not None else 10,
        )

    @factory.post_generation
    def category(obj, create, extracted, **kwargs):
        if create:
            ProductCategory.objects.create(product=obj, category=categories_ensure()[extracted or "textile"])


class CertificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Certification

    product = factory.SubFactory(ProductFactory)
    stars = 5
    certificate_no = factory.Sequence(lambda n: f"OPC2567-{n:06d}")
    selection_year = 2024
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=365))
    status = CertificationStatus.VERIFIED
    verified_at = factory.LazyFunction(timezone.now)


def eligible_product(**kwargs) -> Product:
    """A product that may be sold: verified, unexpired, five stars."""
    stars = kwargs.pop("stars", 5)
    product = ProductFactory(**kwargs)
    CertificationFactory(product=product, stars=stars)
    return product


def producer_user(producer=None, **kwargs):
    """A user acting for ``producer`` with Oscar's dashboard permission, as the demo sets up producers."""
    user = UserFactory(**kwargs)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="partner", codename="dashboard_access"))
    if producer is not None:
        producer.partner.users.add(user)
    return user


def pending_certification(product, **kwargs):
    """A certification the producer has submitted and staff have not yet verified."""
    kwargs.setdefault("status", "pending")
    kwargs.setdefault("verified_at", None)
    kwargs.setdefault("expires_on", timezone.localdate() + datetime.timedelta(days=700))
    return CertificationFactory(product=product, **kwargs)
