"""The demo events: built from the seeds, loaded twice without duplicates, upcoming events
registered through the service without e-mails, past participants anonymised, and no real
person's name or address anywhere."""

import datetime
import re

import pytest
from django.core import mail
from django.db.models import F
from django.utils import timezone

from treffpunkt.core.management.commands.load_demo import DEMO_LOADERS
from treffpunkt.events import demo, notifications
from treffpunkt.events.models import (
    AgendaItem,
    Event,
    EventSeries,
    Participant,
    Registration,
    Room,
    Speaker,
)
from treffpunkt.events.registration import counts
from treffpunkt.network import demo as network_demo

# Everyone the seed documents name in full; the demo shows them by role and initials.
SEED_PERSONS = [
    "Dirk Adams", "Andreas Schmitz", "Iris Schlautmann", "Julia Hoffmann", "Tamara Steinbrüggen",
    "Torsten Henseler", "Marijan Renic", "Jakob Ruster", "Oliver Dembski",
    "Detlef Nathaniel-Brand", "Petra Kulhoff", "Katrin Petersen", "Sarah Vazquez",
    "Beate Küpper", "Sabine Fischer", "Thorsten Langenbahn", "Daniela Behrens", "Stefan Peetz",
    "Rossina Ferchichi", "Noura Labanieh", "Mathias Schmitt", "Anja Wosch", "Jürgen Römer",
    "Birgit Glorius", "Peter Schreiber", "Frank Martin Brunn", "Peter Schneider", "Ekke Seifert",
    "Florian Pohl", "Gudrun Kirchhoff", "Gudrun Kirchoff", "Hanne Schneider", "Caroline Manah",
    "Kerstin Brückner", "Laura Erben", "Magdalena Wassink", "Lisa Veyhl", "Sandra Berchtold",
]  # fmt: skip
SURNAMES = {name.split()[-1] for name in SEED_PERSONS} | {"Asselmeyer", "Kolland"}
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ALLOWED_ADDRESS = re.compile(r"@(example\.org|[a-z0-9-]+\.example)$")

CLOSING_EVENT = "Abschlussveranstaltung: Geflüchtete in ländlichen Räumen – Handlungsempfehlungen"
FACHTAG_2017 = "Fachtag zum kreisweiten Integrationskonzept"
DIALOGUE_FORUM = "Dialogforum „Digitale Migrationsberatung: Chancen und Grenzen“"
FULL_EVENT = "Arbeitsgruppe Digitale Teilhabe: Smartphone, WLAN und Lernplattformen"


@pytest.fixture
def demo_events(db):
    network_demo.load()
    return demo.load()


def model_counts():
    models = [EventSeries, Event, Room, AgendaItem, Speaker, Participant, Registration]
    numbers = {model.__name__: model.objects.count() for model in models}
    numbers["history"] = Event.history.count()
    return numbers


def local(moment):
    return timezone.localtime(moment)


def event_texts():
    """Every text of the demo events a visitor or organiser could read."""
    for event in Event.objects.all():
        yield from (event.title, event.description, event.audience_note)
        yield from (event.cancellation_reason, event.venue_name, event.contact_email)
    for series in EventSeries.objects.all():
        yield from (series.title, series.theme, series.description)
    for room in Room.objects.all():
        yield from (room.title, room.description)
    for item in AgendaItem.objects.all():
        yield from (item.title, item.description)
    for speaker in Speaker.objects.all():
        yield from (speaker.name, speaker.role, speaker.organisation_name)
    for participant in Participant.objects.all():
        yield from (participant.name, participant.organisation_name, participant.needs)


def test_loading_twice_creates_nothing(demo_events):
    first = model_counts()

    network_demo.load()
    lines = demo.load()

    assert model_counts() == first
    assert first["Event"] == 28
    assert first["Registration"] > 1300
    assert re.fullmatch(
        r"28 Veranstaltungen \(8 kommende, 0 neu\), \d+ Anmeldungen "
        r"\(\d+ auf Wartelisten, \d+ mit Check-in\)",
        lines[0],
    )
    assert demo_events[0].startswith("28 Veranstaltungen (8 kommende, 28 neu), ")


