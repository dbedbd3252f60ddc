"""Staff create and follow vouchers, voucher sets and offers on Thai pages: Oscar's own Thai leaves these
dashboard screens in English, so locale/oscar-overrides translates them (โค้ดส่วนลด, ข้อเสนอพิเศษ)."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from tests.shop.dashboard.english_phrases import english_found

pytestmark = pytest.mark.django_db

Range = get_model("offer", "Range")
Condition = get_model("offer", "Condition")
Benefit = get_model("offer", "Benefit")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Voucher = get_model("voucher", "Voucher")
VoucherSet = get_model("voucher", "VoucherSet")

# The English that QA found on these Thai pages (Oscar's msgids), each now translated.
FIXED_ENGLISH = [
    "Create voucher", "Create new voucher", "All Vouchers", "Voucher sets", "Create voucher set",
    "Create new voucher set", "Voucher details", "Voucher set details", "Attached offers", "Is available?",
    "Incentive", "Restrictions", "Recent orders", "No orders have been placed that use this voucher.",
    "Num baskets", "Num orders", "Stats", "Edit voucher", "Edit voucher set", "Search vouchers",
    "Which offers apply for this voucher?", "Case insensitive / No spaces allowed",
    "Can be used multiple times by multiple customers",
    "This will be shown in the checkout and basket once the voucher is entered",
    "Length of Code", "Number of vouchers",
    "Create new offer", "All Offers", "Offer type", "Offer details", "Offer summary", "Attached vouchers",
    "Suspend offer", "Offer currently available", "Orders that used this offer", "Export to CSV",
    "1. Name, description and type", "2. Incentive", "3. Condition", "4. Restrictions",
    "Continue to step 2", "Continue to step 3", "Continue to step 4", "Save this offer",
    "Ranges can be created and edited", "range dashboard", "Exclusive offer",
    "The highest priority offers are applied first", "Max global applications", "Max user applications",
    "Max basket applications", "Site offer", "Voucher offer", "Filters:",
]



@pytest.fixture
def new_year_voucher():
    everything = Range.objects.create(name="สินค้าทั้งหมด", includes_all_products=True)
    offer = ConditionalOffer.objects.create(
        name="ลด 10% ปีใหม่", offer_type=ConditionalOffer.VOUCHER,
        condition=Condition.objects.create(range=everything, type=Condition.COUNT, value=1),
        benefit=Benefit.objects.create(range=everything, type=Benefit.PERCENTAGE, value=10),
    )
    now = timezone.now()
    voucher = Voucher.objects.create(name="ปีใหม่ 2570", code="NEWYEAR70", usage=Voucher.MULTI_USE,
                                     start_datetime=now, end_datetime=now + datetime.timedelta(days=30))
    voucher.offers.add(offer)
    voucher_set = VoucherSet.objects.create(name="คูปองงานกาชาด", count=3, code_length=8, start_datetime=now,
                                            end_datetime=now + datetime.timedelta(days=30))
    return offer, voucher, voucher_set


@pytest.mark.parametrize(
    "page",
    ["voucher-list", "voucher-list-filtered", "voucher-create", "voucher-stats", "voucher-update",
     "voucher-set-list", "voucher-set-create", "voucher-set-detail", "voucher-set-update",
     "offer-list", "offer-detail", "offer-metadata", "offer-benefit", "offer-condition", "offer-restrictions"],
)
def test_the_voucher_and_offer_dashboards_are_thai(staff_client, new_year_voucher, page):
    offer, voucher, voucher_set = new_year_voucher
    urls = {
        "voucher-list": reverse("dashboard:voucher-list"),
        "voucher-list-filtered": reverse("dashboard:voucher-list") + "?name=ปีใหม่",
        "voucher-create": reverse("dashboard:voucher-create"),
        "voucher-stats": reverse("dashboard:voucher-stats", kwargs={"pk": voucher.pk}),
        "voucher-update": reverse("dashboard:voucher-update", kwargs={"pk": voucher.pk}),
        "voucher-set-list": reverse("dashboard:voucher-set-list"),
        "voucher-set-create": reverse("dashboard:voucher-set-create"),
        "voucher-set-detail": reverse("dashboard:voucher-set-detail", kwargs={"pk": voucher_set.pk}),
        "voucher-set-update": reverse("dashboard:voucher-set-update", kwargs={"pk": voucher_set.pk}),
        "offer-list": reverse("dashboard:offer-list"),
        "offer-detail": reverse("dashboard:offer-detail", kwargs={"pk": offer.pk}),
        "offer-metadata": reverse("dashboard:offer-metadata", kwargs={"pk": offer.pk}),
        "offer-benefit": reverse("dashboard:offer-benefit", kwargs={"pk": offer.pk}),
        "offer-condition": reverse("dashboard:offer-condition", kwargs={"pk": offer.pk}),
        "offer-restrictions": reverse("dashboard:offer-restrictions", kwargs={"pk": offer.pk}),
    }
    response = staff_client.get(urls[page])
    assert response.status_code == 200
    assert english_found(response.content.decode(), FIXED_ENGLISH) == []


def test_the_offer_list_and_the_offer_steps_name_the_offer_type_in_thai(staff_client, new_year_voucher):
    offer, _, _ = new_year_voucher

    listing = staff_client.get(reverse("dashboard:offer-list")).content.decode()
    summary = staff_client.get(reverse("dashboard:offer-benefit", kwargs={"pk": offer.pk})).content.decode()

    for html in (listing, summary):
        assert "ใช้โค้ด" in html
        assert not re.search(r">\s*Voucher\s*<", html)
