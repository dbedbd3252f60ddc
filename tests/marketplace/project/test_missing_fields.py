"""A form without a field a view reads directly is a 400 page in the reader's language, not a server error."""

import pytest
from django.test import RequestFactory
from django.utils.datastructures import MultiValueDict, MultiValueDictKeyError

from cms.roles.services import roles_ensure
from marketplace.project.missing_fields import MissingFieldMiddleware
from tests.cms.helpers import make_maker

pytestmark = pytest.mark.django_db


def test_copying_a_page_without_saying_where_is_a_400(client):
    # Wagtail's page copy reads request.POST["new_parent_page"] (an empty post was a server error).
    roles_ensure()
    maker = make_maker("missing-fields", "กลุ่มฟอร์มขาด", "Missing Field Group", "TH-32")
    client.force_login(maker.user)
    response = client.post(f"/cms/pages/{maker.page.pk}/copy/", {})
    assert response.status_code == 400
    assert "ข้อมูลบางส่วนของแบบฟอร์มส่งมาไม่ถึง" in response.content.decode()


def _raised(function) -> BaseException:
    try:
        function()
    except MultiValueDictKeyError as error:
        return error
    raise AssertionError("nothing was raised")


def test_only_a_lookup_in_the_requests_own_data_is_answered_400():
    request = RequestFactory().post("/", {"a": "1"})
    middleware = MissingFieldMiddleware(lambda request: None)
    from_the_request = _raised(lambda: request.POST["missing"])
    assert middleware.process_exception(request, from_the_request).status_code == 400
    # Any other MultiValueDict of our own missing a key is a bug: it stays a server error.
    from_our_own = _raised(lambda: MultiValueDict({"a": ["1"]})["missing"])
    assert middleware.process_exception(request, from_our_own) is None
