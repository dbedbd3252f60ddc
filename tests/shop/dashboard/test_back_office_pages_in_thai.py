"""Staff manage producers (Oscar's partners), customers and reports on Thai pages: Oscar's own Thai
leaves these dashboard screens in English, so locale/oscar-overrides translates them."""

import pytest
from django.urls import reverse

from tests.factories import PartnerFactory, UserFactory
from tests.shop.dashboard.english_phrases import english_found

pytestmark = pytest.mark.django_db

# The English that QA found on these Thai pages (Oscar's msgids), each now translated.
FIXED_ENGLISH = [
    "All partners",
    "Create new partner",
    "No partners found",
    "Delete partner",
    "Link user",
    "No users associated",
    "Update details",
    "Name",
    "True",
    "False",
    "Make active",
    "Make inactive",
    "With selected customers",
    "No customers found",
    "Send password reset email",
    "Date joined",
    "Last login",
    "Reporting Dashboard",
    "Reporting dashboard",
    "Report Type",
    "Generate report",
    "The report is inclusive of this date",
    "Product analytics",
    "Offer performance",
    "User analytics",
    "No results found",
]



@pytest.mark.parametrize(
    "page",
    ["partner-list", "partner-list-empty", "partner-manage", "partner-delete", "user-list", "user-detail",
     "reports", "report-generated"],
)
def test_the_partner_user_and_report_dashboards_are_thai(staff_client, page):
    partner = PartnerFactory(name="วิสาหกิจชุมชนทอผ้าบ้านนาข่า")
    customer = UserFactory(email="somchai@example.th", first_name="สมชาย", last_name="ใจดี")
    urls = {
        "partner-list": reverse("dashboard:partner-list"),
        "partner-list-empty": reverse("dashboard:partner-list") + "?name=ไม่มีผู้ผลิตนี้",
        "partner-manage": reverse("dashboard:partner-manage", kwargs={"pk": partner.pk}),
        "partner-delete": reverse("dashboard:partner-delete", kwargs={"pk": partner.pk}),
        "user-list": reverse("dashboard:users-index"),
        "user-detail": reverse("dashboard:user-detail", kwargs={"pk": customer.pk}),
        "reports": reverse("dashboard:reports-index"),
        "report-generated": reverse("dashboard:reports-index") + "?report_type=product_analytics",
    }
    response = staff_client.get(urls[page])
    assert response.status_code == 200
    assert english_found(response.content.decode(), FIXED_ENGLISH) == []
