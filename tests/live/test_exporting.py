"""The documentation of a session: polls with results, questions with support, the chat —
as JSON and as one long CSV table, without participants' keys."""

import csv
import io
import json

import pytest

from tests.factories import LiveSessionFactory, PollFactory
from treffpunkt.live import exporting, participation
from treffpunkt.live.exporting import CSV_HEADERS


@pytest.fixture
def session(db):
    session = LiveSessionFactory(title="Abschlussveranstaltung")
    vote = PollFactory(session=session, kind="single", items=["A", "B"], position=0,
                       question="Welche Handlungsempfehlung zuerst diskutieren?")  # fmt: skip
    rating = PollFactory(session=session, kind="rating", items=["Orte"], position=1, scale_max=5,
                         question="Wie wichtig?")  # fmt: skip
    cloud = PollFactory(session=session, kind="wordcloud", position=2, question="Was fördert?")
    anna = participation.join(session, "Anna")
    someone = participation.join(session)
    a = vote.items.first()
    participation.vote(vote, anna, {"choice": [str(a.pk)]})
    participation.vote(vote, someone, {"choice": [str(a.pk)]})
    participation.vote(rating, anna, {f"item-{rating.items.get().pk}": ["4"]})
    participation.vote(cloud, anna, {"term": ["Kulturelle Öffnung", "=HYPERLINK(1)"]})
    question = participation.ask(session, anna, "Wer finanziert Begegnungsorte?")
    participation.upvote(question, someone)
    participation.chat(session, someone, "Hallo aus Neustadt")
    session.participant_keys = [str(anna.key), str(someone.key)]
    return session


def test_json_holds_polls_questions_and_chat(session):
    data = json.loads(exporting.as_json(session))

    assert data["session"]["title"] == "Abschlussveranstaltung"
    assert data["session"]["participants"] == 2
    assert [poll["kind"] for poll in data["polls"]] == ["single", "rating", "wordcloud"]
    vote = data["polls"][0]["results"]
    assert vote["voters"] == 2
    assert [(row["text"], row["count"]) for row in vote["items"]] == [("A", 2), ("B", 0)]
    assert data["polls"][1]["results"]["items"][0]["distribution"] == [0, 0, 0, 1, 0]
    assert data["questions"] == [
        {"number": 1, "text": "Wer finanziert Begegnungsorte?", "support": 1, "state": "visible",
         "answered": False, "pinned": False, "created_at": data["questions"][0]["created_at"]},
    ]  # fmt: skip
    assert [(m["author"], m["text"]) for m in data["chat"]] == [("", "Hallo aus Neustadt")]


def test_no_participant_keys_anywhere(session):
    for exported in (exporting.as_json(session), exporting.as_csv(session)):
        for key in session.participant_keys:
            assert key not in exported
        assert "participant" not in exported.replace('"participants"', "")


def rows(session) -> list[dict]:
    text = exporting.as_csv(session)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_has_one_row_per_number(session):
    table = rows(session)

    assert list(table[0]) == CSV_HEADERS
    votes = {
        (r["item"], r["measure"]): r["value"]
        for r in table
        if r["number"] == "1" and r["section"] == "poll"
    }
    assert votes[("", "voters")] == "2"
    assert votes[("A", "votes")] == "2"
    assert votes[("A", "share")] == "1.0"
    rating = {(r["item"], r["measure"]): r["value"] for r in table if r["kind"] == "rating"}
    assert rating[("Orte", "mean")] == "4.0"
    assert rating[("Orte", "value_4")] == "1"
    question = {r["measure"]: r["value"] for r in table if r["section"] == "question"}
    assert question == {"support": "1", "answered": "0", "pinned": "0"}
    chat = [r for r in table if r["section"] == "chat"]
    assert [(r["text"], r["state"]) for r in chat] == [("Hallo aus Neustadt", "visible")]


def test_csv_cells_never_become_formulas(session):
    terms = [
        r["item"] for r in rows(session) if r["kind"] == "wordcloud" and r["measure"] == "count"
    ]

    assert "'=HYPERLINK(1)" in terms
    assert "Kulturelle Öffnung" in terms


def test_an_empty_session_exports_too(db):
    session = LiveSessionFactory()

    assert json.loads(exporting.as_json(session))["polls"] == []
    assert len(rows(session)) == 0
