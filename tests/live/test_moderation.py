"""What moderators do: polls opened, closed, shown and ordered; what participants wrote
approved or hidden; word-cloud terms merged; sessions and templates — and the room hears of
every change at once."""

import asyncio
import threading

import pytest
from channels.db import database_sync_to_async
from channels.testing.websocket import WebsocketCommunicator

from tests.factories import EventFactory, LiveSessionFactory, PollFactory, RoomFactory
from treffpunkt.asgi import application
from treffpunkt.live import broadcast, moderation, participation
from treffpunkt.live.models import ChatMessage, LiveSession, OpenAnswer, Poll, Question, TermRule


@pytest.fixture
def sent(monkeypatch):
    """The parts each change sends to the room, in order."""
    calls = []
    monkeypatch.setattr(broadcast, "send_now", lambda session, parts: calls.append(set(parts)))
    return calls


def current(session) -> Poll | None:
    return LiveSession.objects.get(pk=session.pk).current_poll


def test_opening_a_poll_shows_it_to_the_room(db, sent):
    poll = PollFactory(state="draft", items=["A", "B"])

    moderation.open_poll(poll)

    poll.refresh_from_db()
    assert poll.state == "open"
    assert current(poll.session) == poll
    assert sent == [{"poll", "results", "questions"}]


def test_closing_keeps_the_votes_and_takes_no_more(db, sent):
    poll = PollFactory(items=["A", "B"])
    person = participation.join(poll.session)
    participation.vote(poll, person, {"choice": [str(poll.items.first().pk)]})

    moderation.close_poll(poll)

    assert Poll.objects.get(pk=poll.pk).state == "closed"
    assert participation.results(poll)["voters"] == 1
    with pytest.raises(participation.NotAllowed):
        participation.vote(
            poll, participation.join(poll.session), {"choice": [str(poll.items.first().pk)]}
        )
    assert sent == [{"poll", "results"}]


def test_next_poll_closes_the_current_one_and_opens_the_following(db, sent):
    session = LiveSessionFactory()
    first, second, third = (
        PollFactory(session=session, state="draft", position=n, question=f"Frage {n}")
        for n in range(3)
    )
    moderation.open_poll(first)

    assert moderation.next_poll(session) == second
    assert [p.state for p in Poll.objects.order_by("position")] == ["closed", "open", "draft"]
    assert current(session) == second
    assert moderation.next_poll(session) == third
    assert moderation.next_poll(session) is None
    assert Poll.objects.get(pk=third.pk).state == "closed"


def test_no_current_poll_shows_the_questions(db, sent):
    poll = PollFactory()
    moderation.make_current(poll)

    moderation.clear_current(poll.session)

    assert current(poll.session) is None
    assert sent[-1] == {"poll", "results", "questions"}


def test_showing_and_hiding_results(db, sent):
    poll = PollFactory(results_visible=True)

    moderation.show_results(poll, False)
    assert Poll.objects.get(pk=poll.pk).results_visible is False
    moderation.show_results(poll, True)
    assert Poll.objects.get(pk=poll.pk).results_visible is True
    assert sent == [{"results"}, {"results"}]


def test_moving_polls_up_and_down(db):
    session = LiveSessionFactory()
    a, _b, c = (PollFactory(session=session, question=q, position=0) for q in "ABC")

    moderation.move_poll(c, -1)
    assert list(session.polls.order_by("position").values_list("question", flat=True)) == [
        "A",
        "C",
        "B",
    ]
    moderation.move_poll(a, -1)  # already first
    moderation.move_poll(a, 1)
    assert list(session.polls.order_by("position").values_list("question", flat=True)) == [
        "C",
        "A",
        "B",
    ]


def test_new_polls_come_last(db):
    session = LiveSessionFactory()
    PollFactory(session=session, position=4)

    poll = moderation.create_poll(session, "ranking", "Reihenfolge?", ["A", "B", "C"], scale_max=5)

    assert poll.position == 5
    assert poll.state == "draft"
    assert list(poll.items.values_list("text", "position")) == [("A", 0), ("B", 1), ("C", 2)]


def test_templates_are_copied_without_answers(db):
    poll = PollFactory(kind="rating", items=["Orte", "Sprache"], scale_max=4, results_visible=False)
    participation.vote(
        poll, participation.join(poll.session), {f"item-{poll.items.first().pk}": ["3"]}
    )

    template = moderation.save_as_template(poll)
    other_session = LiveSessionFactory()
    copy = moderation.copy_template(template, other_session)

    assert (template.session, template.is_template) == (None, True)
    assert (copy.session, copy.is_template) == (other_session, False)
    for made in (template, copy):
        assert (made.kind, made.question, made.scale_max, made.results_visible) == (
            "rating", poll.question, 4, False,
        )  # fmt: skip
        assert list(made.items.values_list("text", flat=True)) == ["Orte", "Sprache"]
        assert made.votes.count() == 0
        assert made.state == "draft"


def test_a_session_for_an_event_or_one_of_its_rooms(db):
    event = EventFactory()
    room = RoomFactory(event=event)

    session = moderation.create_session(event, "Workshop Governance", room)

    assert (session.event, session.room, session.title) == (event, room, "Workshop Governance")
    assert len(session.code) == 7
    with pytest.raises(ValueError, match="another event"):
        moderation.create_session(EventFactory(), "Fremder Raum", room)


