"""Raw protocols as people paste them (plain text, Markdown, or text with HTML fragments, as
in seed 002): rooms by their headings, `speaker<TAB>text` rows, "Name:" lines with bullets,
Problem/Lösung blocks, word-cloud terms and Webex chat copied from the screen."""

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from . import chat
from .classify import MARKER_LINE, marker_kind, segments
from .markup import CHAT_PANEL, has_words, inline, is_panel_member, is_ui, strip_tags
from .records import ImportRefused, Item, Kind, Parsed, Room

HEADER_FIELDS = {
    "ort": "place",
    "place": "place",
    "location": "place",
    "datum": "date",
    "date": "date",
    "zeit": "time",
    "uhrzeit": "time",
    "time": "time",
    "anwesende": "present",
    "teilnehmende": "present",
    "present": "present",
    "participants": "present",
    "gesprächssituation": "setting",
    "setting": "setting",
    "format": "setting",
    "auffälligkeiten": "remarks",
    "bemerkungen": "remarks",
    "remarks": "remarks",
    "notes": "remarks",
}
_ROOM_WORD = re.compile(
    r"\b(?:workshop|breakout[ -]?(?:room|raum|session)?|arbeitsgruppe|teilgruppe|raum|room"
    r"|arbeitsraum|forum)\b",
    re.I,
)
_QUOTED = re.compile(r"[„“\"»«](.+?)[“”\"«»]")
_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})?")
_TIME_RANGE = re.compile(r"(\d{1,2})[:.](\d{2})\s*(?:-|–|bis|to)\s*(\d{1,2})[:.](\d{2})(?:\s*Uhr)?")
_BULLET = re.compile(r"\s*(?:[-*•–✓✔]|\d{1,2}\))\s+(.*)")
_MD_HEADING = re.compile(r"\s*(#{1,6})\s+(.*)")
_WORD_CLOUD = re.compile(r"\s*(?:word cloud(?: terms)?|wortwolke|begriffe)\s*:\s*(.*)", re.I)
_SPEAKER = re.compile(
    r"(?P<who>[A-ZÄÖÜ]{2,4}\d{0,2}|[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,3})"
    r"\s*(?:\((?P<note>[^)]{1,40})\))?\s*(?P<colon>:)?"
)
_INITIALS = re.compile(r"[A-ZÄÖÜ]{1,4}\d{0,2}")
MAX_HEADING_WORDS = 12
DEFAULT_TITLE = gettext_noop("Imported protocol")


def looks_like_protocol(lines: list[str]) -> bool:
    """Whether the text has any structure this reader knows (else it is refused, not guessed)."""
    return any(_signal(line) for line in lines)


def _signal(raw: str) -> bool:
    line = inline(raw)
    text = strip_tags(line)
    return bool(
        ("\t" in raw and raw.split("\t", 1)[1].strip())
        or MARKER_LINE.match(text)
        or re.search(r"\b(?:Probleme?|Lösung(?:en)?)\s*:", text)
        or _MD_HEADING.match(line)
        or _WORD_CLOUD.match(text)
        or _room_heading(text)
        or chat.WEBEX_HEADER.match(text)
        or _speaker_line(text)
    )


def _room_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_HEADING_WORDS and bool(_ROOM_WORD.search(text))


def _room_title(heading: str) -> str:
    """ "Breakout Room GOVERNANCE" -> "Governance"; a quoted name wins; else the whole heading."""
    quoted = _QUOTED.search(heading)
    if quoted:
        return quoted.group(1).strip()
    after = _ROOM_WORD.split(heading, maxsplit=1)[-1]
    name = _DATE.sub("", after).strip(" :-–0123456789.")
    if not has_words(name):
        return heading.strip()
    return name.title() if name.isupper() else name


def _speaker_line(text: str) -> str | None:
    """ "Mathias Schmitt:", "WH (anonymisiert):", "HK (anonymisiert)": who speaks next."""
    match = _SPEAKER.fullmatch(text.strip())
    if not match or not (match["colon"] or (match["note"] or "").lower() == "anonymisiert"):
        return None
    if MARKER_LINE.match(text):
        return None
    return match["who"]


