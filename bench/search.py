"""Directory search benchmark: `make bench-search`.

For each database (SQLite, PostgreSQL) and size (500, 20,000, 200,000 offers) it generates the
offers, builds the index in a process of its own (index time, peak memory), then runs a fixed
set of realistic searches in a fresh process, as a web worker would, through the code the
search page uses (`engine.search`, facets included) and the same searches as a naive
`icontains` query for comparison.

Ends with one line per database:
offers=200000 db=sqlite p50_ms=… p95_ms=… p99_ms=… baseline_p95_ms=…
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
from search_queries import query_params

BASELINE_QUERIES = 150  # a full-table scan per query: a sample is enough for its p95


def generate(args) -> None:
    common.setup_django(args.url)
    from treffpunkt.directory.demo_generator import generate as make_offers
    from treffpunkt.network import demo as network_demo

    network_demo.load()
    from treffpunkt.directory import demo as directory_demo

    directory_demo.load_vocabulary_and_places()
    with common.stopwatch() as timer:
        make_offers(args.size - _existing(), seed=7)
    _analyze()
    print(json.dumps({"generate_s": round(timer["seconds"], 1)}))


def _analyze() -> None:
    """Planner statistics after the bulk load, as autovacuum gathers them soon after one on
    a server (without them PostgreSQL plans the page's joins for empty tables)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _existing() -> int:
    from treffpunkt.directory.models import Offer

    return Offer.objects.count()


def _query(params: dict, language: str):
    from django.http import QueryDict

    from treffpunkt.directory.search.query import SearchQuery

    query_dict = QueryDict(mutable=True)
    for key, value in params.items():
        query_dict.setlist(key, value if isinstance(value, list) else [value])
    return SearchQuery.from_params(query_dict, language)


def naive(query) -> tuple[int, list[int]]:
    """What a directory without a search index does: icontains over the text columns."""
    from django.db.models import Q

    from treffpunkt.directory.models import Offer
    from treffpunkt.directory.search import text

    offers = Offer.objects.published()
    for word in text.words(query.text):
        offers = offers.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(description__icontains=word)
        )
    if query.fields:
        offers = offers.filter(fields_of_action__slug__in=query.fields)
    if query.towns:
        offers = offers.filter(locations__municipality__slug__in=query.towns)
    if query.languages:
        offers = offers.filter(languages__code__in=query.languages)
    offers = offers.distinct()
    total = offers.count()
    start = (query.page - 1) * query.page_size
    return total, list(offers.order_by("title").values_list("pk", flat=True)[start : start + 20])


def index(args) -> None:
    """Rebuild the index in a process of its own, as `treffpunkt rebuild_search_index` does."""
    common.setup_django(args.url)
    from treffpunkt.directory.search import indexing

    with common.stopwatch() as timer:
        indexing.rebuild()
    print(
        json.dumps(
            {"index_s": round(timer["seconds"], 1), "index_peak_mb": round(common.peak_rss_mb(), 1)}
        )
    )


def run(args) -> None:
    """The searches, in a fresh process like a web worker's."""
    common.setup_django(args.url)
    from treffpunkt.directory.models import SearchEntry
    from treffpunkt.directory.search import engine
    from treffpunkt.directory.search.facet_index import facet_index

    with common.stopwatch() as load:
        facet_index.current()  # what a worker does on its first search
    queries = [(_query(p, lang), lang) for p, lang in query_params(args.queries)]
    for query, _ in queries[:20]:  # warm caches and connections
        engine.search(query)
    timings, totals = [], []
    for query, language in queries:
        from django.utils import translation

        with translation.override(language):
            started = time.perf_counter()
            result = engine.search(query)
            timings.append((time.perf_counter() - started) * 1000)
        totals.append(result.total)
    baseline = []
    for query, _ in queries[:BASELINE_QUERIES]:
        started = time.perf_counter()
        naive(query)
        baseline.append((time.perf_counter() - started) * 1000)
    figures = {
        "offers": SearchEntry.objects.count(),
        "facet_load_s": round(load["seconds"], 2),
        **common.summary(timings),
        "baseline_p95_ms": round(common.percentile(baseline, 95), 1),
        "median_hits": sorted(totals)[len(totals) // 2],
        "zero_hits": sum(1 for t in totals if t == 0),
        "queries": len(timings),
    }
    print(json.dumps(figures))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--sizes", default="500,20000,200000")
    parser.add_argument("--queries", type=int, default=1200)
    parser.add_argument("--phase", choices=["generate", "index", "run"])
    parser.add_argument("--url")
    parser.add_argument("--size", type=int)
    args = parser.parse_args()
    if args.phase == "generate":
        return generate(args)
    if args.phase == "index":
        return index(args)
    if args.phase == "run":
        return run(args)

    final = []
    sizes = [int(size) for size in args.sizes.split(",")]
    phases = [("generate",), ("index",), ("run", "--queries", str(args.queries))]
    for db, size, measured in common.each_size(
        __file__, "treffpunkt_bench_search", args.db, sizes, phases
    ):
        final.append(
            common.line(
                offers=size,
                db=db,
                p50_ms=measured["p50_ms"],
                p95_ms=measured["p95_ms"],
                p99_ms=measured["p99_ms"],
                baseline_p95_ms=measured["baseline_p95_ms"],
                ratio=round(measured["baseline_p95_ms"] / measured["p95_ms"], 1),
                index_s=measured["index_s"],
                index_peak_mb=measured["index_peak_mb"],
            )
        )
    common.print_largest(final, sizes)


if __name__ == "__main__":
    main()
