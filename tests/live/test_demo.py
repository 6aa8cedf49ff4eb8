"""The demo live sessions: the closing event of 20.05.2021 as its rooms voted (rating, word cloud,
governance vote), chat and questions without names, an open session to try, templates; loaded
twice without duplicates."""

import datetime
import re

import pytest

from treffpunkt.core.management.commands.load_demo import DEMO_LOADERS
from treffpunkt.events import demo as events_demo
from treffpunkt.events.models import Event
from treffpunkt.live import demo, participation
from treffpunkt.live import demo_data as data
from treffpunkt.live.models import (
    ChatMessage,
    LiveParticipant,
    LiveSession,
    OpenAnswer,
    Poll,
    PollItem,
    Question,
    QuestionVote,
    Vote,
)
from treffpunkt.live.polls.text import normalise_term
from treffpunkt.network import demo as network_demo

# Everyone seed 002 names in full; the demo shows people by initials or not at all.
SEED_PERSONS = [
    "Mathias Schmitt", "Anja Wosch", "Jürgen Römer", "Birgit Glorius", "Peter Schreiber",
    "Frank Martin Brunn", "Peter Schneider", "Ekke Seifert", "Florian Pohl", "Gudrun Kirchhoff",
    "Gudrun Kirchoff", "Hanne Schneider", "Caroline Manah", "Kerstin Brückner", "Laura Erben",
    "Magdalena Wassink", "Lisa Veyhl", "Sandra Berchtold",
]  # fmt: skip
SURNAMES = {name.split()[-1] for name in SEED_PERSONS} | {"Asselmeyer", "Kolland"}
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

RATING = (
    "Wie wichtig sind die folgenden Empfehlungen zur Förderung von Kontakt & sozialer Gemeinschaft?"
)
WORDCLOUD = "Was könnte die Umsetzung von mehr Begegnungsorten und Orten für Sprachpraxis fördern?"
GOVERNANCE_VOTE = "Welche Handlungsempfehlung zuerst diskutieren?"


@pytest.fixture
def live_demo(db):
    network_demo.load()
    events_demo.load()
    return demo.load()


def closed_poll(question: str) -> Poll:
    return Poll.objects.get(question=question, is_template=False)