def test_locking_the_chat(db, sent):
    session = LiveSessionFactory()
    person = participation.join(session)

    moderation.lock_chat(session)

    with pytest.raises(participation.NotAllowed):
        participation.chat(LiveSession.objects.get(pk=session.pk), person, "Hallo")
    moderation.lock_chat(session, False)
    participation.chat(LiveSession.objects.get(pk=session.pk), person, "Hallo")
    assert sent == [{"chat"}, {"chat"}]


def test_hiding_a_chat_message(db, sent):
    session = LiveSessionFactory()
    message = participation.chat(session, participation.join(session), "Werbung!")

    moderation.set_chat_message_state(message, ChatMessage.State.HIDDEN)

    assert ChatMessage.objects.get(pk=message.pk).state == "hidden"
    assert sent == [{"chat"}]


def test_questions_approved_answered_and_pinned(db, sent):
    session = LiveSessionFactory(questions_need_approval=True)
    question = participation.ask(session, participation.join(session), "Wer finanziert das?")
    assert question.state == "pending"

    moderation.set_question_state(question, Question.State.VISIBLE)
    moderation.pin_question(question)
    moderation.mark_answered(question)

    question.refresh_from_db()
    assert (question.state, question.pinned, question.answered) == ("visible", True, True)
    moderation.set_question_state(question, Question.State.HIDDEN)
    assert Question.objects.get(pk=question.pk).state == "hidden"
    assert sent == [{"questions"}] * 4


def test_hiding_an_open_answer_removes_it_from_the_results(db, sent):
    poll = PollFactory(kind="open")
    participation.vote(poll, participation.join(poll.session), {"text": ["Mehr Begegnungsorte"]})
    participation.vote(poll, participation.join(poll.session), {"text": ["Unsinn"]})

    moderation.set_open_answer_state(OpenAnswer.objects.get(text="Unsinn"), OpenAnswer.State.HIDDEN)

    assert participation.results(poll)["answers"] == ["Mehr Begegnungsorte"]
    assert sent == [{"results"}]


@pytest.fixture
def cloud(db):
    poll = PollFactory(kind="wordcloud", max_answers=3)
    for terms in (
        ["Kulturelle Öffnung", "Politik"],
        ["kulturelleöffnung", "politischer Wille"],
        ["Interkulturelle Offenheit", "Quatsch"],
    ):
        participation.vote(poll, participation.join(poll.session), {"term": terms})
    return poll


def counts(poll) -> dict[str, int]:
    return {term["key"]: term["count"] for term in participation.results(poll)["terms"]}


def test_merging_terms(cloud, sent):
    moderation.merge_term(cloud, "interkulturelleoffenheit", "kulturelleoffnung")

    assert counts(cloud)["kulturelleoffnung"] == 3
    assert "interkulturelleoffenheit" not in counts(cloud)
    assert sent == [{"results"}]


def test_merges_follow_on_so_that_every_term_is_one_step_from_its_target(cloud, sent):
    moderation.merge_term(cloud, "politik", "politischerwille")
    moderation.merge_term(cloud, "politischerwille", "kulturelleoffnung")
    moderation.merge_term(cloud, "interkulturelleoffenheit", "politik")  # politik went on

    rules = dict(TermRule.objects.values_list("term", "merge_into"))
    assert rules == {
        "politik": "kulturelleoffnung",
        "politischerwille": "kulturelleoffnung",
        "interkulturelleoffenheit": "kulturelleoffnung",
    }
    assert counts(cloud)["kulturelleoffnung"] == 5  # all but "Quatsch"


def test_merging_a_term_into_itself_changes_nothing(cloud, sent):
    moderation.merge_term(cloud, "Kulturelle Öffnung", "kulturelleoffnung")

    assert not TermRule.objects.exists()
    assert sent == []


def test_hiding_a_term_and_undoing_it(cloud, sent):
    moderation.hide_term(cloud, "Quatsch")
    assert "quatsch" not in counts(cloud)

    moderation.reset_term(cloud, "quatsch")
    assert counts(cloud)["quatsch"] == 1
    assert sent == [{"results"}, {"results"}]


def in_own_thread(coroutine):
    """Run a coroutine on an event loop of its own thread, whatever loop the test's thread
    holds (Playwright's, after the browser tests)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # handed to the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=20)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


async def projection_sees_closing(poll) -> str:
    session = poll.session
    await database_sync_to_async(moderation.make_current)(poll)
    projection = WebsocketCommunicator(
        application,
        f"/ws/live/{session.code}/projektion/{session.projection_key}/?lang=en",
        headers=[(b"origin", b"http://localhost"), (b"host", b"localhost")],
    )
    connected, _ = await projection.connect()
    assert connected
    await projection.receive_from()  # the current state
    await database_sync_to_async(moderation.close_poll)(poll)
    update = await projection.receive_from(timeout=3)
    await projection.disconnect()
    return update


def test_closing_reaches_every_page_at_once(transactional_db):
    poll = PollFactory(kind="single", items=["A", "B"])

    update = in_own_thread(projection_sees_closing(poll))

    assert 'id="live-poll"' in update
    assert "This poll is closed." in update
