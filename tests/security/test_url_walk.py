"""Every URL of the site, with junk in every path and query parameter, never answers a server error.

The walk reads every named pattern from the resolver (as the access matrix
does), so a new URL is walked the day it is added. Each is requested
anonymously and as a signed-in producer with:

* junk in its path parameters (where the pattern lets the junk through to the
  view): negative, huge and non-finite numbers, over-long text, odd Unicode,
  a NUL;
* junk in the query parameters the site's views and forms read.

Any 5xx fails, listing every URL that gave one. It runs on SQLite in ``make
test`` and on PostgreSQL in CI (``-m postgres``), which refuses more (NUL,
out-of-range integers, over-long values) than SQLite does.
"""

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation

from cms.roles.services import roles_ensure
from tests.cms.helpers import make_maker
from tests.order_factory import make_order
from tests.security.url_patterns import url_patterns_walk

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

ODD_UNICODE = "\u202eก\u0e31\u0e31\U0001F4A9\u0301\ufeff\ufffd"
JUNK = ["-1", "99999999999999999999999", "1e309", "NaN", "x" * 300, ODD_UNICODE, "0"]
NUL = "\x00"

# The query parameters the site's own views and forms read, and Oscar's and Wagtail's common ones.
QUERY_NAMES = [
    "q", "p", "page", "page_size", "per_page", "sort", "order", "ordering", "order_by", "product", "id", "pk",
    "category", "province", "region", "producer_type", "stars", "min_price", "max_price", "lang", "next",
    "search", "limit", "offset", "type", "fields", "child_of", "descendant_of", "parent", "format",
    "response_format", "status", "collection_id", "tag", "locale", "date_from", "date_to", "upc", "producer",
    "partner", "number", "email", "name", "kind", "method", "download", "action", "return_url", "model",
    "content_type", "multiple", "year", "month", "period", "existing_producer", "certificate_no", "district",
    "subdistrict", "postcode", "selected", "id__in", "redirect_to", "query", "range", "voucher", "code",
]

# Not walked, each with its reason: everything else is.
SKIPPED = {
    # Logging out would end the producer's session half-way through the walk.
    "admin:logout", "wagtailadmin_logout", "customer:logout", "dashboard:logout",
}

# Candidate values a path parameter is reversed with, so the junk can be put in its place afterwards.
SENTINELS = ("73919{}", "zqx7391{}", "zqx-7391{}", "7391{}aaaa-0000-4000-8000-000000000000")


@dataclass
class Walk:
    patterns: int = 0
    requests: int = 0
    server_errors: list[str] = field(default_factory=list)


def _reversed_with_sentinels(name: str, pattern) -> tuple[str, list[str]] | None:
    """The URL of ``name`` with a distinct sentinel in each parameter, and the sentinels."""
    regex = pattern.pattern.regex
    named = list(regex.groupindex)
    unnamed = regex.groups - len(named)
    for template in SENTINELS:
        values = [template.format(index) for index in range(len(named) + unnamed)]
        try:
            if named:
                values = values[: len(named)]
                return reverse(name, kwargs=dict(zip(named, values, strict=True))), values
            return reverse(name, args=values[:unnamed] or None), values
        except NoReverseMatch:
            continue
    return None


def _urls(name: str, pattern) -> list[str]:
    """The requests for one pattern: NUL, then path junk, then query junk."""
    built = _reversed_with_sentinels(name, pattern)
    if built is None:
        return []
    url, sentinels = built
    urls = [url + "?" + urlencode({QUERY_NAMES[0]: NUL})]
    for turn in range(len(JUNK) if sentinels else 0):
        junk_url = url
        for index, sentinel in enumerate(sentinels):
            junk_url = junk_url.replace(sentinel, quote(JUNK[(index + turn) % len(JUNK)], safe=""))
        try:
            if resolve(junk_url.split("?")[0]).url_name != name.rsplit(":", 1)[-1]:
                continue
        except Resolver404:
            continue  # the pattern does not let this junk through to the view
        urls.append(junk_url)
    for turn in range(len(JUNK)):
        query = {key: JUNK[(index + turn) % len(JUNK)] for index, key in enumerate(QUERY_NAMES)}
        urls.append(url + ("&" if "?" in url else "?") + urlencode(query))
    return urls


def url_walk(clients: dict[str, Client]) -> Walk:
    walk = Walk()
    with translation.override("th"):
        seen = set()
        targets = []
        for _route, name, pattern in url_patterns_walk():
            if name in SKIPPED or name in seen:
                continue
            seen.add(name)
            targets.append((name, _urls(name, pattern)))
    walk.patterns = len(targets)
    for who, client in clients.items():
        for name, urls in targets:
            for url in urls:
                response = client.get(url)
                walk.requests += 1
                if response.status_code >= 500:
                    walk.server_errors.append(f"{who} {response.status_code} {name} {url[:160]!r}")
    return walk


def test_no_url_answers_a_server_error_to_junk(settings, tmp_path, capsys):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    # The roles as a deploy sets them up (setup_roles): without them the producer is refused
    # everywhere in the dashboard and the CMS, and the walk would reach their views only when an
    # earlier test happened to leave the roles in the database.
    roles_ensure()
    maker = make_maker("walk-a", "กลุ่มทอผ้าเดินทาง", "Walk Weavers", "TH-32")
    make_order("300001", [(maker.producer, maker.product)])
    anonymous = Client(raise_request_exception=False)
    producer = Client(raise_request_exception=False)
    producer.force_login(maker.user)

    walk = url_walk({"anonymous": anonymous, "producer": producer})

    with capsys.disabled():
        print(f"\nURL walk: {walk.patterns} patterns, {walk.requests} requests, "
              f"{len(walk.server_errors)} server errors")
    assert walk.patterns > 500 and walk.requests > 5 * walk.patterns
    assert not walk.server_errors, "\n".join(walk.server_errors)

