"""Dashboard benchmark: `make bench-dashboard`.

For each database (SQLite, PostgreSQL) and size (500, 20,000, 200,000 offers) it generates the
offers with the directory's generator (in the ten towns of the demo district, with demo
resident numbers), builds the search index, then in a fresh process times
- the nightly precomputation of the stale and data-quality figures (precompute_s),
- the dashboard page as a coordinator sees it (Django test client, full render; the first
  request, which loads the search's in-memory facet index as any worker's first search does,
  is reported apart as first_page_ms), and
- `treffpunkt coverage --format json`.

Ends with one line per database:
offers=200000 db=sqlite page_p95_ms=… coverage_ms=…
"""

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

DISTRICT = "kreis-recklinghausen"


def generate(args) -> None:
    common.setup_django(args.url)
    from treffpunkt.dashboard import demo as dashboard_demo
    from treffpunkt.directory import demo as directory_demo
    from treffpunkt.directory.demo_generator import generate as make_offers
    from treffpunkt.directory.search import indexing
    from treffpunkt.network import demo as network_demo
    from treffpunkt.network.models import Municipality

    network_demo.load()
    directory_demo.load_vocabulary_and_places()
    dashboard_demo.load()
    towns = list(Municipality.objects.filter(parent__slug=DISTRICT))
    with common.stopwatch() as timer:
        make_offers(args.size, seed=7, towns=towns)
    with common.stopwatch() as index:
        indexing.rebuild()
    print(
        json.dumps(
            {"generate_s": round(timer["seconds"], 1), "index_s": round(index["seconds"], 1)}
        )
    )


def precompute(args) -> None:
    """What the nightly job does: the stored stale and data-quality figures."""
    common.setup_django(args.url)
    from treffpunkt.dashboard import quality

    with common.stopwatch() as timer:
        quality.refresh_figures()
    print(json.dumps({"precompute_s": round(timer["seconds"], 1)}))


def run(args) -> None:
    os.environ["TREFFPUNKT_SSL_REDIRECT"] = "0"  # the test client speaks plain HTTP
    common.setup_django(args.url)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from treffpunkt.directory.models import Offer

    # Static addresses without the manifest `collectstatic` writes: the page's cost is the
    # same, and the benchmark runs on a machine that never collected the static files.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    coordinator = get_user_model().objects.get(username="koordination")
    client = Client(HTTP_HOST="localhost")  # DEBUG is off: an allowed host
    client.force_login(coordinator)
    url = "/verwaltung/ueberblick/"
    started = time.perf_counter()
    first = client.get(url)
    first_ms = (time.perf_counter() - started) * 1000
    assert first.status_code == 200, (first.status_code, first.get("Location"))
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    from django.db.models import Count

    largest = (  # the organisation with the most offers: its stale offers are listed live
        Offer.objects.values("organisation_id").annotate(n=Count("pk")).order_by("-n").first()
    )
    filtered = []
    for params in (
        {"town": "marl"},
        {"field": "wohnen", "language": "ar"},
        {"target": "frauen"},
        {"organisation": largest["organisation_id"]},
    ):
        started = time.perf_counter()
        assert client.get(url, params).status_code == 200
        filtered.append((time.perf_counter() - started) * 1000)
    coverage_runs = []
    for _ in range(3):
        started = time.perf_counter()
        call_command("coverage", "--format", "json", stdout=io.StringIO())
        coverage_runs.append((time.perf_counter() - started) * 1000)
    figures = {
        "offers": Offer.objects.count(),
        "first_page_ms": round(first_ms, 1),
        "page_p50_ms": round(common.percentile(timings, 50), 1),
        "page_p95_ms": round(common.percentile(timings, 95), 1),
        "filtered_max_ms": round(max(filtered), 1),
        "coverage_ms": round(min(coverage_runs), 1),
        "runs": len(timings),
    }
    print(json.dumps(figures))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--sizes", default="500,20000,200000")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--phase", choices=["generate", "precompute", "run"])
    parser.add_argument("--url")
    parser.add_argument("--size", type=int)
    args = parser.parse_args()
    if args.phase == "generate":
        return generate(args)
    if args.phase == "precompute":
        return precompute(args)
    if args.phase == "run":
        return run(args)
    final = []
    sizes = [int(size) for size in args.sizes.split(",")]
    phases = [("generate",), ("precompute",), ("run", "--runs", str(args.runs))]
    for db, size, measured in common.each_size(
        __file__, "treffpunkt_bench_dashboard", args.db, sizes, phases
    ):
        final.append(
            common.line(
                offers=size,
                db=db,
                page_p95_ms=measured["page_p95_ms"],
                coverage_ms=measured["coverage_ms"],
            )
        )
    common.print_largest(final, sizes)


if __name__ == "__main__":
    main()
