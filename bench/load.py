"""Load as a Land-wide installation sees it: `make bench-load`.

Starts Treffpunkt as `make prod` does (deploy/prod.py: nginx, uvicorn workers, task worker,
scheduler; PostgreSQL and Redis) on a fresh database with the demo data, then lets locust
(bench/locustfile.py, headless) send a mix of traffic in steps of more and more simulated
people: newcomers (home, search with facets, offer and event pages in de/ar/uk), people
registering for a Fachtag, and participants voting live (the form without JavaScript).

Each step runs STEP seconds; its throughput counts if p95 stays under 200 ms. Reported per
worker count: the highest such throughput ("sustained"), that step's p95 and error rate.
nginx's per-address limit on the public forms answers some POSTs with 429 (all simulated
people share 127.0.0.1); those count as served, not as errors.

Ends with one line per worker count: workers=… rps=… p95_ms=… errors=…
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
import prod_stack

LOCUST = str(common.ROOT / ".venv/bin/locust")
LOCUSTFILE = str(Path(__file__).resolve().parent / "locustfile.py")
P95_LIMIT_MS = 200


def run_step(base: str, users: int, seconds: int, data: dict) -> dict:
    """One locust run at a fixed number of simulated people; its aggregated figures."""
    with tempfile.TemporaryDirectory() as tmp:
        prefix = f"{tmp}/step"
        subprocess.run(
            [
                LOCUST, "-f", LOCUSTFILE, "--headless", "--host", base,
                "--users", str(users), "--spawn-rate", str(max(users // 2, 1)),
                "--run-time", f"{seconds}s", "--csv", prefix, "--only-summary",
                "--loglevel", "ERROR", "--stop-timeout", "5",
            ],
            env={**os.environ, "TREFFPUNKT_BENCH": json.dumps(data)},
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
        with open(f"{prefix}_stats.csv") as handle:
            rows = {row["Name"]: row for row in csv.DictReader(handle)}
        with open(f"{prefix}_failures.csv") as handle:
            failures_by_kind = sorted(
                ((int(row["Occurrences"]), f"{row['Name']}: {row['Error'][:60]}")
                 for row in csv.DictReader(handle)),
                reverse=True,
            )  # fmt: skip
    total = rows["Aggregated"]
    requests = int(total["Request Count"])
    failures = int(total["Failure Count"])
    return {
        "users": users,
        "requests": requests,
        "rps": round(float(total["Requests/s"]), 1),
        "p95_ms": float(total["95%"]),
        "errors": round(100 * failures / requests, 2) if requests else 100.0,
        "failures": failures_by_kind[:3],
        "slowest": sorted(
            ((float(row["95%"]), name) for name, row in rows.items() if name != "Aggregated"),
            reverse=True,
        )[:3],
    }


def run_configuration(workers: int, env: dict, data: dict, args) -> dict:
    port = prod_stack.free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**env, "TREFFPUNKT_SITE_URL": base, "CSRF_TRUSTED_ORIGINS": base}
    stack = prod_stack.start(env, workers, port)
    best = None
    try:
        run_step(base, 5, 8, data)  # warm-up: connections, caches, compiled templates
        for users in args.users:
            step = run_step(base, users, args.step, data)
            print(f"  workers={workers} " + common.line(**step), flush=True)
            if step["p95_ms"] < P95_LIMIT_MS and step["errors"] < 1:
                if best is None or step["rps"] > best["rps"]:
                    best = step
            elif step["p95_ms"] > 5 * P95_LIMIT_MS:
                break  # far past saturation: more people only queue
    finally:
        prod_stack.stop(stack)
    return best or {"rps": 0, "p95_ms": float("nan"), "errors": float("nan")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,3", help="worker counts, e.g. 1,3")
    parser.add_argument("--users", default="5,10,20,35,50,80", help="simulated people per step")
    parser.add_argument("--step", type=int, default=20, help="seconds per step")
    args = parser.parse_args()
    args.users = [int(n) for n in args.users.split(",")]
    env = prod_stack.environment("treffpunkt_bench_load", prod_stack.free_port())
    data = prod_stack.prepare(env)
    print(
        f"machine: {os.cpu_count()} CPUs; {len(data['offers'])} offers, "
        f"{len(data['events'])} events; {args.step} s per step",
        flush=True,
    )
    results = []
    for workers in [int(n) for n in args.workers.split(",")]:
        best = run_configuration(workers, env, data, args)
        results.append(
            common.line(
                workers=workers,
                rps=best["rps"],
                p95_ms=best["p95_ms"],
                errors=f"{best['errors']}%",
            )
        )
    print("\n".join(results))


if __name__ == "__main__":
    main()
