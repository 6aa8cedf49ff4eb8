"""Interpreter matching benchmark: `make bench-matching` (`MATCHING_DBS=sqlite,postgres`).

In a fresh database it loads the demo network (towns, languages, organisations), then
generates an interpreter pool for the Kreise Recklinghausen and Borken: 5,000 interpreters with
the languages of the region in realistic shares, levels, regions, modes, weekly slots, some
absences and existing assignments, and 1,000 open requests from Kitas, schools and offices
over the next 8 weeks. Generation runs in one process, measurement in a fresh one.

It then matches every open request through the code the coordinators' page uses
(`treffpunkt.pools.interpreter_matching`):

- `suggestions(request)` per request — what one page view costs (reads the interpreters who
  speak the language, ranks them); p50/p95/p99 per request;
- a `Pool` snapshot of the whole pool (build time), ranking all 1,000 requests in a row and
  booking each request's first suggestion, as a coordinator working through the list would.

Ends with one line per database:
requests=1000 candidates=5000 p50_ms=… p95_ms=… p99_ms=… db=sqlite
"""

import argparse
import datetime
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

SEED = 2026
DISTRICTS = ("kreis-recklinghausen", "kreis-borken")
POOL_ORGANISATION = "ki-kreis-recklinghausen"

# Language code -> (share among interpreters' first languages, share among requests,
# {second language: probability}). Shares are relative weights: the region's larger
# communities (Syrian, Ukrainian, Turkish, Kurdish, Afghan, South-East European) lead; Eritrea,
# Somalia are asked for more often than interpreters offer them.
LANGUAGES = {
    "ar": (21, 22, {"kmr": 0.2, "en": 0.2, "fr": 0.05}),
    "uk": (13, 16, {"ru": 0.7, "pl": 0.05}),
    "tr": (12, 8, {"kmr": 0.25, "en": 0.1}),
    "ru": (8, 5, {"uk": 0.4}),
    "kmr": (7, 8, {"ar": 0.4, "tr": 0.4}),
    "fa": (7, 6, {"prs": 0.6, "en": 0.1}),
    "prs": (4, 5, {"fa": 0.7, "ps": 0.2}),
    "ps": (2, 2, {"prs": 0.5}),
    "ckb": (2, 2, {"ar": 0.4, "kmr": 0.2}),
    "ro": (4, 6, {"en": 0.1}),
    "bg": (4, 6, {"tr": 0.3}),
    "pl": (4, 2, {"en": 0.1}),
    "sq": (3, 3, {"en": 0.1}),
    "ti": (2, 4, {"ar": 0.2, "en": 0.1}),
    "so": (1.5, 3, {"ar": 0.3, "en": 0.3}),
    "en": (2.5, 1, {"fr": 0.2}),
    "fr": (2, 1, {"en": 0.3}),
}
FIRST_LEVELS = {"native": 80, "C2": 15, "C1": 5}
SECOND_LEVELS = {"C2": 10, "C1": 40, "B2": 35, "B1": 15}
MINIMUM_LEVELS = {"B2": 70, "C1": 15, "B1": 15}
MODES = {"on_site": 0.92, "phone": 0.6, "video": 0.4}
REQUEST_MODES = {"on_site": 75, "phone": 15, "video": 10}
DURATIONS = {30: 20, 45: 20, 60: 40, 90: 15, 120: 5}
TOPICS = {"parent_talk": 40, "enrolment": 15, "health": 15, "authority": 15, "counselling": 10,
          "other": 5}  # fmt: skip
BLOCKS = [  # weekly slots: (from, until) in whole hours
    (8, 12), (8, 13), (9, 12), (9, 13), (13, 16), (13, 17), (14, 18), (15, 19), (8, 16),
    (9, 17), (10, 15),
]  # fmt: skip
INSTITUTIONS = [  # per town: (name, kind)
    ("Kita {n}", "school"), ("Familienzentrum {n}", "school"), ("Grundschule {n}", "school"),
    ("Gesamtschule {n}", "school"), ("Beratungsstelle {n}", "welfare"),
    ("Bürgerbüro {n}", "administration"),
]  # fmt: skip
INSTITUTIONS_PER_KIND = 3
WEEKS = 8


