"""What moderators do: run the polls of a session (open, close, show one, show results),
look after what participants write (questions, chat, open answers, word-cloud terms), create
sessions, and reuse polls as templates.

Every change that people in the room see is sent to them at once (`broadcast.send_now`)
with the parts of the page it affects. Permissions are the views' business.
"""

from django.db import transaction
from django.db.models import Max

from treffpunkt.events.models import Event
from treffpunkt.network import roles

from . import broadcast
from .models import ChatMessage, LiveSession, OpenAnswer, Poll, PollItem, Question, TermRule
from .polls.text import normalise_term

State = Poll.State

POLL_PARTS = ("poll", "results")
CURRENT_PARTS = ("poll", "results", "questions")  # the projection shows questions between polls


def _send(session: LiveSession, parts) -> None:
    if parts:
        broadcast.send_now(session, parts)


def _locked(poll: Poll) -> Poll:
    """The poll, re-read with its row locked: a vote being taken finishes first."""
    return Poll.objects.select_for_update().get(pk=poll.pk)


# Polls -------------------------------------------------------------------------------------


def open_poll(poll: Poll, make_current: bool = True) -> Poll:
    """Open a poll for answers, and (usually) show it to the room."""
    with transaction.atomic():
        poll = _locked(poll)
        poll.state = State.OPEN
        poll.save(update_fields=["state"])
        if make_current:
            LiveSession.objects.filter(pk=poll.session_id).update(current_poll=poll)
    _send(poll.session, CURRENT_PARTS if make_current else POLL_PARTS)
    return poll


def close_poll(poll: Poll) -> Poll:
    """Take no more answers; what was given stays counted."""
    with transaction.atomic():
        poll = _locked(poll)
        poll.state = State.CLOSED
        poll.save(update_fields=["state"])
    _send(poll.session, POLL_PARTS)
    return poll


def make_current(poll: Poll) -> None:
    """Show this poll to participants and on the projection (in whatever state it is)."""
    LiveSession.objects.filter(pk=poll.session_id).update(current_poll=poll)
    _send(poll.session, CURRENT_PARTS)


def clear_current(session: LiveSession) -> None:
    """Show no poll: participants wait, the projection shows the questions."""
    LiveSession.objects.filter(pk=session.pk).update(current_poll=None)
    _send(session, CURRENT_PARTS)


def next_poll(session: LiveSession) -> Poll | None:
    """Close the current poll and open the one after it; None after the last one."""
    session = LiveSession.objects.select_related("current_poll").get(pk=session.pk)
    polls = list(session.polls.order_by("position", "pk"))
    current = session.current_poll
    following = polls[polls.index(current) + 1 :] if current in polls else polls
    upcoming = next((poll for poll in following if poll.state != State.CLOSED), None)
    if current is not None and current.is_open:
        close_poll(current)
    if upcoming is None:
        return None
    return open_poll(upcoming)


def show_results(poll: Poll, visible: bool = True) -> None:
    """Show the results to participants and the projection, or keep them to moderators."""
    Poll.objects.filter(pk=poll.pk).update(results_visible=visible)
    _send(poll.session, ("results",))


def _renumber(session: LiveSession) -> list[Poll]:
    polls = list(session.polls.order_by("position", "pk"))
    for position, poll in enumerate(polls):
        if poll.position != position:
            poll.position = position
            poll.save(update_fields=["position"])
    return polls


def move_poll(poll: Poll, step: int) -> None:
    """Move a poll up (-1) or down (+1) in the session's order (only moderators see it)."""
    with transaction.atomic():
        polls = _renumber(poll.session)
        index = next(i for i, other in enumerate(polls) if other.pk == poll.pk)
        target = index + step
        if not 0 <= target < len(polls):
            return
        mine, other = polls[index], polls[target]
        mine.position, other.position = other.position, mine.position
        mine.save(update_fields=["position"])
        other.save(update_fields=["position"])


def _next_position(session: LiveSession) -> int:
    highest = session.polls.aggregate(highest=Max("position"))["highest"]
    return 0 if highest is None else highest + 1


def create_poll(session: LiveSession | None, kind: str, question: str, items=(), **options) -> Poll:
    """A new poll (not started) at the end of the session, or a template without session.
    `options`: scale_max, max_answers, results_visible."""
    with transaction.atomic():
        poll = Poll.objects.create(
            session=session,
            kind=kind,
            question=question,
            is_template=session is None,
            position=_next_position(session) if session else 0,
            **options,
        )
        PollItem.objects.bulk_create(
            PollItem(poll=poll, text=text, position=position) for position, text in enumerate(items)
        )
    return poll


