"""Loading the official OTOP product list into the catalogue, all or nothing.

The whole list is checked first (``official_list_read``); only a list without
errors is written, in one transaction. Whatever a row changes in an existing
producer, product or certification goes through the usual services
(``producer_upsert``, ``product_upsert``, ``certification_record_official``),
so an import edits exactly as any other edit does. Two things are done in bulk
instead, because row by row a 100,000-row list would take too long:

* unchanged rows are recognised against the stored rows, preloaded in chunks,
  and cost no query of their own, so re-importing a list writes nothing;
* new producers, products and certifications are inserted with ``bulk_create``,
  with the fields and natural keys those services give them (producer: Thai
  name, province and district; product: upc; stock record: product and the producer's
  partner, sku = upc; certification: product and certificate number, verified,
  with its first history line). ``bulk_create`` sends no ``post_save``; for new
  rows only the search index listens, and it is refreshed after commit.
"""

import contextlib
import gc
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from functools import partial
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify as django_slugify
from django.utils.translation import gettext as _
from oscar.apps.catalogue.receivers import refresh_materialized_view
from oscar.core.thumbnails import get_thumbnailer
from oscar.core.utils import slugify as oscar_slugify
from shop.catalogue.models import Category, Product, ProductCategory, ProductImage
from shop.partner.models import Partner, StockRecord

from marketplace.certification.models import (
    OFFICIAL_LIST_NOTE,
    Certification,
    CertificationStatus,
    CertificationStatusChange,
)
from marketplace.certification.selectors import products_eligible
from marketplace.certification.services import certification_record_official
from marketplace.producers.models import Producer
from marketplace.producers.services import ProducerAmbiguous, ProducerData, producer_pick, producer_upsert
from marketplace.storefront.cache_keys import catalogue_generation_bump
from marketplace.uploads.services import image_without_metadata
from marketplace.uploads.validators import file_kind_of
from search.indexing import index_follow, index_updates_suspended

from .official_list import OfficialListRow, RowError, official_list_read
from .services import categories_ensure, product_class_default, product_upsert
from .slugs import product_slug

_CHUNK = 500  # keys per preloading query, well under SQLite's 999 parameters
# ProductImage.code of a picture that came with the list: its upc and content hash, so a
# changed file replaces it and an unchanged one is left alone.
_IMAGE_CODE_PREFIX = "official-list:"
# The same note certification_record_official writes for a new certification.
_HISTORY_NOTE = OFFICIAL_LIST_NOTE


@dataclass
class ImportReport:
    rows: int = 0
    products_created: int = 0
    products_updated: int = 0
    products_unchanged: int = 0
    producers_created: int = 0
    producers_updated: int = 0
    listed: int = 0  # eligible after the import: shown, found and sold
    not_listed: int = 0  # stored, but below the minimum stars, expired or otherwise not eligible
    reindexed_product_ids: list[int] = field(default_factory=list, repr=False)

    @property
    def changes(self) -> int:
        return self.products_created + self.products_updated + self.producers_created + self.producers_updated


