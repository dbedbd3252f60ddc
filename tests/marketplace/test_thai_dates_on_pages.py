"""Thai pages count years in the Buddhist era everywhere: a walk of the back office and the customer's account.

Oscar's and Wagtail's templates print many dates bare (``{{ alert.date_created }}``, ``{{ order.date_placed }}``),
without the ``date`` filter that ``marketplace/i18n.py`` makes Buddhist-era; ``marketplace.storefront`` points the
template engine's writer of values at ``marketplace.i18n.localize``. The walk follows every link of the dashboard
menu that staff and a producer see, the detail pages under them, and the customer's account pages, all with
rows dated now, and fails on a year of today's Christian era (2020-2039) in the text a reader sees. Machine values
stay C.E. and are not text: ISO dates in inputs' values, ``datetime`` attributes.
"""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from oscar.apps.dashboard.menu import get_nodes
from oscar.core.loading import get_model

from cms.roles.services import roles_ensure
from marketplace.certification.models import CertificationStatus
from shop.order import statuses
from tests.factories import CertificationFactory, UserFactory, eligible_product, producer_user
from tests.order_factory import make_order

pytestmark = pytest.mark.django_db

CHRISTIAN_ERA_YEAR = re.compile(r"(?<!\d)20[2-3]\d(?!\d)")
# What may stay C.E. on a Thai page: the certificate form's hint that a year may be written either way.
ALLOWED = [re.compile(r"ค\.ศ\. \(เช่น 20\d\d\)")]


class _VisibleText(HTMLParser):
    """The text of a page as a reader sees it: no tags, attributes, scripts or styles."""

    def __init__(self):
        super().__init__()
        self.parts, self._skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._skipping += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def christian_era_years(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    text = " ".join(parser.parts)
    for allowed in ALLOWED:
        text = allowed.sub(" ", text)
    return [text[max(0, m.start() - 40):m.end() + 10].strip() for m in CHRISTIAN_ERA_YEAR.finditer(text)]


def menu_urls(user) -> list[str]:
    urls = []
    for node in get_nodes(user):
        for item in [node, *node.children]:
            if item.url_name:
                urls.append(item.url)
    return urls


@pytest.fixture
def dated_rows(fake_stripe):
    """An order with events, notes and payments; a stock alert, a notification, an e-mail and a review; all dated now."""
    from tests.order_factory import order_paid

    roles_ensure()
    silk = eligible_product(title="ผ้าไหมมัดหมี่ลายโคม", title_en="Mudmee silk")
    CertificationFactory(product=silk, status=CertificationStatus.PENDING, certificate_no="OPC2569-000777")
    weaver = producer_user(silk.producer, email="weaver-dates@otop.example")
    customer = UserFactory(email="somchai-dates@example.th", first_name="สมชาย", last_name="ใจดี")
    order = order_paid([(silk, 1)], fake_stripe, user=customer)
    line = order.lines.get()
    order.notes.create(message="โทรหาลูกค้าก่อนส่ง", user=UserFactory(is_staff=True))
    event_type, _created = get_model("order", "ShippingEventType").objects.get_or_create(name="Shipped")
    event = order.shipping_events.create(event_type=event_type, notes="ส่งแล้ว")
    event.line_quantities.create(line=line, quantity=1)
    get_model("customer", "ProductAlert").objects.create(product=silk, user=customer)
    get_model("communication", "Notification").objects.create(recipient=customer, subject="คำสั่งซื้อของคุณจัดส่งแล้ว")
    get_model("communication", "Email").objects.create(user=customer, email=customer.email, subject="ยืนยันคำสั่งซื้อ",
                                                       body_text="ขอบคุณ")
    get_model("reviews", "ProductReview").objects.create(product=silk, user=customer, score=5, title="ดีมาก",
                                                         body="ผ้าสวย")
    get_model("wishlists", "WishList").objects.create(owner=customer, name="ของขวัญ")
    legacy = make_order("100999", [(silk.producer, silk)], status=statuses.PAID)
    legacy.status_changes.create(old_status=statuses.PENDING, new_status=statuses.PAID)
    return silk, weaver, customer, order, line


def _walk(client, urls) -> dict[str, list[str]]:
    found = {}
    with translation.override("th"):
        for url in urls:
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="th", follow=True)
            assert response.status_code == 200, f"{url}: {response.status_code}"
            years = christian_era_years(response.content.decode())
            if years:
                found[url] = years
    return found


