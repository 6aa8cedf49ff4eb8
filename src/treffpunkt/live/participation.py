"""What participants do: join, vote, ask, upvote, chat — one vote per person and poll,
changeable while the poll is open, never counted twice, with limits against flooding."""

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    ChatMessage,
    LiveParticipant,
    LiveSession,
    OpenAnswer,
    Poll,
    Question,
    QuestionVote,
    Vote,
)
from .polls import AnswerError, poll_type
from .polls.text import clean_text
from .shared_cache import cache

MAX_NAME = 60
MAX_QUESTION = 500
MAX_CHAT = 1000
# (actions, seconds) per participant: generous for people, tight for scripts.
LIMITS = {"vote": (20, 10), "question": (5, 60), "upvote": (60, 60), "chat": (8, 20)}


class NotAllowed(Exception):
    """The action cannot be taken (poll closed, chat locked, too fast); message for people."""


def _throttle(participant: LiveParticipant, action: str) -> None:
    limit, seconds = LIMITS[action]
    key = f"live:rate:{action}:{participant.key}"
    if cache.add(key, 1, seconds):
        return
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, seconds)
        return
    if count > limit:
        raise NotAllowed(_("You are too fast. Please wait a moment."))


def join(session: LiveSession, display_name: str = "") -> LiveParticipant:
    """Enter a session: anonymous unless a name is given."""
    if not session.is_open:
        raise NotAllowed(_("This session is closed."))
    return LiveParticipant.objects.create(
        session=session, display_name=clean_text(display_name, MAX_NAME)
    )


def vote(poll: Poll, participant: LiveParticipant, data) -> Vote | OpenAnswer:
    """Take or change a participant's answer. Sending the same vote twice (a double click,
    a reconnect) changes nothing; the database allows one vote per person and poll."""
    if poll.session_id != participant.session_id:
        raise NotAllowed(_("This poll belongs to another session."))
    _throttle(participant, "vote")
    answer = poll_type(poll.kind).answer_from(poll, data)  # AnswerError goes to the caller
    if poll.kind != Poll.Kind.OPEN and connection.vendor == "postgresql":
        stored = _vote_in_one_statement(poll, participant, answer)
        if stored is None:
            raise NotAllowed(_("This poll is closed."))
        return stored
    with transaction.atomic():
        # Closing waits for us, or we for it. Open answers have no unique constraint: the
        # same person's parallel requests must queue for get_or_create. (SQLite has no row
        # locks; its write lock, taken at BEGIN (transaction_mode IMMEDIATE), serialises
        # writers anyway.)
        if (
            Poll.objects.select_for_update().values_list("state", flat=True).get(pk=poll.pk)
            != Poll.State.OPEN
        ):
            raise NotAllowed(_("This poll is closed."))
        if poll.kind == Poll.Kind.OPEN:
            return _open_answer(poll, participant, answer["text"])
        # INSERT … ON CONFLICT DO UPDATE: the same person twice (a double click, parallel
        # requests) updates their one row.
        (stored,) = Vote.objects.bulk_create(
            [Vote(poll=poll, participant=participant, answer=answer)],
            update_conflicts=True,
            unique_fields=["poll", "participant"],
            update_fields=["answer", "updated_at"],
        )
    if stored.pk is None:  # databases that do not return the row
        stored = Vote.objects.get(poll=poll, participant=participant)
    return stored


def _vote_in_one_statement(poll: Poll, participant: LiveParticipant, answer) -> Vote | None:
    """PostgreSQL: the vote in one statement, one round trip (None if the poll is closed).

    It locks the poll row only while the poll is open, FOR KEY SHARE: closing the poll (FOR
    UPDATE) waits for the votes being taken, a vote that waited for a closing finds the poll
    closed (the row is checked again after the wait), and votes do not wait for one another.
    (The foreign key check takes the same lock, so it adds nothing to the row.) INSERT …
    ON CONFLICT DO UPDATE: the same person twice (a double click, parallel requests) updates
    their one row. In a vote storm every round trip counts: separate BEGIN, lock, insert and
    COMMIT took four.
    """
    now = timezone.now()
    value = Vote._meta.get_field("answer").get_db_prep_value(answer, connection)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {Vote._meta.db_table} "
            "(poll_id, participant_id, answer, created_at, updated_at) "
            f"SELECT id, %s, %s, %s, %s FROM {Poll._meta.db_table} "
            "WHERE id = %s AND state = %s FOR KEY SHARE "
            "ON CONFLICT (poll_id, participant_id) "
            "DO UPDATE SET answer = EXCLUDED.answer, updated_at = EXCLUDED.updated_at "
            "RETURNING id, created_at, updated_at",
            [participant.pk, value, now, now, poll.pk, Poll.State.OPEN],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    pk, created_at, updated_at = row
    return Vote(
        pk=pk,
        poll=poll,
        participant=participant,
        answer=answer,
        created_at=created_at,
        updated_at=updated_at,
    )


def _open_answer(poll: Poll, participant: LiveParticipant, text: str) -> OpenAnswer:
    state = OpenAnswer.State.VISIBLE
    answer, created = OpenAnswer.objects.get_or_create(
        poll=poll, participant=participant, defaults={"text": text, "state": state}
    )
    if not created and answer.text != text:
        answer.text = text
        answer.save(update_fields=["text"])
    return answer


def ask(session: LiveSession, participant: LiveParticipant, text: str) -> Question:
    if not session.questions_enabled:
        raise NotAllowed(_("Questions are closed."))
    text = clean_text(text, MAX_QUESTION)
    if not text:
        raise AnswerError(_("Please write your question."))
    _throttle(participant, "question")
    state = Question.State.PENDING if session.questions_need_approval else Question.State.VISIBLE
    return Question.objects.create(session=session, participant=participant, text=text, state=state)


def upvote(question: Question, participant: LiveParticipant) -> bool:
    """+1 for a question; a second +1 of the same person counts once. True if counted now."""
    if question.session_id != participant.session_id or question.state != Question.State.VISIBLE:
        raise NotAllowed(_("This question cannot be supported."))
    _throttle(participant, "upvote")
    try:
        with transaction.atomic():
            QuestionVote.objects.create(question=question, participant=participant)
    except IntegrityError:
        return False
    return True


def chat(session: LiveSession, participant: LiveParticipant, text: str) -> ChatMessage:
    """A chat message; stored as text and always shown escaped (links made clickable)."""
    if not session.chat_enabled or session.chat_locked:
        raise NotAllowed(_("The chat is closed."))
    text = clean_text(text, MAX_CHAT)
    if not text:
        raise AnswerError(_("Please write a message."))
    _throttle(participant, "chat")
    return ChatMessage.objects.create(session=session, participant=participant, text=text)


def results(poll: Poll) -> dict:
    """The poll's results as its type sums them up."""
    return poll_type(poll.kind).tally(poll)