def model_counts() -> dict[str, int]:
    models = [
        LiveSession,
        Poll,
        PollItem,
        LiveParticipant,
        Vote,
        OpenAnswer,
        Question,
        QuestionVote,
        ChatMessage,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_loading_twice_creates_nothing(live_demo):
    first = model_counts()

    lines = demo.load()

    assert model_counts() == first
    assert first["LiveSession"] == 4
    assert re.fullmatch(
        r"4 Live-Sitzungen \(0 neu\), 6 Abstimmungen mit \d+ Antworten, 5 Vorlagen \(0 neu\)",
        lines[0],
    )
    assert live_demo[0].startswith("4 Live-Sitzungen (4 neu), ")


def test_load_demo_runs_the_live_loader_after_the_events():
    assert (
        DEMO_LOADERS.index("treffpunkt.live.demo.load")
        == DEMO_LOADERS.index("treffpunkt.events.demo.load") + 1
    )


def test_each_room_of_the_closing_event_has_a_closed_session(live_demo):
    sessions = LiveSession.objects.filter(
        event__starts_at__date=datetime.date(2021, 5, 20)
    ).select_related("room")

    assert {s.room.title: s.code for s in sessions} == {
        "Arbeit und berufsbezogene Bildung": "3126504",
        "Soziale Kontakte und Gemeinschaft in ländlichen Räumen": "4879889",
        "Governance": "5207316",
    }
    assert not any(s.is_open for s in sessions)
    assert all(s.created_at.date() == datetime.date(2021, 5, 20) for s in sessions)
    assert not Poll.objects.filter(session__in=sessions).exclude(state=Poll.State.CLOSED).exists()


def test_the_rating_puts_inclusive_places_first(live_demo):
    poll = closed_poll(RATING)

    results = participation.results(poll)

    assert poll.session.code == "4879889"
    assert results["voters"] == 38
    assert results["items"][0]["text"] == "Inklusive Orte für Begegnung und Sprachpraxis schaffen"
    assert results["items"][0]["mean"] > results["items"][1]["mean"]


def test_the_word_cloud_has_the_seeds_terms(live_demo):
    poll = closed_poll(WORDCLOUD)

    results = participation.results(poll)

    counts = {term["key"]: term["count"] for term in results["terms"]}
    assert set(counts) == {normalise_term(term) for term in data.WORDCLOUD_SEED_TERMS}
    assert min(counts.values()) >= 1
    assert len(set(counts.values())) > 1  # spellings counted together, so counts differ
    assert {term["text"] for term in results["terms"]} == set(data.WORDCLOUD_SEED_TERMS)
    assert max(len(vote["terms"]) for vote in poll.votes.values_list("answer", flat=True)) > 1


def test_the_governance_vote_has_four_options(live_demo):
    poll = closed_poll(GOVERNANCE_VOTE)

    results = participation.results(poll)

    assert poll.session.room.title == "Governance"
    assert poll.kind == Poll.Kind.SINGLE
    assert [row["text"][:2] for row in results["items"]] == ["A:", "B:", "C:", "D:"]
    assert results["voters"] == sum(row["count"] for row in results["items"]) > 20


def test_chat_and_questions_of_the_social_contacts_room(live_demo):
    session = LiveSession.objects.get(code="4879889")

    messages = list(session.chat_messages.values_list("text", flat=True))
    questions = session.questions.all()

    assert "Es braucht Treffpunkte!" in messages
    assert len(messages) > 10
    assert 2 <= questions.count() <= 3
    assert all(question.votes.count() > 0 for question in questions)


def test_no_real_names_or_addresses(live_demo):
    texts = [
        *ChatMessage.objects.values_list("text", flat=True),
        *Question.objects.values_list("text", flat=True),
        *LiveParticipant.objects.values_list("display_name", flat=True),
        *OpenAnswer.objects.values_list("text", flat=True),
        *LiveSession.objects.values_list("title", flat=True),
        *Poll.objects.values_list("question", flat=True),
        *PollItem.objects.values_list("text", flat=True),
    ]
    for text in texts:
        for name in SEED_PERSONS:
            assert name.casefold() not in text.casefold(), text
        for surname in SURNAMES:
            assert not re.search(rf"\b{surname}\b", text), text
        assert not ADDRESS.search(text), text
    names = set(LiveParticipant.objects.values_list("display_name", flat=True)) - {""}
    assert names
    assert all(re.fullmatch(r"[A-ZÄÖÜ]\. [A-ZÄÖÜ]\.", name) for name in names), names


def test_an_open_session_to_try(live_demo, client):
    session = LiveSession.objects.get(is_open=True)

    response = client.post(session.get_absolute_url(), {"display_name": ""})

    assert session.event.starts_at > datetime.datetime.now(datetime.UTC)
    assert session.current_poll.kind == Poll.Kind.RATING
    assert session.current_poll.is_open
    assert f"Live-Sitzung zum Ausprobieren: Code {session.formatted_code} " in live_demo[1]
    assert response.status_code == 302
    person = LiveParticipant.objects.latest("pk")
    item = session.current_poll.items.first()
    participation.vote(session.current_poll, person, {f"item-{item.pk}": ["5"]})
    assert participation.results(session.current_poll)["voters"] == data.TRY_OUT["people"] + 1


def test_templates_have_no_session(live_demo):
    templates = Poll.objects.filter(is_template=True)

    assert {poll.question for poll in templates} >= {
        "Wie wichtig sind die folgenden Handlungsempfehlungen?",
        "Wie zufrieden sind Sie mit der Veranstaltung?",
        "Was nehmen Sie mit?",
    }
    assert not templates.exclude(session=None).exists()
    assert templates.get(question="Wie zufrieden sind Sie mit der Veranstaltung?").scale_max == 5


def test_a_taken_code_is_replaced(db):
    network_demo.load()
    events_demo.load()
    taken = LiveSession.objects.create(
        code="4879889", title="Eine andere Sitzung", event=Event.objects.latest("pk")
    )

    demo.load()

    social = LiveSession.objects.get(title=data.SOCIAL_CONTACTS["title"])
    assert social.code != taken.code
    assert len(social.code) == 7
