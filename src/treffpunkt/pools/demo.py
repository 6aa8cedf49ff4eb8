"""Loads the pools' demo data from `demo_data` (after the network demo, whose towns,
languages and organisations it uses): the interpreter pool of the Kreis Recklinghausen,
requests from Kitas and schools, helper jobs with candidates, sponsors and sponsorships.

Running it again creates nothing new: interpreters and sponsors are known by e-mail address,
organisations by slug, jobs by employer and title, candidates by organisation and pseudonym,
requests by institution, language, place and note. Dates are placed relative to the day of
loading when a request is created; a later load leaves what people did with it alone.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from treffpunkt.network.demo_data import DEMO_PASSWORD
from treffpunkt.network.models import Language, Membership, Municipality, Organisation

from . import demo_data as data
from .models import (
    AvailabilitySlot,
    Candidate,
    CheckIn,
    HelperJob,
    Interpreter,
    InterpreterLanguage,
    InterpretingRequest,
    Sponsor,
    Sponsorship,
    SponsorshipRequest,
)


def _moment(days: int, hour: int) -> datetime.datetime:
    """`days` from today at `hour`; Kitas and schools are closed at weekends, so those move
    to the Monday after."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    if day.weekday() >= 5:
        day += datetime.timedelta(days=7 - day.weekday())
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def load_organisations(places) -> dict[str, Organisation]:
    organisations = {}
    for slug, name, kind, place, email in data.INSTITUTIONS + data.EMPLOYERS:
        organisations[slug], _ = Organisation.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "municipality": places[place],
                "city": places[place].name,
                "email": email,
            },
        )
    for slug in {data.POOL_ORGANISATION, data.SPONSOR_ORGANISATION, data.COUNSELLING_ORGANISATION}:
        organisations[slug] = Organisation.objects.get(slug=slug)
    return organisations


def load_users(organisations) -> dict[str, object]:
    User = get_user_model()
    users = {}
    for username, role, organisation, _description in data.DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "email": f"{username}@example.org"}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if role:
            Membership.objects.get_or_create(
                user=user, organisation=organisations[organisation], role=role
            )
        users[username] = user
    return users


def load_interpreters(places, languages, pool, login) -> dict[str, Interpreter]:
    interpreters = {}
    today = timezone.localdate()
    for row in data.INTERPRETERS:
        email, name, home, regions, modes, paid, most, qualifications, spoken, slots = row
        interpreter, created = Interpreter.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "home": places[home],
                "modes": modes,
                "is_paid": paid,
                "max_assignments_per_month": most,
                "qualifications": qualifications,
                "coordinator_organisation": pool,
                "user": login if email == data.INTERPRETER_LOGIN else None,
            },
            create_defaults={
                "name": name,
                "home": places[home],
                "modes": modes,
                "is_paid": paid,
                "max_assignments_per_month": most,
                "qualifications": qualifications,
                "coordinator_organisation": pool,
                "user": login if email == data.INTERPRETER_LOGIN else None,
                "confidentiality_signed_on": today - datetime.timedelta(days=90),
            },
        )
        interpreter.regions.set([places[slug] for slug in regions])
        for code, level in spoken.items():
            InterpreterLanguage.objects.update_or_create(
                interpreter=interpreter, language=languages[code], defaults={"level": level}
            )
        if created:
            AvailabilitySlot.objects.bulk_create(
                AvailabilitySlot(
                    interpreter=interpreter,
                    weekday=day,
                    starts=datetime.time(opens),
                    ends=datetime.time(closes),
                )
                for day, opens, closes in slots
            )
        interpreters[email] = interpreter
    return interpreters


def load_requests(places, languages, organisations, interpreters, users) -> int:
    new = 0
    for row in data.REQUESTS:
        slug, code, level, days, hour, minutes, mode, place, topic, note, status, who = row
        institution = organisations[slug]
        starts_at = _moment(days, hour)
        _request, created = InterpretingRequest.objects.get_or_create(
            institution=institution,
            language=languages[code],
            place=place,
            note=note,
            defaults={
                "minimum_level": level,
                "starts_at": starts_at,
                "duration_minutes": minutes,
                "mode": mode,
                "municipality": institution.municipality,
                "topic": topic,
                "status": status,
                "interpreter": interpreters.get(who),
                "assigned_at": starts_at - datetime.timedelta(days=5) if who else None,
                "created_by": users["kita"] if slug == "kita-sonnenschein-recklinghausen" else None,
            },
        )
        new += created
    return new