def test_load_demo_runs_the_events_loader_after_the_directory():
    assert DEMO_LOADERS.index("treffpunkt.events.demo.load") == (
        DEMO_LOADERS.index("treffpunkt.directory.demo.load") + 1
    )


def test_closing_event_has_its_three_breakout_rooms(demo_events):
    event = Event.objects.get(title=CLOSING_EVENT)

    rooms = list(event.rooms.values_list("title", "field_of_action__slug"))

    assert rooms == [
        ("Arbeit und berufsbezogene Bildung", "bildung-arbeit"),
        ("Soziale Kontakte und Gemeinschaft in ländlichen Räumen", "soziale-kontakte"),
        ("Governance", "governance"),
    ]
    assert local(event.starts_at).date() == datetime.date(2021, 5, 20)
    assert event.video_provider == "Webex"
    workshop = event.agenda.get(kind=AgendaItem.Kind.WORKSHOP)
    assert (local(workshop.starts_at).time(), local(workshop.ends_at).time()) == (
        datetime.time(13, 30),
        datetime.time(14, 15),
    )
    in_rooms = event.registrations.filter(status=Registration.Status.REGISTERED)
    assert [in_rooms.filter(room__title=title).count() for title, _ in rooms] == [36, 42, 30]


def test_westmuensterland_exchange_has_work_rooms_and_three_best_practice_talks(demo_events):
    event = Event.objects.get(title="Erster Fachaustausch im virtuellen Raum")

    talks = event.agenda.filter(kind=AgendaItem.Kind.BEST_PRACTICE).values_list("title", flat=True)

    assert list(talks) == [
        "Webinar-Reihe des Kreissportbunds",
        "Lernplattform „Learningview“",
        "Sprachmittlung und Begleitung der Elternbegleiter*innen per Telefonkonferenz",
    ]
    assert local(event.starts_at).date() == datetime.date(2020, 5, 15)
    assert (event.format, event.municipality.slug) == ("online", "kreis-borken")
    assert event.rooms.count() == 3
    assert event.registrations.exclude(checked_in_at=None).count() == 30


def test_recklinghausen_fachtag_has_seven_workshops_keynote_and_plenary(demo_events):
    event = Event.objects.get(title=FACHTAG_2017)

    assert list(event.rooms.values_list("title", flat=True)) == [
        "Wohnen", "Bildung ab 16 und Arbeit", "Kita und Schule", "Sport und Freizeit",
        "Gesundheit", "Sprache", "Ehrenamt und Teilhabe",
    ]  # fmt: skip
    assert (event.format, event.city, event.venue_name) == (
        "on_site",
        "Datteln",
        "Berufskolleg Ostvest, Forum",
    )
    assert local(event.starts_at).year == 2017
    keynote = event.agenda.get(kind=AgendaItem.Kind.KEYNOTE)
    assert keynote.title == "Vielfalt als Herausforderung und Potenzial"
    assert [s.name for s in keynote.speakers.all()] == [
        "Sozialpsychologin, Hochschule Niederrhein (B. K.)"
    ]
    assert event.agenda.filter(kind=AgendaItem.Kind.PLENARY, title__startswith="Abschlussplenum")
    assert event.registrations.exclude(checked_in_at=None).count() == 100


def test_dialogue_forum_has_its_programme_and_a_recording(demo_events):
    event = Event.objects.get(title=DIALOGUE_FORUM)

    kinds = list(event.agenda.values_list("kind", flat=True))

    assert kinds == ["welcome", "talk", "best_practice", "best_practice", "plenary"]
    assert "FemOS" in event.agenda.get(speakers__name__contains="FemOS").title
    assert re.fullmatch(r"https://www\.youtube\.com/watch\?v=[\w-]{11}", event.recording_url)
    assert local(event.starts_at).date() == datetime.date(2021, 3, 23)
    assert event.registrations.exclude(checked_in_at=None).count() > 200


