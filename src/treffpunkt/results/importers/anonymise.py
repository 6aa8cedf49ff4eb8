"""Anonymisation on import: full names become initials (the same person always the same,
"Peter Schreiber" and "Peter Schneider" PS and PS2), e-mail addresses, phone numbers and
personal links are removed from everything that can become public."""

import re
import unicodedata
from difflib import SequenceMatcher

from django.utils.translation import gettext as _

from .records import Parsed

_INITIALS = re.compile(r"[A-ZÄÖÜ]{1,4}\d{0,2}")
_ORG_SUFFIX = re.compile(r"(\s+\([^)]*\)|\s+[A-ZÄÖÜ]{2,6})+$")  # "(BMEL)", " RBSG"
EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
PHONE = re.compile(r"(?<![\w.,/])(?:\+\d{1,3}|00\d{1,3}|0)(?:[ /()-]{0,2}\d){6,14}(?![\w])")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.I)
_SOCIAL = re.compile(
    r"linkedin\.|xing\.|facebook\.|fb\.com|instagram\.|twitter\.|//x\.com|t\.me/|wa\.me/|tiktok\.|/~",
    re.I,
)
_TITLED = re.compile(r"\b(Herrn?|Frau|Hr\.|Fr\.|Dr\.|Prof\.)\s+([A-ZÄÖÜ])[\w'-]+")


def _ascii(text: str) -> str:
    folded = (
        text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    )
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()


def _person(name: str) -> str:
    """The name without an organisation after it: "Frank Brunn (BMEL)" -> "Frank Brunn"."""
    return _ORG_SUFFIX.sub("", name.strip()) or name.strip()


class Anonymiser:
    def __init__(self):
        self.pseudonyms: dict[str, str] = {}  # person -> initials

    def speaker(self, name: str) -> str:
        """Initials stay; a name becomes its pseudonym."""
        name = " ".join(name.split())
        if not name or _INITIALS.fullmatch(name):
            return name
        return self.pseudonym(_person(name))

    def pseudonym(self, person: str) -> str:
        if person in self.pseudonyms:
            return self.pseudonyms[person]
        words = person.split()
        initials = (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()
        for known, given in self.pseudonyms.items():  # "Kirchoff" / "Kirchhoff": one person
            if (
                given.rstrip("0123456789") == initials
                and SequenceMatcher(None, known, person).ratio() > 0.9
            ):
                self.pseudonyms[person] = given
                return given
        taken = set(self.pseudonyms.values())
        candidate, number = initials, 1
        while candidate in taken:
            number += 1
            candidate = f"{initials}{number}"
        self.pseudonyms[person] = candidate
        return candidate

    def text(self, text: str) -> str:
        """The text without contact data, personal links and known full names."""
        text = EMAIL.sub(_("[e-mail removed]"), text)
        text = URL.sub(lambda match: self._url(match.group(0)), text)
        text = PHONE.sub(_("[phone removed]"), text)
        for person in sorted(self.pseudonyms, key=len, reverse=True):
            words = person.split()
            variants = {person, f"{words[0]} {words[-1]}"} if len(words) > 1 else set()
            for variant in variants:
                text = re.sub(rf"\b{re.escape(variant)}\b", self.pseudonyms[person], text)
        return _TITLED.sub(lambda m: f"{m.group(1)} {m.group(2)}.", text)

    def _url(self, url: str) -> str:
        folded = _ascii(url)
        parts = {_ascii(word) for person in self.pseudonyms for word in person.split()}
        if _SOCIAL.search(url) or any(len(part) >= 4 and part in folded for part in parts):
            return _("[link removed]")
        return url


def anonymise(parsed: Parsed) -> Parsed:
    """The same import with pseudonymous speakers and clean texts (changed in place)."""
    anonymiser = Anonymiser()
    for room in parsed.rooms:
        for item in room.statements + room.chat:
            item.speaker = anonymiser.speaker(item.speaker)
    for room in parsed.rooms:
        room.title = anonymiser.text(room.title)
        room.header = {key: anonymiser.text(value) for key, value in room.header.items()}
        room.terms = [anonymiser.text(term) for term in room.terms]
        for item in room.statements + room.chat:
            item.text = anonymiser.text(item.text)
    for poll in parsed.polls:
        poll.question = anonymiser.text(poll.question)
        poll.items = [anonymiser.text(item) for item in poll.items]
    return parsed
