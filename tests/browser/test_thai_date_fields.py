"""Thai pages show and take dates in the Buddhist era even in an en-US browser (its own date inputs would not).

A browser's ``<input type="date">`` follows the browser's locale: an en-US Chromium showed 03/28/2027 on a
Thai page. The producer's certification form, a shopper's order history and the Wagtail editor's story date
are checked here in an en-US Chromium at phone and desktop size.
"""

import datetime

import pytest
from django.utils import timezone

from cms.roles.services import cdd_editor_grant
from cms.stories.models import StoryPage
from marketplace.certification.models import Certification
from tests.cms.helpers import add_story
from tests.factories import UserFactory
from tests.marketplace.certification.documents import PDF_BYTES
from tests.order_factory import make_order

from .steps import log_in
from .wagtail_admin import edit_url, footer_action

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


def _buddhist(day: datetime.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


@VIEWPORTS
def test_the_producers_expiry_date_is_typed_in_the_buddhist_era_in_an_en_us_browser(new_page, shot, maker, viewport):
    page = new_page(locale="en-US", viewport=viewport)
    product = maker.product
    log_in(page, maker.user.email, next_url="/dashboard/certifications/mine/")
    page.locator(f"#my_products a[href$='?product={product.pk}']").click()  # its "renew" link
    page.wait_for_url(f"**/submit/?product={product.pk}")

    expires = page.locator("input[name=expires_on]")
    assert expires.get_attribute("type") == "text"  # not the browser's date input, which would be C.E., mm/dd/yyyy
    assert expires.get_attribute("inputmode") == "numeric"
    assert expires.get_attribute("placeholder") == "วว/ดด/ปปปป พ.ศ."
    expiry = timezone.localdate() + datetime.timedelta(days=700)
    expires.press_sequentially(_buddhist(expiry).replace("/", ""))  # a phone's number pad has no slash
    page.fill("input[name=certificate_no]", "OPC2569-0999001")
    page.fill("input[name=selection_year]", str(timezone.localdate().year + 543))
    page.select_option("select[name=standards-0-kind]", "fda")
    page.fill("input[name=standards-0-number]", "10-1-32155-5-0009")
    page.fill("input[name=standards-0-expires_on]", "31/02/2570")  # no such day
    page.set_input_files("input[name=document]", files=[{"name": "c.pdf", "mimeType": "application/pdf",
                                                          "buffer": PDF_BYTES}])
    page.locator("#certification_submit_form button[type=submit]").last.click()
    page.wait_for_load_state()

    # Refused in Thai; what was typed stays, the expiry now written as the page writes dates.
    assert "ไม่มีวันที่ 31/02/2570 ในปฏิทิน" in page.inner_text("body")
    assert page.locator("input[name=standards-0-expires_on]").input_value() == "31/02/2570"
    assert page.locator("input[name=expires_on]").input_value() == _buddhist(expiry)
    assert page.locator("input[name=certificate_no]").input_value() == "OPC2569-0999001"
    shot(page, f"certificate-dates-refused-{viewport['width']}")
    assert not Certification.objects.filter(certificate_no="OPC2569-0999001").exists()


def test_a_shoppers_order_history_filter_reads_and_keeps_buddhist_era_days(new_page, shot, maker):
    page = new_page(locale="en-US", viewport=PHONE)
    shopper = UserFactory(email="dates-browser@example.th")
    recent = make_order("100901", [(maker.producer, maker.product)])
    old = make_order("100902", [(maker.producer, maker.product)])
    old.date_placed = timezone.now() - datetime.timedelta(days=400)
    old.save(update_fields=["date_placed"])
    for order in (recent, old):
        order.user = shopper
        order.save(update_fields=["user"])
    since = timezone.localdate() - datetime.timedelta(days=30)

    log_in(page, shopper.email, next_url="/accounts/orders/")
    page.locator("details.order-search summary").click()
    page.fill("#id_date_from", _buddhist(since))
    page.locator(".order-search__form button[type=submit]").click()
    page.wait_for_load_state()

    assert recent.number in page.inner_text("main") and old.number not in page.inner_text("main")
    assert page.locator("#id_date_from").input_value() == _buddhist(since)
    assert str(since.year + 543) in page.locator(".order-list__title").inner_text()
    shot(page, "order-history-filtered-390")
    page.reload()  # the URL holds the day as typed: it reads back the same
    assert page.locator("#id_date_from").input_value() == _buddhist(since)


@VIEWPORTS
def test_the_story_date_in_wagtail_is_in_the_buddhist_era_in_an_en_us_browser(new_page, shot, maker, viewport):
    page = new_page(locale="en-US", viewport=viewport)
    editor = UserFactory(email="editor-dates@example.th")
    cdd_editor_grant(editor)
    story = add_story(maker)
    StoryPage.objects.filter(pk=story.pk).update(date=datetime.date(2026, 11, 29))

    log_in(page, editor.email, next_url=edit_url(story.pk))
    page.goto(edit_url(story.pk))
    date = page.locator("#id_date")
    assert date.input_value() == "29/11/2569"
    date.click()
    calendar = page.locator(".xdsoft_datetimepicker:visible")
    assert calendar.locator(".xdsoft_year > span").inner_text() == "2569"  # the calendar's year, B.E.
    assert calendar.locator(".xdsoft_month > span").inner_text() == "พฤศจิกายน"
    shot(page, f"story-date-calendar-{viewport['width']}")
    calendar.locator("td.xdsoft_date[data-date='10'][data-month='10']").click()
    assert date.input_value() == "10/11/2569"
    date.fill("28/03/2570")
    footer_action(page, "button[name='action-publish']")

    story.refresh_from_db()
    assert story.date == datetime.date(2027, 3, 28)
