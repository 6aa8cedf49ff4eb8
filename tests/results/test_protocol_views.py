"""Organisers' protocol pages: the protocols of an event, the header, and note-taking with
one line, as a plain form and with htmx; editing, moving and deleting statements."""

import re

import pytest
from django.urls import reverse

from tests.factories import (
    EventFactory,
    FieldOfActionFactory,
    OfferFactory,
    ProtocolFactory,
    RecommendationFactory,
    RoomFactory,
    StatementFactory,
)
from treffpunkt.results.models import Protocol, Statement

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def event(organisation):
    return EventFactory(
        title="Abschlussveranstaltung", organisers=[organisation], venue_name="", city=""
    )


@pytest.fixture
def protocol(event):
    return ProtocolFactory(event=event, title="Raum 1: Arbeit und Ausbildung")


def notes_url(protocol) -> str:
    return reverse("results:notes", args=[protocol.pk])


def test_the_list_shows_protocols_and_offers_one_per_room(client, moderator, event, protocol):
    room = RoomFactory(event=event, title="Governance")
    client.force_login(moderator)
    response = client.get(reverse("results:protocols", args=[event.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Raum 1: Arbeit und Ausbildung" in html
    assert f"?raum={room.pk}" in html
    index = client.get(reverse("results:events"))
    assert reverse("results:protocols", args=[event.pk]) in index.content.decode()


def test_outsiders_get_403_and_visitors_the_login(
    client, outsider, other_organisation, event, protocol
):
    for url in [
        reverse("results:protocols", args=[event.pk]),
        reverse("results:protocol-create", args=[event.pk]),
        notes_url(protocol),
        reverse("results:protocol-edit", args=[protocol.pk]),
    ]:
        assert client.get(url).status_code == 302, url
    client.force_login(outsider)
    for url in [
        reverse("results:events"),
        reverse("results:protocols", args=[event.pk]),
        notes_url(protocol),
    ]:
        assert client.get(url).status_code == 403, url
    assert client.post(notes_url(protocol), {"line": "P: heimlich"}).status_code == 403
    assert not Statement.objects.exists()


def test_a_new_protocol_starts_with_what_the_event_tells(client, moderator, event):
    room = RoomFactory(event=event, title="Governance")
    client.force_login(moderator)
    url = reverse("results:protocol-create", args=[event.pk])
    form = client.get(url, {"raum": room.pk}).context["form"]
    assert form.initial["title"] == "Abschlussveranstaltung – Governance"
    assert form.initial["room"] == room
    assert form.initial["place"] == "Jitsi"  # the event is online, on meet.example.org

    response = client.post(url, {
        "title": "Governance", "room": room.pk, "place": "Webex", "starts_at": "2021-05-20T14:00",
        "ends_at": "2021-05-20T15:30", "present": "BT, MK, [anonymisiert]", "setting": "Breakout-Raum",  # noqa: E501
        "remarks": "",
    })  # fmt: skip
    protocol = Protocol.objects.get()
    assert response.status_code == 302
    assert response["Location"] == notes_url(protocol)
    assert (protocol.event, protocol.room, protocol.present) == (
        event,
        room,
        "BT, MK, [anonymisiert]",
    )


def test_the_header_rejects_an_end_before_the_start(client, moderator, protocol):
    client.force_login(moderator)
    response = client.post(reverse("results:protocol-edit", args=[protocol.pk]), {
        "title": "X", "starts_at": "2021-05-20T14:00", "ends_at": "2021-05-20T13:00",
    })  # fmt: skip
    assert response.status_code == 200
    assert "ends_at" in response.context["form"].errors


def test_a_room_of_another_event_cannot_be_chosen(client, moderator, protocol):
    client.force_login(moderator)
    foreign = RoomFactory()
    response = client.post(
        reverse("results:protocol-edit", args=[protocol.pk]), {"title": "X", "room": foreign.pk}
    )
    assert "room" in response.context["form"].errors


def test_the_note_line_has_the_focus(client, moderator, protocol):
    client.force_login(moderator)
    html = client.get(notes_url(protocol)).content.decode()
    line = re.search(r"<input[^>]*name=\"line\"[^>]*>", html).group(0)
    assert "autofocus" in line
    assert 'autocomplete="off"' in line
    assert "hx-post" in html
    assert "vendor/htmx/htmx.min.js" in html
    assert 'id="no-statements"' in html


def test_a_line_without_javascript_saves_and_comes_back(client, moderator, protocol):
    client.force_login(moderator)
    response = client.post(notes_url(protocol), {"line": "BT: P: Ausbildung wird abgebrochen"})
    assert response.status_code == 302
    assert response["Location"] == notes_url(protocol)
    statement = Statement.objects.get()
    assert (statement.speaker, statement.kind, statement.text) == (
        "BT",
        "problem",
        "Ausbildung wird abgebrochen",
    )
    assert statement.position == 0

    page = client.get(notes_url(protocol))
    html = page.content.decode()
    assert f'id="statement-{statement.pk}"' in html
    assert 'data-kind="problem"' in html
    assert 'class="statement__speaker">BT<' in html
    assert re.search(r'<input[^>]*name="line"(?![^>]*value=)[^>]*>', html)  # empty again
    assert 'id="no-statements"' not in html

    client.post(notes_url(protocol), {"line": "L: MK: Mentoring im Betrieb"})
    assert list(protocol.statements.values_list("position", "kind", "speaker")) == [
        (0, "problem", "BT"), (1, "solution", "MK"),
    ]  # fmt: skip


def test_with_htmx_the_statement_is_appended_and_the_line_emptied(client, moderator, protocol):
    client.force_login(moderator)
    response = client.post(
        notes_url(protocol), {"line": "BT: P: Ausbildung wird abgebrochen"}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    statement = Statement.objects.get()
    assert html.lstrip().startswith('<form id="note-form"')
    assert re.search(r'<input[^>]*name="line"(?![^>]*value=)[^>]*autofocus', html)
    assert 'hx-swap-oob="beforeend:#statements"' in html
    assert f'id="statement-{statement.pk}"' in html
    assert 'hx-swap-oob="delete"' in html  # the "no statements yet" note goes
    assert "Ausbildung wird abgebrochen" in html

    second = client.post(notes_url(protocol), {"line": "F: Wer zahlt?"}, **HTMX).content.decode()
    assert 'hx-swap-oob="delete"' not in second


def test_an_empty_note_is_refused_in_place(client, moderator, protocol):
    client.force_login(moderator)
    response = client.post(notes_url(protocol), {"line": "BT: P:"}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist"' in html
    assert 'value="BT: P:"' in html
    assert "hx-swap-oob" not in html
    plain = client.post(notes_url(protocol), {"line": "   "})
    assert plain.status_code == 200
    assert plain.context["form"].errors
    assert not Statement.objects.exists()


def test_the_preview_says_how_the_line_is_read(client, moderator, protocol):
    client.force_login(moderator)
    url = reverse("results:note-preview", args=[protocol.pk])
    html = client.get(url, {"line": "P: BT: Ausbildung"}).content.decode()
    assert 'class="kind kind--problem"' in html
    assert ">BT<" in html
    assert "Ausbildung" in html
    assert client.get(url, {"line": "P:"}).content.decode().strip() == ""


def test_a_statement_gets_fields_of_action_and_links(client, moderator, protocol):
    statement = StatementFactory(protocol=protocol)
    field = FieldOfActionFactory(name="Arbeit")
    recommendation = RecommendationFactory(event=protocol.event)
    offer = OfferFactory(status="published")
    client.force_login(moderator)
    url = reverse("results:statement-edit", args=[statement.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {
        "speaker": "BT", "kind": "solution", "text": "Patenschaften", "fields_of_action": [field.pk],  # noqa: E501
        "recommendation": recommendation.pk, "offer": offer.pk,
    })  # fmt: skip
    assert response.status_code == 302
    assert response["Location"].endswith(f"#statement-{statement.pk}")
    statement.refresh_from_db()
    assert (statement.kind, statement.recommendation, statement.offer) == (
        "solution",
        recommendation,
        offer,
    )
    assert list(statement.fields_of_action.all()) == [field]
    html = client.get(notes_url(protocol)).content.decode()
    assert recommendation.title in html
    assert offer.title in html
    assert "Arbeit" in html


def test_statements_move_up_and_down(client, moderator, protocol):
    first, _second, third = (StatementFactory(protocol=protocol, position=p, text=t) for p, t in
                            [(0, "eins"), (5, "zwei"), (9, "drei")])  # fmt: skip
    client.force_login(moderator)
    response = client.post(reverse("results:statement-move", args=[third.pk]), {"direction": "up"})
    assert response["Location"].endswith(f"#statement-{third.pk}")
    assert list(protocol.statements.values_list("text", flat=True)) == ["eins", "drei", "zwei"]
    client.post(
        reverse("results:statement-move", args=[first.pk]), {"direction": "up"}
    )  # stays first
    client.post(reverse("results:statement-move", args=[first.pk]), {"direction": "down"})
    assert list(protocol.statements.values_list("text", "position")) == [
        ("drei", 0),
        ("eins", 1),
        ("zwei", 2),
    ]
    assert client.get(reverse("results:statement-move", args=[first.pk])).status_code == 405


def test_deleting_asks_first(client, moderator, protocol):
    statement = StatementFactory(protocol=protocol)
    client.force_login(moderator)
    url = reverse("results:statement-delete", args=[statement.pk])
    assert client.get(url).status_code == 200
    assert Statement.objects.exists()
    assert client.post(url)["Location"] == notes_url(protocol)
    assert not Statement.objects.exists()


def test_statements_of_other_events_are_out_of_reach(client, moderator, other_organisation):
    foreign = StatementFactory(
        protocol=ProtocolFactory(event=EventFactory(organisers=[other_organisation]))
    )
    client.force_login(moderator)
    for name in ("results:statement-edit", "results:statement-delete", "results:statement-move"):
        assert client.post(reverse(name, args=[foreign.pk]), {"direction": "up"}).status_code == 403
    assert Statement.objects.filter(pk=foreign.pk).exists()
