#!/usr/bin/env python
"""Page speed: each storefront page type's throughput as a share of a bare view's, in one run.

    make bench-pages                        # installs wrk (Debian's package) when missing, then runs this
    .venv/bin/python bench/pages.py [--duration 8] [--connections 8] [--compare REF] [--port 8018]

It prepares a fresh demo site in a temporary folder (as bench/load_test.py does: migrate,
seed_demo, search_index --rebuild, collectstatic, thumbnails made), serves it with gunicorn
(docker/gunicorn.conf.py, 2 workers, bench/demo_site_settings.py: DEBUG off, WhiteNoise) on
127.0.0.1 only, and for each page type (home, category, product, search page, search API, and
``/healthz/`` as the bare view) prints:

* requests per second under ``wrk`` (``--connections``, ``--duration`` seconds, one thread per
  core; several URLs of the type in turn) and that as a ratio to ``/healthz/`` measured on the
  same site just before it, so a busy machine shifts both alike (with ``--rounds N``, the round of
  median ratio; ``/healthz/``'s own row is the median of its runs);
* the median (p50) and p95 latency;
* SQL queries per page (in-process, Django's test client, warm);
* bytes per response as sent (gzip), and for a first visit: the HTML plus its stylesheets,
  scripts and the pictures it does not load lazily.

It also times the first search of freshly started workers against a warm one (cold start).

``--compare REF`` measures a git revision (e.g. ``main`` before a change) in the same run, on
a copy of the same database: each page type is measured on both, one after the other, so both
see the same machine load. ``--redis`` also measures this checkout with its cache in a Redis
shared by the workers (``REDIS_URL``; Debian's redis-server on 127.0.0.1, ``--redis-port``),
beside the same code with a cache in each worker. Bounded: about (10 runs × duration) per site
and round, plus set-up.
"""

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
PY = sys.executable
sys.path.insert(0, str(BENCH))

import load_test  # noqa: E402  (bench/ is a folder of scripts: the demo site's set-up is shared)

PAGE_TYPES = ("healthz", "home", "category", "product", "search page", "search API")

# Prints the page's URLs (several of each type) and its queries per page, run with the site's code.
_PROBE = r"""
import json, sys
import django
django.setup()
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
settings.ALLOWED_HOSTS = ["*"]
from shop.catalogue.models import Category
from marketplace.certification.selectors import products_eligible
with translation.override("th"):
    products = [p.get_absolute_url() for p in products_eligible().order_by("pk")[:24]]
    categories = [c.get_absolute_url() for c in Category.objects.filter(depth=1).order_by("path")]
words = ["ผ้าไหม", "กาแฟ", "น้ำพริก", "silk", "coffee", "ชา", "เครื่องปั้นดินเผา", "honey"]
urls = {
    "healthz": ["/healthz/"],
    "home": ["/", "/en/"],
    "category": categories,
    "product": products,
    "search page": ["/search/?q=" + w for w in words],
    "search API": ["/api/search/?q=" + w for w in words],
}
client = Client()
queries = {}
for name, paths in urls.items():
    counts = []
    for path in paths[:3]:
        client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            client.get(path)
        counts.append(len(ctx.captured_queries))
    queries[name] = max(counts)
print(json.dumps({"urls": urls, "queries": queries}, ensure_ascii=False))
"""

