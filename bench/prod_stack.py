"""Treffpunkt as `make prod` runs it (deploy/prod.py), for the load and fault benchmarks:
a fresh PostgreSQL database, the demo data plus what the traffic needs (an event with room
for everyone, a live session with an open poll), and the stack started and stopped."""

import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

ROOT = common.ROOT
PYTHON = str(ROOT / ".venv/bin/python")
PROD = ROOT / "deploy" / "prod.py"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database: str, port: int) -> dict:
    """deploy/prod.py's environment for a throwaway database, with the application's own
    per-address limits lifted: every simulated person comes from 127.0.0.1 (nginx's limits
    stay, and are counted apart from errors)."""
    spec = importlib.util.spec_from_file_location("treffpunkt_prod", PROD)
    prod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(prod)
    os.environ.update(
        {
            "DATABASE_URL": common.database_url("postgres", database),
            "REDIS_URL": "redis://127.0.0.1:6379/2",
            "TREFFPUNKT_CACHE_PREFIX": f"bench-{uuid.uuid4().hex[:8]}",
            "TREFFPUNKT_REGISTRATION_RATE": "1000000/h",
            "TREFFPUNKT_TASKS_IMMEDIATE": "0",
            # nginx passes Host without the port; browsers send Origin with it.
            "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
        }
    )
    return prod.environment(type("Args", (), {"port": port, "workers": 1})())


def prepare(env: dict, sessions: int = 1) -> dict:
    """Migrate, load the demo data and the bench's own objects (`sessions` Fachtage, each with
    a live session and an open poll); returns what the clients need."""
    result = subprocess.run(
        [PYTHON, __file__, "--phase", "prepare"],
        env={**env, "BENCH_SESSIONS": str(sessions)},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"prepare failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def start(env: dict, workers: int, port: int, timeout: float = 240) -> subprocess.Popen:
    """deploy/prod.py with `workers` ASGI workers; returns once it printed `ready`."""
    process = subprocess.Popen(
        [PYTHON, str(PROD), "--workers", str(workers), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    log = []
    for line in process.stdout:
        log.append(line)
        if line.startswith("ready "):
            # Keep reading in the background so that a full pipe never blocks the stack.
            _drain(process)
            return process
        if time.monotonic() > deadline:
            break
    stop(process)
    raise RuntimeError("deploy/prod.py did not get ready:\n" + "".join(log[-40:]))


def _drain(process: subprocess.Popen) -> None:
    import threading

    def read():
        for _ in process.stdout:
            pass

    threading.Thread(target=read, daemon=True).start()


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def worker_pids(port: int) -> list[int]:
    """The ASGI workers' process ids, as deploy/prod.py records them for the stack on `port`."""
    state = ROOT / "var" / "prod"
    path = state / f"run-{port}" / "pids.json"
    pids = json.loads((path if path.exists() else state / "pids.json").read_text())
    return [int(pid) for name, pid in sorted(pids.items()) if name.startswith("web-")]


# --- The prepare phase, in a Django process with the stack's environment --------------------


def _prepare() -> None:
    import django

    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treffpunkt.settings")
    django.setup()
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from treffpunkt.directory.models import Offer
    from treffpunkt.events.models import Event
    from treffpunkt.live.models import LiveSession, Poll, PollItem

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load_demo", allow_production=True, verbosity=0, stdout=quiet)
    sessions = []
    for number in range(int(os.environ.get("BENCH_SESSIONS", "1"))):
        starts = timezone.now() + timedelta(days=10 + number)
        event = Event.objects.create(
            title=f"Fachtag Integration {number + 1} (Lasttest)",
            starts_at=starts,
            ends_at=starts + timedelta(hours=6),
            format="online",
            video_link="https://meet.example.org/fachtag",
            status="published",
            capacity=None,
        )
        session = LiveSession.objects.create(title=f"Fachtag {number + 1} live", event=event)
        poll = Poll.objects.create(
            session=session,
            kind="single",
            question="Welches Thema zuerst?",
            state="open",
            results_visible=True,
        )
        items = [
            PollItem.objects.create(poll=poll, text=t, position=i) for i, t in enumerate("ABCD")
        ]
        session.current_poll = poll
        session.save(update_fields=["current_poll"])
        sessions.append(
            {
                "event": event.pk,
                "code": session.code,
                "poll": poll.pk,
                "choices": [item.pk for item in items],
            }
        )
    offers = list(Offer.objects.published().order_by("pk").values_list("pk", flat=True)[:200])
    events = list(Event.objects.public().order_by("pk").values_list("pk", flat=True)[:50])
    print(json.dumps({**sessions[0], "sessions": sessions, "offers": offers, "events": events}))


if __name__ == "__main__" and sys.argv[1:] == ["--phase", "prepare"]:
    _prepare()
