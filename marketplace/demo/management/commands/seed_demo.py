import datetime
import logging
import time
from contextlib import contextmanager
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from cms.home.models import HomePage
from marketplace.certification.services import CertificationData, StandardData, certification_record_official
from marketplace.demo import content, images
from marketplace.demo.pages import demo_pages_ensure
from marketplace.demo.users import DEMO_LOGINS, demo_users_ensure
from marketplace.geography.models import Province
from marketplace.listings.services import ProductData, categories_ensure, product_image_set_if_missing, product_upsert
from marketplace.producers.services import ProducerData, producer_upsert
from search.indexing import index_follow, index_updates_suspended


class Command(BaseCommand):
    help = "Load the demo OTOP catalogue, producers and log-ins. Safe to run again: it duplicates nothing."

    def handle(self, *args, verbosity=1, **options):
        self.verbosity = verbosity
        started = time.monotonic()
        with self._quiet_unless_verbose():
            with index_updates_suspended(), transaction.atomic():
                producers = self._producers()
                created, changed = self._products(producers)
                self._home_page()
                pages = demo_pages_ensure(producers)  # storefronts, stories, villages (Wagtail)
                demo_users_ensure(producers)  # roles (setup_roles) and log-ins, after the storefronts exist
            # Committed: the catalogue is searchable as soon as the command ends (a repeat with
            # nothing changed only checks that the index is this database's).
            index_follow(self.touched_product_ids if created or changed else [])
        if verbosity < 1:
            return
        self.stdout.write(self.style.SUCCESS(
            f"Demo data loaded in {time.monotonic() - started:.1f}s, searchable:"
        ))
        unchanged = len(content.PRODUCTS) - created - changed
        self.stdout.write(f"  producers   {len(producers)}")
        self.stdout.write(f"  products    {len(content.PRODUCTS)} ({created} new, {changed} updated, {unchanged} unchanged)")
        self.stdout.write(
            f"  pages       {pages.created} new ({pages.storefronts} storefronts, "
            f"{pages.stories} stories, {pages.villages} villages)"
        )
        self.stdout.write("  log-ins:")
        for login in DEMO_LOGINS:
            self.stdout.write(f"    {login.role:<12} {login.email:<26} {login.password}")
        self.stdout.write("  (each producer and product: seed_demo -v 2)")

    @contextmanager
    def _quiet_unless_verbose(self):
        """Below -v 2, keep the INFO lines of Wagtail and Oscar (a page created, edited and published
        for each storefront, stock alerts checked for each product: over 500 lines on a fresh
        database) out of the output, so the summary is what one reads. Warnings still show."""
        if self.verbosity >= 2:
            yield
            return
        previous = logging.root.manager.disable
        logging.disable(logging.INFO)
        try:
            yield
        finally:
            logging.disable(previous)

    def _detail(self, line: str) -> None:
        if self.verbosity >= 2:
            self.stdout.write(line)

    def _producers(self):
        provinces = {p.code: p for p in Province.objects.all()}
        result = {}
        for record in content.PRODUCERS:
            producer, _ = producer_upsert(
                ProducerData(
                    name_th=record.name_th, name_en=record.name_en, producer_type=record.producer_type,
                    province=provinces[record.province_code], district_th=record.district_th,
                    district_en=record.district_en, subdistrict_th=record.subdistrict_th,
                    subdistrict_en=record.subdistrict_en, story_th=record.story_th, story_en=record.story_en,
                    phone=record.phone, slug=record.key,
                )
            )
            result[record.key] = producer
            self._detail(f"producer {record.key}: {record.name_th}")
        return result

    def _products(self, producers):
        categories = categories_ensure()
        today = timezone.localdate()
        created = changed = 0
        self.touched_product_ids = []
        for record in content.PRODUCTS:
            product, was_changed = product_upsert(
                producers[record.producer_key],
                ProductData(
                    upc=record.upc, title_th=record.title_th, title_en=record.title_en,
                    description_th=record.description_th, description_en=record.description_en,
                    category=record.category, price=Decimal(record.price), stock=record.stock,
                    weight_grams=record.weight_grams,
                ),
                categories,
            )
            # The certificate keeps the expiry it got when first seeded; re-seeding later
            # must not quietly renew a lapsed one.
            existing = product.certifications.filter(certificate_no=self._certificate_no(record)).first()
            expires_on = existing.expires_on if existing else today + datetime.timedelta(days=record.expires_in_days)
            _, cert_changed = certification_record_official(
                product,
                CertificationData(
                    stars=record.stars, certificate_no=self._certificate_no(record),
                    selection_year=record.selection_year, expires_on=expires_on,
                    standards=tuple(StandardData(kind, number) for kind, number in record.standards),
                ),
            )
            image_added = product_image_set_if_missing(
                product, lambda r=record: images.product_image(r.upc, r.motif, r.colours), f"{record.upc}.jpg"
            )
            if existing is None and image_added:
                created += 1
                outcome = "new"
            elif was_changed or cert_changed or image_added:
                changed += 1
                outcome = "updated"
            else:
                outcome = "unchanged"
            self._detail(f"product {record.upc} ({outcome}): {record.title_th}")
            self.touched_product_ids.append(product.pk)
        return created, changed

    @staticmethod
    def _certificate_no(record) -> str:
        return f"OPC{record.selection_year + 543}-{record.upc[-7:]}"

    @staticmethod
    def _home_page():
        home = HomePage.objects.first()
        if home is None or home.hero_title:
            return
        home.hero_title = "ของดีทั่วไทย จากมือชุมชน"
        home.hero_title_en = "The best of Thailand, made by its communities"
        home.hero_text = "สินค้าโอทอประดับ 4–5 ดาวที่ผ่านการคัดสรรและรับรองจากกรมการพัฒนาชุมชน ส่งตรงจากผู้ผลิตทั่วประเทศ"
        home.hero_text_en = (
            "OTOP products rated 4 and 5 stars and certified by the Community Development Department, "
            "shipped straight from their makers all over Thailand."
        )
        home.save_revision().publish()
