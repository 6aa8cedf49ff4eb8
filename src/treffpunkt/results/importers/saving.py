"""Saving an import into an event: one protocol per room with its statements and chat
messages, and a closed live poll per Mentimeter question; all or nothing."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from treffpunkt.events.models import Event
from treffpunkt.live.models import LiveParticipant, LiveSession, Poll, Vote

from ..models import Protocol, Statement
from .records import Item, Kind, Parsed, PollResult, Room


@dataclass
class Saved:
    protocols: list[Protocol]
    polls: list[Poll]


def _moment(room: Room, event: Event, key: str) -> datetime.datetime | None:
    time = room.header.get(key) or (room.chat[0].time if key == "starts" and room.chat else None)
    if not time:
        return None
    day = (
        datetime.date.fromisoformat(room.header["date"])
        if "date" in room.header
        else timezone.localtime(event.starts_at).date()
    )
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(time)))


def _protocol(event: Event, room: Room, source: str) -> Protocol:
    rooms = {r.title.casefold(): r for r in event.rooms.all()}
    protocol = Protocol.objects.create(
        event=event,
        room=rooms.get(room.title.casefold()),
        title=room.title[:300],
        place=room.header.get("place", "")[:200],
        present=room.header.get("present", "")[:500],
        setting=room.header.get("setting", "")[:300],
        remarks=room.header.get("remarks", ""),
        starts_at=_moment(room, event, "starts"),
        ends_at=_moment(room, event, "ends"),
        source=source[:200],
    )
    items = list(room.statements)
    if room.terms:
        items.append(
            Item(Kind.COMMENT, _("Word cloud: %(terms)s") % {"terms": ", ".join(room.terms)})
        )
    items += room.chat
    Statement.objects.bulk_create(
        Statement(
            protocol=protocol,
            position=position,
            kind=item.kind,
            speaker=item.speaker[:60],
            text=item.text,
            said_at=datetime.time.fromisoformat(item.time) if item.time else None,
        )
        for position, item in enumerate(items)
    )
    return protocol


def _poll(
    session: LiveSession, result: PollResult, position: int, voters: list[LiveParticipant]
) -> Poll:
    poll = Poll.objects.create(
        session=session,
        kind=Poll.Kind.RATING,
        question=result.question[:300],
        state=Poll.State.CLOSED,
        scale_max=result.scale_max,
        position=position,
    )
    items = [poll.items.create(text=text[:300], position=i) for i, text in enumerate(result.items)]
    while len(voters) < len(result.answers):
        voters.append(LiveParticipant.objects.create(session=session))
    Vote.objects.bulk_create(
        Vote(
            poll=poll,
            participant=voter,
            answer={str(items[i].pk): value for i, value in answer.items()},
        )
        for voter, answer in zip(voters, result.answers, strict=False)
    )
    return poll


@transaction.atomic
def save(parsed: Parsed, event: Event, source: str) -> Saved:
    """Protocols (and polls) for `event`, as previewed; nothing is written if anything fails."""
    rooms = (
        [] if parsed.format == "mentimeter" else parsed.rooms
    )  # its rooms only list what was left out
    protocols = [_protocol(event, room, source) for room in rooms if not room.is_empty]
    polls = []
    if parsed.polls:
        session = LiveSession.objects.create(
            event=event,
            title=(_("Mentimeter results: %(source)s") % {"source": source})[:200],
            is_open=False,
        )
        voters: list[LiveParticipant] = []
        polls = [_poll(session, result, i, voters) for i, result in enumerate(parsed.polls)]
    return Saved(protocols=protocols, polls=polls)
