"""What shoppers do on the demo site, for bench/load_test.py (which prepares the site and runs this).

Four kinds of visit, weighted like a shop's traffic: browsing (home, catalogue, a
category, a producer's storefront, a product), searching (Thai and English
queries taken from the demo catalogue), adding a product to the basket, and a
guest checkout that goes all the way: Thai address, shipping, the order placed,
the card tokenised by the local Stripe-compatible server (what Stripe.js does in
the browser) and confirmed by the site.

The catalogue comes from the JSON file named by ``BENCH_DATA`` (written by
load_test.py). Selling out is a normal outcome, not an error: an add refused
for lack of stock, or an order refused at placement because someone else took
the last units, counts as "sold out" in the outcomes written to
``BENCH_RESULTS`` when the run ends. Every other unexpected answer is a failure.
"""

import json
import os
import random
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from locust import HttpUser, between, events, task

DATA = json.loads(Path(os.environ["BENCH_DATA"]).read_text(encoding="utf-8")) if os.environ.get("BENCH_DATA") else {}
OUTCOMES: Counter = Counter()

# A Thai address the checkout accepts (the same as tests/shop/checkout/steps.py).
ADDRESS = {
    "first_name": "สมชาย", "last_name": "ใจดี", "phone_number": "081-234-5678",
    "line1": "99/1 หมู่ 3 ถนนสุเทพ", "province": "TH-50", "line4": "เมืองเชียงใหม่", "line3": "สุเทพ",
    "postcode": "50200",
}
TEST_CARD = "4242424242424242"
# The message of shop/order/utils.py when stock ran out between the basket and the placement.
# Oscar's checkout gateway (check_basket_is_valid), in English and in our Thai (locale/oscar-overrides).
SOLD_OUT_IN_BASKET = ("is no longer available to buy", "ไม่พร้อมจำหน่ายแล้ว")
SOLD_OUT_AT_PLACEMENT = ("sold out while you were checking out", "หมดระหว่างที่คุณกำลังชำระเงิน")
ERROR_BLOCK = re.compile(r'class="[^"]*error[^"]*"[^>]*>\s*([^<]{1,200})')


@events.quitting.add_listener
def _write_results(environment, **_kwargs):
    """Statistics and outcomes once every shopper has finished (locust's CSV is written before that)."""
    path = os.environ.get("BENCH_RESULTS")
    if not path:
        return
    stats = environment.stats

    def entry(e) -> dict:
        return {"requests": e.num_requests, "failures": e.num_failures,
                "p50": e.get_response_time_percentile(0.5) or 0, "p95": e.get_response_time_percentile(0.95) or 0}

    elapsed = max(stats.total.last_request_timestamp - stats.total.start_time, 1e-9) if stats.total.num_requests else 0
    Path(path).write_text(json.dumps({
        "pages": {name: entry(e) for (name, _method), e in stats.entries.items()},
        "total": {**entry(stats.total), "seconds": elapsed},
        "errors": [{"name": e.name, "error": str(e.error), "occurrences": e.occurrences}
                   for e in stats.errors.values()],
        "outcomes": dict(OUTCOMES),
    }, ensure_ascii=False), encoding="utf-8")


def _fail(response, what: str) -> None:
    detail = ERROR_BLOCK.findall(response.text or "")[:2] if response.text else []
    response.failure(f"{what}: HTTP {response.status_code} {response.headers.get('Location', '')} {detail}".strip())


