"""Faults during a vote storm and a registration burst: `make bench-faults`.

Starts Treffpunkt as `make prod` does (deploy/prod.py, three workers behind nginx) on a fresh
database with one Fachtag (a live session with an open poll, and registration) per fault.
For each fault, VOTERS participants join beforehand; then each sends its vote over the
page's WebSocket at a random moment within SPREAD seconds, while REGISTRANTS people register
for the Fachtag in the same window — and one second in, the fault strikes:

  kill-worker       SIGKILL to one uvicorn worker (deploy/prod.py starts it again)
  restart-redis     `redis-cli shutdown nosave`, two seconds down, then started again
  restart-postgres  `pg_ctlcluster 15 main restart`

Clients behave as the pages do: a voter whose WebSocket breaks reconnects and sends the same
vote again until it is confirmed (a vote is idempotent per participant); a registrant whose
request fails (connection error, 5xx, 429) waits (Retry-After if given) and sends the same
form again, with the same address. Afterwards the database is counted:

  sent          votes + registrations the clients set out to make
  counted       votes of these participants + active registrations of these addresses
  lost          sent but not in the database
  doubled       a participant with two votes, an address with two active registrations
  half_written  a registration's participant without any registration, a vote's answer
                without its participant

Ends with one line per fault: fault=… sent=… counted=… lost=… doubled=… half_written=…
"""

import argparse
import asyncio
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
import prod_stack
from live_clients import ACK_START, join
from websockets.asyncio.client import connect

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
REDIS_START = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379",
    "--save", "", "--appendonly", "no", "--dir", "/var/lib/redis",
    "--logfile", "/var/log/redis/ci.log",
]  # fmt: skip
FAULTS = ["kill-worker", "restart-redis", "restart-postgres"]
GIVE_UP_AFTER = 90  # seconds a client keeps retrying
# What the clients met on the way (retries, status codes), to show that the fault was felt.
seen: Counter = Counter()


# --- The faults ----------------------------------------------------------------------------


def inject(fault: str, port: int) -> str:
    if fault == "kill-worker":
        pid = prod_stack.worker_pids(port)[0]
        os.kill(pid, signal.SIGKILL)
        return f"killed worker {pid}"
    if fault == "restart-redis":
        subprocess.run(["redis-cli", "shutdown", "nosave"], capture_output=True, check=False)
        time.sleep(2)
        subprocess.run(REDIS_START, check=True)
        return "redis restarted"
    if fault == "restart-postgres":
        subprocess.run(["pg_ctlcluster", "15", "main", "restart"], check=True)
        return "postgresql restarted"
    raise ValueError(fault)


# --- Voters: WebSocket, reconnect and resend until confirmed --------------------------------


async def vote_until_confirmed(base, code, cookie, token, poll, choice, at) -> bool:
    """Open the page's WebSocket at once (people sit on the page before the poll opens),
    vote at `at`; if the connection breaks, reconnect and send the same vote again."""
    message = json.dumps(
        {
            "csrfmiddlewaretoken": token,
            "action": "vote",
            "poll": str(poll),
            "choice": str(choice),
            "HEADERS": {"HX-Request": "true", "HX-Trigger": None, "HX-Target": "live-poll"},
        }
    )
    url = base.replace("http://", "ws://") + f"/ws/live/{code}/?lang=de"
    deadline = time.monotonic() + GIVE_UP_AFTER
    while time.monotonic() < deadline:
        try:
            async with connect(
                url, origin=base, additional_headers={"Cookie": cookie}, open_timeout=10, proxy=None
            ) as ws:
                await asyncio.wait_for(ws.recv(), 10)  # the initial state
                await asyncio.sleep(max(0.0, at - time.monotonic()))
                await ws.send(message)
                while True:
                    update = await asyncio.wait_for(ws.recv(), 10)
                    if update.startswith(ACK_START):
                        if 'data-ok="1"' in update:
                            return True
                        seen["vote refused"] += 1
                        break  # refused (e.g. an error during the fault): send again
        except Exception:
            pass
        seen["vote sent again"] += 1
        await asyncio.sleep(0.5 + random.random())
    return False


def join_with_retries(base: str, code: str) -> tuple[str, str]:
    for _ in range(20):
        try:
            return join(base, code)
        except Exception:
            time.sleep(1)
    raise RuntimeError("could not join the live session")


# --- Registrants: the same form again until it is accepted ---------------------------------


def register_until_accepted(base: str, event: int, email: str, at: float) -> bool:
    time.sleep(max(0.0, at - time.monotonic()))
    path = f"/veranstaltungen/anmelden/{event}/"
    host, port = base.removeprefix("http://").split(":")
    form, cookie = None, ""
    deadline = time.monotonic() + GIVE_UP_AFTER
    while time.monotonic() < deadline:
        wait = 1.0
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            if form is None:  # the form page once: its token and cookie stay the same
                connection.request("GET", path)
                response = connection.getresponse()
                page = response.read().decode()
                token = CSRF.search(page)
                if response.status != 200 or token is None:
                    raise RuntimeError(f"form: HTTP {response.status}")
                cookies = response.headers.get_all("Set-Cookie") or []
                cookie = "; ".join(c.split(";", 1)[0] for c in cookies)
                form = urlencode(
                    {
                        "csrfmiddlewaretoken": token.group(1),
                        "name": "Burst",
                        "email": email,
                        "events": event,
                        "consent_processing": "on",
                    }
                )
            connection.request(
                "POST",
                path,
                body=form,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": cookie,
                },
            )
            response = connection.getresponse()
            response.read()
            if response.status == 302:
                return True
            seen[f"registration HTTP {response.status}"] += 1
            wait = float(response.headers.get("Retry-After") or 1)
        except Exception as problem:
            seen[f"registration {type(problem).__name__}"] += 1
        finally:
            connection.close()
        time.sleep(wait + random.random())
    return False


