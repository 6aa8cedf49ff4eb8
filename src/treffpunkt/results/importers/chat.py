"""Chat logs: the message headers of Webex (also inside pasted protocols) and Zoom, and the
saved chat files of both. Private messages are dropped; only messages to everyone count."""

import re
from typing import NamedTuple

from django.utils.translation import gettext as _

from .markup import inline, strip_tags
from .records import ImportRefused, Item, Kind, Parsed, Room, parse_time

_NAME = r"[^\s:,;!?]+(?:\s+[^\s:,;!?]+){0,5}?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
# "von NAME an alle in dieser Teilgruppen-Sitzung: 2:10 PM", "from NAME to everyone:  2:10 PM"
WEBEX_HEADER = re.compile(
    rf"(?P<before>.*?)\s*\b(?:von|from)\s+(?P<speaker>{_NAME})\s+(?:an|to)\s+"
    rf"(?P<to>[^:]{{1,80}}?)\s*:\s*(?P<time>{_TIME})\s*$",
    re.I,
)
# "10:02:35 From Anna to Everyone:" (the message follows) or "10:02:35\t From Anna : Hallo"
ZOOM_HEADER = re.compile(
    rf"(?P<time>\d{{1,2}}:\d{{2}}:\d{{2}})\s+(?:from|von)\s+(?P<speaker>{_NAME})"
    r"(?:\s+(?:to|an)\s+(?P<to>[^:]{1,80}?))?\s*:\s*(?P<text>.*)$",
    re.I,
)
_PUBLIC = re.compile(r"\s*(alle|everyone|all)\b", re.I)
_PRIVATE = re.compile(r"privat|direct message|direktnachricht", re.I)


class Header(NamedTuple):
    speaker: str
    time: str
    public: bool
    before: str = ""  # text on the same line before the header (the tail of a message)
    text: str = ""  # text on the same line after it (Zoom)


def _is_public(recipient: str | None) -> bool:
    if recipient is None:
        return True
    return bool(_PUBLIC.match(recipient)) and not _PRIVATE.search(recipient)


def webex_header(line: str, number: int) -> Header | None:
    match = WEBEX_HEADER.match(line.strip())
    if not match:
        return None
    return Header(
        speaker=match["speaker"].strip(),
        time=parse_time(match["time"], number),
        public=_is_public(match["to"]),
        before=match["before"].strip(),
    )


def zoom_header(line: str, number: int) -> Header | None:
    match = ZOOM_HEADER.match(line.strip())
    if not match:
        return None
    return Header(
        speaker=match["speaker"].strip(),
        time=parse_time(match["time"], number),
        public=_is_public(match["to"]),
        text=match["text"].strip(),
    )


def _first_line(lines: list[str]) -> tuple[int, str]:
    return next(((n, line) for n, line in enumerate(lines, 1) if line.strip()), (0, ""))


def looks_like_webex(lines: list[str]) -> bool:
    number, line = _first_line(lines)
    try:
        return number > 0 and webex_header(inline(line), number) is not None
    except ImportRefused:
        return True  # a Webex header with a broken time: let the parser name the line


def looks_like_zoom(lines: list[str]) -> bool:
    number, line = _first_line(lines)
    try:
        return number > 0 and zoom_header(line, number) is not None
    except ImportRefused:
        return True


def _read(lines: list[str], header_of, format_name: str) -> Parsed:
    room = Room(title=_("Chat"), line=1)
    current: Item | None = None  # None also while a private message is skipped
    in_message = False
    for number, raw in enumerate(lines, 1):
        line = strip_tags(inline(raw))
        if not line:
            continue
        header = header_of(line, number)
        if header:
            in_message = True
            current = None
            if header.public:
                current = Item(Kind.CHAT, header.text, header.speaker, header.time, number)
                room.chat.append(current)
        elif current is not None:
            current.text = f"{current.text}\n{line}".strip()
        elif not in_message:  # before the first header: not a chat line
            room.statements.append(Item(Kind.COMMENT, line, line=number, unclassified=True))
    room.chat = [item for item in room.chat if item.text]
    return Parsed(format=format_name, rooms=[room])


def parse_webex(lines: list[str]) -> Parsed:
    """A chat saved from Webex: a header line per message, the message below it."""
    return _read(lines, webex_header, "webex")


def parse_zoom(lines: list[str]) -> Parsed:
    """A chat saved from Zoom: "HH:MM:SS From A to B:" and the message (same or next lines)."""
    return _read(lines, zoom_header, "zoom")
