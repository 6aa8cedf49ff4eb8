"""The helper-job and sponsor criteria on the one engine: whatever the points, nobody is
proposed past a hard condition (German level, distance, kind of sponsorship)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from treffpunkt.pools import job_matching, sponsor_matching
from treffpunkt.pools.matching import distance_km, rank
from treffpunkt.pools.models import (
    LEVEL_RANK,
    Candidate,
    HelperJob,
    Sponsor,
    SponsorshipKind,
    SponsorshipRequest,
)

PLACES = st.tuples(st.floats(51.4, 51.9), st.floats(6.8, 7.5))
LEVELS = st.sampled_from(list(LEVEL_RANK))
SKILLS = st.sampled_from(["Lagerarbeit", "Küche", "Staplerschein", "Reinigung", "Garten"])


@st.composite
def openings(draw, number):
    skills = ", ".join(draw(st.lists(SKILLS, max_size=3)))
    job = HelperJob(pk=number, title=f"Job {number}", german_level=draw(LEVELS), skills=skills)
    return job_matching.Opening(job, draw(PLACES), job_matching.keywords(skills), skills.lower())


@settings(max_examples=150, deadline=None)
@given(
    level=LEVELS,
    km=st.integers(0, 40),
    home=PLACES,
    skills=st.lists(SKILLS, max_size=3),
    jobs=st.lists(st.integers(1, 1000), min_size=1, max_size=10, unique=True).flatmap(
        lambda numbers: st.tuples(*[openings(n) for n in numbers])
    ),
)
def test_never_suggests_a_job_needing_better_german_or_beyond_reach(level, km, home, skills, jobs):
    candidate = Candidate(german_level=level, mobility_km=km)
    seeker = job_matching.Seeker(candidate, home, job_matching.keywords(", ".join(skills)))

    proposed = rank(seeker, jobs, job_matching.CRITERIA, limit=None)

    assert {m.candidate.job.pk for m in proposed} == {
        o.job.pk
        for o in jobs
        if LEVEL_RANK[o.job.german_level] <= LEVEL_RANK[level] and distance_km(home, o.place) <= km
    }
    assert all(m.reasons for m in proposed)


@st.composite
def volunteers(draw, number):
    sponsor = Sponsor(pk=number, name=f"Pate {number}", radius_km=draw(st.integers(0, 30)))
    return sponsor_matching.Volunteer(
        sponsor=sponsor,
        home=draw(PLACES),
        kinds=draw(st.sets(st.sampled_from(SponsorshipKind.values))),
        languages=draw(st.sets(st.integers(1, 3))),
        weekdays=draw(st.sets(st.integers(0, 6))),
        interests={},
        ongoing=draw(st.integers(0, 3)),
    )


@settings(max_examples=150, deadline=None)
@given(
    kind=st.sampled_from(SponsorshipKind.values),
    place=PLACES,
    pool=st.lists(st.integers(1, 1000), min_size=1, max_size=10, unique=True).flatmap(
        lambda numbers: st.tuples(*[volunteers(n) for n in numbers])
    ),
)
def test_never_proposes_a_sponsor_for_another_kind_or_too_far(kind, place, pool):
    need = sponsor_matching.Need(SponsorshipRequest(kind=kind, weekdays=[1]), place, {}, "")

    proposed = rank(need, pool, sponsor_matching.CRITERIA, limit=None)

    assert {m.candidate.sponsor.pk for m in proposed} == {
        v.sponsor.pk
        for v in pool
        if kind in v.kinds and distance_km(v.home, place) <= v.sponsor.radius_km
    }
    scores = [m.score for m in proposed]
    assert scores == sorted(scores, reverse=True)
