"""Which importer reads a file: each format registers how to recognise it and how to read
it. Everything read is anonymised and de-duplicated before anyone sees it; an unknown
layout is refused, never guessed."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from . import chat, mentimeter, protocol_text
from .anonymise import anonymise
from .duplicates import remove_duplicates
from .records import ImportRefused, Parsed

MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Format:
    name: str
    recognise: Callable[[bytes, list[str]], bool]
    read: Callable[[bytes, list[str]], Parsed]
    times_only: bool = False  # times without a date: the meeting date must be given


FORMATS: list[Format] = []


def register(format_: Format) -> Format:
    FORMATS.append(format_)
    return format_


register(
    Format(
        "mentimeter",
        lambda data, lines: mentimeter.looks_like_workbook(data),
        lambda data, lines: mentimeter.parse(data),
    )
)
register(
    Format(
        "zoom",
        lambda data, lines: chat.looks_like_zoom(lines),
        lambda data, lines: chat.parse_zoom(lines),
        times_only=True,
    )
)
register(
    Format(
        "webex",
        lambda data, lines: chat.looks_like_webex(lines),
        lambda data, lines: chat.parse_webex(lines),
        times_only=True,
    )
)
register(
    Format(
        "protocol",
        lambda data, lines: protocol_text.looks_like_protocol(lines),
        lambda data, lines: protocol_text.parse(lines),
    )
)


def _lines(data: bytes) -> list[str]:
    if mentimeter.looks_like_workbook(data):
        return []
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise ImportRefused(_("Unknown layout: this is not a text file."))
    return text.splitlines()


def _dated(parsed: Parsed, format_: Format, date: datetime.date | None) -> Parsed:
    """The meeting date on every room: given, or found in the text (time-only formats need it)."""
    if date is None and format_.times_only:
        raise ImportRefused(
            _("This chat gives times but no date. Please give the date of the meeting.")
        )
    for room in parsed.rooms:
        if date:
            room.header["date"] = date.isoformat()
    return parsed


def read(data: bytes, date: datetime.date | None = None) -> Parsed:
    """The anonymised content of a file; raises ImportRefused for an unknown layout or bad input."""
    if len(data) > MAX_BYTES:
        raise ImportRefused(
            _("The file is larger than %(size)s MB.") % {"size": MAX_BYTES // 1024 // 1024}
        )
    lines = _lines(data)
    if not data.strip():
        raise ImportRefused(_("There is nothing to import."))
    format_ = next((f for f in FORMATS if f.recognise(data, lines)), None)
    if format_ is None:
        raise ImportRefused(
            _(
                "Unknown layout: no speaker rows, Problem/Lösung blocks, headings, chat messages "
                "or Mentimeter results were found. Nothing was imported."
            )
        )
    parsed = format_.read(data, lines)
    return remove_duplicates(anonymise(_dated(parsed, format_, date)))
