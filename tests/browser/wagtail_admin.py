"""Steps in Wagtail's admin (/cms/) as a person takes them: the page editor's footer actions."""

import re

from playwright.sync_api import Page


def footer_action(page: Page, selector: str) -> None:
    """Clicks an action of the editor's footer, opening its "More actions" menu when the action is in it."""
    action = page.locator(selector).first
    if not action.is_visible():
        page.locator("footer .w-dropdown-button [data-w-dropdown-target='toggle']").first.click()
    action.click()
    page.wait_for_load_state()


def edit_url(page_id: int) -> str:
    return f"/cms/pages/{page_id}/edit/"


# Names that stay as they are in the admin: the storefront's video field names the site it takes links from.
ADMIN_ALLOWED = frozenset({"YouTube"})

# Text a reader sees that is not in the page's innerText: field placeholders and CSS-generated text
# (Draftail's "Write something or type '/' to insert a block" is drawn with ::before).
_UNSEEN_TEXT_JS = """() => {
    const texts = [...document.querySelectorAll('[placeholder]')].map(el => el.getAttribute('placeholder'));
    for (const el of document.querySelectorAll('body *')) {
        for (const pseudo of ['::before', '::after']) {
            const content = getComputedStyle(el, pseudo).content;
            if (content && content.startsWith('"') && content.length > 3) texts.push(content.slice(1, -1));
        }
    }
    return texts.join('\\n');
}"""


def assert_thai_admin(page: Page, what: str, data: frozenset[str] = frozenset()) -> None:
    """``assert_thai`` for a page of Wagtail's admin, its placeholders and CSS-drawn text included.

    ``data``: English words the test itself wrote into the page's content (a picture's title, say).
    """
    from .test_thai_shop import ALLOWED, english_words

    allowed = ALLOWED | ADMIN_ALLOWED | data
    words = [w for w in english_words(page) if w not in allowed]
    assert not words, f"English on the Thai {what} page: {words}"
    years = re.findall(r"\b20[2-3]\d\b", page.evaluate("document.body.innerText"))
    assert not years, f"Christian-era years on the Thai {what} page: {years}"
    unseen = page.evaluate(_UNSEEN_TEXT_JS)
    words = sorted({w for w in re.findall(r"[A-Za-z][A-Za-z’'-]+", unseen) if w not in allowed})
    assert not words, f"English in the placeholders of the Thai {what} page: {words}"
