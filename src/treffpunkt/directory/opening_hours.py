"""Opening hours as one line of text: the "Zeiten" cell of the directory's CSV/XLSX files.

`format_opening_hours(schedules)` writes the schedules of an offer, `parse_opening_hours(text)`
reads such a text back into dicts with the fields of `Schedule` (the importer creates
`Schedule(offer=…, **entry)` from them). A file that Treffpunkt exported reads back unchanged.

The text is German, whatever the interface language, because the files are (one line)::

    Mo, Mi 10:00-12:00; 2. Di im Monat 15:00-17:00; 12.12.2026 10:00-12:00;
    Fr 9:00-11:00 (nicht in den Ferien)

Entries are separated by ";" (a line break also separates; a ";" inside parentheses does not).
Each entry is ``<days> [<times>] [(<note>)]``:

days (as ``format_opening_hours`` writes them; ``parse_opening_hours`` also reads [variants])
    ``Mo, Mi``                 every week on these days: frequency "weekly", weekdays "MO,WE".
                               Days are Mo Di Mi Do Fr Sa So [full names "Montag", English
                               codes "TU", "WE", "TH", "SU", ranges "Mo-Fr" or "Mo bis Fr",
                               separators "/", "und", "&"]. Written in week order.
    ``2. Di im Monat``         every second Tuesday of the month: frequency "monthly",
                               week_of_month 2 (1 to 4), weekdays "TU"; ``letzter Fr im Monat``
                               is week_of_month -1. [``jeden`` before it, ``des Monats`` instead
                               of ``im Monat``; ``1. und 3. Mo im Monat`` gives one entry per
                               week.]
    ``monatlich [Di]``         every month without a week of the month (frequency "monthly").
    ``12.12.2026``             once on that day: frequency "once", date. [ISO 2026-12-12]
    ``… ab 15.01.2026``        after weekly or monthly days: `date` (the first day; for
                               ``monatlich ab 15.01.2026`` the day of the month).
    (nothing)                  only times or only a note: weekly without days.

times
    ``10:00-12:00``            opens_at and closes_at. [9:00 or 09:00 or 9.00 or 9, "–" or
                               "bis" between, "Uhr" after; several ranges separated by "," or
                               "und" give one entry each]
    ``ab 10:00``               only opens_at (a single time without "ab" means the same).
    ``bis 12:00``              only closes_at.

note
    ``(nicht in den Ferien)``  free text in parentheses at the end of the entry: `note`.
                               Parentheses inside it must be balanced.

Every dict has the keys frequency, weekdays, week_of_month, date, opens_at, closes_at and note
(None or "" where not given; dates are `datetime.date`, times `datetime.time`). Text that cannot
be read raises ValueError with a message for the person who wrote the file.

Not in the text: the schedule's own location and its valid_from/valid_until.
"""

import datetime
import re
from collections.abc import Iterable, Mapping

from django.utils.translation import gettext as _

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
GERMAN_WEEKDAYS = {
    "MO": "Mo",
    "TU": "Di",
    "WE": "Mi",
    "TH": "Do",
    "FR": "Fr",
    "SA": "Sa",
    "SU": "So",
}
ENTRY_SEPARATOR = "; "

_DAY_NAMES = {
    **{abbr.lower(): code for code, abbr in GERMAN_WEEKDAYS.items()},
    **{code.lower(): code for code in WEEKDAY_CODES},
    "montag": "MO",
    "dienstag": "TU",
    "mittwoch": "WE",
    "donnerstag": "TH",
    "freitag": "FR",
    "samstag": "SA",
    "sonnabend": "SA",
    "sonntag": "SU",
}

_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
_TIME = r"\d{1,2}(?:[:.]\d{2})?(?:\s*Uhr)?"
_DASH = r"\s*(?:-|–|—|bis)\s*"
_RANGE = (
    rf"(?:ab\s+(?P<from>{_TIME})|bis\s+(?P<to>{_TIME})"
    rf"|(?<![\d.:-])(?P<open>{_TIME})(?:{_DASH}(?P<close>{_TIME}))?)"
)
_TRAILING_RANGE = re.compile(rf"(?:^|\s+|\s*,\s*|\s+und\s+){_RANGE}$", re.IGNORECASE)
_ORDINAL = r"(?:[1-4]\.|-1\.?|letzte[rn]?)"
_ORDINALS = rf"{_ORDINAL}(?:\s*(?:,|und|&)\s*{_ORDINAL})*"
_START = rf"(?:(?:^|\s+)ab\s+(?P<start>{_DATE}))?"
_ONCE = re.compile(rf"^(?:am\s+)?(?P<date>{_DATE})$", re.IGNORECASE)
_MONTHLY_BY_WEEK = re.compile(
    rf"^(?:jeden\s+|jede\s+|am\s+)?(?P<ordinals>{_ORDINALS})\s+(?P<days>.+?)\s+"
    rf"(?:im\s+Monat|des\s+Monats){_START}$",
    re.IGNORECASE,
)
_MONTHLY = re.compile(rf"^monatlich(?:\s+(?P<days>.+?))??{_START}$", re.IGNORECASE)
_WEEKLY = re.compile(rf"^(?:(?P<days>.*?)){_START}$", re.IGNORECASE)


