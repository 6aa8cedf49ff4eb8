"""Repeated blocks (the same chat panel pasted from several screenshots) appear once."""

from difflib import SequenceMatcher

from .records import Item, Parsed

SIMILAR = 0.85  # the same message read twice from a screenshot differs in a few letters


def _same_message(a: Item, b: Item) -> bool:
    if (a.speaker, a.time) != (b.speaker, b.time):
        return False
    return (
        a.text in b.text
        or b.text in a.text
        or SequenceMatcher(None, a.text, b.text).ratio() >= SIMILAR
    )


def _chat(messages: list[Item]) -> list[Item]:
    kept: list[Item] = []
    for message in messages:
        twin = next((k for k in kept if _same_message(k, message)), None)
        if twin is None:
            kept.append(message)
        elif len(message.text) > len(twin.text):  # keep the complete copy
            twin.text = message.text
    return sorted(kept, key=lambda m: m.time or "")


def _statements(statements: list[Item]) -> list[Item]:
    seen, kept = set(), []
    for item in statements:
        key = (item.kind, item.speaker, " ".join(item.text.split()).casefold())
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def remove_duplicates(parsed: Parsed) -> Parsed:
    for room in parsed.rooms:
        room.statements = _statements(room.statements)
        room.chat = _chat(room.chat)
    return parsed
