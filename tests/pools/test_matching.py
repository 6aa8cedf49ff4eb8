"""The interpreter matching never proposes someone who cannot come, and explains itself.
Property-based: hypothesis varies requests and pools; the invariants must hold for all."""

import datetime
import re
import zoneinfo

from hypothesis import given, settings
from hypothesis import strategies as st

from treffpunkt.pools.interpreter_matching import Profile, criteria
from treffpunkt.pools.matching import rank
from treffpunkt.pools.models import LEVEL_RANK, Interpreter, InterpretingRequest, Level

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
LEVELS = list(LEVEL_RANK)
TOWNS = {1: (51.61, 7.20), 2: (51.66, 6.96), 3: (51.65, 7.34)}  # Recklinghausen, Dorsten, Datteln
MODES = ["on_site", "phone", "video"]


@st.composite
def profiles(draw, number):
    slots = {
        day: [(datetime.time(draw(st.integers(7, 12))), datetime.time(draw(st.integers(13, 19))))]
        for day in draw(st.sets(st.integers(0, 6), max_size=5))
    }
    absence_start = datetime.date(2026, 12, draw(st.integers(1, 28)))
    absences = (
        [(absence_start, absence_start + datetime.timedelta(days=draw(st.integers(0, 5))))]
        if draw(st.booleans())
        else []
    )
    busy_start = datetime.datetime(
        2026, 12, draw(st.integers(1, 28)), draw(st.integers(8, 17)), tzinfo=BERLIN
    )
    busy = [(busy_start, busy_start + datetime.timedelta(hours=1))] if draw(st.booleans()) else []
    interpreter = Interpreter(
        pk=number, name=f"Person {number}", max_assignments_per_month=draw(st.integers(0, 6))
    )
    return Profile(
        interpreter=interpreter,
        levels={
            language: draw(st.sampled_from(LEVELS))
            for language in draw(st.sets(st.integers(1, 4), min_size=1))
        },
        language_names={1: "Arabisch", 2: "Ukrainisch", 3: "Türkisch", 4: "Farsi"},
        regions=draw(st.sets(st.sampled_from(list(TOWNS)), min_size=1)),
        home=TOWNS[draw(st.sampled_from(list(TOWNS)))],
        modes=draw(st.sets(st.sampled_from(MODES), min_size=1)),
        slots=slots,
        absences=absences,
        busy=busy,
        assignments_by_month={(2026, 12): draw(st.integers(0, 6))},
    )


@st.composite
def requests(draw):
    starts = datetime.datetime(
        2026,
        12,
        draw(st.integers(1, 28)),
        draw(st.integers(7, 18)),
        draw(st.sampled_from([0, 30])),
        tzinfo=BERLIN,
    )
    return InterpretingRequest(
        language_id=draw(st.integers(1, 4)),
        minimum_level=draw(st.sampled_from([Level.B1, Level.B2, Level.C1])),
        starts_at=starts,
        duration_minutes=draw(st.sampled_from([30, 60, 90])),
        mode=draw(st.sampled_from(MODES)),
        municipality_id=draw(st.sampled_from(list(TOWNS))),
        institution_id=1,
    )


def can_come(request, profile) -> bool:
    """Spelled out independently of the criteria: what "available" means."""
    level = profile.levels.get(request.language_id)
    if level is None or LEVEL_RANK[level] < LEVEL_RANK[request.minimum_level]:
        return False
    if request.mode not in profile.modes:
        return False
    if request.mode == "on_site" and request.municipality_id not in profile.regions:
        return False
    start = request.starts_at.astimezone(BERLIN)
    end = start + datetime.timedelta(minutes=request.duration_minutes)
    if any(first <= start.date() <= last for first, last in profile.absences):
        return False
    if not any(
        a <= start.time() and end.time() <= b for a, b in profile.slots.get(start.weekday(), [])
    ):
        return False
    if any(start < busy_end and busy_start < end for busy_start, busy_end in profile.busy):
        return False
    return (
        profile.assignments_by_month.get((start.year, start.month), 0)
        < profile.interpreter.max_assignments_per_month
    )


@settings(max_examples=150, deadline=None)
@given(
    request=requests(),
    pool=st.lists(st.integers(1, 10_000), min_size=1, max_size=12, unique=True).flatmap(
        lambda numbers: st.tuples(*[profiles(n) for n in numbers])
    ),
)
def test_proposes_exactly_those_who_can_come(request, pool):
    proposed = rank(request, pool, criteria(TOWNS[request.municipality_id]), limit=None)

    assert {m.candidate.interpreter.pk for m in proposed} == {
        p.interpreter.pk for p in pool if can_come(request, p)
    }
    scores = [m.score for m in proposed]
    assert scores == sorted(scores, reverse=True)


@settings(max_examples=100, deadline=None)
@given(request=requests(), profile=profiles(1))
def test_every_proposal_says_why(request, profile):
    for match in rank(request, [profile], criteria(TOWNS[request.municipality_id])):
        assert match.reasons[0].startswith("spricht") or match.reasons[0].startswith("speaks")
        assert any(re.search(r"Einsatz|Einsätze|assignment", r) for r in match.reasons)


def test_explanation_reads_like_a_person_would_say_it(db):
    profile = Profile(
        interpreter=Interpreter(pk=1, name="A", max_assignments_per_month=6),
        levels={1: "C1"},
        language_names={1: "Arabisch"},
        regions={1},
        home=(51.63, 7.22),
        modes={"on_site"},
        slots={1: [(datetime.time(8), datetime.time(12))]},
        absences=[],
        assignments_by_month={(2026, 12): 2},
    )
    request = InterpretingRequest(
        language_id=1,
        minimum_level="B2",
        mode="on_site",
        municipality_id=1,
        institution_id=1,
        starts_at=datetime.datetime(2026, 12, 1, 9, tzinfo=BERLIN),
        duration_minutes=60,
    )

    [match] = rank(request, [profile], criteria(TOWNS[1]))

    assert (
        match.explanation == "spricht Arabisch C1; frei am Dienstag vormittags; "
        "2 Einsätze diesen Monat; 3 km entfernt"
    )
