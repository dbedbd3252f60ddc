"""Steps in Wagtail's admin (/cms/) as a person takes them: the page editor's footer actions."""

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