def _field(schedule, name: str):
    """A field of a Schedule, or the same key of a dict from `parse_opening_hours`."""
    if isinstance(schedule, Mapping):
        return schedule.get(name)
    return getattr(schedule, name)


def _time_text(value: datetime.time) -> str:
    return f"{value.hour}:{value.minute:02d}"


def _date_text(value: datetime.date) -> str:
    return value.strftime("%d.%m.%Y")


def _days_text(weekdays: str) -> str:
    codes = [code for code in (weekdays or "").split(",") if code]
    return ", ".join(GERMAN_WEEKDAYS.get(code, code) for code in codes)


def format_schedule(schedule) -> str:
    """One schedule (a Schedule or a dict of its fields) as one entry, "" if it says nothing."""
    frequency = _field(schedule, "frequency") or "weekly"
    days = _days_text(_field(schedule, "weekdays"))
    date = _field(schedule, "date")
    week = _field(schedule, "week_of_month")
    if frequency == "once":
        head = _date_text(date) if date else ""
    else:
        if frequency == "monthly" and week:
            ordinal = "letzter" if week == -1 else f"{week}."
            head = f"{ordinal} {days} im Monat"
        elif frequency == "monthly":
            head = f"monatlich {days}".strip()
        else:
            head = days
        if date:
            head = f"{head} ab {_date_text(date)}".strip()
    opens, closes = _field(schedule, "opens_at"), _field(schedule, "closes_at")
    if opens and closes:
        times = f"{_time_text(opens)}-{_time_text(closes)}"
    elif opens:
        times = f"ab {_time_text(opens)}"
    elif closes:
        times = f"bis {_time_text(closes)}"
    else:
        times = ""
    text = " ".join(part for part in (head, times) if part)
    note = (_field(schedule, "note") or "").strip()
    if note:
        text = f"{text} ({note})" if text else f"({note})"
    return text


def format_opening_hours(schedules: Iterable) -> str:
    """The schedules as one line: "Mo, Mi 10:00-12:00; 2. Di im Monat 15:00-17:00"."""
    return ENTRY_SEPARATOR.join(text for text in map(format_schedule, schedules) if text)


def _split_entries(text: str) -> list[str]:
    """Split at ";" and line breaks outside parentheses."""
    entries, current, depth = [], [], 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        if char in ";\n" and depth == 0:
            entries.append("".join(current))
            current = []
        else:
            current.append(char)
    entries.append("".join(current))
    return [entry.strip() for entry in entries if entry.strip()]


def _split_note(entry: str) -> tuple[str, str]:
    """("Fr 9:00-11:00", "nicht in den Ferien") from "Fr 9:00-11:00 (nicht in den Ferien)"."""
    if "(" not in entry and ")" not in entry:
        return entry, ""
    if not entry.endswith(")") and entry.count("(") == entry.count(")"):
        raise ValueError(
            _('Cannot read the times "%(entry)s": a note in parentheses must come last.')
            % {"entry": entry}
        )
    depth = 0
    for index in range(len(entry) - 1, -1, -1):
        if entry[index] == ")":
            depth += 1
        elif entry[index] == "(":
            depth -= 1
            if depth == 0:
                return entry[:index].strip(), entry[index + 1 : -1].strip()
    raise ValueError(_('A parenthesis is not closed in "%(entry)s".') % {"entry": entry})


def _parse_time(text: str, entry: str) -> datetime.time:
    digits = re.sub(r"\s*Uhr$", "", text.strip(), flags=re.IGNORECASE)
    hour, _sep, minute = digits.replace(".", ":").partition(":")
    try:
        return datetime.time(int(hour), int(minute or 0))
    except ValueError:
        raise ValueError(
            _('"%(time)s" in "%(entry)s" is not a time of day.') % {"time": text, "entry": entry}
        ) from None


def _parse_date(text: str, entry: str) -> datetime.date:
    try:
        if "-" in text:
            return datetime.date.fromisoformat(text)
        day, month, year = (int(part) for part in text.split("."))
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(
            _('"%(date)s" in "%(entry)s" is not a date.') % {"date": text, "entry": entry}
        ) from None


