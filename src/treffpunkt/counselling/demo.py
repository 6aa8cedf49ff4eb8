"""Loads the counselling demo from `demo_data` (after the network and directory demos, whose
offers it turns into counselling services; services whose offer is missing are left out).

Running it again creates nothing new: a service is known by its offer, a counsellor by user
name and organisation; demo cases are only written for a service that has none. Every demo
login has the demo password and must set up an authenticator app at the first login. Their
personal links are derived from SECRET_KEY, so the lines printed stay the same.
"""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from treffpunkt.directory.models import Offer
from treffpunkt.network.demo_data import DEMO_PASSWORD
from treffpunkt.network.models import FieldOfAction, Language, Municipality

from . import cases
from . import demo_data as data
from .models import Appointment, Case, CounsellingService, Counsellor, TextTemplate

REGION = "kreis-recklinghausen"


def _offers(title: str) -> list[Offer]:
    region = Municipality.objects.filter(slug=REGION).first()
    if region is None:
        return []
    return list(
        Offer.objects.published()
        .filter(title=title, locations__municipality__in=region.self_and_descendant_ids())
        .order_by("pk")
        .distinct()
    )


def load_services() -> dict[str, list[CounsellingService]]:
    """Every offer of the demo titles in the Kreis becomes a service, so that most towns
    find one; the first of each title gets the demo cases."""
    services = {}
    for key, title, topics, hours in data.SERVICES:
        for offer in _offers(title):
            service, _ = CounsellingService.objects.update_or_create(
                offer=offer, defaults={"organisation": offer.organisation, "response_hours": hours}
            )
            service.topics.set(FieldOfAction.objects.filter(slug__in=topics))
            services.setdefault(key, []).append(service)
    return services


def load_counsellors(services) -> list[str]:
    """Demo logins; each answers for every organisation offering its kind of counselling
    (in real life a counsellor works for one), so every demo case has someone to see it."""
    User = get_user_model()
    names = []
    for username, first, last, key, languages, lead in data.COUNSELLORS:
        if key not in services:
            continue
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        for organisation in {service.organisation for service in services[key]}:
            counsellor, _ = Counsellor.objects.update_or_create(
                user=user, organisation=organisation, defaults={"is_lead": lead}
            )
            counsellor.languages.set(Language.objects.filter(code__in=languages))
        names.append(username)
    return names


def demo_token(number: int) -> str:
    """A stable personal link per demo case, unguessable without SECRET_KEY."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"demo-case-{number}".encode(), hashlib.sha256)
    return digest.hexdigest()[:40]


def load_cases(services) -> list[tuple[Case, str]]:
    created = []
    counsellors = {key: username for username, _f, _l, key, _lang, _lead in data.COUNSELLORS}
    filled = set(Case.objects.values_list("service_id", flat=True))
    for number, row in enumerate(data.CASES, start=1):
        key, language, topic, town, request, text, answer, status = row
        service = services[key][0] if key in services else None
        if service is None or service.pk in filled:
            continue
        contact = cases.FirstContact(
            service=service,
            language=language,
            text=text,
            topic=FieldOfAction.objects.filter(slug=topic).first(),
            municipality=Municipality.objects.filter(slug=town).first(),
            request=request,
            mode="in_person" if request == "appointment" else "",
            needs_interpreter=request == "appointment",
            interpreter_language=language if request == "appointment" else "",
            phone="0170 0000000" if request != "message" else "",
        )
        case, token = cases.open_case(contact, token=demo_token(number), notify=False)
        if answer:
            user = get_user_model().objects.get(username=counsellors[key])
            cases.counsellor_answers(case, user, answer)
        if status != case.status:
            cases.set_status(case, status)
        if request == "appointment":
            _appointment(case)
        created.append((case, token))
    return created


def _appointment(case: Case) -> Appointment:
    """Next Tuesday at 10, as the demo answer promises (without asking the pool: the pool
    demo has its own requests)."""
    today = timezone.localdate()
    tuesday = today + datetime.timedelta(days=(1 - today.weekday()) % 7 or 7)
    starts = timezone.make_aware(datetime.datetime.combine(tuesday, datetime.time(10)))
    return Appointment.objects.create(
        case=case,
        kind=Case.Mode.IN_PERSON,
        starts_at=starts,
        duration_minutes=60,
        place=data.APPOINTMENT_PLACE,
    )


def load_templates(services) -> int:
    """The demo text templates for every team (known by organisation, title and language)."""
    organisations = {service.organisation for group in services.values() for service in group}
    for organisation in organisations:
        for title, language, body in data.TEMPLATES:
            TextTemplate.objects.update_or_create(
                organisation=organisation, title=title, language=language, defaults={"body": body}
            )
    return TextTemplate.objects.count()


@transaction.atomic
def load() -> list[str]:
    """Load the counselling demo; returns lines to show the person who ran it."""
    services = load_services()
    counsellors = load_counsellors(services)
    new_cases = load_cases(services)
    template_count = load_templates(services)
    service_count = CounsellingService.objects.count()
    lines = [
        f"Beratung: {service_count} Dienste, {len(counsellors)} Berater:innen, "
        f"{Case.objects.count()} Fälle ({len(new_cases)} neu); Team-Postfach /beratung/team/",
        f"  Berater:innen: {', '.join(counsellors)}",
    ]
    for case, token in new_cases[:2]:
        with translation.override(
            case.language if case.language in dict(settings.LANGUAGES) else "de"
        ):
            lines.append(
                f"  Persönlicher Link eines Demo-Falls: {reverse('counselling:case', args=[token])}"
            )
    lines.append(
        f"  Textvorlagen: {template_count}, Termine: {Appointment.objects.count()}; "
        "/beratung/team/texte/"
    )
    return lines
