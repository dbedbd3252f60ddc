#!/usr/bin/env python
"""Lighthouse (mobile) on the home, search and product pages: the four category scores per page.

    make bench-lighthouse                      # npm ci in bench/lighthouse, then runs this
    .venv/bin/python bench/lighthouse.py [--url http://127.0.0.1:8000] [--runs 3] [--strict]

Without ``--url`` it prepares a fresh demo site in a temporary folder and serves
it as bench/load_test.py does (gunicorn, DEBUG off, static files by WhiteNoise) on
127.0.0.1:8633. Lighthouse 13 (bench/lighthouse/package.json) drives Debian's
Chromium (``CHROME_PATH``, default /usr/bin/chromium) headless, with every
background connection of the browser turned off: the machine's network is closed.
Each page is audited ``--runs`` times with Lighthouse's default mobile settings
(Moto G Power screen, simulated slow 4G, 4× CPU slowdown); the median of each
score is printed, with the audits that cost points. ``--strict`` exits 1 when a
median is below its target (performance 95, the aim of issue #15; accessibility 95, best practices 95, SEO 95).
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
LIGHTHOUSE = BENCH / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 95, "best-practices": 95, "seo": 95}
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run --disable-quic")
PRODUCT_LINK = re.compile(r'href="((?:/en)?/catalogue/[^"/]+_\d+/)"')


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="", help="a running site (default: start a fresh demo site)")
    parser.add_argument("--port", type=int, default=8633, help="port of the demo site started here (default 8633)")
    parser.add_argument("--stripe-port", type=int, default=8634, help="its localstripe's port (default 8634)")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page; the median is shown (default 3)")
    parser.add_argument("--query", default="ผ้าไหม", help="the search page's query (default: ผ้าไหม, silk)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a median score is below its target")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (reports, logs)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.url and not args.url.startswith(("http://", "https://")):
        parser.error("--url must start with http:// or https://")
    return args


def pages(site_url: str, query: str) -> dict[str, str]:
    """Home, a search and the first product the catalogue lists."""
    with urllib.request.urlopen(site_url + "/catalogue/", timeout=60) as response:
        listing = response.read().decode("utf-8", "replace")
    match = PRODUCT_LINK.search(listing)
    if not match:
        raise SystemExit(f"No product link on {site_url}/catalogue/: is the demo loaded (seed_demo)?")
    return {
        "home": site_url + "/",
        "search": site_url + "/search/?" + urllib.parse.urlencode({"q": query}),
        "product": site_url + match.group(1),
    }


def lighthouse(url: str, report: Path, chrome_path: str) -> dict:
    """One Lighthouse run; the parsed JSON report."""
    node = shutil.which("node")
    if not node:
        raise SystemExit("node is not installed (apt-get install nodejs npm)")
    command = [node, str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
               f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES)]
    for attempt in range(1, 4):
        report.unlink(missing_ok=True)
        result = subprocess.run(command, env={**os.environ, "CHROME_PATH": chrome_path}, capture_output=True,
                                text=True, timeout=300, check=False)
        if not result.returncode and report.exists():
            return json.loads(report.read_text(encoding="utf-8"))
        # On a busy machine Chrome now and then loses the trace (NO_NAVSTART, NO_FCP): that run is repeated.
        print(f"  Lighthouse failed on {url} (attempt {attempt} of 3): "
              f"{(result.stderr or result.stdout).strip().splitlines()[-1:] or ''}", flush=True)
    raise SystemExit(f"Lighthouse failed on {url}:\n{(result.stderr or result.stdout)[-3000:]}")


def scores_of(report: dict) -> dict[str, int]:
    return {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}


def lost_points(report: dict) -> list[str]:
    """The weighted audits that did not pass, per category, with what Lighthouse measured."""
    lines = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 0.9:
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                lines.append(f"{category}: {ref['id']} {audit['score']:.2f}{value}")
    return lines


def audit_site(site_url: str, args: argparse.Namespace, work: Path) -> int:
    chrome_path = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not Path(chrome_path).exists():
        raise SystemExit(f"No Chromium at {chrome_path}: apt-get install chromium, or set CHROME_PATH")
    results: dict[str, dict[str, int]] = {}
    audited = pages(site_url, args.query)
    # A worker's first request of a page loads its templates, the search index and makes the picture
    # thumbnails: a visitor after the first does not wait for that, so neither does the audit.
    for url in audited.values():
        for _ in range(3):
            urllib.request.urlopen(url, timeout=120).read()
    for name, url in audited.items():
        runs = []
        for run in range(args.runs):
            report = lighthouse(url, work / f"{name}-{run}.json", chrome_path)
            runs.append((scores_of(report), report))
            print(f"  {name} run {run + 1}: " + "  ".join(f"{c} {s}" for c, s in runs[-1][0].items()), flush=True)
        median = {c: int(statistics.median(r[0][c] for r in runs)) for c in CATEGORIES}
        results[name] = median
        # The audits of the run whose performance is the median one.
        typical = sorted(runs, key=lambda r: r[0]["performance"])[len(runs) // 2][1]
        for line in lost_points(typical):
            print(f"      {line}")
    print(f"\nLighthouse {typical['lighthouseVersion']}, mobile, median of {args.runs} run(s) — {site_url}")
    print(f"{'page':<10}" + "".join(f"{c:>16}" for c in CATEGORIES))
    below = []
    for name, median in results.items():
        print(f"{name:<10}" + "".join(f"{median[c]:>16}" for c in CATEGORIES))
        below += [f"{name} {c} {median[c]} < {TARGETS[c]}" for c in CATEGORIES if median[c] < TARGETS[c]]
    print("targets   " + "".join(f"{TARGETS[c]:>16}" for c in CATEGORIES))
    if below:
        print("Below target: " + "; ".join(below))
    return 1 if below and args.strict else 0


def main(argv=None) -> int:
    args = parse_args(argv)
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is not installed: run `make bench-lighthouse` "
                         "(or: cd bench/lighthouse && npm ci)")
    work = Path(tempfile.mkdtemp(prefix="otop-lighthouse-"))
    try:
        if args.url:
            return audit_site(args.url.rstrip("/"), args, work)
        sys.path.insert(0, str(BENCH))
        from load_test import prepare_site, served_site, site_env

        env = site_env(work, f"http://127.0.0.1:{args.stripe_port}")
        print(f"Preparing a fresh demo site in {work} …", flush=True)
        started = time.monotonic()
        prepare_site(env, work / "setup.log")
        print(f"  ready in {time.monotonic() - started:.0f} s", flush=True)
        with served_site(env, work, args.port, args.stripe_port, workers=2) as site_url:
            return audit_site(site_url, args, work)
    finally:
        if args.keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
