"""Fast note-taking: one typed line becomes a statement.

A line may start with up to two prefixes, in either order: the kind of the statement and
the speaker. Kinds: `P:` problem, `L:` solution (Lösung), `BP:` best practice, `F:` question
(Frage), `K:` comment (Kommentar), `C:` chat message; small letters work too. A speaker is
given by 2–4 capital letters (initials or a short pseudonym, digits may follow: `TN1:`).

    >>> parse("BT: P: Ausbildung wird abgebrochen")
    Note(speaker='BT', kind='problem', text='Ausbildung wird abgebrochen')

Kind prefixes win over initials: `BP:` is always a best practice. A line without a kind
prefix is a comment.
"""

import re
from typing import NamedTuple

from .models import Statement

Kind = Statement.Kind

PREFIXES: dict[str, str] = {
    "P": Kind.PROBLEM,
    "L": Kind.SOLUTION,
    "BP": Kind.BEST_PRACTICE,
    "F": Kind.QUESTION,
    "K": Kind.COMMENT,
    "C": Kind.CHAT,
}
DEFAULT_KIND = Kind.COMMENT
MAX_TEXT = 5000

_PREFIX = re.compile(r"\s*([A-Za-zÄÖÜäöü]{1,4}\d{0,2})\s*:\s*")
_SPEAKER = re.compile(r"[A-ZÄÖÜ]{2,4}\d{0,2}")


class Note(NamedTuple):
    speaker: str
    kind: str
    text: str


def _prefix(line: str, position: int) -> tuple[str, int] | None:
    """The prefix token at `position` and where the rest begins, if there is one."""
    match = _PREFIX.match(line, position)
    return (match.group(1), match.end()) if match else None


def parse(line: str) -> Note:
    """The speaker, kind and text of a typed line (speaker "" if none was given)."""
    line = " ".join(line.split())  # one line, single spaces
    speaker, kind, position = "", "", 0
    for _ in range(2):
        found = _prefix(line, position)
        if found is None:
            break
        token, end = found
        if not kind and token.upper() in PREFIXES:
            kind = PREFIXES[token.upper()]
        elif not speaker and _SPEAKER.fullmatch(token):
            speaker = token
        else:
            break
        position = end
    return Note(speaker=speaker, kind=kind or DEFAULT_KIND, text=line[position:].strip()[:MAX_TEXT])


def prefix_help() -> list[tuple[str, str]]:
    """(prefix, kind label) pairs for the help next to the input line."""
    labels = dict(Kind.choices)
    return [(f"{prefix}:", labels[kind]) for prefix, kind in PREFIXES.items()]
