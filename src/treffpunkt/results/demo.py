"""Loads the demo recommendations and protocols from `demo_data` (after the network, directory,
events and live demos, whose organisations, offers, events, rooms and poll items they use;
whatever of those is missing is left out).

Running it again creates nothing: a recommendation is known by its title, a protocol by its
event, room and title. Histories and statements are written only when their recommendation
or protocol is new; links to offers and poll items are set every time.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from treffpunkt.directory.models import Offer
from treffpunkt.events.models import Event, Room
from treffpunkt.live.models import PollItem
from treffpunkt.network.models import FieldOfAction, Network, Organisation

from . import demo_data as data
from .models import Protocol, Recommendation, Statement, StatusChange

COORDINATOR_LOGIN = "koordination"  # the network demo's coordinator records the RE history


def _zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _moment(day: str, clock: str, offset_minutes: int = 0) -> datetime.datetime:
    moment = datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time.fromisoformat(clock), tzinfo=_zone()
    )
    return moment + datetime.timedelta(minutes=offset_minutes)


def find_event(key: str) -> Event | None:
    """The demo event the key names ("closing" or "fachtag"), found by title and day."""
    title, day = data.CLOSING_EVENT if key == "closing" else data.FACHTAG
    return (
        Event.objects.filter(title=title, starts_at__date=datetime.date.fromisoformat(day))
        .order_by("pk")
        .first()
    )


def find_offers(keys) -> list[Offer]:
    offers = []
    for organisation_slug, title in keys:
        offer = Offer.objects.filter(organisation__slug=organisation_slug, title=title).first()
        if offer is not None:
            offers.append(offer)
    return offers


def find_poll_items(event: Event | None, text: str) -> list[PollItem]:
    """Poll items of the event's live sessions whose text contains `text` (none without
    the live demo)."""
    if event is None or not text:
        return []
    return list(PollItem.objects.filter(poll__session__event=event, text__contains=text))


def _values(spec: dict, field: FieldOfAction, event: Event | None) -> dict:
    *_, (_, status, progress, _) = spec["history"]
    room = Room.objects.filter(event=event, title=spec["room"]).first() if event else None
    return {
        "how": "\n".join(spec["how"]),
        "field_of_action": field,
        "network": Network.objects.filter(slug=spec["network"]).first()
        if spec["network"]
        else None,
        "event": event,
        "room": room,
        "owner": Organisation.objects.filter(slug=spec["owner"]).first() if spec["owner"] else None,
        "due_on": _date(spec.get("due_on")),
        "status": status,
        "progress": progress,
        "committee": spec.get("committee", ""),
        "forwarded_on": _date(spec.get("forwarded_on")),
        "rejection_reason": spec.get("rejection_reason", ""),
    }


def write_history(recommendation: Recommendation, spec: dict, user) -> None:
    """The status changes of a new recommendation, dated as the history says."""
    by = user if spec["network"] else None
    for position, (day, status, progress, note) in enumerate(spec["history"]):
        if status == Recommendation.Status.REJECTED and not note:
            note = spec.get("rejection_reason", "")
        change = StatusChange.objects.create(
            recommendation=recommendation,
            status=status,
            progress=progress,
            note=note,
            changed_by=by,
        )
        # changed_at is set on creation; minutes keep the order of changes made on one day
        moment = _moment(day, "16:00", position)
        StatusChange.objects.filter(pk=change.pk).update(changed_at=moment)


def load_recommendations(user) -> tuple[int, int]:
    """Create or update the demo recommendations; returns (all of them, new ones)."""
    fields = FieldOfAction.objects.in_bulk(field_name="slug")
    events = {key: find_event(key) for key in ("closing", "fachtag")}
    loaded = new = 0
    for spec in data.RECOMMENDATIONS:
        field = fields.get(spec["field"])
        if field is None:
            continue
        event = events[spec["event"]]
        recommendation, created = Recommendation.objects.update_or_create(
            title=spec["title"], defaults=_values(spec, field, event)
        )
        if created or not recommendation.status_changes.exists():
            write_history(recommendation, spec, user)
        first_day = _moment(spec["history"][0][0], "15:00")
        Recommendation.objects.filter(pk=recommendation.pk).update(created_at=first_day)
        recommendation.offers.set(find_offers(spec.get("offers", [])))
        recommendation.poll_items.set(find_poll_items(event, spec.get("poll_item", "")))
        loaded += 1
        new += created
    return loaded, new


def load_protocols() -> tuple[int, int]:
    """One hand-written protocol per workshop of the Fachtag; returns (protocols, statements)."""
    event = find_event("fachtag")
    if event is None:
        return 0, 0
    day = data.FACHTAG[1]
    starts, ends = data.PROTOCOL_TIMES
    titles = {spec["title"] for spec in data.RECOMMENDATIONS}
    recommendations = {r.title: r for r in Recommendation.objects.filter(title__in=titles)}
    count = 0
    for room in event.rooms.select_related("field_of_action"):
        spec = data.FACHTAG_PROTOCOLS.get(room.title)
        if spec is None:
            continue
        protocol, created = Protocol.objects.update_or_create(
            event=event,
            room=room,
            title=f"Workshop „{room.title}“",
            defaults={
                "place": data.PROTOCOL_PLACE,
                "starts_at": _moment(day, starts),
                "ends_at": _moment(day, ends),
                "present": spec["present"],
                "setting": spec["setting"],
                "remarks": spec["remarks"],
            },
        )
        if created or not protocol.statements.exists():
            write_statements(protocol, spec["statements"], room.field_of_action, recommendations)
        count += 1
    statements = Statement.objects.filter(protocol__event=event).count()
    return count, statements


def write_statements(protocol: Protocol, rows, field, recommendations) -> None:
    for position, (kind, speaker, text, recommendation_title) in enumerate(rows, start=1):
        statement = Statement.objects.create(
            protocol=protocol,
            position=position,
            speaker=speaker,
            kind=kind,
            text=text,
            recommendation=recommendations.get(recommendation_title),
        )
        if field is not None:
            statement.fields_of_action.set([field])


def load() -> list[str]:
    """Load the demo results; returns lines to show the person who ran it."""
    user = get_user_model().objects.filter(username=COORDINATOR_LOGIN).first()
    with transaction.atomic():
        loaded, new = load_recommendations(user)
        protocols, statements = load_protocols()
    by_status = {
        label: Recommendation.objects.filter(status=status).count()
        for status, label in Recommendation.Status.choices
    }
    summary = ", ".join(f"{count} {label}" for label, count in by_status.items() if count)
    return [
        f"{loaded} Handlungsempfehlungen ({new} neu): {summary}",
        f"{protocols} Protokolle des Fachtags mit {statements} Aussagen",
    ]
