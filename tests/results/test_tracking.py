"""A recommendation's way with history, and its ratings from linked live poll items."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from tests.factories import EventFactory, PollFactory, RecommendationFactory, UserFactory
from treffpunkt.live import participation
from treffpunkt.results import tracking
from treffpunkt.results.models import Recommendation, StatusChange

Status = Recommendation.Status
pytestmark = pytest.mark.django_db


def statuses(recommendation) -> list[tuple[str, int]]:
    return list(recommendation.status_changes.order_by("pk").values_list("status", "progress"))


def test_the_whole_way_is_recorded_with_who_and_notes():
    coordinator = UserFactory()
    recommendation = RecommendationFactory()
    tracking.record_start(recommendation, by=coordinator)
    tracking.change_status(
        recommendation, Status.DISCUSSED, by=coordinator, note="Im Raum 3 besprochen"
    )
    tracking.change_status(recommendation, Status.ADOPTED, by=coordinator)
    tracking.change_status(
        recommendation, Status.FORWARDED, by=coordinator, committee="Integrationsrat",
        forwarded_on=datetime.date(2021, 6, 15),
    )  # fmt: skip
    tracking.change_status(recommendation, Status.IMPLEMENTING, by=coordinator, progress=40)
    tracking.change_status(recommendation, Status.IMPLEMENTING, by=coordinator, progress=70)
    tracking.change_status(recommendation, Status.IMPLEMENTED, by=coordinator)

    recommendation.refresh_from_db()
    assert recommendation.status == Status.IMPLEMENTED
    assert recommendation.progress == 100
    assert recommendation.committee == "Integrationsrat"
    assert recommendation.forwarded_on == datetime.date(2021, 6, 15)
    assert statuses(recommendation) == [
        ("proposed", 0), ("discussed", 0), ("adopted", 0), ("forwarded", 0),
        ("implementing", 40), ("implementing", 70), ("implemented", 100),
    ]  # fmt: skip
    first = recommendation.status_changes.order_by("pk")[1]
    assert first.note == "Im Raum 3 besprochen"
    assert first.changed_by == coordinator
    assert first.changed_at is not None


def test_a_rejection_needs_a_reason():
    recommendation = RecommendationFactory()
    with pytest.raises(ValidationError) as raised:
        tracking.change_status(recommendation, Status.REJECTED, reason="  ")
    assert "rejection_reason" in raised.value.message_dict
    assert not StatusChange.objects.exists()
    recommendation.refresh_from_db()
    assert recommendation.status == Status.PROPOSED

    tracking.change_status(
        recommendation, Status.REJECTED, reason="Keine Zuständigkeit des Kreises"
    )
    recommendation.refresh_from_db()
    assert recommendation.status == Status.REJECTED
    assert recommendation.rejection_reason == "Keine Zuständigkeit des Kreises"
    assert statuses(recommendation) == [("rejected", 0)]


def test_forwarding_names_the_political_body_and_defaults_to_today():
    recommendation = RecommendationFactory(status=Status.ADOPTED)
    with pytest.raises(ValidationError) as raised:
        tracking.change_status(recommendation, Status.FORWARDED)
    assert "committee" in raised.value.message_dict
    tracking.change_status(recommendation, Status.FORWARDED, committee="Sozialausschuss")
    assert recommendation.committee == "Sozialausschuss"
    assert recommendation.forwarded_on == datetime.date.today()


def test_progress_belongs_to_implementation():
    recommendation = RecommendationFactory()
    with pytest.raises(ValidationError) as raised:
        tracking.change_status(recommendation, Status.IMPLEMENTING, progress=120)
    assert "progress" in raised.value.message_dict
    tracking.change_status(recommendation, Status.IMPLEMENTING, progress=30)
    assert recommendation.progress == 30
    tracking.change_status(recommendation, Status.REJECTED, reason="Förderung ausgelaufen")
    assert recommendation.progress == 30  # what was done stays visible
    tracking.change_status(recommendation, Status.DISCUSSED, note="Neu aufgenommen")
    assert recommendation.progress == 0


def test_nothing_changed_is_refused_unless_there_is_a_note():
    recommendation = RecommendationFactory(status=Status.DISCUSSED)
    with pytest.raises(ValidationError):
        tracking.change_status(recommendation, Status.DISCUSSED)
    tracking.change_status(recommendation, Status.DISCUSSED, note="Zweite Runde im Juni")
    assert statuses(recommendation) == [("discussed", 0)]


def test_unknown_status_is_refused():
    with pytest.raises(ValidationError):
        tracking.change_status(RecommendationFactory(), "done")


@pytest.mark.parametrize(
    ("current", "expected"),
    [("proposed", "discussed"), ("adopted", "forwarded"), ("implementing", "implemented"),
     ("implemented", "implemented"), ("rejected", "rejected")],
)  # fmt: skip
def test_next_status(current, expected):
    assert tracking.next_status(Recommendation(status=current)) == expected


def test_status_counts_in_the_order_of_the_way():
    recommendations = [
        Recommendation(status=s) for s in ["adopted", "proposed", "adopted", "rejected"]
    ]
    counts = {status: count for status, _label, count in tracking.status_counts(recommendations)}
    assert counts == {
        "proposed": 1, "discussed": 0, "adopted": 2, "forwarded": 0, "implementing": 0,
        "implemented": 0, "rejected": 1,
    }  # fmt: skip
    assert [row[0] for row in tracking.status_counts([])][-1] == "rejected"


def _rating_poll(items, votes):
    """A rating poll (1–5) with `items`; `votes` is a list of {item text: value}."""
    poll = PollFactory(kind="rating", question="Wie wichtig sind die Empfehlungen?", items=items)
    by_text = {item.text: item for item in poll.items.all()}
    for answer in votes:
        person = participation.join(poll.session)
        participation.vote(
            poll, person, {f"item-{by_text[t].pk}": [str(v)] for t, v in answer.items()}
        )
    return poll, by_text


def test_ratings_from_a_linked_rating_poll():
    _poll, items = _rating_poll(
        ["A: Gremien", "B: Netzwerk"],
        [
            {"A: Gremien": 5, "B: Netzwerk": 2},
            {"A: Gremien": 4},
            {"A: Gremien": 4, "B: Netzwerk": 3},
        ],
    )
    recommendation = RecommendationFactory()
    recommendation.poll_items.add(items["A: Gremien"])

    rating = tracking.rating(recommendation)
    assert rating.n == 3
    assert rating.mean == pytest.approx(13 / 3)
    assert rating.distribution == [0, 0, 0, 2, 1]
    assert rating.scale_max == 5
    (item,) = rating.items
    assert (item.poll, item.text) == ("Wie wichtig sind die Empfehlungen?", "A: Gremien")
    assert item.bars[3] == (4, 2, 67)
    assert rating.chart_results()["items"][0]["distribution"] == [0, 0, 0, 2, 1]


def test_ratings_of_two_items_pool_and_a_choice_counts_votes():
    poll, items = _rating_poll(["A", "B"], [{"A": 5, "B": 1}, {"A": 3}])
    choice = PollFactory(session=poll.session, kind="single", items=["A", "B"])
    for option in ["A", "A", "B"]:
        person = participation.join(poll.session)
        participation.vote(choice, person, {"choice": [str(choice.items.get(text=option).pk)]})
    recommendation = RecommendationFactory()
    recommendation.poll_items.add(items["A"], items["B"], choice.items.get(text="A"))
    unrated = RecommendationFactory()

    found = tracking.ratings([recommendation, unrated])
    rating = found[recommendation.pk]
    assert rating.n == 3
    assert rating.mean == pytest.approx(3.0)
    assert rating.distribution == [1, 0, 1, 0, 1]
    (chosen,) = [item for item in rating.items if item.kind == "single"]
    assert (chosen.count, chosen.voters) == (2, 3)
    assert not found[unrated.pk]
    assert found[unrated.pk].mean is None


def test_a_rating_without_answers_has_no_mean():
    _poll, items = _rating_poll(["A"], [])
    recommendation = RecommendationFactory()
    recommendation.poll_items.add(items["A"])
    rating = tracking.rating(recommendation)
    assert rating
    assert rating.n == 0
    assert rating.mean is None


def test_rateable_items_are_those_of_the_events_polls():
    poll, items = _rating_poll(["A"], [])
    PollFactory(session=poll.session, kind="wordcloud")
    PollFactory(kind="rating", items=["elsewhere"])
    assert list(tracking.rateable_items(poll.session.event)) == [items["A"]]
    assert not tracking.rateable_items(None).exists()


def test_the_public_sees_recommendations_of_public_events_and_those_without_an_event():
    visible = RecommendationFactory(event=EventFactory(status="published"))
    cancelled = RecommendationFactory(event=EventFactory(status="cancelled"))
    free = RecommendationFactory(event=None)
    RecommendationFactory(event=EventFactory(status="draft"))
    assert set(tracking.public_recommendations()) == {visible, cancelled, free}
