"""The back office shows organisers only the events of their organisations; participants'
personal data is for coordinators, read-only."""

import pytest
from django.urls import reverse

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    MembershipFactory,
    OrganisationFactory,
    RoomFactory,
    applicant,
    user_with_role,
)
from treffpunkt.events import notifications, registration
from treffpunkt.events.models import Event, Participant, Registration, Speaker
from treffpunkt.network.models import Membership


@pytest.fixture
def sent(monkeypatch):
    calls = []
    for name in ("registration_received", "registration_cancelled", "moved_up",
                 "event_cancelled", "event_moved"):  # fmt: skip
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
def events(organisation, other_organisation):
    return {
        "own": EventFactory(title="Fachtag Sprache", organisers=[organisation]),
        "shared": EventFactory(title="Gemeinsam", organisers=[organisation, other_organisation]),
        "foreign": EventFactory(title="Elternabend AWO", organisers=[other_organisation]),
    }


def register(event, **person):
    outcome = registration.register(applicant(**person), [registration.Choice(event)])
    return (outcome.registered + outcome.waiting)[0]


def changelist(client, model: str) -> list:
    response = client.get(reverse(f"admin:events_{model}_changelist"))
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", ["Elternabend AWO", "Fachtag Sprache", "Gemeinsam"]),
        ("moderator", ["Fachtag Sprache", "Gemeinsam"]),
        ("editor", ["Fachtag Sprache", "Gemeinsam"]),
        ("moderator_b", ["Elternabend AWO", "Gemeinsam"]),
    ],
)
def test_events_are_scoped_to_the_organisers(client, request, events, role, expected):
    client.force_login(request.getfixturevalue(role))

    assert sorted(e.title for e in changelist(client, "event")) == expected


def test_event_of_two_own_organisations_is_listed_once(client, moderator, organisation, events):
    MembershipFactory(
        user=moderator, organisation=events["foreign"].organisers.get(), role="moderator"
    )
    client.force_login(moderator)

    titles = [e.title for e in changelist(client, "event")]

    assert sorted(titles) == ["Elternabend AWO", "Fachtag Sprache", "Gemeinsam"]


def test_moderator_cannot_open_an_event_of_another_organisation(client, moderator, events):
    client.force_login(moderator)

    response = client.get(reverse("admin:events_event_change", args=[events["foreign"].pk]))

    assert response.status_code == 302
    assert response.url == reverse("admin:index")


