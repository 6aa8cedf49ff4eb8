"""Helpers the benchmarks share: a fresh database per run, timing, percentiles, memory."""

import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN", "postgres://postgres@127.0.0.1:5432/postgres")


def database_url(db: str, name: str) -> str:
    """A throwaway database for one run (SQLite file or PostgreSQL database)."""
    if db == "sqlite":
        path = Path("/tmp") / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    psql = ["psql", PG_ADMIN_URL, "-q", "-c"]
    subprocess.run([*psql, f"DROP DATABASE IF EXISTS {name}"], check=True)
    subprocess.run([*psql, f"CREATE DATABASE {name}"], check=True)
    return f"{base}/{name}"


def setup_django(url: str) -> None:
    """Point Django at `url` before it is imported (the benchmark runs in its own process)."""
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 50)
    os.environ["TREFFPUNKT_DEBUG"] = "0"
    os.environ["DJANGO_SETTINGS_MODULE"] = "treffpunkt.settings"
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def summary(values_ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values_ms, 50), 2),
        "p95_ms": round(percentile(values_ms, 95), 2),
        "p99_ms": round(percentile(values_ms, 99), 2),
        "mean_ms": round(statistics.fmean(values_ms), 2),
    }


@contextmanager
def stopwatch():
    result = {}
    started = time.perf_counter()
    yield result
    result["seconds"] = time.perf_counter() - started


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux ru_maxrss is in KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def line(**figures) -> str:
    return " ".join(f"{key}={value}" for key, value in figures.items())


def run_phase(script: str, url: str, size: int, phase: str, *extra: str) -> dict:
    """Run one phase of a benchmark in a fresh process (fresh caches, its own peak memory);
    the phase prints its figures as JSON on its last line."""
    done = subprocess.run(
        [sys.executable, script, "--url", url, "--size", str(size), "--phase", phase, *extra],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def each_size(script: str, name: str, dbs: str, sizes: list[int], phases: list[tuple]):
    """For each database and size: a fresh database, then every (phase, *arguments) in a process
    of its own; yields (db, size, the phases' figures together), printing each row as it goes."""
    for db in dbs.split(","):
        for size in sizes:
            url = database_url(db, f"{name}_{size}")
            figures: dict = {}
            for phase, *extra in phases:
                figures.update(run_phase(script, url, size, phase, *extra))
            print(line(db=db, **figures), flush=True)
            yield db, size, figures


def print_largest(rows: list[str], sizes: list[int]) -> None:
    """The summary: one line per database at the largest size."""
    for row in rows:
        if row.startswith(f"offers={max(sizes)} "):
            print(row)