def test_niko_2021_series_has_nine_parts_of_two_and_a_half_hours(demo_events):
    series = EventSeries.objects.get(slug="niko-online-reihe-2021")
    parts = list(series.events.order_by("starts_at"))

    assert 8 <= len(parts) <= 10
    assert {part.ends_at - part.starts_at for part in parts} == {datetime.timedelta(hours=2.5)}
    assert {(part.capacity, part.format) for part in parts} == {(50, "online")}
    assert 60 <= (parts[-1].starts_at - parts[0].starts_at).days <= 92
    assert series.theme == (
        "Öffentlicher Raum als Ort(e) kommunaler Willkommens- und Anerkennungskultur"
    )
    assert set(series.organisers.values_list("slug", flat=True)) == {"via-bayern", "niko-bayern"}
    for part in parts:
        assert list(part.agenda.values_list("kind", flat=True)) == [
            "welcome", "talk", "questions", "plenary",
        ]  # fmt: skip
        assert counts(part)["registered"] <= 50
    everywhere = Participant.objects.filter(registrations__event__series=series)
    whole_series = [p for p in everywhere.distinct() if p.registrations.count() == len(parts)]
    assert len(whole_series) == 18


def test_niko_2020_series_has_fewer_parts(demo_events):
    parts_2020 = Event.objects.filter(series__slug="niko-online-reihe-2020").count()
    parts_2021 = Event.objects.filter(series__slug="niko-online-reihe-2021").count()

    assert parts_2020 < parts_2021
    assert EventSeries.objects.get(slug="niko-online-reihe-2020").theme == (
        "Vielfalt, Inklusion und Teilhabe als kommunale Querschnittsthemen"
    )


def test_calendar_has_upcoming_events_in_the_next_three_months(demo_events):
    now = timezone.now()
    upcoming = Event.objects.filter(starts_at__gt=now)

    published = upcoming.filter(status=Event.Status.PUBLISHED)

    assert 6 <= published.count() <= 10
    assert upcoming.filter(starts_at__gt=now + datetime.timedelta(days=92)).count() == 0
    cancelled = upcoming.get(status=Event.Status.CANCELLED)
    assert cancelled.cancellation_reason
    assert counts(cancelled)["registered"] == 0
    niko = EventSeries.objects.get(events__in=upcoming.filter(series__isnull=False)[:1])
    year = local(niko.events.order_by("starts_at").first().starts_at).year
    assert niko.title == f"NIKO Online-Reihe für Kommunen {year}"
    assert niko.events.count() == 3
    meeting = published.get(title="Netzwerktreffen Integrationsnetzwerk Kreis Recklinghausen")
    assert (meeting.format, meeting.municipality.parent.slug) == ("on_site", "kreis-recklinghausen")
    assert published.filter(title="Workshop: Dolmetscherpool für Kitas und Schulen").exists()
    hybrid = published.get(format=Event.Format.HYBRID)
    assert hybrid.rooms.count() == 4
    for event in published:
        assert local(event.starts_at).weekday() < 5
        assert event.registration_is_open()


def test_full_event_has_exactly_its_capacity_registered_and_a_waiting_list(demo_events):
    event = Event.objects.get(title=FULL_EVENT)

    numbers = counts(event)

    assert event.capacity == 12
    assert (numbers["registered"], numbers["waiting"], numbers["free"]) == (12, 3, 0)
    waiting = event.registrations.filter(status=Registration.Status.WAITING)
    first_waiting = waiting.order_by("created_at").first().created_at
    assert not event.registrations.filter(
        status=Registration.Status.REGISTERED, created_at__gt=first_waiting
    ).exists()


def test_upcoming_registrations_are_confirmed_and_named_by_initials(demo_events):
    upcoming = Registration.objects.filter(event__starts_at__gt=timezone.now())
    people = Participant.objects.filter(registrations__in=upcoming).distinct()

    assert people.count() > 100
    assert not people.filter(email_verified_at=None).exists()
    assert all(re.fullmatch(r"[A-Z]\. [A-Z]\.", p.name) for p in people)
    hybrid = Event.objects.get(format=Event.Format.HYBRID)
    assert hybrid.registrations.exclude(room=None).count() == 43
    series_wide = [p for p in people if p.registrations.count() == 3]
    assert len(series_wide) == 12


