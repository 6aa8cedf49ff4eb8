"""Loads the demo live sessions from `demo_data` (after the events demo, whose events and rooms
they belong to).

Participants join and vote through `participation`, as people in the room would: polls are
opened, answered and closed, so results are what the poll types sum up. Every participant is
new (the limits in participation.LIMITS count per participant, and nobody here comes near
them). Afterwards the moments are set back to the day of the event.

Running it again creates nothing: a session is known by its event and room, a template by its
question. A fixed join code that is already taken by another session is replaced by a new one.
"""

import datetime
import random
import zoneinfo
from itertools import cycle

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from treffpunkt.events import demo_data as events_data
from treffpunkt.events.models import Event, Room

from . import demo_data as data
from . import participation
from .models import (
    ChatMessage,
    LiveParticipant,
    LiveSession,
    OpenAnswer,
    Poll,
    PollItem,
    Question,
    Vote,
)

CLOSING_EVENT_DAY = "2021-05-20"


def _zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _moment(day: datetime.date | None, clock: str) -> datetime.datetime | None:
    """The moment on the event's day, or None (leave the time of loading)."""
    if day is None or not clock:
        return None
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=_zone())


def _date_back(model, pk: int, moment: datetime.datetime | None, *fields: str) -> None:
    if moment is not None:
        model.objects.filter(pk=pk).update(**dict.fromkeys(fields, moment))


class RoomPeople:
    """The participants of one session: the named ones first, then the anonymous."""

    def __init__(self, session: LiveSession, spec: dict) -> None:
        names = spec["names"]
        self.all = [participation.join(session, name) for name in names]
        self.all += [participation.join(session) for _ in range(spec["people"] - len(names))]
        self.by_name = {person.display_name: person for person in self.all[: len(names)]}
        self._anonymous = cycle(self.all[len(names) :])

    def author(self, name: str) -> LiveParticipant:
        return self.by_name[name] if name else next(self._anonymous)

    def others(self, author: LiveParticipant, count: int, seed: str) -> list[LiveParticipant]:
        """`count` participants besides the author (always the same for one seed)."""
        return random.Random(seed).sample(
            [person for person in self.all if person != author], count
        )


# --- answers per poll kind -----------------------------------------------------------------


def rating_answers(poll: Poll, spec: dict) -> list[dict]:
    """One form per voter: each item's values, shuffled (always the same way) among voters."""
    items = {item.text: item.pk for item in poll.items.all()}
    rng = random.Random(spec["question"])
    columns = []
    for text, distribution in spec["ratings"].items():
        values = [
            str(value) for value, count in enumerate(distribution, start=1) for _ in range(count)
        ]
        rng.shuffle(values)
        columns.append((items[text], values))
    voters = max(len(values) for _, values in columns)
    return [
        {f"item-{pk}": [values[index]] for pk, values in columns if index < len(values)}
        for index in range(voters)
    ]


def single_answers(poll: Poll, spec: dict) -> list[dict]:
    choices = [
        str(item.pk)
        for item, count in zip(poll.items.all(), spec["counts"], strict=True)
        for _ in range(count)
    ]
    random.Random(spec["question"]).shuffle(choices)
    return [{"choice": [choice]} for choice in choices]


def wordcloud_answers(poll: Poll, spec: dict) -> list[dict]:
    """Terms dealt round the room, so nobody enters one term twice (in any spelling)."""
    entries = [term for term, count in spec["terms"] for _ in range(count)]
    voters = spec["voters"]
    if len(entries) > voters * poll.max_answers:
        raise ValueError(f"{len(entries)} terms are too many for {voters} people.")
    return [{"term": entries[index::voters]} for index in range(voters)]


def open_answers(poll: Poll, spec: dict) -> list[dict]:
    return [{"text": [text]} for text in spec["answers"]]


ANSWERS = {
    "rating": rating_answers,
    "single": single_answers,
    "wordcloud": wordcloud_answers,
    "open": open_answers,
}


# --- sessions ------------------------------------------------------------------------------


def _new_poll(spec: dict, position: int, session: LiveSession | None = None) -> Poll:
    poll = Poll.objects.create(
        session=session,
        kind=spec["kind"],
        question=spec["question"],
        scale_max=spec.get("scale_max", 5),
        max_answers=spec.get("max_answers", 3),
        position=position,
        is_template=session is None,
    )
    items = spec.get("items") or list(spec.get("ratings", {}))
    PollItem.objects.bulk_create(
        PollItem(poll=poll, text=text, position=index) for index, text in enumerate(items)
    )
    return poll


