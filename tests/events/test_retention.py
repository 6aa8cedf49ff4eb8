"""Personal data goes some time after the last event; the numbers stay."""

import datetime

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from tests.factories import EventFactory, RoomFactory, applicant
from treffpunkt.events import registration as service
from treffpunkt.events import retention
from treffpunkt.events.models import Event, Participant, Registration
from treffpunkt.events.registration import Choice


def days_ago(days: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def register(name, email, *choices, **fields):
    return service.register(
        applicant(
            name=name, email=email, organisation_name="Caritas", needs="Dolmetschung", **fields
        ),
        list(choices),
    )


def age(event: Event, days: float) -> None:
    """Make `event` (and who registered for it) lie `days` in the past."""
    Event.objects.filter(pk=event.pk).update(
        starts_at=days_ago(days), ends_at=days_ago(days) + datetime.timedelta(hours=2)
    )
    Participant.objects.filter(registrations__event=event).update(created_at=days_ago(days + 10))


def room_counts(event: Event) -> dict:
    rows = (
        Registration.objects.filter(event=event)
        .values("room__title", "status")
        .annotate(n=Count("pk"))
        .order_by("room__title", "status")
    )
    return {(row["room__title"], row["status"]): row["n"] for row in rows}


@pytest.fixture(autouse=True)
def ninety_days(settings):
    settings.TREFFPUNKT_ANONYMISE_AFTER_DAYS = 90


@pytest.fixture
def past_fachtag(db):
    """A Fachtag with two rooms: registered, waiting, cancelled, checked in."""
    event = EventFactory(title="Fachtag 2025", capacity=3)
    wohnen = RoomFactory(event=event, title="Wohnen")
    sprache = RoomFactory(event=event, title="Sprache")
    register("Amina", "amina@example.org", Choice(event, wohnen))
    register("Boris", "boris@example.org", Choice(event, wohnen))
    cancelled = register("Clara", "clara@example.org", Choice(event, sprache)).registered[0]
    register("Dana", "dana@example.org", Choice(event, sprache))
    register("Emil", "emil@example.org", Choice(event))
    service.cancel(cancelled)
    Registration.objects.filter(email="amina@example.org").update(checked_in_at=timezone.now())
    age(event, 100)
    return event


def test_personal_data_goes_and_the_numbers_stay(past_fachtag):
    counts = service.counts(past_fachtag)
    rooms = room_counts(past_fachtag)
    checked_in = past_fachtag.registrations.filter(checked_in_at__isnull=False).count()
    old_tokens = set(Participant.objects.values_list("token", flat=True))
    now = timezone.now()

    assert retention.anonymise_participants(now=now) == 5

    assert (
        service.counts(past_fachtag)
        == counts
        == {
            "registered": 3,
            "waiting": 1,
            "cancelled": 1,
            "free": 0,
        }
    )
    assert (
        room_counts(past_fachtag)
        == rooms
        == {
            ("Sprache", "cancelled"): 1,
            ("Sprache", "registered"): 1,
            ("Wohnen", "registered"): 2,
            (None, "waiting"): 1,
        }
    )
    assert past_fachtag.registrations.filter(checked_in_at__isnull=False).count() == checked_in
    assert set(
        Participant.objects.values_list(
            "name", "email", "organisation_name", "needs", "anonymised_at"
        )
    ) == {("anonymisiert", "", "", "", now)}
    assert old_tokens.isdisjoint(Participant.objects.values_list("token", flat=True))
    assert sorted(past_fachtag.registrations.values_list("email", flat=True)) == sorted(
        f"anonymised-{pk}" for pk in past_fachtag.registrations.values_list("pk", flat=True)
    )


def test_the_old_personal_link_is_dead(past_fachtag, client):
    token = Participant.objects.get(email="amina@example.org").token

    retention.anonymise_participants()

    assert client.get(f"/veranstaltungen/anmeldung/{token}/").status_code == 404


def test_who_has_a_recent_or_coming_event_keeps_their_data(past_fachtag):
    recent, coming, old = (EventFactory(title=title) for title in ("Kürzlich", "Bald", "Alt"))
    register("Frieda", "frieda@example.org", Choice(recent))
    register("Gustav", "gustav@example.org", Choice(old), Choice(coming))
    age(recent, 80)
    age(old, 100)
    # Amina of the old Fachtag registers again: another submission, another participant.
    register("Amina", "amina@example.org", Choice(coming))

    assert retention.anonymise_participants() == 5

    assert sorted(
        Participant.objects.exclude(name="anonymisiert").values_list("name", flat=True)
    ) == [
        "Amina",
        "Frieda",
        "Gustav",
    ]


def test_anonymising_twice_changes_nothing_more(past_fachtag):
    retention.anonymise_participants()
    tokens = set(Participant.objects.values_list("token", flat=True))

    assert retention.anonymise_participants() == 0
    assert set(Participant.objects.values_list("token", flat=True)) == tokens


def test_an_anonymised_address_does_not_block_a_new_registration(past_fachtag):
    retention.anonymise_participants()
    Event.objects.filter(pk=past_fachtag.pk).update(
        starts_at=timezone.now() + datetime.timedelta(days=1),
        ends_at=timezone.now() + datetime.timedelta(days=1, hours=2),
        capacity=None,
    )

    outcome = register("Amina", "amina@example.org", Choice(past_fachtag))

    assert len(outcome.registered) == 1


def test_the_command_counts_first_on_a_dry_run(past_fachtag, capsys):
    call_command("anonymise_participants", "--dry-run")
    assert Participant.objects.filter(anonymised_at__isnull=True).count() == 5

    call_command("anonymise_participants")

    assert capsys.readouterr().out == (
        "5 participant(s) would be anonymised (after 90 days).\n"
        "5 participant(s) anonymised (after 90 days).\n"
    )
    assert Participant.objects.filter(anonymised_at__isnull=True).count() == 0