def _speaker_cell(cell: str) -> str | None:
    """The speaker of a `speaker<TAB>text` row, "" for a continuation, None if not a name."""
    cell = re.sub(r"\([^)]*\)", "", cell).strip(" :")
    if not cell:
        return ""
    if _INITIALS.fullmatch(cell) or re.fullmatch(
        r"[A-ZÄÖÜ][\w'.-]+(?:\s+[A-ZÄÖÜ][\w'.-]+){0,3}", cell
    ):
        return cell
    return None


class _Reader:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.rooms: list[Room] = []
        self.room: Room | None = None
        self.speaker = ""
        self.kind = Kind.COMMENT
        self.pending: list[tuple[int, str]] = []  # headings not yet placed
        self.chat_mode = False  # in a chat panel or log
        self.message: Item | None = None  # the chat message being read
        self.in_body = False  # reading lines of `message` (until a blank line)
        self.skipping_private = False
        self.fragments: list[tuple[Room, Item]] = []

    # rooms and statements ----------------------------------------------------------------

    def current_room(self, number: int) -> Room:
        if self.room is None:
            self.start_room(_(DEFAULT_TITLE), number)
        return self.room

    def start_room(self, title: str, number: int, heading: str = "") -> None:
        key = title.casefold()
        existing = next((room for room in self.rooms if room.title.casefold() == key), None)
        if existing:
            self.room = existing
        elif self.room is not None and self.room.is_empty and self.room.title == _(DEFAULT_TITLE):
            self.room.title, self.room.line = title, number
        else:
            self.room = Room(title=title, line=number)
            self.rooms.append(self.room)
        remarks = "\n".join(text for _, text in self.pending)
        if remarks and existing is None:
            self.room.header["remarks"] = "\n".join(
                filter(None, [self.room.header.get("remarks"), remarks])
            )
        elif remarks:
            self.flush_pending()
        self.pending = []
        if existing and heading:  # back in a room: the heading says why
            self.add(number, heading, Kind.COMMENT, "")
        self.speaker, self.kind = "", Kind.COMMENT

    def add(
        self,
        number: int,
        text: str,
        kind: str | None = None,
        speaker: str | None = None,
        unclassified: bool = False,
    ) -> None:
        self.flush_pending()
        room = self.current_room(number)
        for found_kind, found_text in segments(text, kind or self.kind):
            room.statements.append(
                Item(
                    found_kind,
                    found_text,
                    self.speaker if speaker is None else speaker,
                    line=number,
                    unclassified=unclassified,
                )
            )

    def flush_pending(self) -> None:
        pending, self.pending = self.pending, []
        for number, text in pending:
            self.add(number, text, Kind.COMMENT, "")

    # chat ---------------------------------------------------------------------------------

    def end_message(self) -> None:
        """A blank line ends a message's text (blank lines between header and text do not)."""
        if self.message is None or self.message.text:
            self.in_body = False

    def chat_header(self, header: chat.Header, number: int) -> None:
        if header.before:
            self.fragment(header.before, number)
        self.chat_mode, self.in_body, self.message = True, True, None
        self.skipping_private = not header.public
        if header.public:
            self.flush_pending()
            self.message = Item(Kind.CHAT, "", header.speaker, header.time, number)
            self.current_room(number).chat.append(self.message)

    def fragment(self, text: str, number: int) -> None:
        """Text of the chat panel without its header: the tail of a message cut off above."""
        item = Item(Kind.COMMENT, text, line=number, unclassified=True)
        self.fragments.append((self.current_room(number), item))

    # lines --------------------------------------------------------------------------------

    def read(self) -> list[Room]:
        for number, raw in enumerate(self.lines, 1):
            self.line(raw.rstrip("\r\n"), number)
        self.flush_pending()
        self.place_fragments()
        return [room for room in self.rooms if not room.is_empty] or self.rooms[:1]

    def line(self, raw: str, number: int) -> None:
        line = inline(raw)
        text = strip_tags(line)
        if not text:
            self.end_message()
            return
        header = chat.webex_header(text, number)
        if header:
            self.chat_header(header, number)
        elif self.chat_mode and self.in_body and not is_ui(text):
            if self.message is not None:
                self.message.text = f"{self.message.text}\n{text}".strip()
        elif CHAT_PANEL.fullmatch(text):
            self.chat_mode, self.message = True, None
            self.end_message()
        elif is_ui(text) or is_panel_member(text):
            self.end_message()
            self.skipping_private = False
        elif self.chat_mode and self.skipping_private:
            return  # further paragraphs of a private message
        elif self.chat_mode and self.message is None and not self.skipping_private:
            self.fragment(text, number)
        else:
            self.chat_mode, self.message = False, None
            self.end_message()
            self.content(raw, line, text, number)

    def content(self, raw: str, line: str, text: str, number: int) -> None:
        if "\t" in raw.strip(" ") or raw.startswith("\t"):
            return self.row(line, number)
        if cloud := _WORD_CLOUD.fullmatch(text):
            terms = [t.strip(" .") for t in cloud.group(1).split(",")]
            room = self.current_room(number)
            room.terms += [t for t in terms if t and t not in room.terms]
            return
        if times := _TIME_RANGE.fullmatch(text):
            return self.set_times(times, number)
        if marker := MARKER_LINE.match(text):
            self.flush_pending()
            self.kind = marker_kind(marker["marker"])
            return
        if bullet := _BULLET.fullmatch(line):
            return self.bullet(bullet.group(1), number)
        if who := _speaker_line(text):
            self.flush_pending()
            self.speaker, self.kind = who, Kind.COMMENT
            return
        if heading := _MD_HEADING.fullmatch(line):
            return self.heading(strip_tags(heading.group(2)), number, level=len(heading.group(1)))
        if len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ";", ",")):
            return self.heading(text, number)
        self.speaker, self.kind = "", Kind.COMMENT
        self.add(number, line)

    def bullet(self, text: str, number: int) -> None:
        if who := _speaker_line(strip_tags(text)):
            self.flush_pending()
            self.speaker, self.kind = who, Kind.COMMENT
        else:
            self.add(number, text)

    def heading(self, text: str, number: int, level: int = 0) -> None:
        if _room_heading(text) or level in (1, 2):
            self.start_room(_room_title(text), number, heading=text)
        else:
            self.pending.append((number, text))
            self.speaker, self.kind = "", Kind.COMMENT

    def row(self, line: str, number: int) -> None:
        cell, _tab, text = line.strip(" ").partition("\t")
        field = HEADER_FIELDS.get(strip_tags(cell).strip(" :").casefold())
        if field:
            return self.header_field(field, strip_tags(text), number)
        speaker = _speaker_cell(strip_tags(cell))
        if speaker is None:
            self.add(
                number, strip_tags(line.replace("\t", " ")), Kind.COMMENT, "", unclassified=True
            )
            return
        self.speaker = speaker or self.speaker
        self.kind = Kind.COMMENT
        self.add(number, text)

    def header_field(self, field: str, value: str, number: int) -> None:
        self.flush_pending()
        room = self.current_room(number)
        if field in ("date", "time"):
            if date := _DATE.search(value):
                day, month, year = date.groups()
                if year:
                    room.header["date"] = f"{year}-{int(month):02d}-{int(day):02d}"
            if times := _TIME_RANGE.search(value):
                self.set_times(times, number)
            return
        room.header[field] = value

    def set_times(self, times: re.Match, number: int) -> None:
        h1, m1, h2, m2 = (int(part) for part in times.groups())
        if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60):
            raise ImportRefused(
                _("“%(text)s” is not a time range.") % {"text": times.group(0)}, number
            )
        room = self.current_room(number)
        room.header["starts"], room.header["ends"] = f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"

    def place_fragments(self) -> None:
        """Cut-off tails of messages that are there in full are dropped; others are kept."""
        for room, item in self.fragments:
            if any(item.text in message.text for message in room.chat):
                continue
            room.statements.append(item)


def _first_date(lines: list[str]) -> str | None:
    for line in lines:
        if (date := _DATE.search(line)) and date.group(3):
            day, month, year = date.groups()
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


def parse(lines: list[str]) -> Parsed:
    """Rooms, statements and chat of a pasted protocol (not yet anonymised or de-duplicated).
    Rooms without a date of their own get the first date in the text."""
    rooms = _Reader(lines).read()
    if date := _first_date(lines):
        for room in rooms:
            room.header.setdefault("date", date)
    return Parsed(format="protocol", rooms=rooms)
