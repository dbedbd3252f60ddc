"""The header's search suggestions: readable over the page, and usable by keyboard and screen reader.

The ARIA 1.2 combobox pattern: the box is a combobox that controls a named listbox, says
whether it is expanded and which option is highlighted (aria-activedescendant), and the
arrows, Enter and Escape work; axe-core checks the page with the list open.
"""

import re

import pytest

from search.indexing import index_rebuild
from tests.factories import eligible_product

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture
def silk_catalogue(search_index):
    eligible_product(title="ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", title_en="Surin mudmee silk, lantern pattern")
    eligible_product(title="ผ้าไหมแพรวาชนบท", title_en="Chonnabot praewa silk")
    index_rebuild()


def _open_suggestions(page, typed: str = "ผ้าไห"):
    box = page.locator("#site-search-q")
    box.click()
    box.press_sequentially(typed, delay=30)
    listbox = page.locator(".site-search [role=listbox]")
    listbox.locator("[role=option]").first.wait_for(state="visible")
    return box, listbox


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_suggestions_are_a_readable_panel_under_the_search_box(page, shot, axe_check, silk_catalogue, viewport):
    page.set_viewport_size(viewport)
    page.goto("/")
    box, listbox = _open_suggestions(page)

    box_area, list_area = box.bounding_box(), listbox.bounding_box()
    assert list_area["y"] >= box_area["y"] + box_area["height"], "the list must open below the box, not over it"
    assert list_area["x"] >= 0 and list_area["x"] + list_area["width"] <= viewport["width"]
    looks = listbox.evaluate(
        "el => { const s = getComputedStyle(el), o = getComputedStyle(el.querySelector('[role=option]'));"
        " return {background: s.backgroundColor, position: s.position, zIndex: s.zIndex,"
        " color: o.color, height: el.querySelector('[role=option]').getBoundingClientRect().height}; }"
    )
    assert looks["background"] == "rgb(255, 255, 255)", f"the list needs its own background: {looks}"
    assert looks["position"] == "absolute" and looks["zIndex"] not in ("auto", "0")
    assert looks["height"] >= 44, "each suggestion is a full-size touch target"
    # The topmost element where the first suggestion is drawn is the suggestion itself.
    first = listbox.locator("[role=option]").first
    area = first.bounding_box()
    on_top = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('[role=option]') !== null",
        [area["x"] + area["width"] / 2, area["y"] + area["height"] / 2],
    )
    assert on_top
    axe_check(page, "home with search suggestions open")
    shot(page, f"suggestions-{'phone' if viewport is PHONE else 'desktop'}")


def test_suggestions_follow_the_combobox_pattern_by_keyboard(page, axe_check, silk_catalogue):
    page.set_viewport_size(PHONE)
    page.goto("/")
    box, listbox = _open_suggestions(page)

    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    list_id = listbox.get_attribute("id")
    assert box.get_attribute("aria-controls") == list_id
    assert listbox.get_attribute("aria-label") == "คำค้นที่แนะนำ"
    options = listbox.locator("[role=option]")
    count = options.count()
    assert count >= 1
    assert box.get_attribute("aria-activedescendant") is None
    # A screen reader hears how many suggestions there are.
    assert re.search(rf"{count}", page.locator(".site-search [role=status]").inner_text())

    box.press("ArrowDown")
    first_id = options.first.get_attribute("id")
    assert box.get_attribute("aria-activedescendant") == first_id
    assert options.first.get_attribute("aria-selected") == "true"
    box.press("ArrowUp")  # wraps to the last one
    assert box.get_attribute("aria-activedescendant") == options.nth(count - 1).get_attribute("id")
    box.press("ArrowDown")  # and back to the first
    assert box.get_attribute("aria-activedescendant") == first_id
    assert page.evaluate("document.activeElement.id") == "site-search-q", "focus stays in the box"

    box.press("Escape")
    assert listbox.is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    assert box.input_value() == "ผ้าไห", "Escape closes the list without clearing what was typed"

    box.press("ArrowDown")  # opens again
    options.first.wait_for(state="visible")
    box.press("ArrowDown")
    chosen = options.first.inner_text()
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    assert page.locator("#site-search-q").input_value() == chosen
