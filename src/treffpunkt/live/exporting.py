"""The results of a live session for the documentation: every poll with its results, the
questions with their support, the chat. Participants appear as the name they chose to show
(or not at all), never with their keys.

`as_dict` is the data (JSON), `as_csv` the same as one long table for spreadsheets: one row
per number, so that every kind of poll fits the same columns.
"""

import csv
import io
import json

from django.db.models import Count
from django.utils import timezone

from .models import LiveSession, Poll
from .participation import results

CSV_HEADERS = ["section", "number", "kind", "text", "item", "measure", "value", "state", "time"]


def _time(value) -> str:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


def _polls(session: LiveSession) -> list[dict]:
    polls = session.polls.prefetch_related("items", "term_rules").order_by("position", "pk")
    return [
        {
            "number": number,
            "kind": poll.kind,
            "question": poll.question,
            "state": poll.state,
            "results_visible": poll.results_visible,
            "scale_max": poll.scale_max if poll.kind == Poll.Kind.RATING else None,
            "results": results(poll),
        }
        for number, poll in enumerate(polls, start=1)
    ]


def _questions(session: LiveSession) -> list[dict]:
    questions = session.questions.annotate(support=Count("votes")).order_by("created_at", "pk")
    return [
        {
            "number": number,
            "text": question.text,
            "support": question.support,
            "state": question.state,
            "answered": question.answered,
            "pinned": question.pinned,
            "created_at": _time(question.created_at),
        }
        for number, question in enumerate(questions, start=1)
    ]


def _author(message) -> str:
    if message.author_id:
        return "moderation"
    return message.participant.display_name if message.participant else ""


def _chat(session: LiveSession) -> list[dict]:
    messages = session.chat_messages.select_related("participant").order_by("created_at", "pk")
    return [
        {
            "number": number,
            "author": _author(message),
            "text": message.text,
            "state": message.state,
            "created_at": _time(message.created_at),
        }
        for number, message in enumerate(messages, start=1)
    ]


def as_dict(session: LiveSession) -> dict:
    event = session.event
    return {
        "session": {
            "title": session.title,
            "code": session.code,
            "event": event.title,
            "room": session.room.title if session.room_id else None,
            "starts_at": _time(event.starts_at),
            "participants": session.participants.count(),
            "exported_at": _time(timezone.now()),
        },
        "polls": _polls(session),
        "questions": _questions(session),
        "chat": _chat(session),
    }


def as_json(session: LiveSession) -> str:
    return json.dumps(as_dict(session), ensure_ascii=False, indent=2)


# CSV: one row per number -------------------------------------------------------------------


def _result_rows(poll: dict):
    """(item, measure, value) of a poll's results, whatever its kind."""
    found = poll["results"]
    yield "", "voters", found.get("voters", 0)
    kind = poll["kind"]
    if kind in (Poll.Kind.SINGLE, Poll.Kind.MULTIPLE):
        for row in found["items"]:
            yield row["text"], "votes", row["count"]
            yield row["text"], "share", round(row["share"], 4)
    elif kind == Poll.Kind.RANKING:
        for place, row in enumerate(found["items"], start=1):
            yield row["text"], "place", place
            yield row["text"], "points", row["points"]
            mean = row["mean_place"]
            yield row["text"], "mean_place", "" if mean is None else round(mean, 2)
    elif kind == Poll.Kind.RATING:
        for row in found["items"]:
            yield row["text"], "mean", "" if row["mean"] is None else round(row["mean"], 2)
            yield row["text"], "answers", row["n"]
            for value, count in enumerate(row["distribution"], start=1):
                yield row["text"], f"value_{value}", count
    elif kind == Poll.Kind.WORDCLOUD:
        for term in found["terms"]:
            yield term["text"], "count", term["count"]
    elif kind == Poll.Kind.OPEN:
        for answer in found["answers"]:
            yield answer, "answer", ""


def csv_rows(data: dict):
    for poll in data["polls"]:
        for item, measure, value in _result_rows(poll):
            yield ["poll", poll["number"], poll["kind"], poll["question"], item, measure, value,
                   poll["state"], ""]  # fmt: skip
    for question in data["questions"]:
        for measure in ("support", "answered", "pinned"):
            value = question[measure]
            yield ["question", question["number"], "", question["text"], "", measure,
                   int(value), question["state"], question["created_at"]]  # fmt: skip
    for message in data["chat"]:
        yield ["chat", message["number"], "", message["text"], message["author"], "message", "",
               message["state"], message["created_at"]]  # fmt: skip


def _cell(value):
    """Text a spreadsheet shows as text: no formulas from what participants typed."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def as_csv(session: LiveSession) -> str:
    """RFC 4180 CSV with a byte order mark, so that spreadsheet programs read it as UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADERS)
    for row in csv_rows(as_dict(session)):
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()
