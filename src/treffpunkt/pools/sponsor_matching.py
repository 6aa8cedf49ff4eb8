"""Which sponsors suit a sponsorship request: the criteria of sponsors and mentors on the one
matching engine.

Hard conditions: the sponsor offers this kind of sponsorship, and the request's town lies
within the distance the sponsor travels. Points for the request's language, shared weekdays,
shared interests, and for sponsors who do not yet accompany many others. The reasons read
"4 km; spricht Arabisch; frei am Dienstag, Donnerstag; Interessen: Fußball, Kochen"."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .job_matching import keywords
from .matching import Judgement, Match, distance_km, rank
from .models import Sponsor, SponsorshipRequest, Weekday

POINTS_FOR_LANGUAGE = 8.0
POINTS_PER_DAY = 2.0
POINTS_PER_INTEREST = 3.0


@dataclass
class Need:
    """What matching needs to know of one request."""

    request: SponsorshipRequest
    place: tuple[float, float]
    interests: dict[str, str]
    language_name: str = ""


@dataclass
class Volunteer:
    """What matching needs to know of one sponsor, read once."""

    sponsor: Sponsor
    home: tuple[float, float]
    kinds: set[str]
    languages: set[int]
    weekdays: set[int]
    interests: dict[str, str]
    ongoing: int = 0


def need(request: SponsorshipRequest) -> Need:
    place = request.municipality
    return Need(
        request,
        (place.latitude, place.longitude),
        keywords(request.interests),
        request.language.display_name if request.language_id else "",
    )


def volunteer(sponsor: Sponsor, ongoing: int = 0) -> Volunteer:
    """A sponsor's profile for matching (municipality and languages should be prefetched)."""
    place = sponsor.municipality
    return Volunteer(
        sponsor=sponsor,
        home=(place.latitude, place.longitude),
        kinds=set(sponsor.kinds or []),
        languages={language.pk for language in sponsor.languages.all()},
        weekdays={int(day) for day in sponsor.weekdays or []},
        interests=keywords(sponsor.interests),
        ongoing=ongoing,
    )


def day_names(days) -> str:
    return ", ".join(str(Weekday(day).label) for day in sorted(days))


# --- Criteria: (need, volunteer) -> Judgement -------------------------------------------------


def offers_kind(need: Need, volunteer: Volunteer) -> Judgement:
    """Hard: the sponsor offers this kind of sponsorship."""
    return Judgement(need.request.kind in volunteer.kinds)


def within_radius(need: Need, volunteer: Volunteer) -> Judgement:
    """Hard: the request's town lies within the sponsor's radius; the nearer, the better."""
    km = distance_km(volunteer.home, need.place)
    if km > volunteer.sponsor.radius_km:
        return Judgement(False)
    return Judgement(True, max(0.0, 10.0 - km / 2), _("%(km)s km") % {"km": round(km)})


def speaks_the_language(need: Need, volunteer: Volunteer) -> Judgement:
    """If the request names a language: points for sponsors who speak it (German-speaking
    sponsors are still proposed — an accommodation sponsor may manage without)."""
    language_id = need.request.language_id
    if language_id is None or language_id not in volunteer.languages:
        return Judgement(True)
    return Judgement(
        True, POINTS_FOR_LANGUAGE, _("speaks %(languages)s") % {"languages": need.language_name}
    )


def shared_days(need: Need, volunteer: Volunteer) -> Judgement:
    days = {int(day) for day in need.request.weekdays or []} & volunteer.weekdays
    if not days:
        return Judgement(True)
    return Judgement(
        True,
        POINTS_PER_DAY * min(len(days), 3),
        _("free on %(days)s") % {"days": day_names(days)},
    )


def shared_interests(need: Need, volunteer: Volunteer) -> Judgement:
    shared = [label for key, label in volunteer.interests.items() if key in need.interests]
    if not shared:
        return Judgement(True)
    return Judgement(
        True,
        POINTS_PER_INTEREST * len(shared),
        _("interests: %(interests)s") % {"interests": ", ".join(shared)},
    )


def fair_spread(need: Need, volunteer: Volunteer) -> Judgement:
    """Sponsors who accompany nobody yet come first; the reason says how many they do."""
    if not volunteer.ongoing:
        return Judgement(True, 4.0)
    return Judgement(
        True,
        4.0 / (1 + volunteer.ongoing),
        ngettext("%(n)s ongoing sponsorship", "%(n)s ongoing sponsorships", volunteer.ongoing)
        % {"n": volunteer.ongoing},
    )


CRITERIA = [
    offers_kind,
    within_radius,
    speaks_the_language,
    shared_days,
    shared_interests,
    fair_spread,
]


# --- Reading and ranking ---------------------------------------------------------------------


def volunteers(sponsors=None) -> list[Volunteer]:
    """Active sponsors with their ongoing sponsorships counted, read in three queries."""
    sponsors = Sponsor.objects.all() if sponsors is None else sponsors
    sponsors = (
        sponsors.filter(is_active=True)
        .select_related("municipality")
        .prefetch_related("languages")
        .annotate(
            ongoing=Count(
                "sponsorships", filter=Q(sponsorships__ended_on__isnull=True), distinct=True
            )
        )
    )
    return [volunteer(sponsor, sponsor.ongoing) for sponsor in sponsors]


def suggestions(request: SponsorshipRequest, sponsors=None, limit: int | None = 20) -> list[Match]:
    """Sponsors for a request, best first, with reasons (`Match.candidate` is a `Volunteer`;
    its `.sponsor` the sponsor). `sponsors` narrows the pool (e.g. to one organisation's)."""
    return rank(need(request), volunteers(sponsors), CRITERIA, limit)
