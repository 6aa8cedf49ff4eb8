"""The console, the projection and the exports: who may open them, what the buttons do, and
what the room's screen shows."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    EventFactory,
    LiveSessionFactory,
    PollFactory,
    RoomFactory,
    user_with_role,
)
from treffpunkt.live import fragments, moderation, participation
from treffpunkt.live.models import ChatMessage, LiveSession, OpenAnswer, Poll, Question, TermRule
from treffpunkt.network.models import Membership

Role = Membership.Role


@pytest.fixture
def session(organisation):
    event = EventFactory(organisers=[organisation], title="Abschlussveranstaltung 2021")
    return LiveSessionFactory(event=event, title="Workshop Soziale Kontakte")


@pytest.fixture
def poll(session):
    poll = PollFactory(session=session, kind="single", items=["A", "B", "C", "D"])
    moderation.make_current(poll)
    return poll


@pytest.fixture
def other_moderator(other_organisation):
    return user_with_role(Role.MODERATOR, other_organisation)


def console_url(session) -> str:
    return reverse("live:console", args=[session.code])


# Who may -------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["moderator", "editor", "coordinator"])
def test_the_events_people_and_coordinators_open_the_console(client, session, poll, who, request):
    client.force_login(request.getfixturevalue(who))

    response = client.get(console_url(session))

    assert response.status_code == 200
    assert session.formatted_code in response.text
    assert f'ws-connect="/ws/live/{session.code}/moderation/?lang=de"' in response.text


@pytest.mark.parametrize("who", ["other_moderator", "outsider"])
def test_others_are_refused(client, session, poll, who, request):
    client.force_login(request.getfixturevalue(who))

    assert client.get(console_url(session)).status_code == 403
    assert client.get(reverse("live:export-csv", args=[session.code])).status_code == 403
    response = client.post(reverse("live:poll-action", args=[session.code, poll.pk, "close"]))
    assert response.status_code == 403
    assert Poll.objects.get(pk=poll.pk).state == "open"


def test_visitors_are_asked_to_log_in(client, session, poll):
    for url in (
        console_url(session),
        reverse("live:sessions"),
        reverse("live:export-json", args=[session.code]),
        reverse("live:create", args=[session.event.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    client.post(reverse("live:poll-action", args=[session.code, poll.pk, "close"]))
    assert Poll.objects.get(pk=poll.pk).state == "open"


def test_the_list_shows_only_own_sessions(client, session, moderator, other_organisation):
    foreign = LiveSessionFactory(event=EventFactory(organisers=[other_organisation]), title="Fremd")
    client.force_login(moderator)

    response = client.get(reverse("live:sessions"))

    assert session.title in response.text
    assert foreign.title not in response.text
    assert reverse("live:create", args=[session.event.pk]) in response.text


def test_the_list_needs_a_role(client, outsider):
    client.force_login(outsider)

    assert client.get(reverse("live:sessions")).status_code == 403


# Sessions ------------------------------------------------------------------------------------


def test_creating_a_session_for_a_room_of_the_event(client, moderator, session):
    room = RoomFactory(event=session.event, title="Breakout Governance")
    client.force_login(moderator)

    response = client.post(
        reverse("live:create", args=[session.event.pk]), {"title": "Governance", "room": room.pk}
    )

    created = LiveSession.objects.get(title="Governance")
    assert (created.event, created.room) == (session.event, room)
    assert response["Location"] == console_url(created)


def test_a_room_of_another_event_is_refused(client, moderator, session):
    stranger = RoomFactory()
    client.force_login(moderator)

    response = client.post(
        reverse("live:create", args=[session.event.pk]), {"title": "X", "room": stranger.pk}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["room"]
    assert not LiveSession.objects.filter(title="X").exists()


def test_sessions_only_for_own_events(client, other_moderator, session):
    client.force_login(other_moderator)

    response = client.post(reverse("live:create", args=[session.event.pk]), {"title": "X"})

    assert response.status_code == 403
    assert not LiveSession.objects.filter(title="X").exists()


# Polls -----------------------------------------------------------------------------------------


@pytest.fixture
def logged_in(client, moderator):
    client.force_login(moderator)
    return client


@pytest.mark.parametrize(
    ("action", "field", "expected"),
    [
        ("close", "state", "closed"),
        ("hide-results", "results_visible", False),
    ],
)
def test_poll_buttons(logged_in, session, poll, action, field, expected):
    response = logged_in.post(reverse("live:poll-action", args=[session.code, poll.pk, action]))

    assert response.status_code == 302
    assert response["Location"] == f"{console_url(session)}#poll-{poll.pk}"
    assert getattr(Poll.objects.get(pk=poll.pk), field) == expected


def test_open_and_show_another_poll(logged_in, session, poll):
    second = PollFactory(session=session, state="draft", items=["Ja", "Nein"])

    logged_in.post(reverse("live:poll-action", args=[session.code, second.pk, "open"]))

    assert LiveSession.objects.get(pk=session.pk).current_poll == second
    logged_in.post(reverse("live:poll-action", args=[session.code, poll.pk, "current"]))
    assert LiveSession.objects.get(pk=session.pk).current_poll == poll


def test_next_poll_and_no_poll(logged_in, session, poll):
    second = PollFactory(session=session, state="draft", position=1)

    logged_in.post(reverse("live:session-action", args=[session.code, "next"]))
    assert LiveSession.objects.get(pk=session.pk).current_poll == second
    logged_in.post(reverse("live:session-action", args=[session.code, "clear"]))
    assert LiveSession.objects.get(pk=session.pk).current_poll is None


def test_unknown_actions_and_foreign_polls_are_not_found(logged_in, session, poll):
    foreign = PollFactory()

    assert (
        logged_in.post(
            reverse("live:poll-action", args=[session.code, poll.pk, "delete"])
        ).status_code
        == 404
    )
    assert (
        logged_in.post(
            reverse("live:poll-action", args=[session.code, foreign.pk, "close"])
        ).status_code
        == 404
    )
    assert (
        logged_in.get(
            reverse("live:poll-action", args=[session.code, poll.pk, "close"])
        ).status_code
        == 405
    )


def test_adding_a_poll(logged_in, session):
    response = logged_in.post(
        reverse("live:poll-create", args=[session.code]),
        {
            "kind": "ranking",
            "question": "Welche zuerst?",
            "items": "Systemisch denken!\n\n  Lokale   Praxis \n",
            "scale_max": 5,
            "max_answers": 3,
        },
    )

    assert response.status_code == 302
    poll = session.polls.get(question="Welche zuerst?")
    assert (poll.kind, poll.state) == ("ranking", "draft")
    assert list(poll.items.values_list("text", flat=True)) == [
        "Systemisch denken!",
        "Lokale Praxis",
    ]


def test_a_choice_needs_two_options(logged_in, session):
    with translation.override("en"):
        response = logged_in.post(
            reverse("live:poll-create", args=[session.code]),
            {"kind": "single", "question": "Ja?", "items": "Ja", "scale_max": 5, "max_answers": 3},
        )

    assert response.status_code == 400
    assert response.context["poll_form"].errors["items"]
    assert not session.polls.exists()


def test_a_poll_from_a_template(logged_in, session):
    template = moderation.create_poll(None, "wordcloud", "Was könnte fördern?", max_answers=3)

    response = logged_in.post(
        reverse("live:poll-copy", args=[session.code]), {"template": template.pk}
    )

    assert response.status_code == 302
    copy = session.polls.get()
    assert (copy.question, copy.kind, copy.is_template) == (
        "Was könnte fördern?",
        "wordcloud",
        False,
    )


def test_saving_a_poll_as_template(logged_in, session, poll):
    logged_in.post(reverse("live:poll-action", args=[session.code, poll.pk, "template"]))

    template = Poll.objects.get(is_template=True)
    assert template.session is None
    assert template.items.count() == 4


def test_moving_a_poll(logged_in, session, poll):
    second = PollFactory(session=session, position=1, question="Zweite")

    logged_in.post(reverse("live:poll-action", args=[session.code, second.pk, "up"]))

    assert list(session.polls.order_by("position")) == [second, poll]


# What participants write -----------------------------------------------------------------


def test_buttons_sent_by_htmx_get_no_page(logged_in, session):
    question = participation.ask(session, participation.join(session), "Wann geht es weiter?")

    response = logged_in.post(
        reverse("live:question-action", args=[session.code, question.pk, "pin"]),
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 204
    assert Question.objects.get(pk=question.pk).pinned


@pytest.mark.parametrize(
    ("action", "field", "expected"),
    [("hide", "state", "hidden"), ("answered", "answered", True), ("pin", "pinned", True)],
)
def test_question_buttons(logged_in, session, action, field, expected):
    question = participation.ask(session, participation.join(session), "Wer zahlt?")

    logged_in.post(reverse("live:question-action", args=[session.code, question.pk, action]))

    assert getattr(Question.objects.get(pk=question.pk), field) == expected


def test_approving_a_waiting_question(logged_in, session):
    LiveSession.objects.filter(pk=session.pk).update(questions_need_approval=True)
    question = participation.ask(
        LiveSession.objects.get(pk=session.pk), participation.join(session), "Und?"
    )

    logged_in.post(reverse("live:question-action", args=[session.code, question.pk, "approve"]))

    assert Question.objects.get(pk=question.pk).state == "visible"


def test_chat_hide_and_lock(logged_in, session):
    message = participation.chat(session, participation.join(session), "Werbung")

    logged_in.post(reverse("live:chat-action", args=[session.code, message.pk, "hide"]))
    logged_in.post(reverse("live:session-action", args=[session.code, "lock-chat"]))

    assert ChatMessage.objects.get(pk=message.pk).state == "hidden"
    assert LiveSession.objects.get(pk=session.pk).chat_locked


def test_hiding_an_open_answer(logged_in, session):
    poll = PollFactory(session=session, kind="open")
    participation.vote(poll, participation.join(session), {"text": ["Unsinn"]})
    answer = OpenAnswer.objects.get()

    logged_in.post(reverse("live:answer-action", args=[session.code, answer.pk, "hide"]))

    assert OpenAnswer.objects.get(pk=answer.pk).state == "hidden"


def test_merging_and_hiding_terms(logged_in, session):
    cloud = PollFactory(session=session, kind="wordcloud", max_answers=3)
    participation.vote(
        cloud, participation.join(session), {"term": ["Politik", "politischer Wille", "Quatsch"]}
    )
    url = lambda action: reverse("live:term", args=[session.code, cloud.pk, action])  # noqa: E731

    logged_in.post(url("merge"), {"term": "politik", "into": "politischerwille"})
    logged_in.post(url("hide"), {"term": "quatsch"})
    response = logged_in.post(url("merge"), {"term": "politik"})  # no target

    assert response.status_code == 302
    assert set(TermRule.objects.values_list("term", "merge_into", "hidden")) == {
        ("politik", "politischerwille", False),
        ("quatsch", "", True),
    }
    assert logged_in.post(url("hide"), {"term": "x"}).status_code == 302
    not_a_cloud = PollFactory(session=session, kind="single")
    assert (
        logged_in.post(
            reverse("live:term", args=[session.code, not_a_cloud.pk, "hide"]), {"term": "x"}
        ).status_code
        == 404
    )


# What the console shows ------------------------------------------------------------------


def test_the_console_has_the_moderators_parts_and_buttons(logged_in, session, poll):
    participation.ask(session, participation.join(session), "Frage aus dem Raum")
    participation.chat(session, participation.join(session), "Nachricht im Chat")

    response = logged_in.get(console_url(session))

    html = response.text
    for part in ("live-poll", "live-results", "live-questions", "live-chat"):
        assert f'id="{part}"' in html
    assert (
        '<svg xmlns="http://www.w3.org/2000/svg" class="live-chart' in html
    )  # results for moderators
    assert reverse("live:projection", args=[session.code, session.projection_key]) in html
    assert reverse("live:export-csv", args=[session.code]) in html
    assert 'class="live-qr"' in html
    question = Question.objects.get()
    assert reverse("live:question-action", args=[session.code, question.pk, "pin"]) in html
    assert reverse("live:session-action", args=[session.code, "lock-chat"]) in html
    assert '"X-CSRFToken"' in html


def test_moderator_fragments_carry_the_buttons_but_participants_do_not(session, poll):
    participation.ask(session, participation.join(session), "Frage")
    participation.chat(session, participation.join(session), "Chat")

    rendered = fragments.render(session, fragments.PARTS, languages=["en"])

    question = Question.objects.get()
    with translation.override("en"):
        pin = reverse("live:question-action", args=[session.code, question.pk, "pin"])
    assert f'hx-post="{pin}"' in rendered["moderator:en"]
    for audience in ("participant", "projection"):
        assert "hx-post" not in rendered[f"{audience}:en"]
        assert "/verwaltung/" not in rendered[f"{audience}:en"]


# The projection ----------------------------------------------------------------------------


def projection_url(session, key=None) -> str:
    return reverse("live:projection", args=[session.code, key or session.projection_key])


def test_the_projection_needs_its_key_but_no_login(client, session, poll):
    assert client.get(projection_url(session, "falsch")).status_code == 404

    response = client.get(projection_url(session))

    assert response.status_code == 200
    html = response.text
    assert session.formatted_code in html
    assert f"/ws/live/{session.code}/projektion/{session.projection_key}/?lang=de" in html
    assert poll.question in html


def test_the_projection_shows_the_join_link_as_qr_code(client, session, poll):
    response = client.get(projection_url(session))

    join = settings.SITE_URL + reverse("live:session", args=[session.code])
    assert join.split("://", 1)[1] in response.text
    start = response.text.index('<svg role="img"')
    qr = response.text[start : response.text.index("</svg>", start) + 6]
    assert ET.fromstring(qr).get("class") == "live-qr"


def test_the_projection_shows_results_only_when_shown(client, session, poll):
    for person in (participation.join(session) for _ in range(3)):
        participation.vote(poll, person, {"choice": [str(poll.items.first().pk)]})
    moderation.show_results(poll, False)

    with translation.override("en"):
        hidden = client.get(projection_url(session)).text
        parts = fragments.render(session, ["results"], ["projection"], ["en"])["projection:en"]

    assert "live-chart" not in hidden
    assert "3 answers so far" in parts
    moderation.show_results(poll, True)
    shown = fragments.render(session, ["results"], ["projection"], ["en"])["projection:en"]
    assert "live-chart" in shown
    assert '<td class="number">3</td>' in shown


def test_between_polls_the_projection_shows_the_questions(session, poll):
    participation.ask(session, participation.join(session), "Wie geht es weiter?")

    during = fragments.render(session, ["questions"], ["projection"], ["en"])["projection:en"]
    moderation.clear_current(session)
    between = fragments.render(session, ["questions"], ["projection"], ["en"])["projection:en"]

    assert 'id="live-questions"' in during
    assert " hidden>" in during
    assert " hidden>" not in between
    assert "Wie geht es weiter?" in between


# Exports ---------------------------------------------------------------------------------


def test_exports_are_downloads(logged_in, session, poll):
    csv_response = logged_in.get(reverse("live:export-csv", args=[session.code]))
    json_response = logged_in.get(reverse("live:export-json", args=[session.code]))

    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in csv_response["Content-Disposition"]
    assert json_response["Content-Type"] == "application/json"
    assert json_response.json()["polls"][0]["question"] == poll.question


# Back office ---------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["moderator", "coordinator"])
def test_the_back_office_lists_sessions_polls_questions_and_chat(
    client, session, poll, who, request
):
    participation.ask(session, participation.join(session), "Frage im Backoffice")
    participation.chat(session, participation.join(session), "Chat im Backoffice")
    foreign = LiveSessionFactory(title="Fremde Sitzung")
    client.force_login(request.getfixturevalue(who))

    for model in ("livesession", "poll", "question", "chatmessage"):
        response = client.get(reverse(f"admin:live_{model}_changelist"))
        assert response.status_code == 200, model
    sessions = client.get(reverse("admin:live_livesession_changelist")).text
    assert session.title in sessions
    assert (foreign.title in sessions) is (who == "coordinator")
    question = Question.objects.get()
    assert client.get(reverse("admin:live_question_change", args=[question.pk])).status_code == 200


def test_hiding_in_the_back_office(client, session, moderator):
    message = participation.chat(session, participation.join(session), "Werbung")
    client.force_login(moderator)

    client.post(
        reverse("admin:live_chatmessage_changelist"),
        {"action": "hide_selected", "_selected_action": [message.pk]},
    )

    assert ChatMessage.objects.get(pk=message.pk).state == "hidden"