def _parse_day(text: str, entry: str) -> str:
    code = _DAY_NAMES.get(text.strip().rstrip(".").lower())
    if code is None:
        raise ValueError(
            _('"%(day)s" in "%(entry)s" is not a day of the week (Mo, Di, Mi, Do, Fr, Sa, So).')
            % {"day": text.strip(), "entry": entry}
        )
    return code


def _parse_days(text: str, entry: str) -> str:
    """ "Mo, Mi" -> "MO,WE"; "Mo-Fr" -> "MO,TU,WE,TH,FR"."""
    found: set[str] = set()
    for part in re.split(r"\s*(?:,|/|&|\+|\bund\b)\s*", text.strip()):
        if not part:
            continue
        if span := re.fullmatch(r"(.+?)\s*(?:-|–|—|\bbis\b)\s*(.+)", part):
            start = WEEKDAY_CODES.index(_parse_day(span.group(1), entry))
            end = WEEKDAY_CODES.index(_parse_day(span.group(2), entry))
            found.update(WEEKDAY_CODES[(start + step) % 7] for step in range((end - start) % 7 + 1))
        else:
            found.add(_parse_day(part, entry))
    return ",".join(code for code in WEEKDAY_CODES if code in found)


def _parse_ordinals(text: str) -> list[int]:
    weeks = []
    for part in re.split(r"\s*(?:,|und|&)\s*", text.strip(), flags=re.IGNORECASE):
        weeks.append(-1 if part.lower().startswith(("letzt", "-1")) else int(part.rstrip(".")))
    return weeks


def _parse_times(rest: str, entry: str) -> tuple[str, list[tuple]]:
    """Split the trailing time ranges off `rest`: (head, [(opens_at, closes_at), …])."""
    ranges = []
    while match := _TRAILING_RANGE.search(rest):
        if match.group("from"):
            ranges.append((_parse_time(match.group("from"), entry), None))
        elif match.group("to"):
            ranges.append((None, _parse_time(match.group("to"), entry)))
        else:
            close = match.group("close")
            ranges.append(
                (
                    _parse_time(match.group("open"), entry),
                    _parse_time(close, entry) if close else None,
                )
            )
        rest = rest[: match.start()].strip().rstrip(",").strip()
    ranges.reverse()
    return rest, ranges or [(None, None)]


def _parse_entry(entry: str) -> list[dict]:
    rest, note = _split_note(entry)
    head, ranges = _parse_times(rest, entry)
    heads: list[dict] = []
    if match := _ONCE.match(head):
        heads.append({"frequency": "once", "date": _parse_date(match.group("date"), entry)})
    elif match := _MONTHLY_BY_WEEK.match(head):
        days = _parse_days(match.group("days"), entry)
        start = match.group("start")
        date = _parse_date(start, entry) if start else None
        for week in _parse_ordinals(match.group("ordinals")):
            heads.append(
                {"frequency": "monthly", "weekdays": days, "week_of_month": week, "date": date}
            )
    elif match := _MONTHLY.match(head):
        days = match.group("days")
        start = match.group("start")
        heads.append(
            {
                "frequency": "monthly",
                "weekdays": _parse_days(days, entry) if days else "",
                "date": _parse_date(start, entry) if start else None,
            }
        )
    elif (match := _WEEKLY.match(head)) and not re.search(r"\d", match.group("days")):
        days = match.group("days")
        start = match.group("start")
        heads.append(
            {
                "frequency": "weekly",
                "weekdays": _parse_days(days, entry) if days else "",
                "date": _parse_date(start, entry) if start else None,
            }
        )
    else:
        raise ValueError(
            _(
                'Cannot read the times "%(entry)s". Write them like "Mo, Mi 10:00-12:00", '
                '"2. Di im Monat 15:00-17:00" or "12.12.2026 10:00-12:00".'
            )
            % {"entry": entry}
        )
    schedules = []
    for fields in heads:
        for opens_at, closes_at in ranges:
            schedules.append(
                {
                    "frequency": fields["frequency"],
                    "weekdays": fields.get("weekdays", ""),
                    "week_of_month": fields.get("week_of_month"),
                    "date": fields.get("date"),
                    "opens_at": opens_at,
                    "closes_at": closes_at,
                    "note": note,
                }
            )
    return schedules


def parse_opening_hours(text: str) -> list[dict]:
    """The schedules written in `text` (see the module docstring); [] for an empty text.

    Raises ValueError, with a message naming the entry, for text it cannot read.
    """
    schedules: list[dict] = []
    for entry in _split_entries(text or ""):
        schedules.extend(_parse_entry(entry))
    return schedules