class OfficialListRejected(Exception):
    """The list has errors, so nothing was written; ``errors`` has every one."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(_("the official list has %(count)d errors; nothing was imported") % {"count": len(errors)})


def official_list_import(path: str | Path, recorded_by=None, *, index: bool = True,
                         reassign: bool = False) -> ImportReport:
    """Imports the list at ``path``, or raises ``OfficialListRejected`` having written nothing.

    A row whose upc is another producer's product is refused unless ``reassign`` says to move it.
    """
    parsed = official_list_read(path)
    if parsed.errors:
        raise OfficialListRejected(parsed.errors)
    return official_list_write(parsed.rows, recorded_by, index=index, reassign=reassign)


def official_list_write(rows: Sequence[OfficialListRow], recorded_by=None, *, index: bool = True,
                        reassign: bool = False) -> ImportReport:
    """Writes checked rows in one transaction; the search index follows after commit."""
    report = ImportReport(rows=len(rows))
    with transaction.atomic():
        # Per-row index updates would be wasted: the touched products are refreshed once, after commit.
        with _garbage_collection_paused(), index_updates_suspended():
            producers, updated_producers = _producers_ensure(rows, report)
            product_ids, touched = _products_ensure(rows, producers, recorded_by, report, reassign)
            if updated_producers:  # a producer's name and place are part of every one of its products' documents
                touched.update(Product.objects.filter(producer__in=updated_producers).values_list("pk", flat=True))
        report.reindexed_product_ids = sorted(touched)
        if touched:  # bulk_create sends no signal: the storefront's cached fragments are told here
            catalogue_generation_bump()
        if index and touched:
            transaction.on_commit(partial(index_follow, report.reindexed_product_ids))
        report.listed = sum(
            products_eligible(Product.objects.filter(pk__in=chunk)).count() for chunk in _chunks(product_ids)
        )
        report.not_listed = len(product_ids) - report.listed
    return report


@contextlib.contextmanager
def _garbage_collection_paused() -> Iterator[None]:
    """A large import allocates millions of objects that live until its end; the cycle
    collector's repeated passes over them cost about a sixth of the write time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --------------------------------------------------------------------------- producers


def _producers_ensure(rows: Sequence[OfficialListRow], report: ImportReport
                      ) -> tuple[dict[tuple[str, str, str], Producer], list[Producer]]:
    """Each row's producer, matched by name, province and district (``producer_pick``), created or completed."""
    wanted: dict[tuple[str, str, str], ProducerData] = {}
    first_line: dict[tuple[str, str, str], int] = {}
    for row in rows:
        previous = wanted.get(row.producer_key)
        first_line.setdefault(row.producer_key, row.line)
        if previous is None:
            wanted[row.producer_key] = row.producer_data()
        elif row.subdistrict:
            # The list checker made a producer's non-blank details agree across its rows; a later
            # row may still fill in what an earlier one left blank.
            wanted[row.producer_key] = _producer_merged(previous, row.producer_data())

    stored: dict[tuple[str, str], list[Producer]] = defaultdict(list)
    names = sorted({name for name, _province, _district in wanted})
    for chunk in _chunks(names):
        for producer in Producer.objects.filter(name_th__in=chunk).order_by("pk"):
            stored[(producer.name_th, producer.province_id)].append(producer)

    found: dict[tuple[str, str, str], Producer] = {}
    errors: list[RowError] = []
    for key in wanted:
        name, province, district = key
        # A producer still without a district is completed by the first district that claims it.
        candidates = [p for p in stored[(name, province)] if p not in found.values()] if district else \
            stored[(name, province)]
        try:
            producer = producer_pick(candidates, district)
        except ProducerAmbiguous as ambiguous:
            errors.append(RowError(first_line[key], "district", _(
                "%(count)d producers are called %(name)s in this province (districts: %(districts)s): "
                "name the district") % {"count": len(ambiguous.candidates), "name": name, "districts": ambiguous}))
            continue
        if producer is not None:
            found[key] = producer
    if errors:
        raise OfficialListRejected(errors)

    updated = []
    for key, data in wanted.items():
        producer = found.get(key)
        if producer is not None and _producer_differs(producer, data):
            found[key], _created = producer_upsert(data)
            updated.append(found[key])
    report.producers_updated = len(updated)

    new_keys = [key for key in wanted if key not in found]
    for key, producer in zip(new_keys, _producers_create([wanted[key] for key in new_keys])):
        found[key] = producer
    report.producers_created = len(new_keys)
    return found, updated


def _producer_merged(first: ProducerData, later: ProducerData) -> ProducerData:
    return replace(first, **{f.name: getattr(later, f.name) for f in fields(ProducerData)
                             if not getattr(first, f.name) and getattr(later, f.name)})


def _producer_differs(producer: Producer, data: ProducerData) -> bool:
    # producer_upsert's rule: a blank value never overwrites a stored one.
    names = ("name_en", "producer_type", "district_th", "district_en", "subdistrict_th", "subdistrict_en",
             "story_th", "story_en", "phone")
    return any(getattr(data, name) and getattr(producer, name) != getattr(data, name) for name in names)


