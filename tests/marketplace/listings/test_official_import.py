import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from PIL import Image

from marketplace.certification.models import Certification, CertificationStatus, CertificationStatusChange
from marketplace.certification.selectors import products_eligible
from marketplace.listings.official_import import OfficialListRejected, official_list_import
from marketplace.producers.models import Producer
from search import indexing
from search.backends.base import SearchRequest
from shop.catalogue.models import Product, ProductCategory, ProductImage
from shop.partner.models import Partner, StockRecord
from tests.factories import ProducerFactory, UserFactory

from .official_lists import official_row

pytestmark = pytest.mark.django_db

EXPIRED = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()


def _counts():
    return {model.__name__: model.objects.count() for model in (
        Product, Producer, Partner, StockRecord, ProductCategory, Certification, CertificationStatusChange,
        ProductImage)}


def _three_rows():
    return [
        official_row(upc="8859000000001"),
        # Same producer: the province written in English this time.
        official_row(upc="8859000000002", title_th="ผ้าไหมหางกระรอก", province="Surin", category="textile",
                     price="2900", stock="3", certificate_no="OPC2568-0000002"),
        official_row(upc="8859000000003", title_th="น้ำพริกนรกปลาย่าง", title_en="", category="food",
                     producer_name="วิสาหกิจชุมชนแม่บ้านบางคนที", producer_type="community_group",
                     province="Samut Songkhram", district="Bang Khonthi", subdistrict="", price="85", stock="120",
                     weight_grams="", certificate_no="OPC2568-0000003"),
    ]


def _picture(path, colour=(180, 40, 60)):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (16, 16), colour).save(path, "JPEG")
    return path


def _same_picture(stored, path) -> bool:
    """The stored copy is re-encoded (without EXIF), so it is compared by its pixels, not its bytes."""
    with stored.open("rb") as handle, Image.open(handle) as copy, Image.open(path) as source:
        return copy.size == source.size and all(
            abs(a - b) <= 8 for a, b in zip(copy.convert("RGB").getpixel((8, 8)), source.convert("RGB").getpixel((8, 8)))
        )


def test_import_creates_products_with_stock_category_and_verified_certification(write_list):
    staff = UserFactory(is_staff=True)
    report = official_list_import(write_list(_three_rows()), recorded_by=staff)

    assert (report.rows, report.products_created, report.products_updated, report.products_unchanged) == (3, 3, 0, 0)
    assert report.producers_created == 2
    product = Product.objects.get(upc="8859000000002")
    assert product.title == "ผ้าไหมหางกระรอก"
    assert product.is_standalone and product.product_class.slug == "otop-product"
    assert [c.slug for c in product.categories.all()] == ["textile"]
    stockrecord = product.stockrecords.get()
    assert (stockrecord.partner, stockrecord.partner_sku) == (product.producer.partner, "8859000000002")
    assert (stockrecord.price, stockrecord.num_in_stock) == (Decimal("2900.00"), 3)
    certification = product.certifications.get()
    assert certification.status == CertificationStatus.VERIFIED
    assert (certification.certificate_no, certification.stars, certification.selection_year) == (
        "OPC2568-0000002", 5, 2025)
    assert certification.verified_by == staff and certification.verified_at is not None
    [history] = certification.history.all()
    assert (history.from_status, history.to_status, history.changed_by) == ("", "verified", staff)


def test_producers_are_matched_by_name_and_province(write_list):
    existing = ProducerFactory(name_th="กลุ่มทอผ้าไหมบ้านท่าสว่าง", district_th="", subdistrict_th="")
    rows = _three_rows() + [official_row(upc="8859000000004", province="Buri Ram", certificate_no="OPC2568-4")]
    report = official_list_import(write_list(rows))

    assert report.producers_created == 2  # Samut Songkhram's group, and the namesake in Buri Ram
    assert report.producers_updated == 1  # the blank district was filled in
    existing.refresh_from_db()
    assert existing.district_th == "เมืองสุรินทร์"
    assert set(existing.products.values_list("upc", flat=True)) == {"8859000000001", "8859000000002"}
    namesake = Producer.objects.get(name_th="กลุ่มทอผ้าไหมบ้านท่าสว่าง", province="TH-31")
    assert namesake.partner != existing.partner
    assert Producer.objects.get(province="TH-75").district_en == "Bang Khonthi"


def test_new_producers_get_unique_slugs_and_partner_codes(write_list):
    ProducerFactory(slug="producer")
    rows = [official_row(upc=str(n), producer_name=f"กลุ่มทอผ้า{letter}", certificate_no=f"C{n}")
            for n, letter in enumerate("กขค")]
    official_list_import(write_list(rows))

    imported = Producer.objects.filter(name_th__in=["กลุ่มทอผ้าก", "กลุ่มทอผ้าข", "กลุ่มทอผ้าค"])
    assert sorted(imported.values_list("slug", flat=True)) == ["producer-2", "producer-3", "producer-4"]
    assert len(set(Partner.objects.values_list("code", flat=True))) == Partner.objects.count()
    # The codes are the ones Oscar gives a partner named like the producer.
    partner = imported.get(name_th="กลุ่มทอผ้าก").partner
    assert Partner.objects.create(name=partner.name).code == f"{partner.code}-2"


