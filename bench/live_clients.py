"""The simulated people of `make bench-live`: participants and the projection, as real clients.

Run by bench/live.py as separate processes that talk to it in JSON lines (stdout) and take
commands on stdin, so that the projection's clock is not held up by the participants' work:

participants: join like a browser (GET the join form, POST it with the CSRF token, GET the
  session page), open the page's WebSocket with the session cookie and Origin header and wait
  for the initial state; print `ready`. On `start T` each sends its vote at T + random(0, spread)
  as htmx's ws-send would; print `sent` with the send times once every vote is confirmed.
  On `stop` close and print `done`.
projection: open the projection's WebSocket and record (time, voters shown) for every update;
  print `ready`. On `expect N` wait until N answers are shown (or a timeout) and print the
  timeline.

Times are time.monotonic(), the same clock in every process on this machine.
"""

import argparse
import asyncio
import contextlib
import http.client
import json
import random
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode, urlsplit

from websockets.asyncio.client import connect

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VOTERS = re.compile(r'id="live-results"[^>]*data-voters="(\d+)"')
ACK_START = '<p id="live-status-vote"'
JOIN_THREADS = 16  # HTTP joins run in threads (http.client); WebSockets in the event loop


def emit(**message) -> None:
    print(json.dumps(message), flush=True)


def _cookies(response, jar: dict) -> None:
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]


def _cookie_header(jar: dict) -> str:
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def join(base: str, code: str) -> tuple[str, str]:
    """What a browser does before the WebSocket opens: returns (Cookie header, CSRF token).

    Cookies are handled by hand: with DEBUG off they are `Secure`, which a cookie jar would
    not send over plain HTTP on loopback.
    """
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    path, jar = f"/live/{code}/", {}
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        page = response.read().decode()
        _cookies(response, jar)
        token = CSRF_FIELD.search(page)
        if response.status != 200 or token is None:
            raise RuntimeError(f"join form: HTTP {response.status}")
        body = urlencode({"csrfmiddlewaretoken": token.group(1), "display_name": ""})
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": _cookie_header(jar),
            "Origin": base,
            "Referer": base + path,
        }
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        _cookies(response, jar)
        if response.status != 302 or "sessionid" not in jar:
            raise RuntimeError(f"join post: HTTP {response.status}")
        connection.request("GET", path, headers={"Cookie": _cookie_header(jar)})
        response = connection.getresponse()
        page = response.read().decode()
        token = CSRF_FIELD.search(page)
        if response.status != 200 or "ws-connect" not in page or token is None:
            raise RuntimeError(f"session page: HTTP {response.status}")
        return _cookie_header(jar), token.group(1)
    finally:
        connection.close()


