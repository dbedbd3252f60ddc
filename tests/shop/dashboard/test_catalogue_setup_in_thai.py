"""Staff set up the catalogue (categories, product types, options, attribute groups), product ranges, flat
pages and e-mails on Thai pages: Oscar's own Thai leaves these screens in English, so
locale/oscar-overrides translates them."""

import pytest
from django.urls import reverse

from marketplace.listings.services import categories_ensure
from tests.shop.dashboard.english_phrases import english_found

pytestmark = pytest.mark.django_db

# The English that QA found on these Thai pages (Oscar's and django-treebeard's msgids), each now translated.
FIXED_ENGLISH = [
    "Create new category", "Search Categories", "Edit category", "Add child category", "With selected categories:",
    "Number of child categories", "Position", "Relative to", "First child of", "Exclude from menu",
    "Show this category in search results and catalogue listings.",
    "Create new product type", "Product types", "Requires shipping", "Track stock?", "Edit product type",
    "Create new Option", "Is this option required?", "Help text shown to the user on the add to basket form",
    "Create new Attribute Option Group", "Attribute Options",
    "Create new range", "No ranges found.", "Save and edit products",
    "Create new page", "All pages", "There are no defined emails to edit.",
]


@pytest.mark.parametrize(
    "name",
    ["catalogue-category-list", "catalogue-category-create", "catalogue-class-list", "catalogue-option-list",
     "catalogue-option-create", "catalogue-attribute-option-group-create", "range-list", "range-create",
     "page-list", "page-create", "comms-list"],
)
def test_the_catalogue_setup_range_page_and_email_dashboards_are_thai(staff_client, name):
    response = staff_client.get(reverse(f"dashboard:{name}"))
    assert response.status_code == 200
    assert english_found(response.content.decode(), FIXED_ENGLISH) == []


def test_the_category_list_names_its_actions_column_in_thai(staff_client):
    categories_ensure()
    html = staff_client.get(reverse("dashboard:catalogue-category-list")).content.decode()

    assert "<table" in html
    assert english_found(html, ["Actions"]) == []
