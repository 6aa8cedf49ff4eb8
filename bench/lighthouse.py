"""Lighthouse scores of the main public pages: `make bench-lighthouse`.

Starts Treffpunkt as in production (uvicorn, DEBUG off, collected and compressed static files
served by WhiteNoise) on a fresh SQLite database with the demo network, then runs Lighthouse
(npm package in bench/node_modules, Debian's chromium, mobile form factor, default simulated
throttling) on each page in German and Arabic. The JSON reports go to bench/results/lighthouse/.

Prints a table (scores, the metrics behind the performance score, failing accessibility
audits) and ends with one line:
pages=16 perf_min=… perf_median=… a11y_min=… a11y_median=… lighthouse=… chromium=…
"""

import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

import live  # the server start-up and port helpers of the live benchmark

ROOT = common.ROOT
BENCH = Path(__file__).resolve().parent
LIGHTHOUSE = BENCH / "node_modules/.bin/lighthouse"
REPORTS = ROOT / "bench/results/lighthouse"
WORK = Path("/tmp/treffpunkt-bench-lighthouse")
live.LOGS = WORK  # server logs of this benchmark
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
LANGUAGES = ("de", "ar")
SEARCH_WORDS = ("Deutschkurs", "Beratung", "Sprache")  # the first with results is used
METRICS = {  # audit id: column
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
}


# --- In a Django process: which demo objects the pages show --------------------------------


def pages(args) -> None:
    """Paths (without language prefix) of the pages to measure, as JSON."""
    common.setup_django(args.url)
    from django.http import QueryDict
    from django.urls import reverse

    from treffpunkt.directory.search import engine
    from treffpunkt.directory.search.query import SearchQuery
    from treffpunkt.events.models import Event
    from treffpunkt.live.models import LiveSession
    from treffpunkt.practice.models import GoodPractice

    for word in SEARCH_WORDS:
        result = engine.search(SearchQuery.from_params(QueryDict(f"q={word}"), "de"))
        if result.total:
            break
    events = Event.objects.public().order_by("starts_at")
    event = events.upcoming().first() or events.last()
    session = LiveSession.objects.filter(is_open=True).order_by("pk").first()
    practice = GoodPractice.objects.filter(status="published").order_by("pk").first()
    found = {
        "home": reverse("core:home"),
        "search": f"{reverse('directory:search')}?q={word}",
        "offer": result.offers[0].get_absolute_url(),
        "events": reverse("events:calendar"),
        "event": reverse("events:event", args=[event.pk]),
        "live-join": reverse("live:session", args=[session.code]),
        "practice": practice.get_absolute_url(),
        "recommendations": reverse("results:tracking"),
    }
    print(json.dumps(found))


# --- The server and Lighthouse ----------------------------------------------------------


def prepare(env: dict, url: str) -> dict[str, str]:
    """Fresh database with the demo network, static files collected, page paths resolved."""
    manage = str(ROOT / ".venv/bin/treffpunkt")
    for command in (
        [manage, "migrate", "--no-input"],
        [manage, "load_demo", "--allow-production"],
        [manage, "collectstatic", "--no-input", "--clear"],
        [live.PYTHON, __file__, "--phase", "pages", "--url", url],
    ):
        result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
        if result.returncode:
            sys.exit(f"{' '.join(command[1:])} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def server_env(url: str) -> dict:
    """Production settings, except plain http on loopback (no SSL redirect, no HSTS)."""
    env = live._server_env(url, "memory")
    env.update(
        SECRET_KEY="bench-lighthouse-" + "x" * 50,
        TREFFPUNKT_STATIC_ROOT=str(WORK / "static"),
        TREFFPUNKT_DATA_DIR=str(WORK),
        TREFFPUNKT_MEDIA_ROOT=str(WORK / "media"),
        # A Fernet key (32 random bytes, URL-safe base64), which production must set.
        TREFFPUNKT_COUNSELLING_KEYS=base64.urlsafe_b64encode(os.urandom(32)).decode(),
    )
    return env


def warm_up(base: str, paths: dict, languages) -> None:
    """Request every page once, as a long-running server has: the first request of a fresh
    process imports the views and compiles the templates (seconds on a busy machine)."""
    timings = []
    for language in languages:
        prefix = "" if language == "de" else f"/{language}"
        for path in paths.values():
            started = time.perf_counter()
            with urllib.request.urlopen(f"{base}{prefix}{path}", timeout=60) as response:
                response.read()
            timings.append(time.perf_counter() - started)
    rest = max(timings[1:], default=0)
    print(f"Warm-up: first request {timings[0]:.1f} s, slowest of the rest {rest:.2f} s")


def lighthouse(url: str, report: Path) -> dict:
    """One Lighthouse run; the parsed JSON report."""
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--only-categories=performance,accessibility",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        env={**os.environ, "CHROME_PATH": CHROME},
        check=True,
        timeout=300,
    )
    return json.loads(report.read_text())


