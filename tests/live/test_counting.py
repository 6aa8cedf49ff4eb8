"""The database counts answers as the poll types sum them up in Python (`aggregate`, the
reference): hand-made answers of every countable type, with ties, unknown items and terms
spelled differently."""

import pytest

from tests.factories import PollFactory
from treffpunkt.live import participation
from treffpunkt.live.models import LiveParticipant, TermRule, Vote
from treffpunkt.live.polls import counting, poll_type


def stored(poll, *answers) -> list:
    for answer in answers:
        participant = LiveParticipant.objects.create(session=poll.session)
        Vote.objects.create(poll=poll, participant=participant, answer=answer)
    return list(answers)


def both(poll, answers) -> tuple[dict, dict]:
    return poll_type(poll.kind).tally(poll), poll_type(poll.kind).aggregate(poll, answers)


@pytest.mark.parametrize("kind", ["single", "multiple"])
def test_choice(db, kind):
    poll = PollFactory(kind=kind, items=["A", "B", "C", "D"])
    a, b, c, _d = (item.pk for item in poll.items.all())
    answers = stored(
        poll,
        {"choices": [a, b]},
        {"choices": [b]},
        {"choices": [c, a]},
        {"choices": [999_999]},  # an item deleted since
    )

    counted, summed = both(poll, answers)

    assert counted == summed
    assert [row["count"] for row in counted["items"]] == [2, 2, 1, 0]
    assert counted["voters"] == 4


def test_rating(db):
    poll = PollFactory(kind="rating", items=["Begegnungsorte", "Sprachpraxis", "Mobilität"])
    a, b, c = (str(item.pk) for item in poll.items.all())
    answers = stored(
        poll, {a: 5, b: 3, c: 2}, {a: 4, b: 3}, {a: 5, b: 1, c: 2}, {b: 4}, {"999999": 1}
    )

    counted, summed = both(poll, answers)

    assert counted == summed
    assert [(row["text"], row["n"], row["distribution"]) for row in counted["items"]] == [
        ("Begegnungsorte", 3, [0, 0, 0, 1, 2]),
        ("Sprachpraxis", 4, [1, 0, 2, 1, 0]),
        ("Mobilität", 2, [0, 2, 0, 0, 0]),
    ]


def test_ranking(db):
    poll = PollFactory(kind="ranking", items=["A", "B", "C"])
    a, b, c = (item.pk for item in poll.items.all())
    answers = stored(poll, {"order": [a, b, c]}, {"order": [b, a, c]}, {"order": [c, a, b]})

    counted, summed = both(poll, answers)

    assert counted == summed
    assert [(row["text"], row["points"]) for row in counted["items"]] == [
        ("A", 7),
        ("B", 6),
        ("C", 5),
    ]


def test_word_cloud(db):
    poll = PollFactory(kind="wordcloud", max_answers=3)
    answers = stored(
        poll,
        {"terms": ["Kulturelle Öffnung", "Politik"]},
        {"terms": ["kulturelleöffnung", "Wille Politik"]},
        {"terms": ["Kulturelle Oeffnung", "Einkaufszentrum", "Zeit"]},
        {"terms": ["Kulturelle Öffnung", "Geld"]},
    )
    TermRule.objects.create(poll=poll, term="willepolitik", merge_into="politik")
    TermRule.objects.create(poll=poll, term="einkaufszentrum", hidden=True)

    counted, summed = both(poll, answers)

    assert counted == summed
    assert [(t["text"], t["count"]) for t in counted["terms"]] == [
        ("Kulturelle Öffnung", 4),
        ("Politik", 2),
        ("Geld", 1),  # ties by the normalised term, whatever order they were read in
        ("Zeit", 1),
    ]


def test_a_poll_without_answers(db):
    poll = PollFactory(kind="ranking", items=["A", "B"])

    counted, summed = both(poll, [])

    assert counted == summed
    assert counted["voters"] == 0


def test_other_databases_read_the_answers(db, monkeypatch):
    poll = PollFactory(kind="single", items=["A", "B"])
    a, _b = (item.pk for item in poll.items.all())
    stored(poll, {"choices": [a]})
    monkeypatch.setattr(counting, "SUPPORTED", ())
    monkeypatch.setattr(counting, "array_elements", None)  # not called

    assert participation.results(poll)["items"][0]["count"] == 1
