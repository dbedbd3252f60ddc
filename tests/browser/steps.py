"""Steps a person takes on the site in the browser: logging in, adding to the basket, filling in a Thai address."""

from django.utils import translation


def fill_thai_address(page, postcode: str = "50200") -> None:
    """Fills the checkout's new-address form with a Chiang Mai address (no postcode when ``postcode`` is "")."""
    page.fill("#id_first_name", "สมหญิง")
    page.fill("#id_last_name", "รักไทย")
    page.fill("#id_phone_number", "081-234-5678")
    page.fill("#id_line1", "99/1 หมู่ 3 ถนนสุเทพ")
    page.select_option("#id_province", "TH-50")
    page.fill("#id_line4", "เมืองเชียงใหม่")
    page.fill("#id_line3", "สุเทพ")
    page.fill("#id_postcode", postcode)


def log_in(page, email: str, password: str = "secret-pass-123", next_url: str = "/") -> None:
    """Logs in through the site's own log-in page."""
    page.goto(f"/accounts/login/?next={next_url}")
    page.fill("#id_login-username", email)
    page.fill("#id_login-password", password)
    page.click("button[name=login_submit]")
    page.wait_for_load_state()


def add_to_basket(page, product) -> None:
    """Adds one of ``product`` from its Thai product page."""
    with translation.override("th"):
        page.goto(product.get_absolute_url())
    page.click("#add_to_basket_form button[type=submit]")
    page.wait_for_load_state()
