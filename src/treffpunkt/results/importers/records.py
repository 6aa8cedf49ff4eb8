"""What an importer reads from a file, before anything is saved: rooms with statements, chat
messages and word-cloud terms, and poll results. It travels as JSON (preview, session, --json)."""

import datetime
from dataclasses import asdict, dataclass, field

from ..models import Statement

Kind = Statement.Kind


class ImportRefused(ValueError):
    """Input that cannot be imported, with a message for the person and the line it is on."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        from django.utils.translation import gettext as _

        if self.line is None:
            return self.message
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class Item:
    """A statement or (kind chat) a chat message; `line` is where it starts in the file."""

    kind: str
    text: str
    speaker: str = ""
    time: str | None = None  # "HH:MM", chat only
    line: int = 0
    unclassified: bool = False


@dataclass
class Room:
    title: str
    line: int = 0
    statements: list[Item] = field(default_factory=list)
    chat: list[Item] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    # place, present, setting, remarks, date ("YYYY-MM-DD"), starts, ends ("HH:MM")
    header: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.statements or self.chat or self.terms)


@dataclass
class PollResult:
    """A rating question with its items and one answer per voter ({item index: value})."""

    question: str
    items: list[str]
    answers: list[dict[int, int]]
    scale_max: int = 5


@dataclass
class Parsed:
    format: str
    rooms: list[Room] = field(default_factory=list)
    polls: list[PollResult] = field(default_factory=list)

    @property
    def unclassified(self) -> list[tuple[Room, Item]]:
        return [
            (room, item) for room in self.rooms for item in room.statements if item.unclassified
        ]

    def counts(self) -> dict[str, int]:
        """Statements per kind over all rooms (chat messages under "chat")."""
        counts = dict.fromkeys(Kind.values, 0)
        for room in self.rooms:
            for item in room.statements + room.chat:
                counts[item.kind] += 1
        return counts

    def as_json(self) -> dict:
        """The preview as printed by `import_protocol --dry-run --json`."""
        return {
            "format": self.format,
            "rooms": [
                {
                    "title": room.title,
                    "header": room.header,
                    "statements": [
                        {"kind": s.kind, "speaker": s.speaker, "text": s.text}
                        for s in room.statements
                    ],
                    "chat": [
                        {"speaker": c.speaker, "time": c.time, "text": c.text} for c in room.chat
                    ],
                    "terms": room.terms,
                }
                for room in self.rooms
            ],
            "polls": [asdict(poll) for poll in self.polls],
            "unclassified": [
                {"room": room.title, "line": item.line, "text": item.text}
                for room, item in self.unclassified
            ],
        }

    def to_state(self) -> dict:
        """Everything, for the session between preview and save."""
        return {
            "format": self.format,
            "rooms": [asdict(r) for r in self.rooms],
            "polls": [asdict(p) for p in self.polls],
        }

    @classmethod
    def from_state(cls, state: dict) -> "Parsed":
        rooms = [
            Room(
                **{
                    **room,
                    "statements": [Item(**s) for s in room["statements"]],
                    "chat": [Item(**c) for c in room["chat"]],
                }
            )
            for room in state["rooms"]
        ]
        polls = [
            PollResult(
                **{**poll, "answers": [{int(k): v for k, v in a.items()} for a in poll["answers"]]}
            )
            for poll in state["polls"]
        ]
        return cls(format=state["format"], rooms=rooms, polls=polls)


def parse_time(value: str, line: int) -> str:
    """ "2:10 PM", "14:10" or "10:02:35" as "HH:MM"."""
    from django.utils.translation import gettext as _

    text = value.strip().upper().replace(".", "")
    meridiem = text[-2:] if text.endswith(("AM", "PM")) else ""
    parts = text.removesuffix(meridiem).strip().split(":")
    try:
        hour, minute = int(parts[0]), int(parts[1])
        if meridiem:
            if not 1 <= hour <= 12:
                raise ValueError
            hour = hour % 12 + (12 if meridiem == "PM" else 0)
        return datetime.time(hour, minute).strftime("%H:%M")
    except (ValueError, IndexError):
        raise ImportRefused(_("“%(time)s” is not a time.") % {"time": value}, line) from None
