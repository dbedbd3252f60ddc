#!/usr/bin/env python
"""Load test: shoppers browsing, searching, filling baskets and paying, against a fresh demo site.

    make bench-load                       # installs locust (bench/requirements.txt), then runs this
    .venv/bin/python bench/load_test.py [--users 20] [--run-time 60] [--workers N] [--port 8631]

It

1. prepares a fresh demo database in a temporary var dir (``migrate``,
   ``seed_demo``, ``search_index --rebuild``, ``collectstatic``) and leaves a
   few products with only a handful of units (``--low-stock``, ``--low-stock-units``),
   so buyers compete for the last ones;
2. starts the local Stripe-compatible server and gunicorn (docker/gunicorn.conf.py,
   ``--workers``, default 2 × cores) on 127.0.0.1 with bench/demo_site_settings.py:
   the embedded stack with DEBUG off, static files served by WhiteNoise;
3. runs locust headless (bench/locustfile.py) for ``--run-time`` seconds with
   ``--users`` simulated shoppers;
4. prints the throughput, p50/p95 per page type and the failures, then checks
   in the database that no stock was oversold: for every stock record
   ``0 <= num_allocated <= num_in_stock``, and the units allocated during the run
   equal the units on the orders placed during it.

Exits 1 when a request failed or stock was oversold (or nothing was ordered,
which would make the check empty). Everything stays on 127.0.0.1; the temporary
folder is removed at the end unless ``--keep``; ``--work DIR`` reuses a kept folder's demo (seeding it takes minutes).
"""

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
PY = sys.executable
# What the table groups requests by (locust's request names, see locustfile.py).
PAGE_TYPES = {
    "browse": ("home", "catalogue", "category", "producer", "product"),
    "search": ("search", "search: suggest"),
    "basket": ("basket: add", "basket"),
    "checkout": ("checkout: gateway", "checkout: guest e-mail", "checkout: address", "checkout: shipping",
                 "checkout: payment method", "checkout: payment method chosen", "checkout: preview",
                 "checkout: place order", "checkout: pay page", "checkout: pay by card", "checkout: payment return",
                 "checkout: thank you"),
}


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20, help="simulated shoppers (default 20)")
    parser.add_argument("--spawn-rate", type=float, default=5, help="shoppers started per second (default 5)")
    parser.add_argument("--run-time", type=int, default=60, help="seconds of load (default 60)")
    parser.add_argument("--port", type=int, default=8631, help="the site's port on 127.0.0.1 (default 8631)")
    parser.add_argument("--stripe-port", type=int, default=8632, help="localstripe's port (default 8632)")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1),
                        help="gunicorn worker processes (default 2 × cores)")
    parser.add_argument("--low-stock", type=int, default=5, help="products left with few units (default 5)")
    parser.add_argument("--low-stock-units", type=int, default=3, help="units each of those keeps (default 3)")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the choice of products and queries")
    parser.add_argument("--redis", action="store_true",
                        help="the workers share their cache in a Redis (Debian's redis-server on --stripe-port + 1), "
                             "as in compose; without it each worker keeps its own, as `make run` does")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, logs, CSV)")
    parser.add_argument("--work", type=Path, help="a folder kept by an earlier --keep run: its demo is reused "
                        "(migrated and its static files collected again) instead of seeding a new one")
    args = parser.parse_args(argv)
    for name in ("users", "run_time", "workers"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    if args.low_stock < 0 or args.low_stock_units < 1:
        parser.error("--low-stock must be 0 or more and --low-stock-units at least 1")
    return args


def read_results(path: Path) -> tuple[list[dict], dict, list[dict], dict]:
    """Per-page rows, the total, the errors and the shoppers' outcomes that locustfile.py wrote."""
    results = json.loads(path.read_text(encoding="utf-8"))
    rows = [{"name": name, **entry} for name, entry in results["pages"].items()]
    return rows, results["total"], results["errors"], results["outcomes"]


def page_type_of(name: str) -> str:
    for page_type, names in PAGE_TYPES.items():
        if name in names:
            return page_type
    return "other"


def wait_for(url: str, process: subprocess.Popen, what: str, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                response.read(100)
                return
        except (urllib.error.URLError, ConnectionError, OSError):
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
                raise SystemExit(f"{what} did not start on {url}:\n{tail}") from None
            time.sleep(0.3)


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def manage(env: dict, *args: str, log: Path) -> None:
    with log.open("a") as out:
        result = subprocess.run([PY, "manage.py", *args], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                                check=False)
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed; see {log}:\n" + log.read_text(errors="replace")[-3000:])


# --- The demo site (also used by bench/lighthouse.py) --------------------------------------------------------


def site_env(work: Path, stripe_url: str) -> dict:
    """The environment of every process of the demo site kept in ``work``."""
    return {
        **os.environ,
        "MARKETPLACE_VAR_DIR": str(work / "var"),
        "STATIC_ROOT": str(work / "static"),
        "DJANGO_SETTINGS_MODULE": "demo_site_settings",
        "PYTHONPATH": os.pathsep.join([str(REPO), str(BENCH)]),
        "STRIPE_SECRET_KEY": "",  # the local Stripe-compatible server, never a real account
        "LOCALSTRIPE_URL": stripe_url,
    }


def prepare_site(env: dict, log: Path) -> None:
    """A fresh demo database, search index and collected static files."""
    manage(env, "migrate", "--noinput", log=log)
    manage(env, "seed_demo", log=log)
    manage(env, "search_index", "--rebuild", log=log)
    manage(env, "collectstatic", "--noinput", log=log)


@contextlib.contextmanager
def served_site(env: dict, work: Path, port: int, stripe_port: int, workers: int):
    """localstripe and gunicorn on 127.0.0.1, stopped on leaving; yields the site's URL."""
    site_url, stripe_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{stripe_port}"
    stripe_process = site = None
    try:
        stripe_log = work / "localstripe.log"
        stripe_process = subprocess.Popen(
            [PY, "-m", "marketplace.payments.localstripe_server", "--port", str(stripe_port),
             "--webhook-url", f"{site_url}/payments/stripe/webhook/"],
            cwd=REPO, env=env, stdout=stripe_log.open("w"), stderr=subprocess.STDOUT,
        )
        gunicorn_log = work / "gunicorn.log"
        site = subprocess.Popen(
            [str(Path(PY).with_name("gunicorn")), "-c", str(REPO / "docker" / "gunicorn.conf.py"),
             "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
             "--access-logfile", str(work / "access.log"), "--error-logfile", str(gunicorn_log),
             "marketplace.project.wsgi:application"],
            cwd=REPO, env=env, stdout=gunicorn_log.open("a"), stderr=subprocess.STDOUT,
        )
        wait_for(stripe_url + "/js.stripe.com/v3/", stripe_process, "localstripe", stripe_log)
        wait_for(site_url + "/healthz/", site, "gunicorn", gunicorn_log)
        yield site_url
    finally:
        stop(site)
        stop(stripe_process)


@contextlib.contextmanager
def redis_served(port: int, work: Path):
    """Debian's redis-server on 127.0.0.1, in memory only (no file written), stopped on leaving."""
    server = shutil.which("redis-server")
    if not server:
        raise SystemExit("redis-server is not installed: run `make redis` (Debian's package)")
    log = work / "redis.log"
    process = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
                                "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"],
                               stdout=log.open("a"), stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while "Ready to accept connections" not in log.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"redis-server did not start on port {port}:\n{log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
        yield
    finally:
        stop(process)


# --- In the database (Django is set up in this process once the site is prepared) -----------------


def catalogue_for_shoppers(rng: random.Random, low_stock: int, low_stock_units: int, localstripe_url: str) -> dict:
    """The URLs and queries the shoppers use; leaves ``low_stock`` products with ``low_stock_units`` units."""
    from django.utils import translation

    from marketplace.certification.selectors import products_eligible
    from marketplace.payments.stripe_gateway import LOCAL_PUBLISHABLE_KEY
    from marketplace.producers.models import Producer
    from shop.catalogue.models import Category
    from shop.partner.models import StockRecord

    with translation.override("th"):
        eligible = list(products_eligible().filter(stockrecords__num_in_stock__gt=0).distinct().order_by("pk"))
        if not eligible:
            raise SystemExit("The demo has no product that can be bought: did seed_demo run?")
        scarce = rng.sample(eligible, min(low_stock, len(eligible)))
        StockRecord.objects.filter(product__in=scarce).update(num_in_stock=low_stock_units, num_allocated=0)

        def card(product) -> dict:
            return {"id": product.pk, "url": product.get_absolute_url(), "title": product.title}

        sample = rng.sample(eligible, min(12, len(eligible)))
        queries = [p.title.split()[0] for p in sample]  # Thai: the product's name without its pack size
        queries += [" ".join(p.title_en.split()[:2]) for p in sample if p.title_en]
        queries += [c.name for c in Category.objects.all()[:6]]
        return {
            "products": [card(p) for p in eligible],
            "low_stock": [card(p) for p in scarce],
            "categories": [c.get_absolute_url() for c in Category.objects.all()],
            "producers": [p.get_absolute_url() for p in Producer.objects.filter(is_active=True)],
            "queries": sorted({q for q in queries if q}),
            "localstripe_url": localstripe_url,
            "publishable_key": LOCAL_PUBLISHABLE_KEY,
        }


# The product picture sizes the storefront's templates ask for (grep oscar_thumbnail templates/).
THUMBNAIL_SIZES = ("400x400", "192x192", "144x144", "800x800")


def thumbnails_warm() -> int:
    """Makes every product picture's thumbnails, as the pages would on their first visit.

    A live shop made them long ago; made during the run they would be measured as page time
    (a cold search results page makes 24 at once).
    """
    from oscar.core.thumbnails import get_thumbnailer

    from shop.catalogue.models import ProductImage

    thumbnailer, made = get_thumbnailer(), 0
    for image in ProductImage.objects.all():
        for size in THUMBNAIL_SIZES:
            thumbnailer.generate_thumbnail(image.original, size=size, crop="center")
            made += 1
    return made


def pages_render_once(urls: list[str]) -> tuple[int, float]:
    """Renders each page once in this process: the Wagtail renditions (a producer's banner, a story's
    pictures) its pictures need, in every size and format its ``srcset`` names.

    A live shop made them when each picture was first shown, long ago, and keeps them with its
    media. In a fresh demo the shoppers' first visits would make them during the run: a few hundred
    pictures resized and encoded at once, each 50-200 ms of CPU, which delayed every other
    request on the 2 cores (producer pages p95 750 ms, all requests 290 ms, against 140/110 ms on
    the same demo reused). Rendered here, not through the site, so the workers' caches still
    start empty, as after a deploy. Returns the renditions made and the seconds it took.
    """
    from django.conf import settings
    from django.test import Client
    from wagtail.images import get_image_model

    renditions = get_image_model().get_rendition_model().objects
    before, started = renditions.count(), time.monotonic()
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code} before the run")
    return renditions.count() - before, time.monotonic() - started


