"""Nothing on the page moves when Sarabun arrives: cumulative layout shift stays under 0.1 (Lighthouse's "good").

The storefront draws text at once in a stand-in font (font-display: swap) and in Sarabun when its files
arrive. If a line then wraps differently, everything under it jumps: the search page's listing moved by a
whole line on a phone (a shift of 0.21, Lighthouse's performance score 86-89, issue #15). Here the font files
are held back until the page has been drawn, as on a slow connection, so the swap always comes after the
first paint; the shifts are summed by a PerformanceObserver that was listening from the start, once every
face the page uses has loaded, and the text is checked to be in Sarabun by then.
"""

import time
from urllib.parse import quote

import pytest
from django.urls import reverse

from marketplace.geography.models import Province
from search.indexing import index_rebuild
from tests.factories import ProducerFactory, eligible_product

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
LIGHTHOUSE_PHONE = {"width": 412, "height": 823}  # the Moto G Power Lighthouse emulates
DESKTOP = {"width": 1280, "height": 800}
FONT_DELAY_S = 0.6
GOOD_CLS = 0.1  # Lighthouse and Core Web Vitals call a page "good" at or below 0.1

SHIFT_OBSERVER = """
window.layoutShifts = [];
new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.layoutShifts.push({value: entry.value, sources: entry.sources.map(source =>
            source.node ? source.node.nodeName + (source.node.className ? '.' + source.node.className : '') : '?')});
    }
}).observe({type: 'layout-shift', buffered: true});
"""


@pytest.fixture
def silk_shop(search_index):
    """Silk from two provinces with Thai and English titles of the lengths the demo has, indexed."""
    provinces = [Province.objects.get(code="TH-32"), Province.objects.get(code="TH-46")]
    titles = [
        ("ผ้าไหมแพรวา ผืนใหญ่ ลายเต็มผืน", "Praewa silk, grand piece, full pattern"),
        ("ผ้าไหมยกดอก ปักธงชัย สีเขียวมรกต", "Pak Thong Chai brocade silk, emerald"),
        ("ผ้าไหมมัดหมี่สุรินทร์ ลายโคม", "Surin mudmee silk, lantern pattern"),
        ("ผ้าไหมหางกระรอก", "Squirrel-tail silk"),
        ("ผ้าไหมมัดหมี่ ลายนาค ย้อมสีธรรมชาติ", "Mudmee silk, naga pattern, natural dyes"),
        ("ผ้าไหมแพรวากาฬสินธุ์", "Kalasin praewa silk"),
    ]
    products = [
        eligible_product(title=th, title_en=en, producer=ProducerFactory(province=provinces[i % 2]),
                         stock__price=1500 + 2500 * i, stars=5 - i % 2)
        for i, (th, en) in enumerate(titles)
    ]
    index_rebuild()
    return products


def _layout_shift_after_fonts(page, path: str, viewport: dict) -> tuple[float, list]:
    page.set_viewport_size(viewport)
    page.add_init_script(SHIFT_OBSERVER)

    def font_after_first_paint(route):
        time.sleep(FONT_DELAY_S)
        route.continue_()

    page.route("**/*.woff2", font_after_first_paint)
    page.goto(path, wait_until="load")
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(300)  # a shift is reported with the frame after the swap
    thai_in_sarabun = page.evaluate(
        "[...document.fonts].some(face => face.family === 'Sarabun Thai' && face.status === 'loaded')")
    assert thai_in_sarabun, f"{path}: Sarabun's Thai face never loaded"
    shifts = page.evaluate("window.layoutShifts")
    return sum(shift["value"] for shift in shifts), shifts


def _search(query: str, english: bool = False, **filters) -> str:
    path = reverse("search:search") if not english else "/en" + reverse("search:search")
    return path + f"?q={quote(query)}" + "".join(f"&{key}={value}" for key, value in filters.items())


SEARCH_PAGES = [
    ("Thai search, Lighthouse's phone", _search("ผ้าไหม"), LIGHTHOUSE_PHONE),
    ("Thai search, phone", _search("ผ้าไหม"), PHONE),
    ("Thai search with filters, phone", _search("ผ้าไหม", stars=5, province="TH-46"), PHONE),
    ("Thai search, nothing found, phone", _search("เครื่องบิน"), PHONE),
    ("Thai search, desktop", _search("ผ้าไหม"), DESKTOP),
    ("English search, phone", _search("silk", english=True), PHONE),
    ("English search, desktop", _search("silk", english=True), DESKTOP),
]


@pytest.mark.parametrize("what, path, viewport", [pytest.param(*case, id=case[0]) for case in SEARCH_PAGES])
def test_the_search_page_does_not_move_when_sarabun_arrives(page, silk_shop, what, path, viewport):
    cls, shifts = _layout_shift_after_fonts(page, path, viewport)
    assert cls <= GOOD_CLS, f"{what}: cumulative layout shift {cls:.3f} > {GOOD_CLS} when the fonts arrived: {shifts}"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_home_and_product_pages_do_not_move_when_sarabun_arrives(new_page, silk_shop, viewport):
    for path in ("/", silk_shop[0].get_absolute_url(), "/en" + silk_shop[0].get_absolute_url()):
        cls, shifts = _layout_shift_after_fonts(new_page(), path, viewport)  # a fresh page: nothing cached
        assert cls <= GOOD_CLS, f"{path}: cumulative layout shift {cls:.3f} > {GOOD_CLS} when the fonts arrived: {shifts}"


def test_a_short_filtered_list_starts_right_under_the_sort_box_on_desktop(page, silk_shop):
    """The filter column, taller than a few results, once shared its extra height with the toolbar's row of the
    grid: a band of empty page between the sort box and the products."""
    page.set_viewport_size(DESKTOP)
    page.goto(_search("ผ้าไหม", stars=5, province="TH-46"))
    toolbar = page.locator(".listing > .toolbar").bounding_box()
    results = page.locator(".listing > .listing__results").bounding_box()
    filters = page.locator(".listing > .filters").bounding_box()
    assert filters["height"] > toolbar["height"] + results["height"], "the case needs a filter column taller than the results"
    gap = results["y"] - (toolbar["y"] + toolbar["height"])
    assert gap <= 20, f"{gap:.0f} px of empty page between the sort box and the results"