async def _lines():
    """Commands from bench/live.py on stdin."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        yield line.decode().split()


class Participant:
    def __init__(self, index: int, base: str):
        self.index, self.base = index, base
        self.ws = None
        self.received = 0
        self.sent_at: float | None = None
        self.acked = asyncio.Event()
        self.error: str | None = None

    async def enter(self, code: str, pool, limit: asyncio.Semaphore) -> None:
        async with limit:
            try:
                loop = asyncio.get_running_loop()
                cookie, self.token = await loop.run_in_executor(pool, join, self.base, code)
                url = self.base.replace("http://", "ws://") + f"/ws/live/{code}/?lang=de"
                self.ws = await connect(
                    url,
                    origin=self.base,
                    additional_headers={"Cookie": cookie},
                    open_timeout=60,
                    max_queue=None,
                    proxy=None,
                )
                first = await asyncio.wait_for(self.ws.recv(), 60)
                if 'id="live-poll"' not in first:
                    raise RuntimeError("no initial state")
            except Exception as problem:
                self.error = f"{type(problem).__name__}: {problem}"[:200]
                self.ws = None
                return
        self.reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        try:
            async for message in self.ws:
                self.received += 1
                if message.startswith(ACK_START):  # the sender's own confirmation
                    if 'data-ok="1"' in message:
                        self.acked.set()
                    else:
                        self.error = "vote refused: " + message[:200]
                        self.acked.set()
        except Exception:
            pass

    async def vote(self, at: float, poll: int, choice: int) -> None:
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        message = {
            "csrfmiddlewaretoken": self.token,
            "action": "vote",
            "poll": str(poll),
            "choice": str(choice),
            "HEADERS": {"HX-Request": "true", "HX-Trigger": None, "HX-Target": "live-poll"},
        }
        self.sent_at = time.monotonic()
        try:
            await self.ws.send(json.dumps(message))
        except Exception as problem:
            self.sent_at = None
            self.error = f"send: {problem}"[:200]


async def participants(args) -> None:
    bases = args.bases.split(",")
    choices = [int(choice) for choice in args.choices.split(",")]
    rng = random.Random(args.seed)
    people = [
        Participant(i, bases[i % len(bases)]) for i in range(args.first, args.first + args.count)
    ]
    limit = asyncio.Semaphore(args.concurrency)
    with ThreadPoolExecutor(JOIN_THREADS) as pool:
        await asyncio.gather(*(person.enter(args.code, pool, limit) for person in people))
    joined = [person for person in people if person.ws is not None]
    errors = sorted({person.error for person in people if person.error})
    emit(event="ready", joined=len(joined), failed=len(people) - len(joined), errors=errors[:5])
    commands = _lines()
    async for command in commands:
        if command[0] == "start":
            start = float(command[1])
            break
    await asyncio.gather(
        *(
            person.vote(start + rng.uniform(0, args.spread), args.poll, rng.choice(choices))
            for person in joined
        )
    )
    voters = [person for person in joined if person.sent_at is not None]
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*(person.acked.wait() for person in voters)), 60)
    acked = sum(1 for person in voters if person.acked.is_set())
    refused = sorted({p.error for p in voters if p.error and p.error.startswith("vote refused")})
    emit(
        event="sent",
        sends=[person.sent_at for person in voters],
        acks=acked,
        refused=refused[:3],
    )
    async for command in commands:
        if command[0] == "stop":
            break
    await asyncio.gather(*(person.ws.close() for person in joined), return_exceptions=True)
    emit(event="done", received=sum(person.received for person in joined))


async def projection(args) -> None:
    url = args.bases.replace("http://", "ws://") + f"/ws/live/{args.code}/projektion/{args.key}/"
    timeline: list[tuple[float, int]] = []
    async with connect(url, origin=args.bases, open_timeout=60, max_queue=None, proxy=None) as ws:
        first = await ws.recv()
        shown = VOTERS.search(first)
        timeline.append((time.monotonic(), int(shown.group(1)) if shown else 0))
        seen = asyncio.Event()
        expected = [None]

        async def record():
            async for message in ws:
                shown = VOTERS.search(message)
                if shown:
                    timeline.append((time.monotonic(), int(shown.group(1))))
                    if expected[0] is not None and int(shown.group(1)) >= expected[0]:
                        seen.set()

        reader = asyncio.ensure_future(record())
        emit(event="ready")
        async for command in _lines():
            if command[0] == "expect":
                expected[0] = int(command[1])
                if max(voters for _t, voters in timeline) >= expected[0]:
                    seen.set()
                break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(seen.wait(), args.timeout)
        reader.cancel()
    emit(event="timeline", points=timeline)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("role", choices=["participants", "projection"])
    parser.add_argument("--bases", required=True, help="http://127.0.0.1:PORT[,…] (round-robin)")
    parser.add_argument("--code", required=True)
    parser.add_argument("--key", help="projection key")
    parser.add_argument("--poll", type=int)
    parser.add_argument("--choices", help="item ids, comma-separated")
    parser.add_argument("--first", type=int, default=0, help="index of the first participant")
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--spread", type=float, default=3.0, help="seconds over which votes come")
    parser.add_argument("--concurrency", type=int, default=32, help="joins at once")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    asyncio.run(participants(args) if args.role == "participants" else projection(args))


if __name__ == "__main__":
    main()