def weighted(rng: random.Random, shares: dict):
    return rng.choices(list(shares), weights=list(shares.values()))[0]


class World:
    """What the generator needs of the demo network, read once."""

    def __init__(self) -> None:
        from treffpunkt.network.models import Language, Municipality, Organisation

        self.towns = list(
            Municipality.objects.filter(parent__slug__in=DISTRICTS).order_by("official_key")
        )
        self.districts = {m.pk: m for m in Municipality.objects.filter(slug__in=DISTRICTS)}
        self.languages = {
            language.code: language
            for language in Language.objects.filter(code__in=list(LANGUAGES))
        }
        self.pool_organisation = Organisation.objects.get(slug=POOL_ORGANISATION)
        self.population = [town.population or 10_000 for town in self.towns]

    def town(self, rng: random.Random):
        return rng.choices(self.towns, weights=self.population)[0]

    def neighbours(self, town, km: float) -> list:
        from treffpunkt.pools.matching import distance_km

        here = (town.latitude, town.longitude)
        return [
            other
            for other in self.towns
            if other != town and distance_km(here, (other.latitude, other.longitude)) <= km
        ]


def make_institutions(world: World) -> dict[int, list[int]]:
    """A few Kitas, schools and offices per town; returns town id -> institution ids."""
    from django.utils.text import slugify

    from treffpunkt.network.models import Organisation

    rows = []
    for town in world.towns:
        for pattern, kind in INSTITUTIONS:
            for number in range(1, INSTITUTIONS_PER_KIND + 1):
                name = f"{pattern.format(n=number)} {town.name}"
                rows.append(
                    Organisation(name=name, slug=f"bench-{slugify(name)}", kind=kind,
                                 municipality=town, city=town.name)
                )  # fmt: skip
    Organisation.objects.bulk_create(rows)
    by_town: dict[int, list[int]] = {}
    for pk, town_id in Organisation.objects.filter(slug__startswith="bench-").values_list(
        "pk", "municipality_id"
    ):
        by_town.setdefault(town_id, []).append(pk)
    return by_town


def spoken_languages(rng: random.Random) -> dict[str, str]:
    """Language code -> level: a first language and the second ones that go with it."""
    first = weighted(rng, {code: row[0] for code, row in LANGUAGES.items()})
    spoken = {first: weighted(rng, FIRST_LEVELS)}
    for second, probability in LANGUAGES[first][2].items():
        if rng.random() < probability:
            spoken[second] = weighted(rng, SECOND_LEVELS)
    return spoken


def covered_region(world: World, home, rng: random.Random) -> tuple[list, list[int]]:
    """The places an interpreter covers (home and nearby towns, one in ten the whole district)
    and the ids of the towns that makes."""
    if rng.random() < 0.1:
        district = world.districts[home.parent_id]
        return [district], [town.pk for town in world.towns if town.parent_id == district.pk]
    nearby = world.neighbours(home, rng.choice([8, 12, 20]))
    covered = [home, *rng.sample(nearby, min(len(nearby), rng.randint(0, 3)))]
    return covered, [town.pk for town in covered]


def weekly_slots(rng: random.Random) -> list[tuple[int, int, int]]:
    """(weekday, from hour, until hour): one to five weekdays, now and then a Saturday."""
    days = rng.sample(range(5), rng.randint(1, 5)) + ([5] if rng.random() < 0.1 else [])
    return [(day, *rng.choice(BLOCKS)) for day in sorted(days)]