def stock_snapshot() -> dict[int, tuple[int, int]]:
    from shop.partner.models import StockRecord

    return {pk: (in_stock or 0, allocated or 0)
            for pk, in_stock, allocated in StockRecord.objects.values_list("pk", "num_in_stock", "num_allocated")}


def oversell_problems(before: dict[int, tuple[int, int]], since) -> tuple[list[str], dict]:
    """What is wrong with the stock after the run; and the orders placed during it, by status."""
    from django.db.models import Count, Sum

    from shop.order import statuses
    from shop.order.models import Line, Order

    problems = []
    after = stock_snapshot()
    ordered = dict(
        Line.objects.filter(order__date_placed__gte=since).exclude(order__status=statuses.FAILED)
        .values_list("stockrecord_id").annotate(units=Sum("quantity")).values_list("stockrecord_id", "units")
    )
    for pk, (in_stock, allocated) in sorted(after.items()):
        in_before, allocated_before = before.get(pk, (0, 0))
        if in_stock < 0 or allocated < 0:
            problems.append(f"stock record {pk}: negative stock (in stock {in_stock}, allocated {allocated})")
        if allocated > in_stock:
            problems.append(f"stock record {pk}: oversold, {allocated} allocated of {in_stock} in stock")
        if allocated - allocated_before != ordered.get(pk, 0):
            problems.append(f"stock record {pk}: {allocated - allocated_before} units allocated during the run, "
                            f"but the orders placed during it hold {ordered.get(pk, 0)}")
        if ordered.get(pk, 0) > in_before - allocated_before:
            problems.append(f"stock record {pk}: {ordered[pk]} units ordered, only {in_before - allocated_before} free")
    by_status = dict(Order.objects.filter(date_placed__gte=since).values_list("status").annotate(n=Count("pk")))
    return problems, by_status


