"""Each poll type reads answers strictly and sums them up as documented."""

import pytest

from tests.factories import PollFactory
from treffpunkt.live import participation
from treffpunkt.live.models import TermRule
from treffpunkt.live.polls import AnswerError, poll_type
from treffpunkt.live.polls.text import normalise_term


def votes(poll, *answers):
    for answer in answers:
        participant = participation.join(poll.session)
        participation.vote(poll, participant, answer)
    return participation.results(poll)


def ids(poll):
    return [item.pk for item in poll.items.all()]


def test_rating_mean_count_and_distribution_sorted(db):
    poll = PollFactory(kind="rating", items=["Begegnungsorte", "Sprachpraxis", "Mobilität"])
    a, b, c = ids(poll)

    results = votes(
        poll,
        {f"item-{a}": ["5"], f"item-{b}": ["3"], f"item-{c}": ["2"]},
        {f"item-{a}": ["4"], f"item-{b}": ["3"]},
        {f"item-{a}": ["5"], f"item-{b}": ["1"], f"item-{c}": ["2"]},
    )

    assert results["voters"] == 3
    assert [
        (r["text"], r["n"], round(r["mean"], 2), r["distribution"]) for r in results["items"]
    ] == [
        ("Begegnungsorte", 3, 4.67, [0, 0, 0, 1, 2]),
        ("Sprachpraxis", 3, 2.33, [1, 0, 2, 0, 0]),
        ("Mobilität", 2, 2.0, [0, 2, 0, 0, 0]),
    ]


@pytest.mark.parametrize("bad", [{"item-999": ["3"]}, {}, {"item-{a}": ["6"]}, {"item-{a}": ["x"]}])
def test_rating_refuses_bad_answers(db, bad):
    poll = PollFactory(kind="rating", items=["A"])
    a = ids(poll)[0]
    data = {key.replace("{a}", str(a)): value for key, value in bad.items()}

    with pytest.raises(AnswerError):
        poll_type("rating").answer_from(poll, data)


def test_single_choice_counts_and_shares(db):
    poll = PollFactory(
        kind="single",
        items=["A Systemisch denken", "B Verwaltungspraxis", "C Potenziale", "D Zusammenhalt"],
    )
    a, _b, _c, d = ids(poll)

    results = votes(
        poll, {"choice": [str(a)]}, {"choice": [str(a)]}, {"choice": [str(d)]}, {"choice": [str(a)]}
    )

    assert [(r["text"][0], r["count"], r["share"]) for r in results["items"]] == [
        ("A", 3, 0.75), ("B", 0, 0.0), ("C", 0, 0.0), ("D", 1, 0.25),
    ]  # fmt: skip


def test_single_choice_takes_exactly_one(db):
    poll = PollFactory(kind="single", items=["A", "B"])

    with pytest.raises(AnswerError):
        poll_type("single").answer_from(poll, {"choice": [str(i) for i in ids(poll)]})


def test_multiple_choice(db):
    poll = PollFactory(kind="multiple", items=["A", "B", "C"])
    a, b, _c = ids(poll)

    results = votes(poll, {"choice": [str(a), str(b)]}, {"choice": [str(b)]})

    assert [(r["text"], r["count"]) for r in results["items"]] == [("A", 1), ("B", 2), ("C", 0)]


def test_ranking_by_borda_count(db):
    poll = PollFactory(kind="ranking", items=["A", "B", "C"])
    a, b, c = ids(poll)

    results = votes(
        poll,
        {"order": [str(b), str(a), str(c)]},  # B 3, A 2, C 1
        {"order": [str(b), str(c), str(a)]},  # B 3, C 2, A 1
        {f"place-{a}": ["1"], f"place-{b}": ["2"], f"place-{c}": ["3"]},  # the form without JS
    )

    assert results["method"] == "borda"
    assert [(r["text"], r["points"], round(r["mean_place"], 2)) for r in results["items"]] == [
        ("B", 8, 1.33), ("A", 6, 2.0), ("C", 4, 2.67),
    ]  # fmt: skip


def test_ranking_needs_every_place_once(db):
    poll = PollFactory(kind="ranking", items=["A", "B"])
    a, b = ids(poll)

    with pytest.raises(AnswerError):
        poll_type("ranking").answer_from(poll, {f"place-{a}": ["1"], f"place-{b}": ["1"]})


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (
            [
                "Kulturelle Öffnung",
                "kulturelleöffnung",
                "Kulturelle Oeffnung",
                " KULTURELLE-ÖFFNUNG ",
            ],
            "kulturelleoffnung",
        ),
        (["Hürden abbauen", "hürdenabbauen"], "hurdenabbaun"),
        (["Politischer Wille", "politischerwille"], "politischerwille"),
    ],
)
def test_word_cloud_normalisation(spellings, key):
    assert {normalise_term(s) for s in spellings} == {key}


def test_word_cloud_counts_spellings_together_with_merges_and_hides(db):
    poll = PollFactory(kind="wordcloud", max_answers=3)

    votes(
        poll,
        {"term": ["Kulturelle Öffnung", "Politik"]},
        {"term": ["kulturelleöffnung", "Wille Politik"]},
        {"term": ["Kulturelle Öffnung", "Einkaufszentrum"]},
    )
    TermRule.objects.create(poll=poll, term="willepolitik", merge_into="politik")
    TermRule.objects.create(poll=poll, term="einkaufszentrum", hidden=True)
    results = participation.results(poll)

    assert [(t["text"], t["count"]) for t in results["terms"]] == [
        ("Kulturelle Öffnung", 3),
        ("Politik", 2),
    ]


def test_word_cloud_limits_terms_per_person(db):
    poll = PollFactory(kind="wordcloud", max_answers=2)

    with pytest.raises(AnswerError):
        poll_type("wordcloud").answer_from(poll, {"term": ["a", "b", "c"]})


def test_open_answers_hidden_by_moderation_disappear(db):
    poll = PollFactory(kind="open")
    votes(poll, {"text": ["Mehr Begegnung im Dorf"]}, {"text": ["<b>Spam</b>"]})
    poll.open_answers.filter(text__contains="Spam").update(state="hidden")

    assert participation.results(poll)["answers"] == ["Mehr Begegnung im Dorf"]