def make_interpreters(world: World, count: int, rng: random.Random) -> list[tuple]:
    """Interpreters with languages, regions, slots and absences, in bulk; returns for each
    (interpreter, language ids, [(weekday, from hour)], ids of the towns covered)."""
    from treffpunkt.pools.models import (
        Absence,
        AvailabilitySlot,
        Interpreter,
        InterpreterLanguage,
    )

    today = datetime.date.today()
    people = []
    for number in range(1, count + 1):
        people.append(
            Interpreter(
                name=f"Sprachmittler:in {number:04d}",
                email=f"sprachmittlung-{number:04d}@example.org",
                home=world.town(rng),
                modes=[mode for mode, p in MODES.items() if rng.random() < p] or ["phone"],
                is_paid=rng.random() < 0.3,
                confidentiality_signed_on=today - datetime.timedelta(days=rng.randint(10, 1500)),
                max_assignments_per_month=rng.choice([2, 3, 4, 4, 6, 6, 8, 10]),
                coordinator_organisation=world.pool_organisation,
            )
        )
    Interpreter.objects.bulk_create(people, batch_size=500)
    Region = Interpreter.regions.through
    languages, regions, slots, absences, made = [], [], [], [], []
    for person in people:
        spoken = spoken_languages(rng)
        languages += [
            InterpreterLanguage(interpreter=person, language=world.languages[code], level=level)
            for code, level in spoken.items()
        ]
        covered, towns = covered_region(world, person.home, rng)
        regions += [Region(interpreter=person, municipality=place) for place in covered]
        week = weekly_slots(rng)
        slots += [
            AvailabilitySlot(interpreter=person, weekday=day, starts=datetime.time(opens),
                             ends=datetime.time(closes))
            for day, opens, closes in week
        ]  # fmt: skip
        if rng.random() < 0.2:
            first_day = today + datetime.timedelta(days=rng.randint(0, WEEKS * 7))
            last_day = first_day + datetime.timedelta(days=rng.randint(2, 21))
            absences.append(Absence(interpreter=person, first_day=first_day, last_day=last_day))
        language_ids = [world.languages[code].pk for code in spoken]
        made.append((person, language_ids, [(day, opens) for day, opens, _ in week], towns))
    InterpreterLanguage.objects.bulk_create(languages, batch_size=1000)
    Region.objects.bulk_create(regions, batch_size=1000)
    AvailabilitySlot.objects.bulk_create(slots, batch_size=1000)
    Absence.objects.bulk_create(absences, batch_size=1000)
    return made


def _moment(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    from django.utils import timezone

    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=timezone.get_current_timezone()
    )


def make_assignments(people, institutions, count: int, rng: random.Random) -> int:
    """Assigned (future) and done (past) requests over the last 4 and the next 8 weeks,
    spread unevenly: some interpreters are asked for often."""
    from treffpunkt.pools.models import InterpretingRequest

    weights = [rng.expovariate(1.0) ** 2 for _ in people]
    today = datetime.date.today()
    rows = []
    for person, language_ids, slots, towns in rng.choices(people, weights=weights, k=count):
        weekday, hour = rng.choice(slots)
        week = rng.randint(-4, WEEKS - 1)
        day = today + datetime.timedelta(days=7 * week + (weekday - today.weekday()) % 7)
        town = rng.choice(towns)
        starts_at = _moment(day, hour)
        rows.append(
            InterpretingRequest(
                institution_id=rng.choice(institutions[town]),
                language_id=rng.choice(language_ids),
                starts_at=starts_at,
                duration_minutes=60,
                mode="on_site",
                municipality_id=town,
                topic=weighted(rng, TOPICS),
                status="done" if day < today else "assigned",
                interpreter=person,
                assigned_at=starts_at - datetime.timedelta(days=3),
            )
        )
    InterpretingRequest.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def make_open_requests(world, institutions, count: int, rng: random.Random) -> None:
    from treffpunkt.pools.models import InterpretingRequest

    demand = {code: row[1] for code, row in LANGUAGES.items()}
    today = datetime.date.today()
    rows = []
    for _ in range(count):
        day = today + datetime.timedelta(days=rng.randint(1, WEEKS * 7))
        while day.weekday() == 6 or (day.weekday() == 5 and rng.random() < 0.9):
            day += datetime.timedelta(days=1)
        town = world.town(rng)
        rows.append(
            InterpretingRequest(
                institution_id=rng.choice(institutions[town.pk]),
                language=world.languages[weighted(rng, demand)],
                minimum_level=weighted(rng, MINIMUM_LEVELS),
                starts_at=_moment(day, rng.randint(8, 16), rng.choice([0, 15, 30, 45])),
                duration_minutes=weighted(rng, DURATIONS),
                mode=weighted(rng, REQUEST_MODES),
                municipality=town,
                place="Besprechungsraum",
                topic=weighted(rng, TOPICS),
            )
        )
    InterpretingRequest.objects.bulk_create(rows, batch_size=1000)