def _copy(poll: Poll, session: LiveSession | None) -> Poll:
    return create_poll(
        session,
        poll.kind,
        poll.question,
        [item.text for item in poll.items.all()],
        scale_max=poll.scale_max,
        max_answers=poll.max_answers,
        results_visible=poll.results_visible,
    )


def copy_template(template: Poll, session: LiveSession) -> Poll:
    """A poll of the session made from a template: question, items, scale; no answers."""
    return _copy(template, session)


def save_as_template(poll: Poll) -> Poll:
    """Keep a poll for other sessions: a copy without session and answers."""
    return _copy(poll, None)


# Sessions ----------------------------------------------------------------------------------

ORGANISER_ROLES = (roles.Role.MODERATOR, roles.Role.EDITOR)


def own_events(user):
    """The events whose sessions a user runs: all for coordinators, else those of the
    organisations in which the user moderates or edits."""
    if roles.is_coordinator(user):
        return Event.objects.all()
    own = roles.organisation_ids(user, *ORGANISER_ROLES)
    return Event.objects.filter(pk__in=Event.objects.filter(organisers__in=own).values("pk"))


def create_session(event, title: str, room=None) -> LiveSession:
    """A live session for an event, or for one of its rooms."""
    if room is not None and room.event_id != event.pk:
        raise ValueError("The room belongs to another event.")
    return LiveSession.objects.create(event=event, room=room, title=title)


# What participants write -------------------------------------------------------------------


def lock_chat(session: LiveSession, locked: bool = True) -> None:
    LiveSession.objects.filter(pk=session.pk).update(chat_locked=locked)
    _send(session, ("chat",))


def set_chat_message_state(message: ChatMessage, state: str) -> None:
    """Hide a chat message (or show it again)."""
    ChatMessage.objects.filter(pk=message.pk).update(state=state)
    _send(message.session, ("chat",))


def set_open_answer_state(answer: OpenAnswer, state: str) -> None:
    """Hide an open answer from the results (or show it again)."""
    OpenAnswer.objects.filter(pk=answer.pk).update(state=state)
    _send(answer.poll.session, ("results",))


def set_question_state(question: Question, state: str) -> None:
    """Approve (visible), hide, or put a question back to waiting."""
    Question.objects.filter(pk=question.pk).update(state=state)
    _send(question.session, ("questions",))


def mark_answered(question: Question, answered: bool = True) -> None:
    Question.objects.filter(pk=question.pk).update(answered=answered)
    _send(question.session, ("questions",))


def pin_question(question: Question, pinned: bool = True) -> None:
    """Pinned questions come first, for everyone and on the projection."""
    Question.objects.filter(pk=question.pk).update(pinned=pinned)
    _send(question.session, ("questions",))


# Word-cloud terms --------------------------------------------------------------------------


def term_key(value: str) -> str:
    """The key of a term: results give keys already (lower-case letters and digits); a term
    typed by a moderator is normalised like participants' terms."""
    if value.isalnum() and value == value.casefold() and not set(value) & set("äöüß"):
        return value
    return normalise_term(value)


def _final_target(poll: Poll, key: str) -> str:
    """Where a term ends up after the merges already decided (a merged target merges on)."""
    seen = {key}
    rules = dict(poll.term_rules.exclude(merge_into="").values_list("term", "merge_into"))
    while key in rules and rules[key] not in seen:
        key = rules[key]
        seen.add(key)
    return key


def merge_term(poll: Poll, term: str, into: str) -> None:
    """Count `term` as `into` ("Kulturelle Öffnung" as "interkulturelle Öffnung"); both are
    keys or typed terms. Terms merged into `term` before move along, so that every merge
    is one step (the results follow one step only)."""
    key, target = term_key(term), _final_target(poll, term_key(into))
    if not key or not target or key == target:
        return
    with transaction.atomic():
        TermRule.objects.update_or_create(
            poll=poll, term=key, defaults={"merge_into": target, "hidden": False}
        )
        TermRule.objects.filter(poll=poll, merge_into=key).update(merge_into=target)
    _send(poll.session, ("results",))


def hide_term(poll: Poll, term: str) -> None:
    """Leave a term out of the cloud (offensive, off-topic, a name)."""
    key = term_key(term)
    if not key:
        return
    TermRule.objects.update_or_create(
        poll=poll, term=key, defaults={"hidden": True, "merge_into": ""}
    )
    _send(poll.session, ("results",))


def reset_term(poll: Poll, term: str) -> None:
    """Undo a merge or hiding: the term counts as itself again."""
    TermRule.objects.filter(poll=poll, term=term_key(term)).delete()
    _send(poll.session, ("results",))