def scores(report: dict) -> dict:
    """Scores (0–100), metrics and the accessibility audits that failed."""
    categories, audits = report["categories"], report["audits"]
    failing = [
        ref["id"]
        for ref in categories["accessibility"]["auditRefs"]
        if ref["weight"] and audits[ref["id"]]["score"] not in (None, 1)
    ]
    row = {
        "perf": round(categories["performance"]["score"] * 100),
        "a11y": round(categories["accessibility"]["score"] * 100),
        "failing": failing,
    }
    for audit, column in METRICS.items():
        row[column] = audits[audit]["numericValue"]
    return row


def _scored_run(url: str, report: Path, attempts: int = 3) -> dict:
    """A run with both scores: on a busy machine headless Chrome now and then records no
    screenshot, and Lighthouse then gives no performance score (SPEEDINDEX_OF_ZERO)."""
    for _ in range(attempts):
        result = lighthouse(url, report)
        if all(category["score"] is not None for category in result["categories"].values()):
            return scores(result)
    raise RuntimeError(f"no scores for {url} after {attempts} runs; see {report}")


def measure(base: str, paths: dict, languages, runs: int) -> list[dict]:
    """Each page in each language, `runs` times; the run with the median performance kept."""
    REPORTS.mkdir(parents=True, exist_ok=True)
    rows = []
    for language in languages:
        for name, path in paths.items():
            prefix = "" if language == "de" else f"/{language}"
            results = []
            for run in range(runs):
                report = REPORTS / f"{name}-{language}-{run + 1}.json"
                results.append(_scored_run(f"{base}{prefix}{path}", report))
            results.sort(key=lambda r: r["perf"])
            row = {"page": name, "lang": language, "path": prefix + path}
            row.update(results[len(results) // 2])
            rows.append(row)
            print(_row(row), flush=True)
    return rows


def _row(row: dict) -> str:
    return (
        f"| {row['page']} | {row['lang']} | {row['perf']} | {row['a11y']} "
        f"| {row['FCP'] / 1000:.1f} s | {row['LCP'] / 1000:.1f} s | {row['TBT']:.0f} ms "
        f"| {row['CLS']:.3f} | {', '.join(row['failing']) or '–'} |"
    )


def versions() -> dict:
    package = json.loads((BENCH / "node_modules/lighthouse/package.json").read_text())
    chromium = subprocess.run([CHROME, "--version"], capture_output=True, text=True).stdout
    return {"lighthouse": package["version"], "chromium": chromium.split()[1]}


def machine() -> str:
    cpu = next(
        line.split(":", 1)[1].strip()
        for line in Path("/proc/cpuinfo").read_text().splitlines()
        if line.startswith("model name")
    )
    ram_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    day = time.strftime("%Y-%m-%d %H:%M")
    return f"{day}, nproc {os.cpu_count()}, {cpu}, {ram_gb:.0f} GB RAM, load average {load}"


def run(args) -> None:
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `make bench-lighthouse` (npm ci in bench/).")
    WORK.mkdir(parents=True, exist_ok=True)
    url = common.database_url("sqlite", "treffpunkt_bench_lighthouse")
    env = server_env(url)
    paths = prepare(env, url)
    if args.pages:
        paths = {name: paths[name] for name in args.pages.split(",")}
    print(f"Machine before: {machine()}")
    servers, bases = live.start_servers(1, env, "lighthouse")
    try:
        warm_up(bases[0], paths, args.languages.split(","))
        print("| page | lang | perf | a11y | FCP | LCP | TBT | CLS | failing a11y audits |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---|")
        rows = measure(bases[0], paths, args.languages.split(","), args.runs)
    finally:
        live.stop(servers)
    print(f"Machine after: {machine()}")
    perf, a11y = [r["perf"] for r in rows], [r["a11y"] for r in rows]
    print(
        common.line(
            pages=len(rows),
            perf_min=min(perf),
            perf_median=statistics.median(perf),
            a11y_min=min(a11y),
            a11y_median=statistics.median(a11y),
            **versions(),
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--pages", default="", help="comma-separated page names (default all)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median is kept")
    parser.add_argument("--phase", choices=["pages"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "pages":
        pages(args)
    else:
        run(args)


if __name__ == "__main__":
    main()