# wrk: requests cycle through the page type's URLs; done() prints the figures as JSON.
_WRK_SCRIPT = r"""
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], {["Accept-Encoding"] = "gzip", ["Accept-Language"] = "th"})
end
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "seconds": %f, "bytes": %d, "errors": %d, "non2xx": %d, '
    .. '"p50": %f, "p95": %f}\n', summary.requests, summary.duration / 1e6, summary.bytes,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
"""


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=8, help="seconds of load per page type (default 8)")
    parser.add_argument("--connections", type=int, default=8, help="open connections (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--port", type=int, default=8018,
                        help="the site's port on 127.0.0.1 (default 8018; --compare's revision uses the next one)")
    parser.add_argument("--compare", metavar="REF", help="also measure this git revision, in the same run")
    parser.add_argument("--redis", action="store_true",
                        help="also measure this checkout with a cache shared by the workers (redis-server)")
    parser.add_argument("--redis-port", type=int, help="redis-server's port on 127.0.0.1 (default: --port + 10)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="measure every page type (each after /healthz/) this many times; the median ratio")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--work", type=Path, help="a folder kept by an earlier --keep run: its demo is reused "
                        "(migrated and its static files collected again) instead of seeding a new one")
    args = parser.parse_args(argv)
    for name in ("duration", "connections", "workers", "rounds"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1")
    if args.duration > 60:
        parser.error("--duration is at most 60 seconds: the machine is shared")
    return args


# --- One site: a checkout of the code, with its own copy of the demo ---------------------------------------


class Site:
    def __init__(self, name: str, repo: Path, work: Path, redis_url: str = ""):
        self.name, self.repo, self.work = name, repo, work
        self.env = {**load_test.site_env(work, ""), "PYTHONPATH": os.pathsep.join([str(repo), str(BENCH)])}
        self.env.pop("LOCALSTRIPE_URL", None)
        self.env.pop("REDIS_URL", None)
        if redis_url:
            self.env["REDIS_URL"] = redis_url
        self.urls: dict[str, list[str]] = {}
        self.queries: dict[str, int] = {}

    def manage(self, *args: str) -> None:
        with (self.work / "setup.log").open("a") as out:
            subprocess.run([PY, "manage.py", *args], cwd=self.repo, env=self.env, stdout=out,
                           stderr=subprocess.STDOUT, check=True)

    def probe(self) -> None:
        # In-process, with a cache of its own: the queries are the same whichever cache the site serves from.
        env = {k: v for k, v in self.env.items() if k != "REDIS_URL"}
        out = subprocess.run([PY, "-c", _PROBE], cwd=self.repo, env=env, capture_output=True, text=True, check=False)
        if out.returncode:
            raise SystemExit(f"{self.name}: the probe failed:\n{out.stderr[-3000:]}")
        data = json.loads(out.stdout.strip().splitlines()[-1])
        self.urls, self.queries = data["urls"], data["queries"]

    @property
    def wsgi_application(self) -> str:
        # Revisions before the project shell moved to marketplace/project/ (--compare) keep theirs.
        if (self.repo / "marketplace" / "project" / "wsgi.py").exists():
            return "marketplace.project.wsgi:application"
        return "marketplace.wsgi:application"

    @contextlib.contextmanager
    def served(self, port: int, workers: int):
        """gunicorn with this checkout's docker/gunicorn.conf.py on 127.0.0.1 (no Stripe: no page here pays)."""
        log = self.work / "gunicorn.log"
        process = subprocess.Popen(
            [str(Path(PY).with_name("gunicorn")), "-c", str(self.repo / "docker" / "gunicorn.conf.py"),
             "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--access-logfile", "/dev/null",
             "--error-logfile", str(log), self.wsgi_application],
            cwd=self.repo, env=self.env, stdout=log.open("a"), stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            load_test.wait_for(url + "/healthz/", process, f"gunicorn ({self.name})", log)
            yield url
        finally:
            load_test.stop(process)


def prepare(args, work: Path) -> list[Site]:
    sites = [Site("after", REPO, work / "after")]
    started = time.monotonic()
    if (sites[0].work / "var" / "db.sqlite3").exists():
        print(f"Reusing the demo site in {work} …", flush=True)
        sites[0].manage("migrate", "--noinput")
        sites[0].manage("collectstatic", "--noinput")
    else:
        sites[0].work.mkdir(parents=True)
        print(f"Preparing a fresh demo site in {work} …", flush=True)
        load_test.prepare_site(sites[0].env, sites[0].work / "setup.log")
    subprocess.run([PY, "-c", "import django; django.setup(); import load_test; load_test.thumbnails_warm()"],
                   cwd=REPO, env=sites[0].env, check=True)
    if args.redis:
        redis = Site("redis", REPO, work / "redis", f"redis://127.0.0.1:{args.redis_port or args.port + 10}/0")
        shutil.rmtree(redis.work, ignore_errors=True)
        shutil.copytree(sites[0].work / "var", redis.work / "var")
        redis.manage("collectstatic", "--noinput")
        sites.append(redis)
    if args.compare:
        before = Site("before", work / "before-code", work / "before")
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(before.repo)],
                       capture_output=True, check=False)
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(before.repo), args.compare],
                       check=True, capture_output=True)
        # The same database, pictures and index (the older code ignores tables it does not know).
        shutil.rmtree(before.work, ignore_errors=True)
        shutil.copytree(sites[0].work / "var", before.work / "var")
        before.manage("migrate", "--noinput")
        before.manage("collectstatic", "--noinput")
        sites.insert(0, before)
    for site in sites:
        site.probe()
    print(f"  ready in {time.monotonic() - started:.0f} s", flush=True)
    return sites


