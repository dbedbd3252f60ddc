#!/usr/bin/env python
"""Search speed, measured: the embedded and Elasticsearch backends side by side, and Oscar's stock
search, on the same data.

    make elasticsearch    # optional: without a node, only the embedded backend is measured
    .venv/bin/python bench/search_benchmark.py [--sizes 10000,100000] [--queries 200] \
        [--elasticsearch http://127.0.0.1:9200]

For each size it

1. adds generated products (``search_catalogue.py``: variations on the demo
   catalogue) to a throw-away SQLite database as real Oscar rows — product,
   stock record, category, verified certification — with bulk inserts;
2. analyses them into ``ProductDocument`` objects and rebuilds a fresh index of
   each backend from them (Elasticsearch: a throw-away alias, deleted at the
   end), timing the analysis and each indexing (documents per second);
3. runs a mix of search requests (Thai, English, transliterations, typos,
   prefixes; category, province, star and price filters; sorts; pages; facets
   always computed) in-process against each backend: once cold (first time each
   query is seen), then again warm; p50 (the median) and p95 from
   ``time.perf_counter``;
4. runs the same mix over HTTP: gunicorn serves the project on 127.0.0.1 against
   the same database and each backend in turn, and ``urllib`` calls ``/api/search/`` one
   request at a time (the full stack: validation, search, loading the page of
   products from the database, JSON);
5. runs the text queries of the mix through Oscar's stock search, which is
   django-haystack: ``SearchQuerySet().auto_query(q)[:24]`` with haystack's
   simple engine (what Oscar uses without a search server: a SQL ``icontains``
   over every text column of every product), in-process, on the same rows. The
   simple engine cannot filter, sort or facet, so only ``q`` is passed, and the
   ratio compares text queries with text queries.

Settings: ``bench/search_bench_settings.py`` (the project's settings plus
``haystack`` in INSTALLED_APPS, DEBUG off). Everything lives in a temporary
folder that is removed at the end (``--keep`` keeps it).
"""

import argparse
import datetime
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(REPO), str(BENCH)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(values_ms: list[float]) -> str:
    if not values_ms:
        return "n/a"
    return f"p50 {percentile(values_ms, 50):7.1f} ms  p95 {percentile(values_ms, 95):7.1f} ms"


def log(message: str) -> None:
    print(message, flush=True)


def setup_django(workdir: Path, settings_module: str) -> None:
    os.environ["MARKETPLACE_VAR_DIR"] = str(workdir / "var")
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    os.environ["SEARCH_INDEX_PATH"] = str(workdir / "var" / "search-index.sqlite3")
    for name in ("DATABASE_URL", "ELASTICSEARCH_URL"):  # always the embedded stack on SQLite
        os.environ.pop(name, None)
    import django

    django.setup()


class Database:
    """Generated products as real rows, added in batches."""

    def __init__(self, producer_count: int):
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        log(f"  migrated a fresh database in {time.perf_counter() - started:.1f} s")
        self.producer_count = producer_count
        self.rows = 0
        self.pk_of: dict[int, int] = {}  # item number → product id
        self._producers()

    def _producers(self) -> None:
        from search_catalogue import producers

        from marketplace.geography.models import Province
        from marketplace.producers.models import Producer
        from shop.partner.models import Partner

        generated = producers(count=self.producer_count)
        partners = Partner.objects.bulk_create([Partner(name=p.name_en, code=f"bench-{n}")
                                                for n, p in enumerate(generated)])
        provinces = {p.code: p for p in Province.objects.all()}
        rows = Producer.objects.bulk_create([
            Producer(partner=partner, slug=f"bench-producer-{n}", name_th=p.name_th, name_en=p.name_en,
                     producer_type=p.producer_type, province=provinces[p.province_code], district_th=p.district_th,
                     district_en=p.district_en, subdistrict_th=p.subdistrict_th, subdistrict_en=p.subdistrict_en)
            for n, (partner, p) in enumerate(zip(partners, generated, strict=True))
        ])
        self.producers = rows
        self.partners = partners

    def grow_to(self, size: int, batch: int = 2000) -> list:
        """Adds products until there are ``size``; returns the new items."""
        from django.utils import timezone
        from search_catalogue import items

        from marketplace.certification.models import Certification, CertificationStatus
        from marketplace.listings.services import categories_ensure, product_class_default
        from shop.catalogue.models import Product, ProductCategory
        from shop.partner.models import StockRecord

        categories = categories_ensure()
        product_class = product_class_default()
        expires = timezone.localdate() + datetime.timedelta(days=365)
        now = timezone.now()
        added = []
        for start in range(self.rows, size, batch):
            chunk = items(start, min(start + batch, size), self.producer_count)
            products = Product.objects.bulk_create([
                Product(structure=Product.STANDALONE, is_public=True, upc=i.upc, title=i.title_th,
                        title_en=i.title_en, slug=f"p-{i.number}", description=i.description_th,
                        description_en=i.description_en, product_class=product_class,
                        producer=self.producers[i.producer], date_created=i.created, date_updated=i.created)
                for i in chunk
            ])
            StockRecord.objects.bulk_create([
                StockRecord(product=p, partner=self.partners[i.producer], partner_sku=i.upc, price=i.price,
                            num_in_stock=50)
                for p, i in zip(products, chunk, strict=True)
            ])
            ProductCategory.objects.bulk_create([ProductCategory(product=p, category=categories[i.category])
                                                 for p, i in zip(products, chunk, strict=True)])
            Certification.objects.bulk_create([
                Certification(product=p, stars=i.stars, certificate_no=f"BENCH-{i.number:09d}", selection_year=2024,
                              expires_on=expires, status=CertificationStatus.VERIFIED, verified_at=now)
                for p, i in zip(products, chunk, strict=True)
            ])
            for p, i in zip(products, chunk, strict=True):
                self.pk_of[i.number] = p.pk
            added.extend(chunk)
        self.rows = size
        return added