def _producers_create(new: list[ProducerData]) -> list[Producer]:
    """New producers with their Oscar partners, named as producer_upsert would name them."""
    if not new:
        return []
    partner_codes = _UniqueNames(Partner.objects.values_list("code", flat=True))
    producer_slugs = _UniqueNames(Producer.objects.values_list("slug", flat=True))
    code_length = Partner._meta.get_field("code").max_length
    partners = []
    for data in new:
        name = data.name_th[:128]
        # What Oscar's AutoSlugField would pick, without one query per partner.
        partners.append(Partner(name=name, code=partner_codes.claim(oscar_slugify(name), code_length)))
    Partner.objects.bulk_create(partners)
    producers = [
        Producer(
            partner_id=partner.pk, name_th=data.name_th, province_id=data.province.pk,
            slug=data.slug or producer_slugs.claim((django_slugify(data.name_en or data.name_th) or "producer")[:70]),
            name_en=data.name_en, producer_type=data.producer_type, district_th=data.district_th,
            district_en=data.district_en, subdistrict_th=data.subdistrict_th, subdistrict_en=data.subdistrict_en,
            story_th=data.story_th, story_en=data.story_en, phone=data.phone,
        )
        for partner, data in zip(partners, new)
    ]
    return Producer.objects.bulk_create(producers)


class _UniqueNames:
    """Hands out names unused so far, adding "-2", "-3"… as the services' slug helpers do.

    Thai names all slugify to the same base ("producer"), so the next free
    number per base is remembered instead of counting up from 2 every time.
    """

    def __init__(self, taken: Iterable[str]) -> None:
        self.taken = set(taken)
        self.next_number: dict[str, int] = {}

    def claim(self, base: str, max_length: int | None = None) -> str:
        base = base[:max_length].strip("-") if max_length else base
        name, number = base, self.next_number.get(base, 2)
        while not name or name in self.taken:
            end = f"-{number}"
            stem = base[:max_length - len(end)].strip("-") if max_length else base
            name, number = f"{stem}{end}", number + 1
        self.next_number[base] = number
        self.taken.add(name)
        return name


# --------------------------------------------------------------------------- products


@dataclass
class _Stored:
    """What the database already holds for the list's products, by natural key."""

    products: dict[str, tuple]  # upc -> (pk, title, title_en, description, description_en, producer_id, weight)
    categories: dict[int, list[int]]
    stockrecords: dict[tuple[int, int], tuple[Decimal | None, int | None]]  # (product, partner) -> price, stock
    certifications: dict[tuple[int, str], tuple[int, int, object]]  # (product, number) -> stars, year, expiry
    image_codes: dict[int, list[str | None]]


def _stored_load(upcs: list[str]) -> _Stored:
    stored = _Stored({}, defaultdict(list), {}, {}, defaultdict(list))
    for chunk in _chunks(upcs):
        found = Product.objects.filter(upc__in=chunk).values_list(
            "upc", "pk", "title", "title_en", "description", "description_en", "producer_id", "weight_grams")
        pks = []
        for upc, *values in found:
            stored.products[upc] = tuple(values)
            pks.append(values[0])
        if not pks:
            continue
        for product_id, category_id in ProductCategory.objects.filter(product_id__in=pks).values_list(
                "product_id", "category_id"):
            stored.categories[product_id].append(category_id)
        for product_id, partner_id, price, stock in StockRecord.objects.filter(product_id__in=pks).values_list(
                "product_id", "partner_id", "price", "num_in_stock"):
            stored.stockrecords[(product_id, partner_id)] = (price, stock)
        for product_id, number, stars, year, expires in Certification.objects.filter(
                product_id__in=pks).values_list("product_id", "certificate_no", "stars", "selection_year",
                                                "expires_on"):
            stored.certifications[(product_id, number)] = (stars, year, expires)
        for product_id, code in ProductImage.objects.filter(product_id__in=pks).values_list("product_id", "code"):
            stored.image_codes[product_id].append(code)
    return stored