def run_poll(session: LiveSession, people: RoomPeople, spec: dict, position: int, day) -> Poll:
    """Open the poll, let the room answer, and leave it in the state the plan says."""
    poll = _new_poll(spec, position, session)
    state = spec.get("state", Poll.State.CLOSED)
    if state == Poll.State.DRAFT:
        return poll
    poll.state = Poll.State.OPEN
    poll.save(update_fields=["state"])
    session.current_poll = poll
    session.save(update_fields=["current_poll"])
    answers = ANSWERS[poll.kind](poll, spec)
    if len(answers) > len(people.all):
        raise ValueError(f"{len(answers)} answers to „{poll}“, but only {len(people.all)} people.")
    opens, closes = _moment(day, spec.get("opens", "")), _moment(day, spec.get("closes", ""))
    for index, answer in enumerate(answers):
        given = participation.vote(poll, people.all[index], answer)
        if opens and closes:
            moment = opens + (closes - opens) * (index + 1) / (len(answers) + 1)
            fields = (
                ("created_at",) if isinstance(given, OpenAnswer) else ("created_at", "updated_at")
            )
            _date_back(type(given), given.pk, moment, *fields)
    _date_back(Poll, poll.pk, opens, "created_at")
    if state == Poll.State.CLOSED:
        poll.state = Poll.State.CLOSED
        poll.save(update_fields=["state"])
    return poll


def _talk(session: LiveSession, people: RoomPeople, spec: dict, day) -> None:
    for clock, name, text in spec["chat"]:
        message = participation.chat(session, people.author(name), text)
        _date_back(ChatMessage, message.pk, _moment(day, clock), "created_at")
    for clock, name, text, upvotes, answered in spec["questions"]:
        author = people.author(name)
        question = participation.ask(session, author, text)
        for supporter in people.others(author, upvotes, text):
            participation.upvote(question, supporter)
        Question.objects.filter(pk=question.pk).update(answered=answered)
        _date_back(Question, question.pk, _moment(day, clock), "created_at")


def _free_code(code: str) -> str | None:
    """The fixed code, unless another session holds it (then the model draws one)."""
    return None if LiveSession.objects.filter(code=code).exists() else code


def create_session(
    event: Event, room: Room | None, spec: dict, day=None, *, keep_open=False
) -> LiveSession:
    """A session as the plan describes it: people join, polls run, chat and questions."""
    values = {"event": event, "room": room, "title": spec["title"]}
    code = _free_code(spec["code"])
    session = LiveSession.objects.create(**values, **({"code": code} if code else {}))
    people = RoomPeople(session, spec)
    opens = _moment(day, spec.get("opens", ""))
    for index, person in enumerate(people.all):
        _date_back(
            LiveParticipant,
            person.pk,
            opens and opens + datetime.timedelta(seconds=20 * index),
            "joined_at",
        )
    for position, poll_spec in enumerate(spec["polls"]):
        run_poll(session, people, poll_spec, position, day)
    _talk(session, people, spec, day)
    if not keep_open:
        session.is_open = False
        session.save(update_fields=["is_open"])
    _date_back(LiveSession, session.pk, opens, "created_at")
    return session


def load_closing_event() -> int:
    """The breakout rooms of 20.05.2021; returns how many sessions were created."""
    plan = next(
        plan for plan in events_data.PAST_EVENTS if plan["starts"].startswith(CLOSING_EVENT_DAY)
    )
    starts = datetime.datetime.fromisoformat(plan["starts"]).replace(tzinfo=_zone())
    event = Event.objects.filter(title=plan["title"], starts_at=starts).first()
    if event is None:
        return 0
    day = datetime.date.fromisoformat(CLOSING_EVENT_DAY)
    rooms = {
        room.field_of_action.slug: room for room in event.rooms.select_related("field_of_action")
    }
    created = 0
    for slug, spec in data.CLOSING_EVENT_SESSIONS.items():
        room = rooms.get(slug)
        if room is None or LiveSession.objects.filter(event=event, room=room).exists():
            continue
        create_session(event, room, spec, day)
        created += 1
    return created


def load_try_out() -> tuple[LiveSession | None, bool]:
    """The open session of the upcoming Fachtag (whole event, no room)."""
    event = Event.objects.filter(title=data.TRY_OUT_EVENT).order_by("pk").first()
    if event is None:
        return None, False
    session = LiveSession.objects.filter(
        event=event, room=None, title=data.TRY_OUT["title"]
    ).first()
    if session is not None:
        return session, False
    session = create_session(event, None, data.TRY_OUT, keep_open=True)
    return session, True


def load_templates() -> int:
    created = 0
    for spec in data.TEMPLATES:
        if not Poll.objects.filter(
            session=None, is_template=True, question=spec["question"]
        ).exists():
            _new_poll(spec, 0)
            created += 1
    return created


def load() -> list[str]:
    """Load the demo live sessions; returns lines to show the person who ran it."""
    with transaction.atomic():
        created = load_closing_event()
        try_out, try_out_created = load_try_out()
        templates = load_templates()
    created += try_out_created
    lines = [
        f"{LiveSession.objects.count()} Live-Sitzungen ({created} neu), "
        f"{Poll.objects.filter(is_template=False).count()} Abstimmungen mit "
        f"{Vote.objects.count() + OpenAnswer.objects.count()} Antworten, "
        f"{Poll.objects.filter(is_template=True).count()} Vorlagen ({templates} neu)"
    ]
    if try_out is not None and try_out.is_open:
        url = reverse("live:session", args=[try_out.code])
        lines.append(f"Live-Sitzung zum Ausprobieren: Code {try_out.formatted_code} ({url})")
    return lines
