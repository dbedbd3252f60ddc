"""Every way out of a producer's dashboard home leads to a page they may open (no 403 behind a button)."""

import re

import pytest

from cms.roles.services import producer_grant_storefront, roles_ensure
from tests.factories import UserFactory, eligible_product

pytestmark = pytest.mark.django_db


def test_every_link_on_the_producers_home_opens_for_them(client):
    roles_ensure()
    product = eligible_product()
    user = UserFactory(email="weaver@otop.example")
    producer_grant_storefront(product.producer, user)
    client.force_login(user)

    home = client.get("/dashboard/")
    assert home.status_code == 200
    content = home.content.decode().split('<div class="page">', 1)[-1]
    hrefs = re.findall(r'href="(/[^"#]*)"', content)
    links = sorted({href for href in hrefs if href.startswith(("/dashboard/", "/cms/"))})
    assert links
    refused = {href: client.get(href).status_code for href in links}
    refused = {href: status for href, status in refused.items() if status >= 400}
    assert refused == {}