def test_low_star_and_expired_rows_are_stored_but_not_listed(write_list):
    rows = [
        official_row(upc="1", stars="5"),
        official_row(upc="2", stars="3"),
        official_row(upc="3", stars="4", certificate_expires=EXPIRED, certificate_no="OPC2565-3"),
    ]
    report = official_list_import(write_list(rows))

    assert (report.products_created, report.listed, report.not_listed) == (3, 1, 2)
    assert list(products_eligible().values_list("upc", flat=True)) == ["1"]
    assert Certification.objects.filter(status=CertificationStatus.VERIFIED).count() == 3


def test_reimporting_the_same_file_changes_nothing(write_list, tmp_path):
    _picture(tmp_path / "images" / "silk.jpg")
    path = write_list(_three_rows()[:2] + [official_row(upc="8859000000009", image="images/silk.jpg",
                                                        certificate_no="OPC2568-9")])
    official_list_import(path)
    before = _counts()
    stamps = sorted(StockRecord.objects.values_list("date_updated", flat=True)) + sorted(
        Product.objects.values_list("date_updated", flat=True))

    report = official_list_import(path)

    assert (report.products_created, report.products_updated, report.products_unchanged) == (0, 0, 3)
    assert (report.producers_created, report.producers_updated, report.changes) == (0, 0, 0)
    assert report.reindexed_product_ids == []
    assert _counts() == before
    assert stamps == sorted(StockRecord.objects.values_list("date_updated", flat=True)) + sorted(
        Product.objects.values_list("date_updated", flat=True))


def test_a_changed_row_updates_its_product(write_list):
    rows = _three_rows()
    official_list_import(write_list(rows))
    rows[0] = {**rows[0], "price": "4900.00", "title_th": "ผ้าไหมมัดหมี่ลายโคมเจ็ด (ผืนใหญ่)", "stars": "4"}

    report = official_list_import(write_list(rows))

    assert (report.products_created, report.products_updated, report.products_unchanged) == (0, 1, 2)
    product = Product.objects.get(upc=rows[0]["upc"])
    assert product.title == "ผ้าไหมมัดหมี่ลายโคมเจ็ด (ผืนใหญ่)"
    assert product.stockrecords.get().price == Decimal("4900.00")
    assert product.certifications.get().stars == 4
    assert report.reindexed_product_ids == [product.pk]


def test_a_new_certificate_for_a_known_product_is_added(write_list):
    official_list_import(write_list([official_row()]))
    renewed = official_row(certificate_no="OPC2571-0100011",
                           certificate_expires=(timezone.localdate() + datetime.timedelta(days=900)).isoformat())

    report = official_list_import(write_list([renewed]))

    assert report.products_updated == 1
    assert Certification.objects.filter(status=CertificationStatus.VERIFIED).count() == 2
    assert CertificationStatusChange.objects.count() == 2


def test_a_product_moved_to_another_producer_with_reassign_moves_its_stock_record(write_list):
    official_list_import(write_list([official_row()]))
    moved = official_row(producer_name="ศูนย์ผ้าไหมสุรินทร์", producer_type="sme")

    report = official_list_import(write_list([moved]), reassign=True)

    product = Product.objects.get(upc=moved["upc"])
    assert product.producer.name_th == "ศูนย์ผ้าไหมสุรินทร์"
    assert product.stockrecords.get().partner == product.producer.partner
    assert (report.products_updated, report.producers_created) == (1, 1)


def test_any_bad_row_means_nothing_is_written(write_list):
    official_list_import(write_list([official_row(upc="8859000000001")]))
    before = _counts()
    rows = _three_rows()
    rows[0] = {**rows[0], "price": "1.00"}  # a good change that must not be written either
    rows[2] = {**rows[2], "stars": "7", "stock": "-1"}

    with pytest.raises(OfficialListRejected) as rejected:
        official_list_import(write_list(rows))

    assert {(e.line, e.column) for e in rejected.value.errors} == {(4, "stars"), (4, "stock")}
    assert _counts() == before
    assert StockRecord.objects.get().price == Decimal("4500.00")


def test_the_list_image_is_stored_once_and_replaced_when_it_changes(write_list, tmp_path):
    picture = _picture(tmp_path / "images" / "silk.jpg")
    path = write_list([official_row(image="images/silk.jpg")])
    official_list_import(path)
    [image] = ProductImage.objects.all()
    assert image.code.startswith("official-list:8859100000011:")
    assert _same_picture(image.original, picture)

    _picture(picture, colour=(20, 60, 160))
    report = official_list_import(path)

    assert report.products_updated == 1
    [replaced] = ProductImage.objects.all()
    assert replaced.pk == image.pk and replaced.code != image.code
    assert _same_picture(replaced.original, picture)