# --- Measuring -----------------------------------------------------------------------------------------------


def wrk_run(url: str, paths: list[str], args, work: Path) -> dict:
    paths_file, script = work / "paths.txt", work / "pages.lua"
    paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
    script.write_text(_WRK_SCRIPT, encoding="utf-8")
    out = subprocess.run(
        ["wrk", "-t", str(min(2, args.connections)), "-c", str(args.connections), "-d", f"{args.duration}s",
         "--timeout", "10s", "-s", str(script), url],
        env={**os.environ, "BENCH_PATHS": str(paths_file)}, capture_output=True, text=True, check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"wrk failed:\n{out.stdout}\n{out.stderr}")
    result = json.loads(lines[-1])
    result["rps"] = result["requests"] / result["seconds"] if result["seconds"] else 0.0
    return result


class _Assets(HTMLParser):
    """What a first visit fetches besides the HTML: stylesheets, scripts, pictures not loaded lazily."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("rel") == "stylesheet" and a.get("href"):
            self.urls.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "img" and a.get("src") and a.get("loading") != "lazy":
            self.urls.append(a["src"])


def transferred(url: str) -> tuple[int, str]:
    """Bytes on the wire for ``url`` (compressed as a browser would receive it), and its text."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip, br", "Accept-Language": "th"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
        headers = sum(len(k) + len(v) + 4 for k, v in response.getheaders())
        encoding = response.headers.get("Content-Encoding", "")
    text = ""
    if encoding == "gzip":
        import gzip

        text = gzip.decompress(body).decode("utf-8", "replace")
    elif not encoding:
        text = body.decode("utf-8", "replace")
    return len(body) + headers, text


def first_visit_bytes(site_url: str, path: str) -> int:
    total, html = transferred(site_url + path)
    parser = _Assets()
    parser.feed(html)
    for asset in dict.fromkeys(parser.urls):
        if asset.startswith("/"):
            total += transferred(site_url + asset)[0]
    return total


# Searches none of the other requests make, so no answer comes from a cache: only the process is cold or warm.
_COLD_QUERIES = ("ผ้าไหมสุรินทร์", "น้ำพริกเผา", "กาแฟดอยช้าง", "ชาอูหลง", "ข้าวหอมมะลิ", "basketry", "celadon",
                 "herbal balm", "indigo", "longan honey", "silverware")


def cold_start(site_url: str) -> tuple[float, float]:
    """Milliseconds of the first search API answer of fresh workers, and the median of ten other, new searches."""
    def timed(q: str) -> float:
        started = time.perf_counter()
        urllib.request.urlopen(f"{site_url}/api/search/?q={urllib.parse.quote(q)}", timeout=60).read()
        return (time.perf_counter() - started) * 1000

    first = timed(_COLD_QUERIES[0])
    warm = [timed(q) for q in _COLD_QUERIES[1:]]
    return first, statistics.median(warm)


def _quoted(path: str) -> str:
    return urllib.parse.quote(path, safe="/?=&")


