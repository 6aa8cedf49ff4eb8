"""The traffic of `make bench-load` (locust, headless): newcomers reading in German, Arabic
and Ukrainian, people registering for the Fachtag, and participants voting live.

bench/load.py passes what the prepare phase created in TREFFPUNKT_BENCH (JSON: offer and
event ids, the live session's code, its poll and choices, the Fachtag's event id).
"""

import json
import os
import random
import re
import sys
import uuid
from pathlib import Path

from locust import HttpUser, between, task

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_queries import query_params

DATA = json.loads(os.environ.get("TREFFPUNKT_BENCH", "{}"))
QUERIES = query_params(600)
PREFIXES = ["", "/ar", "/uk"]  # German has no prefix
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _prefix() -> str:
    return random.choice(PREFIXES)


def _csrf(response) -> str:
    match = CSRF.search(response.text or "")
    return match.group(1) if match else ""


def _limited_is_fine(response) -> None:
    """nginx's per-address limit on public forms answers 429 (all users share 127.0.0.1)."""
    if response.status_code == 429:
        response.success()


class Newcomer(HttpUser):
    weight = 12
    wait_time = between(0.5, 1.5)

    @task(3)
    def home(self):
        self.client.get(f"{_prefix()}/", name="home")

    @task(4)
    def search(self):
        params, language = random.choice(QUERIES)
        prefix = "" if language in ("de", "en") else f"/{language}"
        self.client.get(f"{prefix}/angebote/", params=params, name="search")

    @task(3)
    def offer(self):
        pk = random.choice(DATA["offers"])
        self.client.get(f"{_prefix()}/angebote/{pk}/", name="offer")

    @task(2)
    def event(self):
        pk = random.choice(DATA["events"])
        self.client.get(f"{_prefix()}/veranstaltungen/{pk}/", name="event")

    @task(1)
    def calendar(self):
        self.client.get(f"{_prefix()}/veranstaltungen/", name="calendar")


class Registrant(HttpUser):
    weight = 1
    wait_time = between(2, 4)

    @task
    def register(self):
        url = f"/veranstaltungen/anmelden/{DATA['event']}/"
        page = self.client.get(url, name="registration form")
        form = {
            "csrfmiddlewaretoken": _csrf(page),
            "name": "Lasttest",
            "email": f"{uuid.uuid4().hex}@example.org",
            "events": DATA["event"],
            "consent_processing": "on",
        }
        with self.client.post(
            url, data=form, name="register", allow_redirects=False, catch_response=True
        ) as response:
            _limited_is_fine(response)
            if response.status_code not in (302, 429):
                response.failure(f"HTTP {response.status_code}")


class Voter(HttpUser):
    weight = 3
    wait_time = between(1, 3)

    def on_start(self):
        self.url = f"/live/{DATA['code']}/"
        page = self.client.get(self.url, name="live join form")
        self.client.post(
            self.url,
            data={"csrfmiddlewaretoken": _csrf(page), "display_name": ""},
            name="live join",
        )

    @task
    def vote(self):
        page = self.client.get(self.url, name="live page")
        with self.client.post(
            f"{self.url}abstimmen/{DATA['poll']}/",
            data={"csrfmiddlewaretoken": _csrf(page), "choice": random.choice(DATA["choices"])},
            name="live vote",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            _limited_is_fine(response)
            if response.status_code not in (302, 429):
                response.failure(f"HTTP {response.status_code}")
