"""Live participation under load: `make bench-live`.

Starts Treffpunkt as a real server (uvicorn processes with production settings) on a fresh
database, creates a live session with an open single-choice poll whose results are shown, and
lets N simulated participants (bench/live_clients.py) join like browsers over loopback: join
form, session cookie, WebSocket. Once all are connected, each votes at a random moment within
`--spread` seconds, through the WebSocket as the page does. A projection client records when
each update arrives and how many answers it shows.

Latency of vote k = the moment the projection first shows >= k answers minus the moment the
k-th vote (in order of sending) was sent. `lost` = votes sent minus votes in the database;
`doubled` = votes in the database (or shown) beyond the votes sent.

Configurations: `memory` — the embedded default: one worker, in-memory channel layer, SQLite,
no Redis; `redis` — several workers (one uvicorn process per port, clients spread round-robin)
sharing Redis as channel layer and cache, PostgreSQL by default.

Ends with one line per configuration:
participants=1000 layer=redis workers=3 db=postgres joined=… doubled=0 lost=0 p50_ms=… p95_ms=…
p99_ms=… (one line each; wrapped here)
"""

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

ROOT = common.ROOT
PYTHON = str(ROOT / ".venv/bin/python") if (ROOT / ".venv/bin/python").exists() else sys.executable
CLIENTS = str(Path(__file__).resolve().parent / "live_clients.py")
STATIC_ROOT = "/tmp/treffpunkt-bench-live-static"
LOGS = Path("/tmp/treffpunkt-bench-live")
OPTIONS = [  # the Governance vote A–D of the seed
    "„Systemisch denken!“",
    "„Lokale Verwaltungspraxis kohärent gestalten!“",
    "„Die Potenziale ländlicher Räume besser nutzen!“",
    "„Integrationsarbeit als Beitrag zur Stärkung des gesellschaftlichen Zusammenhalts verstehen!“",
]
EXPERIMENTS = {
    "pool": "PostgreSQL connection pool (Django's `pool` option; needs psycopg-pool)",
    "coalesce=S": "S seconds between the projection's updates instead of broadcast.COALESCE",
    "conn-max-age=S": "keep database connections S seconds (CONN_MAX_AGE) instead of closing",
    "no-deflate": "uvicorn --ws-per-message-deflate false (no WebSocket compression)",
}
DEFAULTS = {  # layer: (participants, workers, database)
    "memory": (300, 1, "sqlite"),
    "redis": (1000, 3, "postgres"),
}


# --- Phases in a Django process -----------------------------------------------------------


def setup(args) -> None:
    """Migrate, collect static files (DEBUG off serves them from the manifest), create the
    session and its open poll."""
    common.setup_django(args.url)
    from datetime import timedelta

    from django.conf import settings
    from django.core.management import call_command
    from django.test import override_settings
    from django.utils import timezone

    from treffpunkt.events.models import Event
    from treffpunkt.live.models import LiveSession, Poll, PollItem

    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": "__main__.BenchStaticStorage"}}
    with override_settings(STORAGES=storages):  # the manifest is what the servers read
        call_command("collectstatic", interactive=False, verbosity=0)
    starts = timezone.now()
    event = Event.objects.create(
        title="Abschlussveranstaltung",
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        format="online",
        video_link="https://meet.example.org/x",
        status="published",
    )
    session = LiveSession.objects.create(title="Breakout Room Governance", event=event)
    poll = Poll.objects.create(
        session=session,
        kind="single",
        question="Welche Handlungsempfehlung zuerst diskutieren?",
        state="open",
        results_visible=True,
    )
    items = [
        PollItem.objects.create(poll=poll, text=text, position=i) for i, text in enumerate(OPTIONS)
    ]
    session.current_poll = poll
    session.save(update_fields=["current_poll"])
    print(
        json.dumps(
            {
                "code": session.code,
                "key": session.projection_key,
                "poll": poll.pk,
                "choices": [item.pk for item in items],
            }
        )
    )