def test_outsider_without_staff_status_has_no_back_office(client, outsider, events):
    client.force_login(outsider)

    response = client.get(reverse("admin:events_event_changelist"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def admin_event_data(event, **overrides):
    data = {
        "title": event.title,
        "series": "",
        "description": "",
        "status": event.status,
        "cancellation_reason": "",
        "starts_at_0": event.starts_at.astimezone().strftime("%d.%m.%Y"),
        "starts_at_1": event.starts_at.astimezone().strftime("%H:%M:%S"),
        "ends_at_0": event.ends_at.astimezone().strftime("%d.%m.%Y"),
        "ends_at_1": event.ends_at.astimezone().strftime("%H:%M:%S"),
        "format": event.format,
        "venue_name": "",
        "street": "",
        "postcode": "",
        "city": "",
        "municipality": "",
        "video_link": event.video_link,
        "capacity": "" if event.capacity is None else str(event.capacity),
        "requires_registration": "on",
        "registration_opens_at_0": "",
        "registration_opens_at_1": "",
        "registration_closes_at_0": "",
        "registration_closes_at_1": "",
        "audience_note": "",
        "organisers": [o.pk for o in event.organisers.all()],
        "contact_email": "",
        "recording_url": "",
        "rooms-TOTAL_FORMS": "0",
        "rooms-INITIAL_FORMS": "0",
        "agenda-TOTAL_FORMS": "0",
        "agenda-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_saving_a_shared_event_keeps_the_co_organiser(
    client, moderator, organisation, events, sent
):
    event = events["shared"]
    client.force_login(moderator)

    response = client.post(
        reverse("admin:events_event_change", args=[event.pk]),
        admin_event_data(event, title="Gemeinsamer Fachtag", organisers=[organisation.pk]),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.title == "Gemeinsamer Fachtag"
    assert sorted(o.name for o in event.organisers.all()) == [
        "AWO Nachbarort",
        "Caritas Musterstadt",
    ]


def test_moderator_cannot_add_another_organisation(
    client, moderator, other_organisation, events, sent
):
    event = events["own"]
    client.force_login(moderator)

    response = client.post(
        reverse("admin:events_event_change", args=[event.pk]),
        admin_event_data(event, organisers=[other_organisation.pk]),
    )

    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["organisers"]


def test_cancelling_in_the_back_office_tells_participants(
    client, coordinator, events, sent, django_capture_on_commit_callbacks
):
    event = events["own"]
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:events_event_change", args=[event.pk]),
            admin_event_data(event, status="cancelled", cancellation_reason="Krankheit"),
        )

    event.refresh_from_db()
    assert event.status == "cancelled"
    assert [(name, e.pk) for name, e in sent] == [("event_cancelled", event.pk)]


def test_rooms_and_agenda_are_edited_inline(client, moderator, events, sent):
    event = events["own"]
    day, time = event.starts_at.astimezone().strftime("%d.%m.%Y"), "10:15:00"
    client.force_login(moderator)

    response = client.post(
        reverse("admin:events_event_change", args=[event.pk]),
        admin_event_data(event, **{
            "rooms-TOTAL_FORMS": "1", "rooms-0-title": "Workshop", "rooms-0-position": "0",
            "rooms-0-capacity": "12", "rooms-0-description": "", "rooms-0-video_link": "",
            "agenda-TOTAL_FORMS": "1", "agenda-0-starts_at_0": day, "agenda-0-starts_at_1": time,
            "agenda-0-kind": "talk", "agenda-0-title": "Vortrag",
        }),
    )  # fmt: skip

    assert response.status_code == 302
    assert [(r.title, r.capacity) for r in event.rooms.all()] == [("Workshop", 12)]
    assert [item.title for item in event.agenda.all()] == ["Vortrag"]


def test_series_are_scoped_to_the_organisers(client, moderator, organisation, other_organisation):
    EventSeriesFactory(title="Unsere Reihe", organisers=[organisation])
    EventSeriesFactory(title="Fremde Reihe", organisers=[other_organisation])
    client.force_login(moderator)

    assert [s.title for s in changelist(client, "eventseries")] == ["Unsere Reihe"]


# Participants and registrations ----------------------------------------------------------


def test_participants_are_for_coordinators_only(client, moderator, coordinator, events, sent):
    person = register(events["own"], name="Özlem Yılmaz").participant
    url = reverse("admin:events_participant_change", args=[person.pk])

    client.force_login(moderator)
    assert client.get(reverse("admin:events_participant_changelist")).status_code == 403
    assert client.get(url).status_code == 403

    client.force_login(coordinator)
    assert [p.name for p in changelist(client, "participant")] == ["Özlem Yılmaz"]
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert "token" not in response.context["adminform"].form.fields


def test_participant_data_cannot_be_changed_in_the_back_office(client, coordinator, events, sent):
    person = register(events["own"], name="Özlem Yılmaz").participant
    client.force_login(coordinator)

    response = client.post(
        reverse("admin:events_participant_change", args=[person.pk]), {"name": "Jemand anders"}
    )

    assert response.status_code == 403
    person.refresh_from_db()
    assert person.name == "Özlem Yılmaz"


def test_deleting_a_participant_gives_the_place_to_the_waiting_list(
    client, coordinator, organisation, sent
):
    event = EventFactory(organisers=[organisation], capacity=1)
    first, second = register(event, email="a@example.org"), register(event, email="b@example.org")
    client.force_login(coordinator)

    response = client.post(
        reverse("admin:events_participant_delete", args=[first.participant.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not Participant.objects.filter(pk=first.participant.pk).exists()
    assert Registration.objects.get(pk=second.pk).status == "registered"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", ["Elternabend AWO", "Fachtag Sprache"]),
        ("moderator", ["Fachtag Sprache"]),
        ("moderator_b", ["Elternabend AWO"]),
    ],
)
def test_registrations_are_scoped_to_the_organisers(client, request, events, sent, role, expected):
    register(events["own"], email="a@example.org")
    register(events["foreign"], email="b@example.org")
    client.force_login(request.getfixturevalue(role))

    assert sorted(r.event.title for r in changelist(client, "registration")) == expected


def test_cancel_action_lets_the_waiting_move_up(client, moderator, organisation, sent):
    event = EventFactory(organisers=[organisation], capacity=1)
    first, second = register(event, email="a@example.org"), register(event, email="b@example.org")
    client.force_login(moderator)

    response = client.post(
        reverse("admin:events_registration_changelist"),
        {"action": "cancel_registrations", "_selected_action": [first.pk]},
    )

    assert response.status_code == 302
    assert [Registration.objects.get(pk=r.pk).status for r in (first, second)] == [
        "cancelled",
        "registered",
    ]


def test_registrations_are_read_only_and_not_deleted_by_organisers(client, moderator, events, sent):
    person = register(events["own"])
    client.force_login(moderator)

    response = client.get(reverse("admin:events_registration_change", args=[person.pk]))

    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert response.context["has_delete_permission"] is False


# Speakers and rooms --------------------------------------------------------------------


def test_organisers_look_up_speakers_but_only_coordinators_change_them(
    client, moderator, coordinator
):
    speaker = Speaker.objects.create(name="Dr. Aylin Demir", role="Professorin")
    url = reverse("admin:events_speaker_change", args=[speaker.pk])

    client.force_login(moderator)
    assert [str(s) for s in changelist(client, "speaker")] == ["Dr. Aylin Demir, Professorin"]
    assert client.get(url).context["has_change_permission"] is False

    client.force_login(coordinator)
    assert client.get(url).context["has_change_permission"] is True


def test_room_moderators_offered_are_people_of_the_own_organisations(
    client, moderator, editor, moderator_b, events
):
    RoomFactory(event=events["own"], title="Workshop")
    client.force_login(moderator)

    response = client.get(reverse("admin:events_event_change", args=[events["own"].pk]))

    room_form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert sorted(u.pk for u in room_form.fields["moderators"].queryset) == sorted(
        [moderator.pk, editor.pk]
    )


def test_event_list_filters_by_status(client, coordinator, events):
    Event.objects.filter(pk=events["own"].pk).update(status="draft")
    client.force_login(coordinator)

    response = client.get(reverse("admin:events_event_changelist"), {"status__exact": "draft"})

    assert [e.title for e in response.context["cl"].result_list] == ["Fachtag Sprache"]


def test_admin_offers_only_own_organisations_as_organisers(client, moderator, organisation):
    other = OrganisationFactory(name="Dritte")
    client.force_login(moderator)

    response = client.get(reverse("admin:events_event_add"))

    queryset = response.context["adminform"].form.fields["organisers"].queryset
    assert [o.name for o in queryset] == ["Caritas Musterstadt"]
    assert other not in queryset
