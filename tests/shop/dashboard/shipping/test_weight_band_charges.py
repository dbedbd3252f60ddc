"""Staff type a shipping band's charge as they write it (฿1,250.50); nonsense is a message, not a number input."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WeightBased = get_model("shipping", "WeightBased")


@pytest.fixture
def method(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, email="admin-ship@example.th"))
    return WeightBased.objects.create(name="ส่งด่วนทดสอบ · Test express", code="test-express")


def test_a_band_charge_typed_with_the_baht_sign_and_a_comma_is_saved(client, method):
    url = reverse("dashboard:shipping-method-detail", kwargs={"pk": method.pk})
    assert 'inputmode="decimal"' in client.get(url).content.decode()
    response = client.post(url, {"upper_limit": "20", "charge": "฿1,250.50"})
    assert response.status_code == 302
    assert method.bands.get(upper_limit=Decimal("20")).charge == Decimal("1250.50")


def test_a_band_charge_can_be_edited_the_same_way_and_nonsense_is_refused_in_thai(client, method):
    band = method.bands.create(upper_limit=Decimal("5"), charge=Decimal("60"))
    url = reverse("dashboard:shipping-method-band-edit", kwargs={"method_pk": method.pk, "pk": band.pk})
    response = client.post(url, {"upper_limit": "5", "charge": "1,2,0"})
    assert response.status_code == 200
    assert "คั่น" in response.context["form"].errors["charge"][0]
    assert client.post(url, {"upper_limit": "5", "charge": "1,200"}).status_code == 302
    band.refresh_from_db()
    assert band.charge == Decimal("1200.00")