def _static_storage():
    """Production's static storage, minus source-map references: the vendored leaflet.js
    names a leaflet.js.map that is not shipped, which fails `collectstatic`."""
    from whitenoise.storage import CompressedManifestStaticFilesStorage

    class BenchStaticStorage(CompressedManifestStaticFilesStorage):
        patterns = tuple(
            (glob, tuple(p for p in rules if "sourceMappingURL" not in str(p)))
            for glob, rules in CompressedManifestStaticFilesStorage.patterns
        )

    return BenchStaticStorage


def __getattr__(name):  # "__main__.BenchStaticStorage" for the setup phase's STORAGES
    if name == "BenchStaticStorage":
        return _static_storage()
    raise AttributeError(name)


def count(args) -> None:
    """What the database holds at the end."""
    common.setup_django(args.url)
    from django.db.models import Count

    from treffpunkt.live.models import LiveParticipant, Vote

    votes = Vote.objects.filter(poll_id=args.poll)
    doubled = votes.values("participant").annotate(n=Count("pk")).filter(n__gt=1).count()
    print(
        json.dumps(
            {
                "votes": votes.count(),
                "participants": LiveParticipant.objects.count(),
                "same_person_twice": doubled,
            }
        )
    )


def _phase(phase: str, url: str, env: dict, *extra: str) -> dict:
    result = subprocess.run(
        [PYTHON, __file__, "--phase", phase, "--url", url, *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if result.returncode:
        raise RuntimeError(f"phase {phase} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- Servers and clients ------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _server_env(url: str, layer: str, experiments=()) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    env.update(
        TREFFPUNKT_DEBUG="0",
        SECRET_KEY="bench-live-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        TREFFPUNKT_SSL_REDIRECT="0",
        TREFFPUNKT_HSTS_SECONDS="0",
        TREFFPUNKT_STATIC_ROOT=STATIC_ROOT,
        TREFFPUNKT_DATA_DIR=str(LOGS),
        DATABASE_URL=url,
        PYTHONPATH=os.pathsep.join(
            filter(
                None,
                [
                    str(ROOT / "src"),
                    str(Path(__file__).parent),
                    os.environ.get("PYTHONPATH"),
                    # psycopg-pool for `--try pool`, installed apart from the project's .venv:
                    # pip install --target /tmp/bench-live-pkgs psycopg-pool
                    os.environ.get("BENCH_LIVE_PACKAGES", "/tmp/bench-live-pkgs"),
                ],
            )
        ),
    )
    if experiments:  # see bench/live_settings.py
        env["DJANGO_SETTINGS_MODULE"] = "live_settings"
        for experiment in experiments:
            name, _, value = experiment.partition("=")
            env[f"BENCH_{name.upper().replace('-', '_')}"] = value or "1"
    if layer == "redis":
        env["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
        # Keys and channels of this run only (others may use the same Redis).
        env["TREFFPUNKT_CACHE_PREFIX"] = f"treffpunkt-bench-live-{os.getpid()}-{time.time_ns()}"
    return env


def start_servers(workers: int, env: dict, name: str) -> tuple[list[subprocess.Popen], list[str]]:
    servers, bases = [], []
    for number in range(workers):
        port = _free_port()
        log = open(LOGS / f"{name}-worker{number}.log", "w")  # noqa: SIM115 - closed with the process
        command = [PYTHON, "-m", "uvicorn", "treffpunkt.asgi:application", "--host", "127.0.0.1"]
        command += ["--port", str(port), "--no-access-log", "--log-level", "warning"]
        if env.get("BENCH_NO_DEFLATE"):
            command += ["--ws-per-message-deflate", "false"]
        servers.append(
            subprocess.Popen(
                command,
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        bases.append(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 60
    for server, base in zip(servers, bases, strict=True):
        port = int(base.rsplit(":", 1)[1])
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"uvicorn on {base} ended; see {LOGS}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
    return servers, bases


def stop(processes, how=signal.SIGTERM) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(how)
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _profile(servers, name: str, rate: int) -> list[subprocess.Popen]:
    """py-spy on every worker while the votes come (--profile RATE): folded stacks per worker
    in LOGS, for finding what limits the latency."""
    if not rate:
        return []
    py_spy = os.environ.get("PY_SPY") or shutil.which("py-spy") or "py-spy"
    profilers = [
        subprocess.Popen(
            [
                py_spy,
                "record",
                "--nonblocking",
                "--idle",
                "--threads",
                "--rate",
                str(rate),
                "--format",
                "raw",
                "--pid",
                str(server.pid),
                "--output",
                str(LOGS / f"{name}-worker{number}.folded"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for number, server in enumerate(servers)
    ]
    time.sleep(3)  # py-spy's own start-up is done before the votes come
    return profilers


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine() -> tuple[int, int]:
    """(all, idle) CPU ticks of the machine so far."""
    ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(ticks), ticks[3] + ticks[4]


def _services() -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL and Redis process."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        if name.startswith(("postgres", "redis-server")):
            found[int(stat.parent.name)] = _cpu_seconds(int(stat.parent.name))
    return found


class Client:
    """One client process; JSON lines out, commands in."""

    def __init__(self, *arguments: str):
        self.process = subprocess.Popen(
            [PYTHON, CLIENTS, *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def read(self, event: str) -> dict:
        for line in self.process.stdout:
            message = json.loads(line)
            if message.get("event") == event:
                return message
        raise RuntimeError(f"client ended before '{event}' (exit {self.process.wait()})")

    def tell(self, *words) -> None:
        self.process.stdin.write(" ".join(map(str, words)) + "\n")
        self.process.stdin.flush()


def latencies(sends: list[float], timeline: list[list[float]]) -> list[float]:
    """For the k-th vote sent: first moment the projection shows >= k answers, minus its send."""
    result, point = [], 0
    for k, sent in enumerate(sorted(sends), start=1):
        while point < len(timeline) and timeline[point][1] < k:
            point += 1
        if point == len(timeline):
            break  # never shown: counted as lost or late, not as a latency
        result.append((timeline[point][0] - sent) * 1000)
    return result


def run_configuration(layer: str, participants: int, workers: int, db: str, args) -> dict:
    name = f"treffpunkt_bench_live_{layer}"
    url = common.database_url(db, name)
    env = _server_env(url, layer, [name for name in args.try_ if name])
    session = _phase("setup", url, env)
    servers, bases = start_servers(workers, env, name)
    clients = []
    try:
        # "=" form: a key or code may start with "-" (URL-safe base64)
        common_args = [f"--code={session['code']}"]
        projection = Client(
            "projection", "--bases", bases[0], f"--key={session['key']}", *common_args
        )
        clients.append(projection)
        projection.read("ready")
        processes = max(1, min(args.client_processes, participants // 100 or 1))
        share = -(-participants // processes)
        started = time.monotonic()
        for first in range(0, participants, share):
            clients.append(
                Client(
                    "participants",
                    "--bases",
                    ",".join(bases),
                    *common_args,
                    "--poll",
                    str(session["poll"]),
                    "--choices",
                    ",".join(map(str, session["choices"])),
                    "--first",
                    str(first),
                    "--count",
                    str(min(share, participants - first)),
                    "--spread",
                    str(args.spread),
                    "--seed",
                    str(first + 1),
                )
            )
        people = clients[1:]
        ready = [client.read("ready") for client in people]
        join_seconds = time.monotonic() - started
        joined = sum(r["joined"] for r in ready)
        errors = sorted({e for r in ready for e in r["errors"]})
        profilers = _profile(servers, name, args.profile)
        cpu_before = (
            [_cpu_seconds(p.pid) for p in servers],
            [_cpu_seconds(c.process.pid) for c in clients],
        )
        machine_before, services_before = _machine(), _services()
        start = time.monotonic() + 0.5
        for client in people:
            client.tell("start", start)
        sent = [client.read("sent") for client in people]
        sends = [t for s in sent for t in s["sends"]]
        projection.tell("expect", len(sends))
        timeline = projection.read("timeline")["points"]
        cpu_after = (
            [_cpu_seconds(p.pid) for p in servers],
            [_cpu_seconds(c.process.pid) for c in clients],
        )
        machine_after, services_after = _machine(), _services()
        window = time.monotonic() - start
        stop(profilers, signal.SIGINT)
        for client in people:
            client.tell("stop")
        received = sum(client.read("done")["received"] for client in people)
    finally:
        stop([client.process for client in clients])
        stop(servers)
    stored = _phase("count", url, env, "--poll", str(session["poll"]))
    record = {"start": start, "sends": sorted(sends), "timeline": timeline}
    (LOGS / f"{name}-timeline.json").write_text(json.dumps(record))  # for a closer look
    shown = max(voters for _t, voters in timeline)
    timings = latencies(sends, timeline)
    return {
        "participants": participants,
        "layer": layer,
        "workers": workers,
        "db": db,
        "joined": joined,
        "join_s": round(join_seconds, 1),
        "sent": len(sends),
        "acked": sum(s["acks"] for s in sent),
        "stored": stored["votes"],
        "shown": shown,
        "lost": len(sends) - stored["votes"],
        "doubled": max(0, stored["votes"] - len(sends))
        + max(0, shown - stored["votes"])
        + stored["same_person_twice"],
        "updates": len(timeline) - 1,
        "messages": received,
        "vote_window_s": round(max(sends) - min(sends), 2) if sends else 0,
        "last_shown_s": round(timeline[-1][0] - start, 2),
        **(
            common.summary(timings)
            if timings
            else {"p50_ms": "nan", "p95_ms": "nan", "p99_ms": "nan"}
        ),
        "window_s": round(window, 1),  # from the start of voting until the last update
        "server_cpu_s": [round(b - a, 1) for a, b in zip(cpu_before[0], cpu_after[0], strict=True)],
        "clients_cpu_s": round(sum(cpu_after[1]) - sum(cpu_before[1]), 1),
        # PostgreSQL and Redis processes alive at both ends (connections closed between are missed)
        "db_redis_cpu_s": round(
            sum(
                services_after[p] - services_before[p]
                for p in services_after.keys() & services_before.keys()
            ),
            1,
        ),
        "machine_busy_pct": round(
            100
            * (
                1
                - (machine_after[1] - machine_before[1])
                / max(1, machine_after[0] - machine_before[0])
            )
        ),
        "errors": errors,
        "refused": sorted({r for s in sent for r in s["refused"]}),
    }


def raise_open_files(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--layers", default="memory,redis", help="configurations to run")
    parser.add_argument(
        "--participants", type=int, help="for every configuration (default 300/1000)"
    )
    parser.add_argument("--workers", type=int, help="for the Redis configuration (default 3)")
    parser.add_argument("--db", help="database of the Redis configuration: postgres or sqlite")
    parser.add_argument("--spread", type=float, default=3.0, help="seconds over which votes come")
    parser.add_argument("--client-processes", type=int, default=2, help="participant processes")
    parser.add_argument(
        "--try",
        dest="try_",
        action="append",
        default=[],
        metavar="EXPERIMENT",
        help="what might help, not Treffpunkt's configuration (repeatable): "
        + "; ".join(f"{name}: {text}" for name, text in EXPERIMENTS.items()),
    )
    parser.add_argument("--profile", type=int, default=0, help="py-spy samples/s while voting")
    parser.add_argument("--phase", choices=["setup", "count"])
    parser.add_argument("--url")
    parser.add_argument("--poll", type=int)
    args = parser.parse_args()
    if args.phase == "setup":
        return setup(args)
    if args.phase == "count":
        return count(args)

    LOGS.mkdir(exist_ok=True)
    final = []
    for layer in args.layers.split(","):
        participants, workers, db = DEFAULTS[layer]
        participants = args.participants or participants
        if layer == "redis":
            workers, db = args.workers or workers, args.db or db
        raise_open_files(4 * participants + 1024)  # inherited by servers and clients
        figures = run_configuration(layer, participants, workers, db, args)
        print(common.line(**{k: v for k, v in figures.items() if k not in {"errors", "refused"}}))
        for problem in figures["errors"] + figures["refused"]:
            print(f"  problem: {problem}")
        final.append(
            common.line(
                **{
                    k: figures[k]
                    for k in (
                        "participants",
                        "layer",
                        "workers",
                        "db",
                        "joined",
                        "doubled",
                        "lost",
                        "p50_ms",
                        "p95_ms",
                        "p99_ms",
                    )
                }
            )
        )
        sys.stdout.flush()
    for row in final:
        print(row)


if __name__ == "__main__":
    main()