def _products_ensure(rows: Sequence[OfficialListRow], producers: dict[tuple[str, str, str], Producer], recorded_by,
                     report: ImportReport, reassign: bool = False) -> tuple[list[int], set[int]]:
    """Every row's product in line with the list; returns all their ids and the changed ones."""
    categories = categories_ensure()
    stored = _stored_load([row.upc for row in rows])
    if not reassign:
        _refuse_moves(rows, producers, stored)
    new_rows: list[OfficialListRow] = []
    new_certifications: list[tuple[int, OfficialListRow]] = []
    images: list[tuple[int, OfficialListRow]] = []
    product_ids: list[int] = []
    touched: set[int] = set()
    for row in rows:
        values = stored.products.get(row.upc)
        if values is None:
            new_rows.append(row)
            continue
        product_id = values[0]
        product_ids.append(product_id)
        producer = producers[row.producer_key]
        changed = False
        if _product_differs(values, row, producer, categories[row.category], stored):
            _product, changed = product_upsert(producer, row.product_data(), categories)
        certification = stored.certifications.get((product_id, row.certificate_no))
        if certification is None:
            new_certifications.append((product_id, row))
            changed = True
        elif certification != (row.stars, row.selection_year, row.certificate_expires):
            _certification, certification_changed = certification_record_official(
                Product.objects.get(pk=product_id), row.certification_data(), recorded_by)
            changed = changed or certification_changed
        if row.image and _image_wanted(product_id, row, stored.image_codes[product_id]):
            images.append((product_id, row))
            changed = True
        if changed:
            touched.add(product_id)
    report.products_updated = len(touched)
    report.products_unchanged = len(product_ids) - len(touched)

    created = _products_create(new_rows, producers, categories)
    report.products_created = len(created)
    product_ids.extend(created.values())
    touched.update(created.values())
    new_certifications.extend((created[row.upc], row) for row in new_rows)
    _certifications_create(new_certifications, recorded_by)
    images.extend((created[row.upc], row) for row in new_rows if row.image)
    for product_id, row in images:
        _product_image_store(product_id, row)
    return product_ids, touched


def _refuse_moves(rows: Sequence[OfficialListRow], producers: dict[tuple[str, str, str], Producer],
                  stored: _Stored) -> None:
    """A upc that is another producer's product is a line error naming its owner, never a silent move."""
    moves = [(row, stored.products[row.upc][5]) for row in rows
             if row.upc in stored.products and stored.products[row.upc][5] not in (None, producers[row.producer_key].pk)]
    if not moves:
        return
    owners = Producer.objects.select_related("province").in_bulk({owner for _row, owner in moves})
    raise OfficialListRejected([
        RowError(row.line, "upc", _(
            "product %(upc)s belongs to %(owner)s (%(place)s), not to %(producer)s; run with --reassign to move it"
        ) % {"upc": row.upc, "owner": owners[owner].name_th, "place": _place(owners[owner]),
             "producer": row.producer_name})
        for row, owner in moves
    ])


def _place(producer: Producer) -> str:
    return ", ".join(part for part in (producer.district_th or producer.district_en, producer.province.name_th) if part)


def _product_differs(values: tuple, row: OfficialListRow, producer: Producer, category: Category,
                     stored: _Stored) -> bool:
    """Whether product_upsert would change anything: the same comparisons, on preloaded values."""
    product_id, title, title_en, description, description_en, producer_id, weight_grams = values
    if (title, title_en, description, description_en, producer_id, weight_grams) != (
            row.title_th, row.title_en, row.description_th, row.description_en, producer.pk, row.weight_grams):
        return True
    if stored.categories.get(product_id) != [category.pk]:
        return True
    return stored.stockrecords.get((product_id, producer.partner_id)) != (row.price, row.stock)


