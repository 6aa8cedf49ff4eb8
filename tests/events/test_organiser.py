"""The organisers' pages: events of their organisations, forms with programme and rooms,
copying, cancelling, moving, participants and check-in, and who may see what."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    FieldOfActionFactory,
    MembershipFactory,
    OrganisationFactory,
    RoomFactory,
    UserFactory,
    applicant,
    user_with_role,
)
from treffpunkt.events import notifications, registration
from treffpunkt.events.models import Event, EventSeries, Registration, Speaker
from treffpunkt.network.models import Membership

NOTIFICATIONS = (
    "registration_received",
    "registration_cancelled",
    "moved_up",
    "event_cancelled",
    "event_moved",
)


@pytest.fixture
def sent(monkeypatch):
    """The notifications called, as (name, *arguments), instead of e-mails."""
    calls = []
    for name in NOTIFICATIONS:
        monkeypatch.setattr(
            notifications,
            name,
            lambda *args, _name=name: calls.append((_name, *args)),
            raising=False,
        )
    return calls


@pytest.fixture
def moderator_b(other_organisation):
    return user_with_role(Membership.Role.MODERATOR, other_organisation, is_staff=True)


@pytest.fixture
def own_event(organisation):
    return EventFactory(title="Fachtag Sprache", organisers=[organisation], capacity=2)


@pytest.fixture
def foreign_event(other_organisation):
    return EventFactory(title="Elternabend AWO", organisers=[other_organisation])


def local(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def register(event, room=None, **person):
    outcome = registration.register(applicant(**person), [registration.Choice(event, room)])
    return (outcome.registered + outcome.waiting)[0]


def in_english(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


# The list of events --------------------------------------------------------------------


def test_list_shows_own_events_upcoming_first_with_numbers(
    client, moderator, organisation, own_event, foreign_event, sent
):
    past = EventFactory(
        title="Rückblick",
        organisers=[organisation],
        starts_at=timezone.now() - datetime.timedelta(days=30),
        ends_at=timezone.now() - datetime.timedelta(days=30, hours=-2),
    )
    later = EventFactory(
        title="Später",
        organisers=[organisation],
        starts_at=own_event.starts_at + datetime.timedelta(days=7),
        ends_at=own_event.ends_at + datetime.timedelta(days=7),
    )
    for number in range(3):
        register(own_event, email=f"person{number}@example.org")
    client.force_login(moderator)

    response = client.get(reverse("events:organiser-events"))

    assert response.status_code == 200
    upcoming = response.context["upcoming"]
    assert [e.title for e in upcoming] == ["Fachtag Sprache", "Später"]
    assert [(e.n_registered, e.n_waiting, e.n_free) for e in upcoming] == [(2, 1, 0), (0, 0, None)]
    assert [(e.title, e.n_free) for e in response.context["past"]] == [("Rückblick", None)]
    assert "Elternabend AWO" not in response.text
    assert reverse("events:organiser-event-edit", args=[later.pk]) in response.text
    assert reverse("events:organiser-participants", args=[past.pk]) in response.text
    assert reverse("events:organiser-series-create") in response.text


def test_event_of_two_own_organisations_is_listed_once(client, moderator, organisation, sent):
    second = OrganisationFactory(name="Zweite")
    MembershipFactory(user=moderator, organisation=second, role="editor")
    EventFactory(title="Gemeinsam", organisers=[organisation, second])
    client.force_login(moderator)

    response = client.get(reverse("events:organiser-events"))

    assert [e.title for e in response.context["upcoming"]] == ["Gemeinsam"]


# Creating and editing ------------------------------------------------------------------


@pytest.fixture
def day():
    return timezone.localdate() + datetime.timedelta(days=40)


def event_data(organisation, day, **overrides):
    data = {
        "title": "Fachtag Kita und Schule",
        "description": "Ein Tag für Fachkräfte.",
        "starts_at": f"{day:%Y-%m-%d}T09:00",
        "ends_at": f"{day:%Y-%m-%d}T16:00",
        "format": "hybrid",
        "venue_name": "Rathaus",
        "street": "Markt 1",
        "postcode": "46282",
        "city": "Dorsten",
        "video_link": "https://meet.example.org/fachtag",
        "capacity": "60",
        "requires_registration": "on",
        "registration_closes_at": f"{day - datetime.timedelta(days=2):%Y-%m-%d}T23:59",
        "audience_note": "Fachkräfte aus Kitas",
        "organisers": [organisation.pk],
        "contact_email": "fachtag@caritas.example",
        "status": "published",
        "agenda-TOTAL_FORMS": "2",
        "agenda-INITIAL_FORMS": "0",
        "agenda-0-start_time": "09:00",
        "agenda-0-end_time": "09:30",
        "agenda-0-kind": "welcome",
        "agenda-0-title": "Begrüßung",
        "agenda-0-speakers_text": "Maria Muster, Bürgermeisterin, Stadt Dorsten",
        "agenda-1-start_time": "09:30",
        "agenda-1-kind": "keynote",
        "agenda-1-title": "Mehrsprachigkeit in der Kita",
        "agenda-1-speakers_text": (
            "Dr. Aylin Demir, Professorin, Hochschule, Institut für Bildung; Jonas Weber"
        ),
        "rooms-TOTAL_FORMS": "1",
        "rooms-INITIAL_FORMS": "0",
        "rooms-0-title": "Workshop Sprache",
        "rooms-0-capacity": "20",
        "rooms-0-video_link": "https://meet.example.org/sprache",
    }
    data.update(overrides)
    return data


def test_moderator_creates_an_event_with_programme_and_rooms(
    client, moderator, editor, organisation, day, sent
):
    sprache = FieldOfActionFactory(name="Sprache", slug="sprache")
    Speaker.objects.create(name="Jonas Weber")
    client.force_login(moderator)

    response = client.post(
        reverse("events:organiser-event-create"),
        event_data(
            organisation,
            day,
            **{
                "rooms-0-field_of_action": sprache.pk,
                "rooms-0-moderators": [editor.pk],
                "fields_of_action": [sprache.pk],
            },
        ),
    )

    event = Event.objects.get(title="Fachtag Kita und Schule")
    assert response.status_code == 302
    assert response.url == reverse("events:organiser-event-edit", args=[event.pk])
    assert (event.starts_at, event.ends_at) == (local(day, 9), local(day, 16))
    assert timezone.localtime(event.starts_at).utcoffset() in (
        datetime.timedelta(hours=1),
        datetime.timedelta(hours=2),
    )
    assert event.registration_closes_at == local(day - datetime.timedelta(days=2), 23, 59)
    assert (event.format, event.capacity, event.status) == ("hybrid", 60, "published")
    assert [o.name for o in event.organisers.all()] == ["Caritas Musterstadt"]
    assert [
        (item.starts_at, item.ends_at, item.kind, item.title, [str(s) for s in item.speakers.all()])
        for item in event.agenda.all()
    ] == [
        (
            local(day, 9),
            local(day, 9, 30),
            "welcome",
            "Begrüßung",
            ["Maria Muster, Bürgermeisterin, Stadt Dorsten"],
        ),
        (
            local(day, 9, 30),
            None,
            "keynote",
            "Mehrsprachigkeit in der Kita",
            ["Dr. Aylin Demir, Professorin, Hochschule, Institut für Bildung", "Jonas Weber"],
        ),
    ]
    assert Speaker.objects.filter(name="Jonas Weber").count() == 1  # reused
    assert [
        (r.title, r.field_of_action, r.capacity, r.video_link, list(r.moderators.all()))
        for r in event.rooms.all()
    ] == [("Workshop Sprache", sprache, 20, "https://meet.example.org/sprache", [editor])]


def test_edit_form_shows_speakers_and_times_as_entered(client, moderator, organisation, day, sent):
    client.force_login(moderator)
    client.post(reverse("events:organiser-event-create"), event_data(organisation, day))
    event = Event.objects.get()

    response = client.get(reverse("events:organiser-event-edit", args=[event.pk]))

    agenda = response.context["agenda"]
    assert [
        (f["start_time"].value().strftime("%H:%M"), f["speakers_text"].value())
        for f in agenda.forms[:2]
    ] == [
        ("09:00", "Maria Muster, Bürgermeisterin, Stadt Dorsten"),
        ("09:30", "Dr. Aylin Demir, Professorin, Hochschule, Institut für Bildung; Jonas Weber"),
    ]
    assert 'type="datetime-local"' in response.text


def test_speaker_without_role_keeps_the_organisation_in_its_place():
    from treffpunkt.events.forms_organiser import format_speakers, parse_speakers

    parsed = parse_speakers("Anna Berg, , Caritas;  ; Bo ")

    assert parsed == [("Anna Berg", "", "Caritas"), ("Bo", "", "")]
    assert format_speakers(
        [Speaker(name=n, role=r, organisation_name=o) for n, r, o in parsed]
    ) == ("Anna Berg, , Caritas; Bo")


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"ends_at": "{day}T08:00"}, "ends_at", "The end must be after the start."),
        (
            {"registration_closes_at": "{day}T17:00"},
            "registration_closes_at",
            "Registration must close before the event ends.",
        ),
        (
            {"registration_opens_at": "{day}T09:00", "registration_closes_at": "{day}T08:00"},
            "registration_closes_at",
            "Registration must open before it closes.",
        ),
        (
            {"video_link": "ftp://files.example.org/fachtag"},
            "video_link",
            "Please enter a web address starting with https:// or http://.",
        ),
        ({"organisers": []}, "organisers", "This field is required."),
    ],
)
def test_event_form_explains_wrong_entries(
    client, moderator, organisation, day, overrides, field, message
):
    client.force_login(moderator)
    data = event_data(organisation, day)
    data.update({key: str(value).format(day=day) if isinstance(value, str) else value
                 for key, value in overrides.items()})  # fmt: skip

    response = client.post(in_english("events:organiser-event-create"), data)

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert Event.objects.count() == 0


def test_agenda_item_outside_the_event_is_refused(client, moderator, organisation, day):
    client.force_login(moderator)

    response = client.post(
        in_english("events:organiser-event-create"),
        event_data(
            organisation, day, **{"agenda-1-start_time": "15:30", "agenda-1-end_time": "17:00"}
        ),
    )

    errors = response.context["agenda"].forms[1].errors
    assert list(errors) == ["start_time"]
    assert errors["start_time"][0].startswith("This item must lie within the event (")
    assert Event.objects.count() == 0


def test_agenda_item_ending_before_it_starts_is_refused(client, moderator, organisation, day):
    client.force_login(moderator)

    response = client.post(
        in_english("events:organiser-event-create"),
        event_data(organisation, day, **{"agenda-0-end_time": "08:30"}),
    )

    assert response.context["agenda"].forms[0].errors == {
        "end_time": ["The end must be after the start."]
    }


def test_speaker_without_name_is_refused(client, moderator, organisation, day):
    client.force_login(moderator)

    response = client.post(
        in_english("events:organiser-event-create"),
        event_data(organisation, day, **{"agenda-0-speakers_text": ", Moderation, Caritas"}),
    )

    assert response.context["agenda"].forms[0].errors == {
        "speakers_text": ["Each speaker needs a name: “Name, role, organisation; …”."]
    }


def test_room_cannot_have_more_places_than_the_event(client, moderator, organisation, day):
    client.force_login(moderator)

    response = client.post(
        in_english("events:organiser-event-create"),
        event_data(organisation, day, **{"rooms-0-capacity": "61"}),
    )

    assert response.context["rooms"].forms[0].errors == {
        "capacity": ["A room cannot have more places than the event (60)."]
    }
    assert Event.objects.count() == 0


def test_room_moderators_come_from_the_organising_organisations(
    client, moderator, organisation, moderator_b, day
):
    client.force_login(moderator)

    response = client.post(
        in_english("events:organiser-event-create"),
        event_data(organisation, day, **{"rooms-0-moderators": [moderator_b.pk]}),
    )

    errors = response.context["rooms"].forms[0].errors
    assert list(errors) == ["moderators"]
    assert errors["moderators"][0].startswith("Select a valid choice.")


def test_moderator_cannot_choose_another_organisation(client, moderator, other_organisation, day):
    client.force_login(moderator)

    response = client.post(
        in_english("events:organiser-event-create"), event_data(other_organisation, day)
    )

    assert list(response.context["form"].errors) == ["organisers"]
    assert Event.objects.count() == 0


def test_editing_keeps_a_co_organiser_the_user_cannot_choose(
    client, moderator, organisation, other_organisation, sent
):
    event = EventFactory(organisers=[organisation, other_organisation], status="draft")
    client.force_login(moderator)
    form = client.get(reverse("events:organiser-event-edit", args=[event.pk])).context["form"]
    assert [o.name for o in form.fields["organisers"].queryset] == ["Caritas Musterstadt"]
    assert [o.name for o in form.kept_organisers] == ["AWO Nachbarort"]

    day = timezone.localdate(event.starts_at)
    response = client.post(
        reverse("events:organiser-event-edit", args=[event.pk]),
        event_data(organisation, day, title="Neuer Titel", **{
            "agenda-TOTAL_FORMS": "0", "rooms-TOTAL_FORMS": "0"}),
    )  # fmt: skip

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Neuer Titel"
    assert sorted(o.name for o in event.organisers.all()) == [
        "AWO Nachbarort",
        "Caritas Musterstadt",
    ]


def test_date_of_a_published_event_changes_only_by_moving(
    client, moderator, organisation, own_event, sent
):
    client.force_login(moderator)
    day = timezone.localdate(own_event.starts_at)

    client.post(
        reverse("events:organiser-event-edit", args=[own_event.pk]),
        event_data(organisation, day + datetime.timedelta(days=3), title="Fachtag Sprache", **{
            "capacity": "2", "agenda-TOTAL_FORMS": "0", "rooms-TOTAL_FORMS": "0"}),
    )  # fmt: skip

    starts = own_event.starts_at
    own_event.refresh_from_db()
    assert own_event.starts_at == starts
    assert sent == []


def test_raising_the_capacity_lets_the_waiting_move_up(
    client, moderator, organisation, own_event, sent, django_capture_on_commit_callbacks
):
    people = [register(own_event, email=f"p{n}@example.org") for n in range(4)]
    client.force_login(moderator)
    day = timezone.localdate(own_event.starts_at)
    data = event_data(organisation, day, title="Fachtag Sprache", capacity="3", **{
        "agenda-TOTAL_FORMS": "0", "rooms-TOTAL_FORMS": "0"})  # fmt: skip

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:organiser-event-edit", args=[own_event.pk]), data)

    assert [Registration.objects.get(pk=p.pk).status for p in people] == [
        "registered", "registered", "registered", "waiting",
    ]  # fmt: skip
    assert [call[0] for call in sent] == ["moved_up"]
    assert sent[0][1].pk == people[2].pk


def test_editing_rooms_and_programme_of_an_event(client, moderator, organisation, day, sent):
    client.force_login(moderator)
    client.post(reverse("events:organiser-event-create"), event_data(organisation, day))
    event = Event.objects.get()
    item, room = event.agenda.first(), event.rooms.get()
    data = event_data(organisation, day, **{
        "agenda-TOTAL_FORMS": "1", "agenda-INITIAL_FORMS": "1", "agenda-0-id": item.pk,
        "agenda-0-title": "Grußwort", "agenda-0-speakers_text": "Maria Muster",
        "rooms-TOTAL_FORMS": "2", "rooms-INITIAL_FORMS": "1", "rooms-0-id": room.pk,
        "rooms-0-DELETE": "on", "rooms-1-title": "Workshop Eltern",
    })  # fmt: skip
    event.status = "draft"
    event.save()

    response = client.post(reverse("events:organiser-event-edit", args=[event.pk]), data)

    assert response.status_code == 302
    assert [(i.title, [s.name for s in i.speakers.all()]) for i in event.agenda.all()] == [
        ("Grußwort", ["Maria Muster"]),
        ("Mehrsprachigkeit in der Kita", ["Dr. Aylin Demir", "Jonas Weber"]),
    ]
    assert [(r.title, r.position) for r in event.rooms.all()] == [("Workshop Eltern", 1)]


# Series --------------------------------------------------------------------------------


def test_series_gets_an_address_from_its_title(client, editor, organisation):
    EventSeriesFactory(slug="online-reihe-2030")
    client.force_login(editor)

    response = client.post(
        reverse("events:organiser-series-create"),
        {"title": "Online-Reihe 2030", "slug": "", "year": "2030", "organisers": [organisation.pk],
         "is_public": "on"},
    )  # fmt: skip

    series = EventSeries.objects.get(title="Online-Reihe 2030")
    assert series.slug == "online-reihe-2030-2"
    assert response.url == reverse("events:organiser-series-edit", args=[series.slug])
    assert [o.name for o in series.organisers.all()] == ["Caritas Musterstadt"]


def test_series_of_another_organisation_is_forbidden(client, editor, other_organisation):
    series = EventSeriesFactory(organisers=[other_organisation])
    client.force_login(editor)

    response = client.get(reverse("events:organiser-series-edit", args=[series.slug]))

    assert response.status_code == 403


def test_event_form_offers_only_own_series(client, editor, organisation, other_organisation):
    EventSeriesFactory(title="Unsere Reihe", organisers=[organisation])
    EventSeriesFactory(title="Fremde Reihe", organisers=[other_organisation])
    client.force_login(editor)

    form = client.get(reverse("events:organiser-event-create")).context["form"]

    assert [s.title for s in form.fields["series"].queryset] == ["Unsere Reihe"]


# Copy, cancel, move --------------------------------------------------------------------


def test_copy_makes_a_draft_on_the_chosen_day(client, moderator, own_event, sent):
    RoomFactory(event=own_event, title="Raum A")
    register(own_event)
    client.force_login(moderator)
    new_day = timezone.localdate(own_event.starts_at) + datetime.timedelta(days=21)

    response = client.post(
        reverse("events:organiser-event-copy", args=[own_event.pk]), {"starts_on": f"{new_day}"}
    )

    copy = Event.objects.exclude(pk=own_event.pk).get()
    assert response.url == reverse("events:organiser-event-edit", args=[copy.pk])
    assert (copy.status, timezone.localtime(copy.starts_at)) == (
        "draft",
        timezone.localtime(own_event.starts_at) + datetime.timedelta(days=21),
    )
    assert [r.title for r in copy.rooms.all()] == ["Raum A"]
    assert copy.registrations.count() == 0


def test_copy_without_a_date_is_one_week_later(client, moderator, own_event):
    client.force_login(moderator)

    client.post(reverse("events:organiser-event-copy", args=[own_event.pk]))

    copy = Event.objects.exclude(pk=own_event.pk).get()
    assert timezone.localtime(copy.starts_at) == timezone.localtime(
        own_event.starts_at
    ) + datetime.timedelta(days=7)


def test_copy_form_suggests_one_week_later(client, moderator, own_event):
    client.force_login(moderator)

    response = client.get(reverse("events:organiser-event-edit", args=[own_event.pk]))

    expected = timezone.localdate(own_event.starts_at) + datetime.timedelta(days=7)
    assert f'value="{expected:%Y-%m-%d}"' in response.text


def test_cancel_asks_for_a_reason_then_tells_participants(
    client, moderator, own_event, sent, django_capture_on_commit_callbacks
):
    register(own_event)
    client.force_login(moderator)
    url = reverse("events:organiser-event-cancel", args=[own_event.pk])
    assert client.get(url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(in_english("events:organiser-event-cancel", own_event.pk), {})
        response = client.post(url, {"reason": "Die Referentin ist erkrankt."})

    with translation.override("en"):
        assert refused.context["form"].errors == {"reason": ["This field is required."]}
    assert response.url == reverse("events:organiser-event-edit", args=[own_event.pk])
    own_event.refresh_from_db()
    assert (own_event.status, own_event.cancellation_reason) == (
        "cancelled",
        "Die Referentin ist erkrankt.",
    )
    assert [(name, event.pk) for name, event in sent] == [("event_cancelled", own_event.pk)]


def test_cancelling_sends_each_participant_an_e_mail(
    client, moderator, own_event, mailoutbox, django_capture_on_commit_callbacks
):
    """With the real notifications: one e-mail per person holding or waiting for a place."""
    for address in ("eins@example.org", "zwei@example.org", "drei@example.org"):
        registration.register(
            applicant(email=address), [registration.Choice(own_event)]
        )  # no commit here: no confirmation e-mails
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("events:organiser-event-cancel", args=[own_event.pk]),
            {"reason": "Die Referentin ist erkrankt."},
        )

    assert sorted(address for mail in mailoutbox for address in mail.to) == [
        "drei@example.org", "eins@example.org", "zwei@example.org",
    ]  # fmt: skip
    assert all("Die Referentin ist erkrankt." in mail.body for mail in mailoutbox)


def test_move_changes_the_date_and_tells_participants(
    client, moderator, own_event, sent, django_capture_on_commit_callbacks
):
    old_start = own_event.starts_at
    new_day = timezone.localdate(own_event.starts_at) + datetime.timedelta(days=5)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("events:organiser-event-move", args=[own_event.pk]),
            {"starts_at": f"{new_day}T14:00", "ends_at": f"{new_day}T17:30"},
        )

    assert response.url == reverse("events:organiser-event-edit", args=[own_event.pk])
    own_event.refresh_from_db()
    assert (own_event.starts_at, own_event.ends_at) == (local(new_day, 14), local(new_day, 17, 30))
    assert [(name, event.pk, old) for name, event, old in sent] == [
        ("event_moved", own_event.pk, old_start)
    ]


def test_move_refuses_the_past_and_an_end_before_the_start(client, moderator, own_event, sent):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    client.force_login(moderator)

    response = client.post(
        in_english("events:organiser-event-move", own_event.pk),
        {"starts_at": f"{yesterday}T14:00", "ends_at": f"{yesterday}T13:00"},
    )

    assert response.context["form"].errors == {
        "starts_at": ["The new date lies in the past."],
        "ends_at": ["The end must be after the start."],
    }
    assert sent == []


def test_cancelled_event_cannot_be_moved(client, moderator, own_event, sent):
    own_event.status = "cancelled"
    own_event.save()
    client.force_login(moderator)

    response = client.get(reverse("events:organiser-event-move", args=[own_event.pk]))

    assert response.url == reverse("events:organiser-event-edit", args=[own_event.pk])


# Participants --------------------------------------------------------------------------


@pytest.fixture
def full_event(own_event, sent):
    """Two places, two rooms: Bernd and Özlem hold places, Carl waits."""
    rooms = {
        "sprache": RoomFactory(event=own_event, title="Sprache", capacity=1),
        "eltern": RoomFactory(event=own_event, title="Eltern", capacity=None),
    }
    people = {
        "oezlem": register(own_event, rooms["sprache"], name="Özlem Yılmaz",
                           email="oezlem@example.org", organisation_name="Kita Sonnenschein",
                           needs="Gebärdensprache", consent_listed=True),
        "bernd": register(own_event, name="Bernd Albers", email="bernd@example.org"),
        "carl": register(own_event, rooms["eltern"], name="Carl Nowak",
                         email="carl@example.org", consent_listed=True),
    }  # fmt: skip
    return own_event, rooms, people


def test_participants_page_shows_counts_and_the_table(client, moderator, full_event):
    event, _rooms, _people = full_event
    client.force_login(moderator)

    response = client.get(reverse("events:organiser-participants", args=[event.pk]))

    assert response.status_code == 200
    assert response.context["counts"] == {"registered": 2, "waiting": 1, "cancelled": 0, "free": 0}
    assert [
        (row.room.title if row.room else None, row.registered, row.waiting)
        for row in response.context["room_counts"]
    ] == [("Eltern", 0, 1), ("Sprache", 1, 0), (None, 1, 0)]
    assert [r.participant.name for r in response.context["registrations"]] == [
        "Özlem Yılmaz", "Bernd Albers", "Carl Nowak",
    ]  # fmt: skip
    assert "Gebärdensprache" in response.text
    assert "no-store" in response.headers["Cache-Control"]


def test_participants_filtered_by_room_and_status(client, moderator, full_event):
    event, rooms, _people = full_event
    client.force_login(moderator)
    url = reverse("events:organiser-participants", args=[event.pk])

    by_room = client.get(url, {"raum": rooms["eltern"].pk})
    by_status = client.get(url, {"status": "registered"})

    assert [r.participant.name for r in by_room.context["registrations"]] == ["Carl Nowak"]
    assert [r.participant.name for r in by_status.context["registrations"]] == [
        "Özlem Yılmaz", "Bernd Albers",
    ]  # fmt: skip
    assert f"teilnehmende.csv?raum={rooms['eltern'].pk}" in by_room.text


def test_change_room_and_refuse_a_full_room(client, moderator, full_event):
    event, rooms, people = full_event
    client.force_login(moderator)

    moved = client.post(
        reverse("events:organiser-registration-room", args=[event.pk, people["bernd"].pk]),
        {"room": rooms["eltern"].pk, "next": "/verwaltung/veranstaltungen/?x=1"},
    )
    full = client.post(
        in_english("events:organiser-registration-room", event.pk, people["carl"].pk),
        {"room": rooms["sprache"].pk},
        follow=True,
    )

    assert moved.url == "/verwaltung/veranstaltungen/?x=1"
    assert Registration.objects.get(pk=people["bernd"].pk).room == rooms["eltern"]
    assert Registration.objects.get(pk=people["carl"].pk).room == rooms["eltern"]
    assert [str(m) for m in full.context["messages"]][-1] == "This room is full."


def test_room_of_another_event_is_not_found(client, moderator, full_event, foreign_event):
    event, _rooms, people = full_event
    stranger = RoomFactory(event=foreign_event)
    client.force_login(moderator)

    response = client.post(
        reverse("events:organiser-registration-room", args=[event.pk, people["bernd"].pk]),
        {"room": stranger.pk},
    )

    assert response.status_code == 404


def test_next_pointing_elsewhere_is_ignored(client, moderator, full_event):
    event, _rooms, people = full_event
    client.force_login(moderator)

    response = client.post(
        reverse("events:organiser-registration-room", args=[event.pk, people["bernd"].pk]),
        {"room": "", "next": "https://evil.example/"},
    )

    assert response.url == reverse("events:organiser-participants", args=[event.pk])


def test_cancelling_a_registration_lets_the_next_move_up(
    client, moderator, full_event, django_capture_on_commit_callbacks
):
    event, _rooms, people = full_event
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            in_english("events:organiser-registration-cancel", event.pk, people["bernd"].pk),
            follow=True,
        )

    statuses = {key: Registration.objects.get(pk=r.pk).status for key, r in people.items()}
    assert statuses == {"oezlem": "registered", "bernd": "cancelled", "carl": "registered"}
    assert [str(m) for m in response.context["messages"]] == [
        "The registration of Bernd Albers has been cancelled. "
        "1 person moved up from the waiting list."
    ]


def test_check_in_and_undo_from_the_check_in_list(client, moderator, full_event):
    event, _rooms, people = full_event
    client.force_login(moderator)
    url = reverse("events:organiser-registration-check-in", args=[event.pk, people["oezlem"].pk])

    response = client.post(url)
    checked = Registration.objects.get(pk=people["oezlem"].pk).checked_in_at
    client.post(url, {"undo": "1"})

    assert response.url == reverse("events:organiser-check-in", args=[event.pk])
    assert checked is not None
    assert Registration.objects.get(pk=people["oezlem"].pk).checked_in_at is None


def test_someone_waiting_cannot_be_checked_in(client, moderator, full_event):
    event, _rooms, people = full_event
    client.force_login(moderator)

    client.post(
        reverse("events:organiser-registration-check-in", args=[event.pk, people["carl"].pk])
    )

    assert Registration.objects.get(pk=people["carl"].pk).checked_in_at is None


def test_check_in_list_is_alphabetical_with_buttons(client, moderator, full_event):
    event, _rooms, people = full_event
    people["bernd"].checked_in_at = timezone.now()
    people["bernd"].save()
    client.force_login(moderator)

    response = client.get(in_english("events:organiser-check-in", event.pk))

    assert [r.participant.name for r in response.context["registrations"]] == [
        "Bernd Albers", "Özlem Yılmaz",
    ]  # fmt: skip
    assert "1 of 2 checked in" in response.text
    assert response.text.count('name="undo"') == 1
    assert response.text.count("☐") == 1
    assert "Carl Nowak" not in response.text


def test_list_for_participants_shows_only_who_agreed(client, moderator, full_event):
    event, _rooms, _people = full_event
    client.force_login(moderator)

    response = client.get(reverse("events:organiser-participant-list", args=[event.pk]))

    assert [(p.name, p.organisation_name) for p in response.context["people"]] == [
        ("Özlem Yılmaz", "Kita Sonnenschein")
    ]
    assert "oezlem@example.org" not in response.text
    assert "Bernd Albers" not in response.text


def test_csv_download(client, moderator, full_event):
    event, _rooms, _people = full_event
    client.force_login(moderator)

    response = client.get(
        in_english("events:organiser-participants-csv", event.pk), {"status": "registered"}
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="teilnehmende-{event.pk}-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[:5] for row in rows] == [
        ["Name", "Organisation", "E-mail address", "Status", "Room"],
        ["Özlem Yılmaz", "Kita Sonnenschein", "oezlem@example.org", "registered", "Sprache"],
        ["Bernd Albers", "", "bernd@example.org", "registered", ""],
    ]


def test_xlsx_download(client, moderator, full_event):
    event, _rooms, _people = full_event
    client.force_login(moderator)

    response = client.get(in_english("events:organiser-participants-xlsx", event.pk))

    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [row[:5] for row in sheet.iter_rows(values_only=True)] == [
        ("Name", "Organisation", "E-mail address", "Status", "Room"),
        ("Özlem Yılmaz", "Kita Sonnenschein", "oezlem@example.org", "registered", "Sprache"),
        ("Bernd Albers", None, "bernd@example.org", "registered", None),
        ("Carl Nowak", None, "carl@example.org", "on the waiting list", "Eltern"),
    ]


# Who may see what ----------------------------------------------------------------------

ROLES = ["coordinator", "moderator", "editor", "moderator_b", "outsider", "anonymous"]
ALLOWED = {"coordinator", "moderator", "editor"}

PAGES = [
    "events:organiser-event-edit",
    "events:organiser-event-cancel",
    "events:organiser-event-move",
    "events:organiser-participants",
    "events:organiser-participants-csv",
    "events:organiser-participants-xlsx",
    "events:organiser-participant-list",
    "events:organiser-check-in",
]
ACTIONS = [
    ("events:organiser-event-copy", False, {}),
    ("events:organiser-registration-room", True, {"room": ""}),
    ("events:organiser-registration-cancel", True, {}),
    ("events:organiser-registration-check-in", True, {}),
]


def login_as(client, request, role):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))


def outcome(response) -> str:
    if response.status_code == 302 and response.url.startswith(reverse("login")):
        return "login"
    return str(response.status_code)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", PAGES)
def test_pages_of_an_event_are_for_its_organisers_only(
    client, request, own_event, sent, page, role
):
    register(own_event)
    login_as(client, request, role)

    response = client.get(reverse(page, args=[own_event.pk]))

    expected = {"anonymous": "login"}.get(role, "200" if role in ALLOWED else "403")
    assert outcome(response) == expected


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("action", "per_registration", "data"), ACTIONS)
def test_actions_are_for_the_event_organisers_only(
    client, request, own_event, sent, action, per_registration, data, role
):
    person = register(own_event)
    login_as(client, request, role)
    args = [own_event.pk, person.pk] if per_registration else [own_event.pk]

    response = client.post(reverse(action, args=args), data)

    expected = {"anonymous": "login"}.get(role, "302" if role in ALLOWED else "403")
    assert outcome(response) == expected
    if role not in ALLOWED:
        assert Event.objects.count() == 1
        assert Registration.objects.get(pk=person.pk).status == "registered"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", ["Elternabend AWO", "Fachtag Sprache"]),
        ("moderator", ["Fachtag Sprache"]),
        ("editor", ["Fachtag Sprache"]),
        ("moderator_b", ["Elternabend AWO"]),
        ("outsider", "403"),
        ("anonymous", "login"),
    ],
)
def test_event_list_shows_each_organiser_their_own(
    client, request, own_event, foreign_event, role, expected
):
    login_as(client, request, role)

    response = client.get(reverse("events:organiser-events"))

    if isinstance(expected, list):
        assert sorted(e.title for e in response.context["upcoming"]) == expected
    else:
        assert outcome(response) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", "200"),
        ("moderator", "200"),
        ("editor", "200"),
        ("moderator_b", "200"),
        ("outsider", "403"),
        ("anonymous", "login"),
    ],
)
def test_creating_needs_a_role_in_an_organisation(client, request, role, expected, db):
    login_as(client, request, role)

    event_page = client.get(reverse("events:organiser-event-create"))
    series_page = client.get(reverse("events:organiser-series-create"))

    assert (outcome(event_page), outcome(series_page)) == (expected, expected)


def test_moderator_of_b_cannot_reach_a_registration_through_their_own_event(
    client, moderator_b, own_event, foreign_event, sent
):
    person = register(own_event)
    client.force_login(moderator_b)

    response = client.post(
        reverse("events:organiser-registration-cancel", args=[foreign_event.pk, person.pk])
    )

    assert response.status_code == 404
    assert Registration.objects.get(pk=person.pk).status == "registered"


def test_outsider_has_no_organiser_pages(client, db):
    client.force_login(UserFactory())

    assert client.get(reverse("events:organiser-events")).status_code == 403