# --- One fault -----------------------------------------------------------------------------


async def storm(base: str, fachtag: dict, fault: str, args) -> dict:
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(32) as pool:
        people = await asyncio.gather(
            *(
                loop.run_in_executor(pool, join_with_retries, base, fachtag["code"])
                for _ in range(args.voters)
            )
        )
        start = time.monotonic() + 1
        emails = [f"burst-{uuid.uuid4().hex[:12]}@example.org" for _ in range(args.registrants)]
        votes = [  # tasks, so that they run (connect, wait on the page) before the fault
            asyncio.ensure_future(
                vote_until_confirmed(
                    base,
                    fachtag["code"],
                    cookie,
                    token,
                    fachtag["poll"],
                    random.choice(fachtag["choices"]),
                    start + random.uniform(0, args.spread),
                )
            )
            for cookie, token in people
        ]
        registrations = [
            loop.run_in_executor(
                pool,
                register_until_accepted,
                base,
                fachtag["event"],
                email,
                start + random.uniform(0, args.spread),
            )
            for email in emails
        ]
        await asyncio.sleep(max(0.0, start + 1 - time.monotonic()))
        port = int(base.rsplit(":", 1)[1])
        note = await loop.run_in_executor(None, inject, fault, port)
        print(f"  {fault}: {note}", flush=True)
        confirmed = await asyncio.gather(*votes, *registrations)
    met = dict(seen)
    seen.clear()
    return {
        "met": met,
        "emails": emails,
        "votes_confirmed": sum(confirmed[: len(votes)]),
        "registrations_confirmed": sum(confirmed[len(votes) :]),
    }


def count(env: dict, fachtag: dict, emails: list[str]) -> dict:
    """The database's view, in a Django process with the stack's environment."""
    result = subprocess.run(
        [prod_stack.PYTHON, __file__, "--phase", "count"],
        input=json.dumps({"fachtag": fachtag, "emails": emails}),
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _count_phase() -> None:
    import django

    sys.path.insert(0, str(common.ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treffpunkt.settings")
    django.setup()
    from django.db.models import Count

    from treffpunkt.events.models import Participant, Registration
    from treffpunkt.live.models import LiveParticipant, Vote

    data = json.load(sys.stdin)
    fachtag, emails = data["fachtag"], data["emails"]
    votes = Vote.objects.filter(poll_id=fachtag["poll"])
    voters = LiveParticipant.objects.filter(session__code=fachtag["code"])
    registrations = Registration.objects.filter(
        event_id=fachtag["event"], participant__email__in=emails
    ).exclude(status="cancelled")
    per_address = registrations.values("participant__email").annotate(n=Count("pk"))
    participants = Participant.objects.filter(email__in=emails)
    print(
        json.dumps(
            {
                "voters": voters.count(),
                "votes": votes.values("participant").distinct().count(),
                "votes_doubled": votes.count() - votes.values("participant").distinct().count(),
                "registrations": per_address.count(),
                "registrations_doubled": sum(row["n"] - 1 for row in per_address),
                "participants_without_registration": participants.filter(
                    registrations__isnull=True
                ).count(),
                "votes_without_voter": votes.filter(participant__isnull=True).count(),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--faults", default=",".join(FAULTS))
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--voters", type=int, default=200)
    parser.add_argument("--registrants", type=int, default=20)
    parser.add_argument("--spread", type=float, default=6.0, help="seconds the sends spread over")
    args = parser.parse_args()
    faults = args.faults.split(",")
    port = prod_stack.free_port()
    env = prod_stack.environment("treffpunkt_bench_faults", port)
    data = prod_stack.prepare(env, sessions=len(faults))
    stack = prod_stack.start(env, args.workers, port)
    base = f"http://127.0.0.1:{port}"
    lines = []
    try:
        for fault, fachtag in zip(faults, data["sessions"], strict=True):
            outcome = asyncio.run(storm(base, fachtag, fault, args))
            db = count(env, fachtag, outcome["emails"])
            sent = args.voters + args.registrants
            counted = db["votes"] + db["registrations"]
            confirmed = {key: value for key, value in outcome.items() if key != "emails"}
            print(f"  {fault}: clients confirmed {confirmed}; database {db}", flush=True)
            lines.append(
                common.line(
                    fault=fault,
                    sent=sent,
                    counted=counted,
                    lost=sent - counted,
                    doubled=db["votes_doubled"] + db["registrations_doubled"],
                    half_written=db["participants_without_registration"]
                    + db["votes_without_voter"],
                )
            )
            time.sleep(3)  # let the stack settle before the next fault
    finally:
        prod_stack.stop(stack)
    print("\n".join(lines))


if __name__ == "__main__":
    if sys.argv[1:] == ["--phase", "count"]:
        _count_phase()
    else:
        main()
