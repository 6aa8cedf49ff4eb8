"""One vote per person and poll; double submits and reconnects never count twice; a closed
poll takes nothing; limits against flooding."""

import pytest

from tests.factories import LiveSessionFactory, PollFactory
from treffpunkt.live import participation
from treffpunkt.live.models import ChatMessage, Question, Vote


def test_same_vote_twice_counts_once(db):
    poll = PollFactory(kind="single", items=["A", "B"])
    a, _b = (item.pk for item in poll.items.all())
    person = participation.join(poll.session)

    participation.vote(poll, person, {"choice": [str(a)]})
    participation.vote(poll, person, {"choice": [str(a)]})

    assert Vote.objects.count() == 1


def test_changing_a_vote_while_open(db):
    poll = PollFactory(kind="single", items=["A", "B"])
    a, b = (item.pk for item in poll.items.all())
    person = participation.join(poll.session)
    participation.vote(poll, person, {"choice": [str(a)]})

    participation.vote(poll, person, {"choice": [str(b)]})

    assert [(r["text"], r["count"]) for r in participation.results(poll)["items"]] == [
        ("A", 0),
        ("B", 1),
    ]


@pytest.mark.parametrize("state", ["draft", "closed"])
def test_a_poll_not_open_takes_nothing(db, state):
    poll = PollFactory(kind="single", items=["A"], state=state)
    person = participation.join(poll.session)

    with pytest.raises(participation.NotAllowed):
        participation.vote(poll, person, {"choice": [str(poll.items.get().pk)]})
    assert Vote.objects.count() == 0


def test_votes_of_another_session_are_refused(db):
    poll = PollFactory(kind="single", items=["A"])
    stranger = participation.join(LiveSessionFactory())

    with pytest.raises(participation.NotAllowed):
        participation.vote(poll, stranger, {"choice": [str(poll.items.get().pk)]})


def test_upvote_counts_once_per_person(db):
    session = LiveSessionFactory()
    asker, supporter = participation.join(session), participation.join(session)
    question = participation.ask(session, asker, "Wie finanzieren wir Begegnungsorte?")

    assert participation.upvote(question, supporter) is True
    assert participation.upvote(question, supporter) is False
    assert question.votes.count() == 1


def test_questions_wait_for_approval_when_asked_to(db):
    session = LiveSessionFactory(questions_need_approval=True)

    question = participation.ask(session, participation.join(session), "Frage?")

    assert question.state == Question.State.PENDING


def test_chat_stores_text_not_markup_and_respects_the_lock(db):
    session = LiveSessionFactory()
    person = participation.join(session)

    message = participation.chat(
        session, person, "  Siehe <script>alert(1)</script>\x00 https://example.org  "
    )
    session.chat_locked = True
    session.save()

    assert message.text == "Siehe <script>alert(1)</script> https://example.org"
    with pytest.raises(participation.NotAllowed):
        participation.chat(session, person, "noch was")
    assert ChatMessage.objects.count() == 1


def test_flooding_is_limited(db):
    session = LiveSessionFactory()
    person = participation.join(session)
    limit = participation.LIMITS["chat"][0]
    for number in range(limit):
        participation.chat(session, person, f"Nachricht {number}")

    with pytest.raises(participation.NotAllowed):
        participation.chat(session, person, "eine zu viel")


def test_inputs_are_cut_to_their_maximum_length(db):
    session = LiveSessionFactory()

    question = participation.ask(session, participation.join(session), "x" * 5000)

    assert len(question.text) == participation.MAX_QUESTION
