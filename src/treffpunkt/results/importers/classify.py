"""The kind of what was said: "Problem:" / "Lösung:" markers and the bullets after them (• or
<li>), `[best practice]` marks, and questions. One text may hold several statements."""

import re

from .markup import has_words, strip_tags
from .records import Kind

MARKERS = {
    "problem": Kind.PROBLEM,
    "probleme": Kind.PROBLEM,
    "problems": Kind.PROBLEM,
    "lösung": Kind.SOLUTION,
    "lösungen": Kind.SOLUTION,
    "solution": Kind.SOLUTION,
    "solutions": Kind.SOLUTION,
    "best practice": Kind.BEST_PRACTICE,
    "best-practice": Kind.BEST_PRACTICE,
    "frage": Kind.QUESTION,
    "question": Kind.QUESTION,
}
_MARKER = (
    r"\b(?P<marker>Probleme?|Problems?|Lösung(?:en)?|Solutions?|Best[ -]Practice|Frage|Question)"
    r"\s*:"
)
_TOKEN = re.compile(rf"(?P<para><p\b[^>]*>)|<(?:ul|ol|li)\b[^>]*>|•|{_MARKER}", re.I)
MARKER_LINE = re.compile(rf"\s*{_MARKER}\s*$", re.I)
_BEST_PRACTICE = re.compile(r"\s*\[\s*best[ -]practices?\s*\]", re.I)
_DROP = re.compile(r"\[\s*anonymisiert\s*\]|\(\s*anonymisiert\s*\)", re.I)
_EDGES = " \t→↔←➔⇒;,-–—|"


def marker_kind(word: str) -> str:
    return MARKERS[" ".join(word.lower().replace("-", " ").split())]


def _finish(kind: str, text: str) -> tuple[str, str] | None:
    text = _DROP.sub("", strip_tags(text)).strip(_EDGES)
    if _BEST_PRACTICE.search(text):
        kind, text = Kind.BEST_PRACTICE, _BEST_PRACTICE.sub("", text).strip(_EDGES)
    if not has_words(text):
        return None
    if kind == Kind.COMMENT and text.rstrip(")").endswith("?"):
        kind = Kind.QUESTION
    return kind, text


def segments(text: str, kind: str = Kind.COMMENT) -> list[tuple[str, str]]:
    """(kind, text) of each statement in `text`. A marker before a list sets the kind of its
    bullets; a marker inside a bullet only that bullet's rest; a paragraph (<p>) starts again."""
    found, current, list_kind, in_bullet, start = [], kind, kind, False, 0
    for match in _TOKEN.finditer(text):
        found.append(_finish(current, text[start : match.start()]))
        if match["para"]:
            current = list_kind = kind
            in_bullet = False
        elif match["marker"]:
            current = marker_kind(match["marker"])
            list_kind = list_kind if in_bullet else current
        elif match.group(0) == "•" or match.group(0).lower().startswith("<li"):
            current, in_bullet = list_kind, True
        start = match.end()
    found.append(_finish(current, text[start:]))
    return [segment for segment in found if segment]