def test_staff_pages_count_years_in_the_buddhist_era(client, dated_rows):
    silk, _weaver, customer, order, line = dated_rows
    staff = UserFactory(email="admin-dates@otop.example", is_staff=True, is_superuser=True)
    client.force_login(staff)
    with translation.override("th"):
        today = timezone.localdate().isoformat()
        urls = [
            *menu_urls(staff),
            reverse("dashboard:order-detail", kwargs={"number": order.number}),
            reverse("dashboard:order-line-detail", kwargs={"number": order.number, "line_id": line.pk}),
            reverse("dashboard:user-detail", kwargs={"pk": customer.pk}),
            reverse("dashboard:stock-alert-list"),
            reverse("dashboard:catalogue-product", kwargs={"pk": silk.pk}),
            reverse("dashboard:reviews-list"),
            reverse("dashboard:order-list") + f"?date_from={today}",
            reverse("dashboard:order-list") + f"?date_to={today}",
            reverse("dashboard:order-list") + f"?date_from={today}&date_to={today}",
            reverse("certification-dashboard:detail", kwargs={"pk": silk.certifications.first().pk}),
            reverse("certification-dashboard:queue") + "?status=",
            *(reverse("dashboard:reports-index") + f"?report_type={kind}&date_from={today}&date_to={today}"
              for kind in ("order_report", "product_analytics", "user_analytics", "open_baskets",
                           "submitted_baskets", "offer_analytics")),
        ]
    assert _walk(client, urls) == {}


def test_producer_pages_count_years_in_the_buddhist_era(client, dated_rows):
    silk, weaver, _customer, order, line = dated_rows
    client.force_login(weaver)
    with translation.override("th"):
        urls = [
            *menu_urls(weaver),
            reverse("dashboard:order-detail", kwargs={"number": order.number}),
            reverse("certification-dashboard:detail", kwargs={"pk": silk.certifications.first().pk}),
            reverse("certification-dashboard:submit") + f"?product={silk.pk}",
        ]
    assert _walk(client, urls) == {}


def test_customer_account_pages_count_years_in_the_buddhist_era(client, dated_rows):
    _silk, _weaver, customer, order, _line = dated_rows
    client.force_login(customer)
    with translation.override("th"):
        urls = [
            reverse("customer:summary"),
            reverse("customer:profile-view"),
            reverse("customer:order-list"),
            reverse("customer:order", kwargs={"order_number": order.number}),
            reverse("customer:alerts-list"),
            reverse("customer:notifications-inbox"),
            reverse("customer:email-list"),
            reverse("customer:email-detail", kwargs={"email_id": customer.emails.get().pk}),
            reverse("customer:wishlists-list"),
            reverse("customer:address-list"),
        ]
    assert _walk(client, urls) == {}


def test_english_pages_keep_the_christian_era(client, dated_rows):
    _silk, _weaver, customer, _order, _line = dated_rows
    client.force_login(customer)
    with translation.override("en"):
        html = client.get(reverse("customer:alerts-list")).content.decode()
    assert str(timezone.localdate().year) in html
    assert str(timezone.localdate().year + 543) not in html


def test_the_walk_sees_a_christian_era_year():
    """The check itself: a bare year of today's era in the text is found, the same in an input's value is not."""
    assert christian_era_years("<td>5 ธันวาคม 2026</td>") == ["5 ธันวาคม 2026"]
    assert christian_era_years('<input type="date" value="2026-12-05"><time datetime="2026-12-05">5 ธ.ค. 2569</time>') == []
    assert christian_era_years("<td>฿2,026</td><td>OPC2569-000777</td>") == []