def test_past_participants_are_anonymised_after_the_retention_period(demo_events, settings):
    limit = timezone.now() - datetime.timedelta(days=settings.TREFFPUNKT_ANONYMISE_AFTER_DAYS)
    old = Participant.objects.filter(registrations__event__ends_at__lt=limit).distinct()
    recent = Event.objects.get(title__startswith="Netzwerktreffen Westmünsterland")

    assert old.count() > 900
    assert set(old.values_list("name", "email", "needs")) == {("anonymisiert", "", "")}
    assert not old.filter(anonymised_at=None).exists()
    assert not old.filter(anonymised_at__lt=F("registrations__event__ends_at")).exists()
    assert recent.ends_at < timezone.now()
    assert not recent.registrations.filter(participant__anonymised_at__isnull=False).exists()
    assert recent.registrations.exclude(checked_in_at=None).count() == 21


def test_no_real_persons_name_appears(demo_events):
    texts = "\n".join(text for text in event_texts() if text)
    names = list(Speaker.objects.values_list("name", flat=True))
    names += list(Participant.objects.values_list("name", flat=True))

    assert [person for person in SEED_PERSONS if person in texts] == []
    assert [name for name in SURNAMES if re.search(rf"\b{re.escape(name)}\b", texts)] == []
    assert {"Projektleitung NIKO (J. R.)", "Netzwerk-Co-Sprecherin (I. S.)"} <= set(names)


def test_no_address_outside_the_example_domains(demo_events):
    addresses = [a for text in event_texts() if text for a in ADDRESS.findall(text)]
    addresses += list(Participant.objects.exclude(email="").values_list("email", flat=True))
    addresses += list(
        Registration.objects.filter(email__contains="@").values_list("email", flat=True)
    )

    assert addresses
    assert [a for a in addresses if not ALLOWED_ADDRESS.search(a)] == []
    assert not Participant.objects.filter(email="", anonymised_at=None).exists()


def test_upcoming_events_move_forward_once_they_have_begun(demo_events):
    now = timezone.now()
    upcoming = Event.objects.filter(starts_at__gt=now)
    titles = set(upcoming.values_list("title", flat=True))
    agenda = {e.title: list(e.agenda.values_list("title", flat=True)) for e in upcoming}
    before = model_counts()
    first = upcoming.order_by("starts_at").first()
    shift = datetime.timedelta(days=30)
    AgendaItem.objects.filter(event__in=upcoming).update(
        starts_at=F("starts_at") - shift, ends_at=F("ends_at") - shift
    )
    Event.objects.filter(title__in=titles).update(
        starts_at=F("starts_at") - shift, ends_at=F("ends_at") - shift
    )
    assert Event.objects.get(pk=first.pk).starts_at < now

    demo.load()

    assert model_counts()["Event"] == before["Event"]
    assert model_counts()["AgendaItem"] == before["AgendaItem"]
    assert model_counts()["Registration"] == before["Registration"]
    moved = Event.objects.filter(title__in=titles)
    assert not moved.filter(starts_at__lte=now).exists()
    for event in moved:
        assert list(event.agenda.values_list("title", flat=True)) == agenda[event.title]
        assert {local(item.starts_at).date() for item in event.agenda.all()} == {
            local(event.starts_at).date()
        }


@pytest.mark.django_db(transaction=True)
def test_loading_sends_no_emails():
    """The service notifies after the commit; the loader silences that for its invented
    people, and puts the notifications back afterwards."""
    received = notifications.registration_received
    network_demo.load()

    demo.load()

    assert mail.outbox == []
    assert notifications.registration_received is received
    assert Registration.objects.filter(event__starts_at__gt=timezone.now()).count() > 150
