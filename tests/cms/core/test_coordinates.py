"""A storefront or a village is placed in Thailand: coordinates outside it are refused, with an example, in Thai."""

import pytest
from django.core.exceptions import ValidationError

from cms.core.coordinates import latitude_in_thailand, longitude_in_thailand
from tests.cms.helpers import edit_data, edit_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("latitude, longitude", [("95", "100.5"), ("18.79", "999"), ("-18.79", "98.98"),
                                                 ("18.79", "-98.98")])
def test_coordinates_outside_thailand_are_refused(latitude, longitude):
    with pytest.raises(ValidationError):
        latitude_in_thailand(latitude)
        longitude_in_thailand(longitude)


def test_coordinates_in_thailand_pass():
    latitude_in_thailand("18.788300")
    longitude_in_thailand("98.985300")


def test_an_editor_cannot_publish_a_storefront_placed_outside_thailand(client, maker_a, editor):
    client.force_login(editor)
    response = client.post(edit_url(maker_a.page), edit_data(maker_a.page, latitude="95", longitude="999",
                                                               **{"action-publish": "publish"}),
                           HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200  # the form again, with the errors
    errors = response.context["form"].errors
    assert "ละติจูด" in " ".join(errors["latitude"]) and "ลองจิจูด" in " ".join(errors["longitude"])
    maker_a.page.refresh_from_db()
    assert maker_a.page.latitude is None
