"""Registering in the browser's way: the form, the confirmation link, the personal page."""

from django.urls import reverse

from tests.factories import EventFactory, EventSeriesFactory, RoomFactory
from treffpunkt.events.models import Participant


def form(**overrides):
    data = {
        "name": "A. B.",
        "email": "ab@example.org",
        "organisation_name": "Caritas",
        "needs": "Dolmetschen Arabisch",
        "consent_processing": "on",
    }
    return data | overrides


def test_register_for_one_event(client, db, sent):
    event = EventFactory(capacity=10)

    response = client.post(reverse("events:register", args=[event.pk]), form(events=[event.pk]))

    assert response.url == reverse("events:registration-sent")
    participant = Participant.objects.get()
    assert (participant.name, participant.email, participant.needs) == (
        "A. B.", "ab@example.org", "Dolmetschen Arabisch",
    )  # fmt: skip
    assert participant.language == "de"
    assert [r.status for r in participant.registrations.all()] == ["registered"]


def test_register_for_chosen_parts_of_a_series_with_rooms(client, db, sent):
    series = EventSeriesFactory()
    first, second, _third = (EventFactory(series=series) for _ in range(3))
    room = RoomFactory(event=second, title="Governance")

    client.post(
        reverse("events:register-series", args=[series.slug]),
        form(events=[first.pk, second.pk], **{f"room_{second.pk}": room.pk}),
    )

    registrations = Participant.objects.get().registrations.order_by("event__pk")
    assert [(r.event, r.room) for r in registrations] == [(first, None), (second, room)]


def test_consent_and_choice_are_required(client, db, sent):
    event = EventFactory()

    response = client.post(
        reverse("events:register", args=[event.pk]), form(consent_processing="", events=[])
    )

    errors = response.context["form"].errors
    assert sorted(errors) == ["consent_processing", "events"]
    assert Participant.objects.count() == 0


def test_robots_filling_the_hidden_field_are_refused(client, db, sent):
    event = EventFactory()

    response = client.post(
        reverse("events:register", args=[event.pk]),
        form(events=[event.pk], website="http://spam.example"),
    )

    assert "website" in response.context["form"].errors
    assert Participant.objects.count() == 0


def test_registrations_are_rate_limited(client, db, sent, settings):
    event = EventFactory()
    url = reverse("events:register", args=[event.pk])
    from treffpunkt.events.views import registration as views

    limit = int(views.RATE.split("/")[0])
    for number in range(limit):
        client.post(url, form(events=[event.pk], email=f"p{number}@example.org"))

    response = client.post(url, form(events=[event.pk], email="one-more@example.org"))

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Participant.objects.count() == limit


def test_known_address_sees_the_same_page(client, db, sent):
    event = EventFactory()
    url = reverse("events:register", args=[event.pk])
    client.post(url, form(events=[event.pk]))

    again = client.post(url, form(events=[event.pk]))

    assert again.url == reverse("events:registration-sent")
    assert event.registrations.count() == 1


def test_confirmation_link_and_personal_page(client, db, sent):
    event = EventFactory()
    client.post(reverse("events:register", args=[event.pk]), form(events=[event.pk]))
    participant = Participant.objects.get()

    response = client.get(reverse("events:confirm", args=[participant.token]), follow=True)

    participant.refresh_from_db()
    assert participant.email_verified_at is not None
    assert response.context["participant"] == participant
    assert event.video_link in response.text  # registered: the join link is theirs
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert "no-cache" in response.headers["Cache-Control"]


def test_cancel_on_the_personal_page_moves_the_waiting_up(client, db, sent):
    event = EventFactory(capacity=1)
    url = reverse("events:register", args=[event.pk])
    client.post(url, form(events=[event.pk], email="first@example.org"))
    client.post(url, form(events=[event.pk], email="second@example.org"))
    first = Participant.objects.get(email="first@example.org")
    registration = first.registrations.get()

    client.post(reverse("events:cancel", args=[first.token, registration.pk]))

    assert dict(event.registrations.values_list("email", "status")) == {
        "first@example.org": "cancelled",
        "second@example.org": "registered",
    }


def test_someone_elses_registration_cannot_be_cancelled(client, db, sent):
    event = EventFactory()
    url = reverse("events:register", args=[event.pk])
    client.post(url, form(events=[event.pk], email="a@example.org"))
    client.post(url, form(events=[event.pk], email="b@example.org"))
    a = Participant.objects.get(email="a@example.org")
    b_registration = Participant.objects.get(email="b@example.org").registrations.get()

    response = client.post(reverse("events:cancel", args=[a.token, b_registration.pk]))

    assert response.status_code == 404
    assert b_registration.__class__.objects.get(pk=b_registration.pk).status == "registered"


def test_unknown_token_is_not_found(client, db):
    assert client.get(reverse("events:participant", args=["nichtda"])).status_code == 404


def test_waiting_participants_do_not_see_the_join_link(client, db, sent):
    event = EventFactory(capacity=0)
    client.post(reverse("events:register", args=[event.pk]), form(events=[event.pk]))
    participant = Participant.objects.get()

    response = client.get(reverse("events:participant", args=[participant.token]))

    assert event.video_link not in response.text