def test_a_producers_own_pictures_are_kept(write_list, tmp_path):
    official_list_import(write_list([official_row()]))
    product = Product.objects.get()
    ProductImage.objects.create(product=product, original="images/products/own.jpg", display_order=0)
    _picture(tmp_path / "images" / "silk.jpg")

    report = official_list_import(write_list([official_row(image="images/silk.jpg")]))

    assert report.products_unchanged == 1
    assert list(product.images.values_list("original", flat=True)) == ["images/products/own.jpg"]


@pytest.mark.parametrize("rebuild_from", [10_000, 1])  # refreshing the touched products, or rebuilding
def test_imported_eligible_products_are_found_in_search(write_list, search_index, monkeypatch, rebuild_from,
                                                        django_capture_on_commit_callbacks):
    monkeypatch.setattr(indexing, "REBUILD_MIN", rebuild_from)
    rows = [
        official_row(upc="1", title_th="ผ้าไหมมัดหมี่ลายนาค"),
        official_row(upc="2", title_th="ผ้าไหมสามดาว", stars="3"),
        official_row(upc="3", title_th="ผ้าไหมหมดอายุ", certificate_expires=EXPIRED, certificate_no="OPC2565-3"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        official_list_import(write_list(rows))

    found = search_index.search(SearchRequest(q="ผ้าไหม")).product_ids
    assert found == [Product.objects.get(upc="1").pk]

    rows[0] = {**rows[0], "stars": "2"}
    rows[1] = {**rows[1], "stars": "5"}
    with django_capture_on_commit_callbacks(execute=True):
        official_list_import(write_list(rows))
    assert search_index.search(SearchRequest(q="ผ้าไหม")).product_ids == [Product.objects.get(upc="2").pk]


def test_a_long_thai_title_gets_a_slug_that_fits_its_column(write_list):
    official_list_import(write_list([official_row(title_th="ผ้าไหมมัดหมี่ทอมือลายโบราณ" * 9, title_en="")]))
    slug = Product.objects.get().slug
    assert 0 < len(slug) <= 255 and slug.startswith("ผ้าไหมมัดหมี่ทอมือ")


def test_imported_products_get_readable_slugs_from_their_english_title(write_list):
    official_list_import(write_list([official_row(title_en="Mudmee Silk, Lantern Pattern")]))
    assert Product.objects.get().slug == "mudmee-silk-lantern-pattern"


# --- Producers are known by name and place; products stay with their owner (#12 items 22, 23) ---------


def test_namesakes_in_two_districts_of_a_province_are_two_producers(write_list):
    rows = [
        official_row(upc="8859000000101", district="เมืองสุรินทร์", subdistrict="ท่าสว่าง", certificate_no="A1"),
        official_row(upc="8859000000102", district="จอมพระ", subdistrict="บ้านผือ", certificate_no="A2"),
        official_row(upc="8859000000103", district="จอมพระ", subdistrict="", certificate_no="A3"),
    ]

    report = official_list_import(write_list(rows))

    assert report.producers_created == 2
    groups = Producer.objects.filter(name_th="กลุ่มทอผ้าไหมบ้านท่าสว่าง", province="TH-32").order_by("district_th")
    assert [(g.district_th, sorted(g.products.values_list("upc", flat=True))) for g in groups] == [
        ("จอมพระ", ["8859000000102", "8859000000103"]), ("เมืองสุรินทร์", ["8859000000101"])]
    assert official_list_import(write_list(rows)).changes == 0  # and a second run finds the same two


def test_a_row_without_a_district_is_refused_when_namesakes_live_in_several(write_list):
    rows = [official_row(upc="1", district="เมืองสุรินทร์", certificate_no="A1"),
            official_row(upc="2", district="จอมพระ", certificate_no="A2"),
            official_row(upc="3", district="", certificate_no="A3")]

    with pytest.raises(OfficialListRejected) as rejected:
        official_list_import(write_list(rows))

    [error] = rejected.value.errors
    assert (error.line, error.column) == (4, "district")


def test_a_row_whose_upc_is_another_producers_product_is_refused_naming_the_owner(write_list):
    owner = ProducerFactory(name_th="กลุ่มเครื่องปั้นดินเผาด่านเกวียน", district_th="โชคชัย")
    official_list_import(write_list([official_row(upc="8859000000201", producer_name=owner.name_th,
                                                  district="โชคชัย", province="สุรินทร์")]))
    before = _counts()

    with pytest.raises(OfficialListRejected) as rejected:
        official_list_import(write_list([official_row(upc="8859000000201", certificate_no="B1")]))

    [error] = rejected.value.errors
    assert (error.line, error.column) == (2, "upc")
    assert owner.name_th in error.message and "--reassign" in error.message
    assert Product.objects.get(upc="8859000000201").producer == owner
    assert _counts() == before