# --- The run ---------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    args = parse_args(argv)
    locust = Path(PY).with_name("locust")
    if not locust.exists():
        raise SystemExit(f"locust is not installed in {Path(PY).parent.parent}: run `make bench-deps` "
                         "(or: .venv/bin/pip install -r bench/requirements.txt)")
    work = args.work.resolve() if args.work else Path(tempfile.mkdtemp(prefix="otop-load-"))
    stripe_url = f"http://127.0.0.1:{args.stripe_port}"
    env = {**site_env(work, stripe_url),
           "BENCH_DATA": str(work / "catalogue.json"), "BENCH_RESULTS": str(work / "results.json")}
    # This process reads the same database (the shoppers' catalogue, the stock check).
    os.environ.update({k: env[k] for k in ("MARKETPLACE_VAR_DIR", "STATIC_ROOT", "DJANGO_SETTINGS_MODULE",
                                           "STRIPE_SECRET_KEY", "LOCALSTRIPE_URL")})
    sys.path[:0] = [str(REPO), str(BENCH)]
    try:
        started = time.monotonic()
        if (work / "var" / "db.sqlite3").exists():
            print(f"Reusing the demo site in {work} …", flush=True)
            manage(env, "migrate", "--noinput", log=work / "setup.log")
            manage(env, "collectstatic", "--noinput", log=work / "setup.log")
        else:
            print(f"Preparing a fresh demo site in {work} …", flush=True)
            prepare_site(env, work / "setup.log")
        import django

        django.setup()
        catalogue = catalogue_for_shoppers(random.Random(args.seed), args.low_stock, args.low_stock_units, stripe_url)
        Path(env["BENCH_DATA"]).write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
        thumbnails = thumbnails_warm()
        renditions, seconds = pages_render_once(
            ["/", "/en/", "/catalogue/", *catalogue["categories"], *catalogue["producers"]]
            + [p["url"] for p in catalogue["products"]])
        before = stock_snapshot()
        print(f"  {thumbnails} thumbnails and {renditions} renditions made ({seconds:.0f} s); ready in {time.monotonic() - started:.0f} s: {len(catalogue['products'])} products on sale, "
              f"{len(catalogue['low_stock'])} of them left with {args.low_stock_units} units, "
              f"{len(catalogue['queries'])} search queries", flush=True)

        with contextlib.ExitStack() as stack:
            if args.redis:  # only the workers use it: the pages rendered above filled no cache of theirs
                redis_port = args.stripe_port + 1
                stack.enter_context(redis_served(redis_port, work))
                env = {**env, "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0"}
            site_url = stack.enter_context(served_site(env, work, args.port, args.stripe_port, args.workers))
            # Each worker loads templates and translations on its first requests: not what is measured.
            for url in ["/", "/catalogue/", "/search/?q=tea", catalogue["products"][0]["url"]] * args.workers:
                urllib.request.urlopen(site_url + url, timeout=60).read()
            print(f"Load: {args.users} shoppers for {args.run_time} s against {site_url} "
                  f"(gunicorn, {args.workers} workers, cache {'in Redis' if args.redis else 'per worker'}) …",
                  flush=True)
            since = _now()
            locust_log = work / "locust.log"
            with locust_log.open("w") as out:
                subprocess.run(
                    [str(locust), "-f", str(BENCH / "locustfile.py"), "--headless", "--host", site_url,
                     "--users", str(args.users), "--spawn-rate", str(args.spawn_rate),
                     "--run-time", f"{args.run_time}s", "--stop-timeout", "30", "--only-summary",
                     "--exit-code-on-error", "0"],
                    cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, check=False,
                )
        if not (work / "results.json").exists():
            raise SystemExit("locust wrote no statistics:\n" + locust_log.read_text(errors="replace")[-3000:])
        failures = report(work, args)
        problems, by_status = oversell_problems(before, since)
        print("\nOrders placed during the run: " +
              (", ".join(f"{n} {status.lower()}" for status, n in sorted(by_status.items())) or "none"))
        if problems:
            print(f"Stock check: FAILED ({len(problems)} problems)")
            for problem in problems[:20]:
                print("  " + problem)
        else:
            print(f"Stock check: OK, nothing oversold ({len(before)} stock records; "
                  "0 <= allocated <= in stock; allocations match the orders' lines)")
        if not by_status:
            print("No order was placed: the checkout was not exercised.")
        return 1 if failures or problems or not by_status else 0
    finally:
        if args.keep or args.work:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _now():
    from django.utils import timezone

    return timezone.now()


