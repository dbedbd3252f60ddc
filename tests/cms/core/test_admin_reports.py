"""Wagtail's reports show their own filters, in Thai, and not the storefront's product search."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

STOREFRONT_FACETS = ('name="max_price"', 'name="region"', 'name="stars"', 'name="producer_type"')


@pytest.mark.parametrize("report", ["wagtailadmin_reports:workflow", "wagtailadmin_reports:workflow_tasks"])
def test_the_workflow_reports_have_no_storefront_search_facets(client, editor, report):
    client.force_login(editor)
    response = client.get(reverse(report))
    assert response.status_code == 200
    html = response.content.decode()
    assert not [facet for facet in STOREFRONT_FACETS if facet in html]


def test_the_storefront_header_keeps_its_search_box(client, maker_a):
    response = client.get("/?q=ผ้าไหม")
    assert response.context["search_form"]["q"].value() == "ผ้าไหม"
    assert 'id="site-search-q" name="q" value="ผ้าไหม"' in response.content.decode()


def test_storefront_pages_build_the_search_form_only_when_a_template_asks_for_it(client, maker_a):
    from django.utils.functional import empty

    response = client.get(maker_a.product.get_absolute_url() + "?q=<b>ผ้า")
    assert response.context["search_form"]._wrapped is empty  # the header shows only what was typed
    assert 'name="q" value="&lt;b&gt;ผ้า"' in response.content.decode()