def documents_for(items_, db: Database) -> list:
    """``ProductDocument`` objects built as ``search.documents.product_document`` builds them."""
    from search_catalogue import producers

    from marketplace.geography.data import PROVINCES
    from search import analysis
    from search.documents import ProductDocument

    provinces = {p.code: p for p in PROVINCES}
    producer_list = producers(count=db.producer_count)
    result = []
    for i in items_:
        producer = producer_list[i.producer]
        province = provinces[producer.province_code]
        place = " ".join([producer.subdistrict_th, producer.subdistrict_en, producer.district_th,
                          producer.district_en, province.name_th, province.name_en])
        titles = f"{i.title_th} {i.title_en}"
        body = " ".join([titles, i.description_th, i.description_en, producer.name_th, producer.name_en, place])
        result.append(ProductDocument(
            product_id=db.pk_of[i.number], upc=i.upc, title_th=i.title_th, title_en=i.title_en,
            text=analysis.segmented(body), title_text=analysis.segmented(titles), category=i.category,
            province_code=province.code, region=province.region, producer_type=producer.producer_type,
            stars=i.stars, price=i.price, created=i.created.isoformat(),
        ))
    return result


def segmentation_throughput() -> str:
    """newmm over unique text (no cache): the cost a real catalogue of distinct descriptions pays."""
    from marketplace.demo.content import PRODUCTS
    from search import analysis

    texts = [f"{p.title_th} {p.description_th}" for p in PRODUCTS]
    analysis._chunk_tokens.cache_clear()
    started = time.perf_counter()
    for text in texts:
        analysis.tokens(text)
    elapsed = time.perf_counter() - started
    characters = sum(len(t) for t in texts)
    return (f"Thai segmentation without cache: {characters / elapsed:,.0f} characters/s "
            f"({len(texts) / elapsed:,.0f} demo descriptions/s)")


def search_requests(mix: list[dict]) -> list:
    from search.forms import ProductSearchForm

    requests = []
    for params in mix:
        form = ProductSearchForm(params)
        assert form.is_valid(), (params, form.errors)
        requests.append(form.to_request())
    return requests