def report(work: Path, args: argparse.Namespace) -> int:
    rows, total, errors, outcomes = read_results(work / "results.json")
    rps = total["requests"] / total["seconds"] if total["seconds"] else 0.0
    print(f"\nThroughput: {rps:.1f} requests/s ({total['requests']} requests in {total['seconds']:.0f} s, "
          f"{args.users} shoppers, {args.workers} gunicorn workers)")
    print(f"\n{'page':<28}{'requests':>9}{'failed':>8}{'p50 ms':>9}{'p95 ms':>9}")
    for page_type in [*PAGE_TYPES, "other"]:
        group = [r for r in rows if page_type_of(r["name"]) == page_type]
        if not group:
            continue
        print(f"-- {page_type}")
        for row in sorted(group, key=lambda r: -r["requests"]):
            print(f"  {row['name']:<26}{row['requests']:>9}{row['failures']:>8}{row['p50']:>9.0f}{row['p95']:>9.0f}")
    print(f"  {'all':<26}{total['requests']:>9}{total['failures']:>8}{total['p50']:>9.0f}{total['p95']:>9.0f}")
    if outcomes:
        print("\nWhat the shoppers did: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print(f"\nErrors: {total['failures']}")
    for error in sorted(errors, key=lambda e: -e["occurrences"])[:10]:
        print(f"  {error['occurrences']}× {error['name']}: {error['error'][:300]}")
    return total["failures"]


if __name__ == "__main__":
    sys.exit(main())