def load_jobs(places, languages, organisations, users) -> int:
    new = 0
    for employer, title, tasks, hours, place, level, requirements, support, skills in data.JOBS:
        _job, created = HelperJob.objects.update_or_create(
            employer=organisations[employer],
            title=title,
            defaults={
                "tasks": tasks,
                "hours_per_week": hours,
                "municipality": places[place],
                "german_level": level,
                "requirements": requirements,
                "support": support,
                "skills": skills,
            },
        )
        new += created
    counselling = organisations[data.COUNSELLING_ORGANISATION]
    for pseudonym, skills, level, codes, place, km, notes, consent in data.CANDIDATES:
        candidate, _created = Candidate.objects.update_or_create(
            organisation=counselling,
            pseudonym=pseudonym,
            defaults={
                "counsellor": users["beratung"],
                "skills": skills,
                "german_level": level,
                "municipality": places[place],
                "mobility_km": km,
                "residence_notes": notes,
                "consents_to_contact": consent,
            },
        )
        candidate.languages.set([languages[code] for code in codes])
    return new


def load_sponsors(places, languages, organisations) -> int:
    pool = organisations[data.SPONSOR_ORGANISATION]
    sponsors = {}
    for email, name, kinds, place, radius, codes, weekdays, interests in data.SPONSORS:
        sponsors[email], _created = Sponsor.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "kinds": kinds,
                "municipality": places[place],
                "radius_km": radius,
                "weekdays": weekdays,
                "interests": interests,
                "coordinator_organisation": pool,
            },
        )
        sponsors[email].languages.set([languages[code] for code in codes])
    new = 0
    today = timezone.localdate()
    for row in data.SPONSORSHIP_REQUESTS:
        _key, kind, by, place, code, weekdays, interests, note, sponsor, started, checks = row
        request, created = SponsorshipRequest.objects.get_or_create(
            kind=kind,
            requested_by=organisations[by],
            note=note,
            defaults={
                "municipality": places[place],
                "language": languages.get(code),
                "weekdays": weekdays,
                "interests": interests,
                "status": SponsorshipRequest.Status.MATCHED
                if sponsor
                else SponsorshipRequest.Status.OPEN,
            },
        )
        new += created
        if created and sponsor:
            sponsorship = Sponsorship.objects.create(
                request=request,
                sponsor=sponsors[sponsor],
                started_on=today - datetime.timedelta(days=started),
            )
            CheckIn.objects.bulk_create(
                CheckIn(
                    sponsorship=sponsorship,
                    on=today - datetime.timedelta(days=ago),
                    going_well=well,
                    note=text,
                )
                for ago, well, text in checks
            )
    return new


@transaction.atomic
def load() -> list[str]:
    """Load the pools' demo data; returns lines to show the person who ran it."""
    places = {m.slug: m for m in Municipality.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    organisations = load_organisations(places)
    users = load_users(organisations)
    interpreters = load_interpreters(
        places, languages, organisations[data.POOL_ORGANISATION], users["dolmetschen"]
    )
    new_requests = load_requests(places, languages, organisations, interpreters, users)
    new_jobs = load_jobs(places, languages, organisations, users)
    new_sponsorships = load_sponsors(places, languages, organisations)
    lines = [
        f"Pools: {len(interpreters)} Dolmetschende, "
        f"{InterpretingRequest.objects.count()} Anfragen ({new_requests} neu), "
        f"{HelperJob.objects.count()} Helferjobs ({new_jobs} neu), "
        f"{Sponsor.objects.count()} Pat:innen ({new_sponsorships} neue Anfragen)"
    ]
    lines += [
        f"  {username:<14} {description}" for username, _r, _o, description in data.DEMO_USERS
    ]
    return lines