def measure(sites: list[Site], args) -> dict[str, dict]:
    """Every site served at once; each page type measured on one site, then the next, so they share the load."""
    results: dict[str, dict] = {site.name: {} for site in sites}
    with contextlib.ExitStack() as stack:
        if args.redis:
            stack.enter_context(load_test.redis_served(args.redis_port or args.port + 10, sites[0].work.parent))
        urls = {}
        for n, site in enumerate(sites):
            urls[site.name] = stack.enter_context(site.served(args.port + n, args.workers))
            results[site.name]["cold"] = cold_start(urls[site.name])
            for paths in site.urls.values():  # every worker compiles its templates and fills its caches
                for path in paths * args.workers:
                    urllib.request.urlopen(urls[site.name] + _quoted(path), timeout=60).read()
        bare_runs: dict[str, list[dict]] = {site.name: [] for site in sites}
        for _round in range(args.rounds):
            for name in PAGE_TYPES[1:]:
                for site in sites:
                    # /healthz/ right before the page type: a shared machine's load moves by the minute, and the
                    # ratio compares two measurements seconds apart instead of one taken minutes before.
                    bare = wrk_run(urls[site.name], site.urls["healthz"], args, site.work)
                    run = wrk_run(urls[site.name], [_quoted(p) for p in site.urls[name]], args, site.work)
                    run["ratio"] = run["rps"] / bare["rps"] if bare["rps"] else 0.0
                    bare["ratio"] = 1.0
                    bare_runs[site.name].append(bare)
                    results[site.name].setdefault(name, []).append(run)
        for site in sites:
            results[site.name]["healthz"] = bare_runs[site.name]
            for name in PAGE_TYPES:  # the run of median ratio (median throughput for /healthz/)
                runs = results[site.name][name]
                key = "rps" if name == "healthz" else "ratio"
                middle = statistics.median(r[key] for r in runs)
                run = dict(min(runs, key=lambda r: abs(r[key] - middle)))
                run["bytes_per_response"] = run["bytes"] / max(run["requests"], 1)
                results[site.name][name] = run
        for site in sites:
            results[site.name]["first_visit"] = {
                name: first_visit_bytes(urls[site.name], _quoted(site.urls[name][0]))
                for name in PAGE_TYPES if name not in ("healthz", "search API")
            }
    return results


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def report(sites: list[Site], results: dict[str, dict], args) -> None:
    print(f"\ngunicorn {args.workers} workers, DEBUG off, wrk {args.connections} connections × {args.duration} s "
          f"per page type; load average now {load_average()} on {os.cpu_count()} cores")
    header = f"{'page':<12}{'site':<8}{'req/s':>8}{'ratio':>8}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}" \
             f"{'KB/resp':>9}{'KB first':>10}{'errors':>8}"
    print(header)
    for name in PAGE_TYPES:
        for site in sites:
            r = results[site.name]
            row = r[name]
            ratio = row["ratio"]
            first = r["first_visit"].get(name)
            print(f"{name:<12}{site.name:<8}{row['rps']:>8.1f}{ratio:>7.0%} {row['p50']:>9.1f}{row['p95']:>9.1f}"
                  f"{site.queries.get(name, 0):>9}{row['bytes_per_response'] / 1024:>9.1f}"
                  f"{(first / 1024 if first else 0):>10.0f}{row['errors'] + row['non2xx']:>8}")
    for site in sites:
        first, warm = results[site.name]["cold"]
        print(f"cold start ({site.name}): first search on fresh workers {first:.0f} ms, median of 10 new searches "
              f"after it {warm:.0f} ms "
              f"({first / warm if warm else 0:.1f}×)")


def main(argv=None) -> int:
    args = parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: run `make wrk` (Debian's package) or `apt-get install wrk`")
    work = args.work.resolve() if args.work else Path(tempfile.mkdtemp(prefix="otop-pages-"))
    sites: list[Site] = []
    try:
        sites = prepare(args, work)
        results = measure(sites, args)
        report(sites, results, args)
        errors = sum(results[s.name][n]["errors"] + results[s.name][n]["non2xx"] for s in sites for n in PAGE_TYPES)
        return 1 if errors else 0
    finally:
        for site in sites:
            if site.repo != REPO:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(site.repo)],
                               capture_output=True, check=False)
        if args.keep or args.work:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
