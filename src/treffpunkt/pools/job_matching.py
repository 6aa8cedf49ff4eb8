"""Which helper jobs suit a candidate: the helper-job exchange's criteria on the one engine.

Hard conditions: the candidate's German reaches the level the job needs, and the job lies
within the distance the candidate can travel. Points for skills both name (folded like the
search folds words, so "Stapler-Schein" and "Staplerschein" meet) and for languages the job
asks for that the candidate speaks. The reasons read "Deutsch B1 (gefordert A2); 6 km;
Lagerarbeit, Staplerschein"."""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from treffpunkt.directory.search.text import fold, term, words

from .matching import Judgement, Match, distance_km, rank
from .models import LEVEL_RANK, Candidate, HelperJob, Level

KEYWORD_SEPARATORS = re.compile(r"[,;/\n]+")
MIN_LANGUAGE_NAME = 4  # shorter folded names ("ar") would be found inside other words
POINTS_PER_SKILL = 5.0
POINTS_PER_LANGUAGE = 3.0


def keywords(text: str) -> dict[str, str]:
    """The comma-separated keywords of a text, folded and stemmed, each with its spelling.
    Words of a keyword are joined first, so "Stapler-Schein", "Stapler Schein" and
    "Staplerschein" are one keyword, as are "Küche" and "kuche"."""
    found: dict[str, str] = {}
    for part in KEYWORD_SEPARATORS.split(text or ""):
        label = " ".join(part.split())
        joined = "".join(words(label))
        key = term(joined, "de") if joined else ""
        if key and key not in found:
            found[key] = label
    return found


def folded_text(*texts: str) -> str:
    """The words of texts folded and joined by spaces, for finding names inside them."""
    return " ".join(fold(word) for text in texts for word in words(text or ""))


def level_label(level: str) -> str:
    return str(Level(level).label)


@dataclass
class Seeker:
    """What matching needs to know of one candidate, read once."""

    candidate: Candidate
    home: tuple[float, float]
    skills: dict[str, str]
    languages: dict[int, tuple[str, set[str]]] = field(default_factory=dict)  # id -> (name, folded)


@dataclass
class Opening:
    """What matching needs to know of one job."""

    job: HelperJob
    place: tuple[float, float]
    skills: dict[str, str]
    text: str  # folded words of title, tasks, requirements and skills


def seeker(candidate: Candidate) -> Seeker:
    """A candidate's profile for matching (municipality and languages should be prefetched)."""
    languages = {}
    for language in candidate.languages.all():
        if language.code == "de":
            continue
        names = {fold(n) for n in (language.name, language.native_name, language.display_name)}
        languages[language.pk] = (
            language.display_name,
            {n for n in names if len(n) >= MIN_LANGUAGE_NAME},
        )
    place = candidate.municipality
    return Seeker(
        candidate, (place.latitude, place.longitude), keywords(candidate.skills), languages
    )


def opening(job: HelperJob) -> Opening:
    place = job.municipality
    return Opening(
        job,
        (place.latitude, place.longitude),
        keywords(job.skills),
        folded_text(job.title, job.tasks, job.requirements, job.skills),
    )


# --- Criteria: (seeker, opening) -> Judgement ------------------------------------------------


def german_enough(seeker: Seeker, opening: Opening) -> Judgement:
    """Hard: the candidate's German reaches the job's level; a little more counts a little."""
    has, needs = seeker.candidate.german_level, opening.job.german_level
    margin = LEVEL_RANK[has] - LEVEL_RANK[needs]
    if margin < 0:
        return Judgement(False)
    reason = _("German %(level)s (required %(required)s)") % {
        "level": level_label(has),
        "required": level_label(needs),
    }
    return Judgement(True, 4.0 + min(margin, 2), reason)


def within_reach(seeker: Seeker, opening: Opening) -> Judgement:
    """Hard: no farther than the candidate can travel; the nearer, the more points."""
    km = distance_km(seeker.home, opening.place)
    if km > seeker.candidate.mobility_km:
        return Judgement(False)
    return Judgement(True, max(0.0, 10.0 - km / 2), _("%(km)s km") % {"km": round(km)})


def shared_skills(seeker: Seeker, opening: Opening) -> Judgement:
    """Points for every keyword both name, the job's spelling in the reason."""
    shared = [label for key, label in opening.skills.items() if key in seeker.skills]
    if not shared:
        return Judgement(True)
    return Judgement(True, POINTS_PER_SKILL * len(shared), ", ".join(shared))


def languages_asked(seeker: Seeker, opening: Opening) -> Judgement:
    """Points for languages the job's text mentions ("Arabischkenntnisse von Vorteil") that
    the candidate speaks besides German."""
    spoken = [
        name
        for name, folded_names in seeker.languages.values()
        if any(folded in opening.text for folded in folded_names)
    ]
    if not spoken:
        return Judgement(True)
    return Judgement(
        True,
        POINTS_PER_LANGUAGE * len(spoken),
        _("speaks %(languages)s") % {"languages": ", ".join(spoken)},
    )


CRITERIA = [german_enough, within_reach, shared_skills, languages_asked]


# --- Reading and ranking ---------------------------------------------------------------------


def open_jobs():
    return HelperJob.objects.filter(status=HelperJob.Status.OPEN)


def reachable_levels(level: str) -> list[str]:
    """The job levels a candidate with German `level` reaches."""
    return [value for value, rank_ in LEVEL_RANK.items() if rank_ <= LEVEL_RANK[level]]


def suggested_jobs(candidate: Candidate, jobs=None, limit: int | None = 20) -> list[Match]:
    """Open jobs for a candidate, best first, each with its reasons (`Match.candidate` is an
    `Opening`; its `.job` the job)."""
    jobs = open_jobs() if jobs is None else jobs
    jobs = jobs.filter(german_level__in=reachable_levels(candidate.german_level))
    openings = [opening(job) for job in jobs.select_related("municipality", "employer")]
    return rank(seeker(candidate), openings, CRITERIA, limit)


def fitting_candidates(job: HelperJob, candidates) -> list[Match]:
    """Of the given candidates, those a job suits, best first (`Match.candidate` is a
    `Seeker`; its `.candidate` the candidate)."""
    offer = opening(job)
    matches = []
    for candidate in candidates.select_related("municipality").prefetch_related("languages"):
        person = seeker(candidate)
        matches += [Match(person, m.score, m.reasons) for m in rank(person, [offer], CRITERIA)]
    matches.sort(key=lambda match: -match.score)
    return matches