class Shopper(HttpUser):
    wait_time = between(0.5, 2.0)

    # --- helpers ----------------------------------------------------------------------------------

    def _csrf(self) -> str:
        return self.client.cookies.get("csrftoken", "")

    def _get(self, url: str, name: str, expect=(200,)) -> bool:
        with self.client.get(url, name=name, catch_response=True, allow_redirects=False) as response:
            if response.status_code not in expect:
                _fail(response, name)
                return False
            response.success()
            return True

    def _add_to_basket(self, product: dict) -> bool:
        """Opens the product page (which sets the CSRF cookie) and adds one; False when sold out or failed."""
        if not self._get(product["url"], "product"):
            return False
        with self.client.post(f"/basket/add/{product['id']}/", {"quantity": 1, "csrfmiddlewaretoken": self._csrf()},
                              name="basket: add", catch_response=True, allow_redirects=False) as response:
            if response.status_code != 302:
                _fail(response, "basket: add")
                return False
            response.success()
        # Oscar answers an add with a redirect either way; the basket says whether it took.
        with self.client.get("/basket/", name="basket", catch_response=True) as response:
            if response.status_code != 200:
                _fail(response, "basket")
                return False
            response.success()
            if f'basket-line__title"><a href="{product["url"]}"' in response.text:
                return True
        OUTCOMES["add refused (sold out)"] += 1
        return False

    # --- the visits ---------------------------------------------------------------------------------

    @task(6)
    def browse(self):
        lang = random.choice(["", "", "/en"])  # Thai at /, English under /en/
        self._get(lang + "/", "home")
        page = random.choice(["catalogue", "category", "producer"])
        if page == "catalogue":
            self._get(lang + "/catalogue/", "catalogue")
        elif page == "category":
            self._get(lang + random.choice(DATA["categories"]), "category")
        else:
            self._get(lang + random.choice(DATA["producers"]), "producer")
        self._get(lang + random.choice(DATA["products"])["url"], "product")
        OUTCOMES["browse"] += 1

    @task(3)
    def search(self):
        query = random.choice(DATA["queries"])
        self._get(random.choice(["", "/en"]) + "/search/?" + urlencode({"q": query}), "search")
        self._get("/api/search/suggest/?" + urlencode({"q": query[:3]}), "search: suggest")
        OUTCOMES["search"] += 1

    @task(2)
    def add_to_basket(self):
        if self._add_to_basket(self._pick_product()):
            OUTCOMES["added to basket"] += 1

    @task(1)
    def checkout(self):
        self.client.cookies.clear()  # a new guest, with a basket of their own
        if not self._add_to_basket(self._pick_product()):
            return
        with self.client.get("/checkout/", name="checkout: gateway", catch_response=True,
                             allow_redirects=False) as response:
            if response.status_code == 302 and response.headers.get("Location", "").endswith("/basket/"):
                # Oscar's checkout sends the shopper back to the basket when a line sold out since it was added
                # (someone else's order took the last units): a normal outcome, said on the basket page.
                basket = self.client.get("/basket/", name="basket")
                if any(marker in basket.text for marker in SOLD_OUT_IN_BASKET):
                    response.success()
                    OUTCOMES["checkout refused (sold out since added)"] += 1
                    return
            if response.status_code != 200:
                _fail(response, "checkout: gateway")
                return
            response.success()
        steps = [
            ("/checkout/", {"username": f"load{random.randrange(10**9)}@example.th", "options": "anonymous"},
             "checkout: guest e-mail", "/checkout/shipping-address/"),
            ("/checkout/shipping-address/", ADDRESS, "checkout: address", "/checkout/shipping-method/"),
            ("/checkout/shipping-method/", {"method_code": "thailand-post-registered"}, "checkout: shipping",
             "/checkout/payment-method/"),
        ]
        for url, data, name, next_url in steps:
            with self.client.post(url, {**data, "csrfmiddlewaretoken": self._csrf()}, name=name,
                                  catch_response=True, allow_redirects=False) as response:
                if not self._went_on(response, name, next_url):
                    return
        # PromptPay and card are offered (shop/checkout/forms.py): the shopper sees the choice and pays by card,
        # which the local Stripe-compatible server settles at once.
        if not self._get("/checkout/payment-method/", "checkout: payment method"):
            return
        with self.client.post("/checkout/payment-method/", {"method": "card", "csrfmiddlewaretoken": self._csrf()},
                              name="checkout: payment method chosen", catch_response=True,
                              allow_redirects=False) as response:
            if not self._went_on(response, "checkout: payment method chosen", "/checkout/preview/"):
                return
        with self.client.get("/checkout/preview/", name="checkout: preview", catch_response=True,
                             allow_redirects=False) as response:
            if not self._went_on(response, "checkout: preview", None):
                return
        with self.client.post("/checkout/preview/", {"action": "place_order", "csrfmiddlewaretoken": self._csrf()},
                              name="checkout: place order", catch_response=True, allow_redirects=False) as response:
            if response.status_code == 200 and any(marker in response.text for marker in SOLD_OUT_AT_PLACEMENT):
                # Someone else took the last units between the basket and the placement.
                response.success()
                OUTCOMES["order refused (sold out)"] += 1
                return
            if not self._went_on(response, "checkout: place order", "/checkout/pay/"):
                return
        OUTCOMES["orders placed"] += 1
        if not self._get("/checkout/pay/", "checkout: pay page"):
            return
        card = self._tokenise_card()
        if not card:
            return
        with self.client.post("/checkout/pay/card/", json={"payment_method_id": card}, name="checkout: pay by card",
                              headers={"X-CSRFToken": self._csrf()}, catch_response=True) as response:
            try:
                answer = response.json()
            except ValueError:
                answer = {}
            if response.status_code != 200 or answer.get("status") != "succeeded":
                _fail(response, f"checkout: pay by card ({answer.get('status')}: {answer.get('message')})")
                return
            response.success()
        with self.client.get(answer["redirect"], name="checkout: payment return", catch_response=True,
                             allow_redirects=False) as response:
            if not self._went_on(response, "checkout: payment return", "/checkout/thank-you/"):
                return
        if self._get("/checkout/thank-you/", "checkout: thank you"):
            OUTCOMES["orders paid"] += 1

    def _went_on(self, response, name: str, next_url: str | None) -> bool:
        """The step answered as it should: a redirect to ``next_url`` (or a page, when None).

        Oscar sends the buyer back to the basket when an item in it is no longer available
        (sold out meanwhile): that ends the checkout, as a sold-out outcome, not a failure.
        """
        location = response.headers.get("Location", "")
        if response.status_code == 302 and location.endswith("/basket/"):
            response.success()
            OUTCOMES["checkout sent back to the basket (sold out)"] += 1
            return False
        if (next_url is None and response.status_code == 200) or (
                next_url and response.status_code == 302 and location.endswith(next_url)):
            response.success()
            return True
        _fail(response, name)
        return False

    # --- data -------------------------------------------------------------------------------------

    def _pick_product(self) -> dict:
        # Half the buyers want one of the few low-stock products, so they sell out during the run.
        if DATA["low_stock"] and random.random() < 0.5:
            return random.choice(DATA["low_stock"])
        return random.choice(DATA["products"])

    def _tokenise_card(self) -> str:
        """What the Card Element does in the browser: the card goes to Stripe, the site gets its id."""
        url = DATA["localstripe_url"] + "/v1/tokens"
        form = {"card[number]": TEST_CARD, "card[exp_month]": "12", "card[exp_year]": "2030", "card[cvc]": "123",
                "key": DATA["publishable_key"]}
        with self.client.post(url, form, name="localstripe: tokenise card", catch_response=True) as response:
            if response.status_code != 200:
                _fail(response, "localstripe: tokenise card")
                return ""
            response.success()
            return response.json()["card"]["id"]


