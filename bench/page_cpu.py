#!/usr/bin/env python
"""CPU time per storefront page, in-process, by the kind of visitor: where the load test's time goes.

    .venv/bin/python bench/page_cpu.py --work DIR [--requests 30] [--profile product-basket]

Wall-clock latency on a shared machine moves with everyone else's work; the CPU a request costs
this process does not. On a copy of the demo database kept by ``bench/load_test.py --keep``
(``--work DIR``; nothing in DIR is changed), with the load test's settings
(bench/demo_site_settings.py: DEBUG off), Django's test client asks for the home page, the
catalogue, a category, a product page, a producer's page and a search page, ``--requests`` times each (several
products in turn), as three kinds of visitor:

* **no cookie**: a first visit, which the whole-page cache may answer;
* **basket**: a signed-out shopper holding a basket cookie (one product in it) and a session,
  the load test's usual shopper once they have added something;
* **signed in**: a customer with a basket.

It prints the median and p90 CPU milliseconds (``time.process_time``) per request and SQL queries
per request, after one warm-up request of each; ``--render`` leaves the whole-page cache out, so
every page is rendered (what a cache miss costs). ``--profile KIND`` (e.g. ``product-basket``) prints
cProfile's top functions by cumulative CPU time for that page and visitor.
"""

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
PAGES = ("home", "catalogue", "category", "product", "producer", "search")
VISITORS = ("nocookie", "basket", "signedin")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="a folder kept by bench/load_test.py --keep")
    parser.add_argument("--requests", type=int, default=30, help="requests per page and visitor (default 30)")
    parser.add_argument("--profile", help="page-visitor to profile, e.g. product-basket")
    parser.add_argument("--top", type=int, default=30, help="functions printed by --profile (default 30)")
    parser.add_argument("--dump", type=Path, help="also write --profile's statistics to this file (pstats)")
    parser.add_argument("--sort", default="cumulative", help="--profile's order: cumulative (default) or tottime")
    parser.add_argument("--render", action="store_true",
                        help="without the whole-page cache: what a page costs rendered (a miss, a signed-in visitor)")
    return parser.parse_args(argv)


def database_copy(work: Path) -> Path:
    """A scratch var dir with a copy of the kept demo's database, search index and media link."""
    scratch = Path(tempfile.mkdtemp(prefix="otop-page-cpu-"))
    var = scratch / "var"
    var.mkdir()
    for name in os.listdir(work / "var"):
        source = work / "var" / name
        if name.endswith(("sqlite3", "sqlite3-wal", "sqlite3-shm")):
            shutil.copy2(source, var / name)
        else:
            (var / name).symlink_to(source)
    return scratch


def urls_for_pages() -> dict[str, list[str]]:
    from django.utils import translation

    from marketplace.certification.selectors import products_eligible
    from marketplace.producers.models import Producer
    from shop.catalogue.models import Category

    with translation.override("th"):
        products = [p.get_absolute_url() for p in products_eligible().order_by("pk")[:10]]
        categories = [c.get_absolute_url() for c in Category.objects.filter(depth=1).order_by("path")]
        producers = [p.get_absolute_url() for p in Producer.objects.filter(is_active=True).order_by("pk")[:10]]
    return {
        "home": ["/", "/en/"],
        "catalogue": ["/catalogue/"],
        "category": categories,
        "product": products,
        "producer": producers,
        "search": ["/search/?q=" + q for q in ("ผ้าไหม", "กาแฟ", "silk", "น้ำพริก")],
    }


def visitor(kind: str, product_pk: int):
    from django.test import Client
    from django.urls import reverse

    from marketplace.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    if kind == "signedin":
        user, _ = User.objects.get_or_create(email="page-cpu@example.th")
        client.force_login(user)
    if kind in ("basket", "signedin"):
        client.get("/catalogue/")  # the CSRF cookie
        response = client.post(reverse("basket:add", kwargs={"pk": product_pk}),
                               {"quantity": 1, "csrfmiddlewaretoken": client.cookies["csrftoken"].value})
        assert response.status_code == 302, response.status_code
        client.get("/basket/")  # reads the add's message, as the shopper's next page would
    return client


def measure(client, urls: list[str], n: int) -> tuple[list[float], list[int]]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in urls:
        assert client.get(url).status_code == 200, url  # warm: templates, fragments, page cache
    cpu, queries = [], []
    for i in range(n):
        url = urls[i % len(urls)]
        with CaptureQueriesContext(connection) as captured:
            started = time.process_time()
            response = client.get(url)
            cpu.append((time.process_time() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries.append(len(captured))
    return cpu, queries


def main(argv=None) -> int:
    args = parse_args(argv)
    scratch = database_copy(args.work.resolve())
    os.environ.update({"MARKETPLACE_VAR_DIR": str(scratch / "var"), "STATIC_ROOT": str(args.work / "static"),
                       "DJANGO_SETTINGS_MODULE": "demo_site_settings", "STRIPE_SECRET_KEY": ""})
    sys.path[:0] = [str(REPO), str(BENCH)]
    try:
        import django

        django.setup()
        from django.conf import settings

        from marketplace.certification.selectors import products_eligible
        from marketplace.project.warmup import process_warm_up

        settings.ALLOWED_HOSTS = ["*"]
        if args.render:
            settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.endswith("AnonymousPageCacheMiddleware")]
        process_warm_up()
        pages = urls_for_pages()
        product_pk = products_eligible().filter(stockrecords__num_in_stock__gt=5).order_by("-pk").first().pk
        print(f"CPU ms per request (median / p90) and SQL queries, {args.requests} requests each"
              f"{', whole-page cache left out' if args.render else ''}, "
              f"load average {os.getloadavg()[0]:.1f}\n")
        print(f"{'page':<12}" + "".join(f"{v:>22}" for v in VISITORS))
        for page in PAGES:
            row = f"{page:<12}"
            for kind in VISITORS:
                client = visitor(kind, product_pk)
                if args.profile == f"{page}-{kind}":
                    measure(client, pages[page], 2)
                    profiler = cProfile.Profile(time.process_time)
                    profiler.enable()
                    cpu, queries = measure(client, pages[page], args.requests)
                    profiler.disable()
                    profile = profiler
                else:
                    cpu, queries = measure(client, pages[page], args.requests)
                p90 = sorted(cpu)[int(len(cpu) * 0.9) - 1]
                row += f"{statistics.median(cpu):>9.1f} /{p90:>5.1f} ms {statistics.median(queries):>3.0f}q"
            print(row, flush=True)
        if args.profile:
            print(f"\ncProfile of {args.profile} (CPU time, {args.requests} requests):")
            if args.dump:
                profile.dump_stats(args.dump)
            pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