def _products_create(rows: list[OfficialListRow], producers: dict[tuple[str, str, str], Producer],
                     categories: dict[str, Category]) -> dict[str, int]:
    """New products as product_upsert creates them: standalone, one category, one stock record."""
    if not rows:
        return {}
    product_class = product_class_default()
    slug_length = Product._meta.get_field("slug").max_length
    products = []
    for row in rows:
        # Ids rather than objects for the foreign keys: setting related objects costs more than the insert.
        product = Product(
            upc=row.upc, product_class_id=product_class.pk, structure=Product.STANDALONE, title=row.title_th,
            title_en=row.title_en, description=row.description_th, description_en=row.description_en,
            producer_id=producers[row.producer_key].pk, weight_grams=row.weight_grams,
        )
        product.slug = product_slug(row.title_th, row.title_en)[:slug_length].rstrip("-")
        products.append(product)
    Product.objects.bulk_create(products)
    ProductCategory.objects.bulk_create(
        ProductCategory(product_id=product.pk, category_id=categories[row.category].pk)
        for product, row in zip(products, rows)
    )
    refresh_materialized_view(sender=ProductCategory)  # Oscar's own receiver; a no-op unless PostgreSQL views are on
    StockRecord.objects.bulk_create(
        StockRecord(product_id=product.pk, partner_id=producers[row.producer_key].partner_id, partner_sku=row.upc,
                    price=row.price, num_in_stock=row.stock)
        for product, row in zip(products, rows)
    )
    return {product.upc: product.pk for product in products}


def _certifications_create(items: list[tuple[int, OfficialListRow]], recorded_by) -> None:
    """New certifications as certification_record_official records them: verified, with history."""
    if not items:
        return
    now = timezone.now()
    user_id = recorded_by.pk if recorded_by is not None else None
    certifications = Certification.objects.bulk_create(
        Certification(
            product_id=product_id, stars=row.stars, certificate_no=row.certificate_no,
            selection_year=row.selection_year, expires_on=row.certificate_expires,
            status=CertificationStatus.VERIFIED, submitted_by_id=user_id, verified_by_id=user_id, verified_at=now,
        )
        for product_id, row in items
    )
    CertificationStatusChange.objects.bulk_create(
        CertificationStatusChange(certification_id=certification.pk, from_status="",
                                  to_status=CertificationStatus.VERIFIED, changed_by_id=user_id, note=_HISTORY_NOTE)
        for certification in certifications
    )


# --------------------------------------------------------------------------- images


def _image_code(row: OfficialListRow) -> str:
    return f"{_IMAGE_CODE_PREFIX}{row.upc}:{row.image.sha256}"


def _image_wanted(product_id: int, row: OfficialListRow, codes: list[str | None]) -> bool:
    """The list's picture is stored when the product has none, or replaces its changed predecessor.

    Pictures a producer added themselves are never touched.
    """
    if _image_code(row) in codes:
        return False
    ours = f"{_IMAGE_CODE_PREFIX}{row.upc}:"
    return not codes or any(code and code.startswith(ours) for code in codes)


def _product_image_store(product_id: int, row: OfficialListRow) -> None:
    data = row.image.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != row.image.sha256:
        raise OfficialListRejected([RowError(row.line, "image", _("the image file changed during the import"))])
    # Stored without EXIF (GPS, camera) like every uploaded product picture.
    source = ContentFile(data, name=f"{row.upc}.{row.image.extension}")
    content = image_without_metadata(source, file_kind_of(source))
    previous = ProductImage.objects.filter(product_id=product_id, code__startswith=f"{_IMAGE_CODE_PREFIX}{row.upc}:"
                                           ).first()
    if previous is None:
        ProductImage.objects.create(product_id=product_id, original=content, code=_image_code(row),
                                    caption=row.title_en or row.title_th, display_order=0)
        return
    old_file = previous.original
    previous.original, previous.code = content, _image_code(row)
    previous.save(update_fields=["original", "code"])
    # Only once the new picture is committed may the old file (and its thumbnails) go.
    transaction.on_commit(partial(get_thumbnailer().delete_thumbnails, old_file))