def time_calls(calls, cpu: list | None = None) -> list[float]:
    """Wall-clock milliseconds per call (``time.perf_counter``); CPU milliseconds of this process into ``cpu``."""
    result = []
    for call in calls:
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        result.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - started_cpu) * 1000)
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_latencies(workdir: Path, mix: list[dict], engine_env: dict | None = None) -> tuple[list[float], list[float]]:
    """Cold and warm latencies of ``/api/search/`` served by gunicorn on 127.0.0.1."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), str(BENCH),
                                                                  os.environ.get("PYTHONPATH")])))
    env.update(engine_env or {})
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "marketplace.project.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--timeout", "300", "--log-level", "warning"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz/", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start: " + server.stderr.read().decode()[-2000:]) from None
                time.sleep(0.3)
        urllib.request.urlopen(f"{base}/api/search/?q=warm", timeout=120).read()  # loads the dictionary

        def fetch(params):
            def call():
                url = f"{base}/api/search/?{urllib.parse.urlencode(params)}"
                with urllib.request.urlopen(url, timeout=120) as response:
                    json.loads(response.read())
            return call

        calls = [fetch(params) for params in mix]
        cold = time_calls(calls)
        warm = time_calls(calls)
        return cold, warm
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def haystack_latencies(texts: list[str], budget_seconds: float) -> tuple[list[float], int]:
    """Oscar's stock search (haystack, simple engine) on the same rows; stops after ``budget_seconds``."""
    from haystack import connections
    from haystack.query import SearchQuerySet
    from oscar.apps.search.search_indexes import ProductIndex

    connections["default"].get_unified_index().build(indexes=[ProductIndex()])
    list(SearchQuerySet().auto_query("silk")[:24])  # warm-up
    latencies = []
    started = time.monotonic()
    for q in texts:
        t0 = time.perf_counter()
        list(SearchQuerySet().auto_query(q)[:24])
        latencies.append((time.perf_counter() - t0) * 1000)
        if time.monotonic() - started > budget_seconds:
            break
    return latencies, len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="catalogue sizes, comma-separated")
    parser.add_argument("--queries", type=int, default=200, help="requests in the query mix")
    parser.add_argument("--producers", type=int, default=2000)
    parser.add_argument("--no-http", action="store_true", help="skip the HTTP measurement")
    parser.add_argument("--no-baseline", action="store_true", help="skip Oscar's stock search")
    parser.add_argument("--baseline-budget", type=float, default=300,
                        help="seconds Oscar's stock search may take per size before the rest of its queries are "
                             "skipped (default 300)")
    parser.add_argument("--elasticsearch", default=os.environ.get("ELASTICSEARCH_URL", ""),
                        help="Elasticsearch node to measure beside the embedded backend (default: $ELASTICSEARCH_URL;"
                             " `make elasticsearch` starts one)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--settings", default="search_bench_settings", help="Django settings module")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())

    workdir = Path(tempfile.mkdtemp(prefix="search-bench-"))
    log(f"search benchmark: sizes {sizes}, {args.queries} requests per size, folder {workdir}")
    setup_django(workdir, args.settings)
    from search_catalogue import query_mix

    from search.backends import search_backend

    mix = query_mix(args.queries)
    requests = search_requests(mix)
    text_positions = [n for n, params in enumerate(mix) if params.get("q")]
    texts = [mix[n]["q"] for n in text_positions]
    log(f"  query mix: {len(text_positions)} with text, {len(mix) - len(text_positions)} filter/browse only; "
        f"{sum(1 for p in mix if len(p) > 1)} with filters or sorts; facets on every request")
    rows = []
    engines = {"embedded": (search_backend(), {})}
    if args.elasticsearch:
        from search.backends.elastic import ElasticBackend

        alias = f"bench-{os.getpid()}"
        elastic = ElasticBackend(args.elasticsearch, alias=alias, search_timeout=60, refresh=False)
        engines["elasticsearch"] = (elastic, {"ELASTICSEARCH_URL": args.elasticsearch, "ELASTICSEARCH_INDEX": alias,
                                              "ELASTICSEARCH_SEARCH_TIMEOUT": "60"})
    else:
        log("  no --elasticsearch (nor ELASTICSEARCH_URL): the embedded backend only")
    try:
        db = Database(args.producers)
        documents: list = []
        for size in sizes:
            log(f"\n== {size:,} products")
            started = time.perf_counter()
            new_items = db.grow_to(size)
            log(f"  database rows added in {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
            documents.extend(documents_for(new_items, db))
            analyse_s = time.perf_counter() - started
            for engine, (backend, engine_env) in engines.items():
                rows.append(measure(engine, backend, engine_env, size, documents, analyse_s, requests, mix,
                                    text_positions, texts if engine == "embedded" else None, workdir, args))

        log("\n" + segmentation_throughput())
        print_table(rows, len(mix), len(texts))
    finally:
        if "elasticsearch" in engines:
            engines["elasticsearch"][0].index_drop()
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def measure(engine, backend, engine_env, size, documents, analyse_s, requests, mix, text_positions, texts, workdir,
            args) -> dict:
    """One backend at one size: indexing, in-process and HTTP latencies (and Oscar's, beside the embedded)."""
    started = time.perf_counter()
    if hasattr(backend, "built_for"):  # the embedded index records its database, or the site rebuilds it
        from search.indexing import database_identity

        backend.index_replace_all(documents, built_for=database_identity())
    else:
        backend.index_replace_all(documents)
    index_s = time.perf_counter() - started
    log(f"  {engine}: indexed {len(documents):,} documents in {index_s:.1f} s "
        f"({len(documents) / index_s:,.0f} documents/s)")
    calls = [lambda r=r, b=backend: b.search(r) for r in requests]
    cold = time_calls(calls)
    warm_cpu: list[float] = []
    warm = time_calls(calls, warm_cpu)
    warm_text = [warm[n] for n in text_positions]
    log(f"  {engine} in-process cold: {summary(cold)}")
    log(f"  {engine} in-process warm: {summary(warm)}   (text queries only: {summary(warm_text)})")
    log(f"  {engine} in-process warm, CPU time of this process: {summary(warm_cpu)}   "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    row = {"size": size, "engine": engine, "analyse_s": analyse_s, "index_s": index_s,
           "rate": len(documents) / index_s, "cold": cold, "warm": warm, "warm_text": warm_text, "warm_cpu": warm_cpu}
    if not args.no_http:
        http_cold, http_warm = http_latencies(workdir, mix, engine_env)
        row["http_cold"], row["http_warm"] = http_cold, http_warm
        log(f"  {engine} HTTP /api/search/ cold: {summary(http_cold)}   warm: {summary(http_warm)}")
    if texts is not None and not args.no_baseline:
        baseline, wanted = haystack_latencies(texts, args.baseline_budget)
        row["baseline"] = baseline
        row["baseline_of"] = wanted
        note = "" if len(baseline) == wanted else f" (budget reached: {len(baseline)} of {wanted} queries)"
        log(f"  Oscar stock search (haystack simple engine), text queries: {summary(baseline)}{note}")
    return row


def print_table(rows: list[dict], requests: int, text_requests: int) -> None:
    def cell(values, p):
        return f"{percentile(values, p):8.1f}" if values else "     n/a"

    log(f"\nLatency in ms over {requests} requests ({text_requests} with text), medians (p50) and p95; "
        f"every backend on the same rows")
    log(f"{'products':>9} {'backend':<13} | {'analyse s':>9} {'index s':>8} {'docs/s':>7} | {'in-process warm':^17} | "
        f"{'in-proc cold':^17} | {'HTTP warm':^17} | {'text only (in-proc)':^19} | {'Oscar/haystack':^17}")
    log(f"{'':>9} {'':<13} | {'':>9} {'':>8} {'':>7} | {'p50':>8} {'p95':>8} | {'p50':>8} {'p95':>8} | "
        f"{'p50':>8} {'p95':>8} | {'p50':>9} {'p95':>9} | {'p50':>8} {'p95':>8}")
    for r in rows:
        baseline = r.get("baseline", [])
        log(f"{r['size']:>9,} {r['engine']:<13} | {r['analyse_s']:>9.1f} {r['index_s']:>8.1f} {r['rate']:>7,.0f} | "
            f"{cell(r['warm'], 50)} {cell(r['warm'], 95)} | {cell(r['cold'], 50)} {cell(r['cold'], 95)} | "
            f"{cell(r.get('http_warm', []), 50)} {cell(r.get('http_warm', []), 95)} | "
            f"{cell(r['warm_text'], 50)} {cell(r['warm_text'], 95)}  | {cell(baseline, 50)} {cell(baseline, 95)}")
    by = {(r["size"], r["engine"]): r for r in rows}
    for size in sorted({r["size"] for r in rows}):
        embedded, elastic = by.get((size, "embedded")), by.get((size, "elasticsearch"))
        if embedded and embedded.get("baseline"):
            log(f"{size:>9,}: Oscar's stock search / embedded, text queries, p50 "
                f"{percentile(embedded['baseline'], 50) / percentile(embedded['warm_text'], 50):.0f}x")
        if embedded and elastic:
            def ratio(key, p=50):
                return percentile(elastic[key], p) / percentile(embedded[key], p) if elastic.get(key) else float("nan")
            log(f"{size:>9,}: Elasticsearch / embedded, p50: in-process {ratio('warm'):.2f}x, "
                f"HTTP {ratio('http_warm'):.2f}x; indexing rate {elastic['rate'] / embedded['rate']:.2f}x")


if __name__ == "__main__":
    main()