def generate(args) -> None:
    common.setup_django(args.url)
    from treffpunkt.network import demo as network_demo

    rng = random.Random(SEED)
    with common.stopwatch() as timer:
        network_demo.load()
        world = World()
        institutions = make_institutions(world)
        people = make_interpreters(world, args.candidates, rng)
        assigned = make_assignments(people, institutions, args.assignments, rng)
        make_open_requests(world, institutions, args.requests, rng)
    print(json.dumps({"generate_s": round(timer["seconds"], 1), "assigned": assigned}))


def run(args) -> None:
    common.setup_django(args.url)
    from django.utils import translation

    from treffpunkt.pools.interpreter_matching import Pool, suggestions
    from treffpunkt.pools.models import Interpreter, InterpretingRequest

    translation.activate("de")  # the page's language: reasons are translated
    requests = list(InterpretingRequest.objects.filter(status="open").order_by("pk"))
    for request in requests[:10]:  # warm caches and the connection
        suggestions(request)

    page_ms, found, proposed = [], 0, []
    for request in requests:
        started = time.perf_counter()
        matches = suggestions(request)
        page_ms.append((time.perf_counter() - started) * 1000)
        found += bool(matches)
        proposed.append(len(matches))

    with common.stopwatch() as build:
        pool = Pool()
    snapshot_ms, booked = [], 0
    with common.stopwatch() as in_a_row:
        for request in sorted(requests, key=lambda r: r.starts_at):
            started = time.perf_counter()
            matches = pool.rank(request)
            snapshot_ms.append((time.perf_counter() - started) * 1000)
            if matches:
                Pool.book(
                    matches[0].candidate,
                    request.starts_at,
                    request.duration_minutes,
                    request.institution_id,
                )
                booked += 1
    snapshot = common.summary(snapshot_ms)
    print(
        json.dumps(
            {
                "requests": len(requests),
                "candidates": Interpreter.objects.filter(is_active=True).count(),
                **common.summary(page_ms),
                "found": found,
                "median_proposed": sorted(proposed)[len(proposed) // 2],
                "snapshot_build_s": round(build["seconds"], 2),
                "snapshot_p50_ms": snapshot["p50_ms"],
                "snapshot_p95_ms": snapshot["p95_ms"],
                "snapshot_all_s": round(in_a_row["seconds"], 2),
                "snapshot_booked": booked,
                "peak_rss_mb": round(common.peak_rss_mb(), 1),
            }
        )
    )


def _last_json(command: list[str]) -> dict:
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default="sqlite", help="sqlite, postgres or both: sqlite,postgres")
    parser.add_argument("--candidates", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--assignments", type=int, default=6000)
    parser.add_argument("--phase", choices=["generate", "run"])
    parser.add_argument("--url")
    args = parser.parse_args()
    if args.phase == "generate":
        return generate(args)
    if args.phase == "run":
        return run(args)

    final = []
    for db in args.db.split(","):
        url = common.database_url(db, "treffpunkt_bench_matching")
        base = [sys.executable, __file__, "--url", url]
        sizes = ["--candidates", str(args.candidates), "--requests", str(args.requests),
                 "--assignments", str(args.assignments)]  # fmt: skip
        generated = _last_json([*base, *sizes, "--phase", "generate"])
        measured = _last_json([*base, "--phase", "run"])
        print(common.line(db=db, **measured, **generated), flush=True)
        final.append(
            common.line(
                requests=measured["requests"],
                candidates=measured["candidates"],
                p50_ms=measured["p50_ms"],
                p95_ms=measured["p95_ms"],
                p99_ms=measured["p99_ms"],
                db=db,
            )
        )
    for row in final:
        print(row)


if __name__ == "__main__":
    main()
