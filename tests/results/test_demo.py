"""The demo results: recommendations of seeds 002 and 003 across every status with their
histories, owners, due dates, offers and poll items; one hand-written protocol per workshop of
the Fachtag in Recklinghausen; good practices linked to them. Loaded twice without duplicates,
and nobody of the seeds by name, e-mail or phone."""

import datetime
import re
from collections import Counter

import pytest
from django.utils import timezone

from treffpunkt.core.management.commands.load_demo import DEMO_LOADERS
from treffpunkt.directory import demo as directory_demo
from treffpunkt.events import demo as events_demo
from treffpunkt.live import demo as live_demo
from treffpunkt.live.models import Poll
from treffpunkt.network import demo as network_demo
from treffpunkt.practice import demo as practice_demo
from treffpunkt.practice import search
from treffpunkt.practice.models import GoodPractice
from treffpunkt.results import demo
from treffpunkt.results.demo_data import INTERPRETER_POOL, SOCIAL_PLACES, SOZIALAUSSCHUSS
from treffpunkt.results.models import Protocol, Recommendation, Statement, StatusChange

Status = Recommendation.Status

# Everyone the seeds name in full; Treffpunkt shows people by role or initials only.
SEED_PERSONS = [
    # 000
    "Dirk Adams", "Andreas Schmitz", "Iris Schlautmann", "Julia Hoffmann", "Tamara Steinbrüggen",
    "Torsten Henseler", "Marijan Renic",
    # 001
    "Jakob Ruster",
    # 002
    "Mathias Schmitt", "Anja Wosch", "Jürgen Römer", "Birgit Glorius", "Peter Schreiber",
    "Frank Martin Brunn", "Peter Schneider", "Ekke Seifert", "Florian Pohl", "Gudrun Kirchhoff",
    "Gudrun Kirchoff", "Hanne Schneider", "Caroline Manah", "Kerstin Brückner", "Laura Erben",
    "Magdalena Wassink", "Lisa Veyhl", "Sandra Berchtold",
    # 003
    "Oliver Dembski", "Detlef Nathaniel-Brand", "Petra Kulhoff", "Katrin Petersen",
    "Sarah Vazquez", "Beate Küpper", "Sabine Fischer", "Thorsten Langenbahn",
    # 004
    "Daniela Behrens", "Stefan Peetz", "Rossina Ferchichi", "Noura Labanieh",
]  # fmt: skip
SURNAMES = {name.split()[-1] for name in SEED_PERSONS} | {"Asselmeyer", "Kolland", "Ruster"}
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\b0\d{2,4}[ /-]?\d{4,}")


@pytest.fixture
def full_demo(db):
    network_demo.load()
    directory_demo.load()
    events_demo.load()
    live_demo.load()
    lines = demo.load()
    practice_demo.load()
    search.forget()
    return lines


def counts() -> dict[str, int]:
    return {
        "recommendations": Recommendation.objects.count(),
        "changes": StatusChange.objects.count(),
        "protocols": Protocol.objects.count(),
        "statements": Statement.objects.count(),
        "offers": Recommendation.offers.through.objects.count(),
        "poll_items": Recommendation.poll_items.through.objects.count(),
        "practice_links": GoodPractice.recommendations.through.objects.count(),
    }


def test_loading_twice_creates_nothing(full_demo):
    first = counts()

    lines = demo.load()
    practice_demo.load()

    assert counts() == first
    assert first["recommendations"] == 16
    assert first["protocols"] == 7
    assert lines[0].startswith("16 Handlungsempfehlungen (0 neu): ")
    assert lines[1] == f"7 Protokolle des Fachtags mit {first['statements']} Aussagen"


def test_the_demo_command_loads_results_then_practices_after_live():
    position = DEMO_LOADERS.index
    assert (
        position("treffpunkt.live.demo.load")
        < position("treffpunkt.results.demo.load")
        < position("treffpunkt.practice.demo.load")
    )


def test_every_status_is_shown(full_demo):
    by_status = Counter(Recommendation.objects.values_list("status", flat=True))

    assert set(by_status) == set(Status.values)
    assert by_status == {
        Status.PROPOSED: 2, Status.DISCUSSED: 1, Status.ADOPTED: 2, Status.FORWARDED: 3,
        Status.IMPLEMENTING: 4, Status.IMPLEMENTED: 3, Status.REJECTED: 1,
    }  # fmt: skip


def test_histories_lead_to_the_current_status(full_demo):
    now = timezone.now()
    for recommendation in Recommendation.objects.prefetch_related("status_changes"):
        changes = list(recommendation.status_changes.all())
        assert changes, recommendation.title
        assert changes[0].status == Status.PROPOSED
        assert changes[-1].status == recommendation.status
        assert changes[-1].progress == recommendation.progress
        moments = [change.changed_at for change in changes]
        assert moments == sorted(moments)
        assert moments[-1] < now
        assert recommendation.created_at <= moments[0]
    span = StatusChange.objects.order_by("changed_at")
    assert span.first().changed_at.year == 2017
    assert span.last().changed_at.year >= 2023


def test_forwarded_implementing_and_rejected_carry_their_details(full_demo):
    for recommendation in Recommendation.objects.filter(status=Status.FORWARDED):
        assert recommendation.committee
        assert recommendation.forwarded_on
    assert Recommendation.objects.filter(
        committee=SOZIALAUSSCHUSS, status=Status.FORWARDED
    ).exists()
    for recommendation in Recommendation.objects.filter(status=Status.IMPLEMENTING):
        assert 0 < recommendation.progress < 100
        assert recommendation.owner
        assert recommendation.due_on
    rejected = Recommendation.objects.get(status=Status.REJECTED)
    assert "BAMF" in rejected.rejection_reason
    assert rejected.status_changes.last().note == rejected.rejection_reason


def test_interpreter_pool_is_implemented_by_the_directorys_offer(full_demo):
    pool = Recommendation.objects.get(title=INTERPRETER_POOL)

    assert pool.status == Status.IMPLEMENTED
    assert pool.progress == 100
    assert [offer.title for offer in pool.offers.all()] == [
        "Dolmetscherpool für Kitas und Schulen im Kreis Recklinghausen"
    ]
    assert pool.committee == SOZIALAUSSCHUSS
    assert pool.forwarded_on == datetime.date(2017, 11, 14)
    assert pool.room.title == "Kita und Schule"
    assert pool.network.slug == "integrationsnetzwerk-kreis-recklinghausen"
    assert pool.owner.slug == "ki-kreis-recklinghausen"
    assert pool.statements.filter(kind=Statement.Kind.SOLUTION).exists()
    assert pool.good_practices.filter(slug="sprachmittlung-per-telefonkonferenz").exists()


def test_governance_bullets_and_poll_items_of_the_closing_event(full_demo):
    systemic = Recommendation.objects.get(title="Systemisch denken!")
    social = Recommendation.objects.get(title=SOCIAL_PLACES)

    assert systemic.steps[0] == "„Whole-of-community approach“ als Ausgangspunkt jeglicher Arbeit"
    assert len(systemic.steps) == 3
    assert systemic.event.starts_at.date() == datetime.date(2021, 5, 20)
    assert systemic.room.title == "Governance"
    assert [item.poll.kind for item in systemic.poll_items.all()] == [Poll.Kind.SINGLE]
    for title in ("Lokale Verwaltungspraxis kohärent gestalten!",
                  "Die Potenziale ländlicher Räume besser nutzen!",
                  "Integrationsarbeit als Beitrag zur Stärkung des gesellschaftlichen "
                  "Zusammenhalts verstehen!"):  # fmt: skip
        assert Recommendation.objects.get(title=title).poll_items.count() == 1
    [item] = social.poll_items.all()
    assert item.poll.kind == Poll.Kind.RATING
    assert item.text == SOCIAL_PLACES
    assert item.poll.session.event == social.event
    assert social.good_practices.filter(slug="soziale-orte-konzept").exists()


def test_without_the_live_demo_there_are_no_poll_items(db):
    network_demo.load()
    events_demo.load()

    demo.load()

    assert Recommendation.objects.count() == 16
    assert not Recommendation.poll_items.through.objects.exists()
    assert not Recommendation.offers.through.objects.exists()


def test_one_protocol_per_workshop_of_the_fachtag(full_demo):
    protocols = Protocol.objects.select_related("room", "event").prefetch_related("statements")

    assert sorted(p.room.title for p in protocols) == sorted(
        ["Wohnen", "Bildung ab 16 und Arbeit", "Kita und Schule", "Sport und Freizeit",
         "Gesundheit", "Sprache", "Ehrenamt und Teilhabe"]
    )  # fmt: skip
    for protocol in protocols:
        assert protocol.event.title == "Fachtag zum kreisweiten Integrationskonzept"
        assert protocol.starts_at.date() == datetime.date(2017, 6, 21)
        statements = list(protocol.statements.all())
        assert len(statements) >= 3
        for statement in statements:
            assert re.fullmatch(r"(?:[A-ZÄÖÜ]\. ?)+", statement.speaker), statement.speaker
            assert list(statement.fields_of_action.all()) == [protocol.room.field_of_action]
    kinds = set(Statement.objects.values_list("kind", flat=True))
    assert {"problem", "solution", "best_practice", "question", "comment"} <= kinds
    assert Statement.objects.exclude(recommendation=None).count() >= 10


def _public_texts() -> list[str]:
    texts = []
    for practice in GoodPractice.objects.all():
        texts += [practice.title, practice.summary, practice.situation, practice.implementation,
                  practice.conclusion, practice.transfer_to, practice.project,
                  practice.provider_name, practice.contact, practice.links, practice.tags]  # fmt: skip  # noqa: E501
    for recommendation in Recommendation.objects.all():
        texts += [recommendation.title, recommendation.how, recommendation.rejection_reason]
    texts += list(StatusChange.objects.values_list("note", flat=True))
    for protocol in Protocol.objects.all():
        texts += [protocol.title, protocol.present, protocol.setting, protocol.remarks]
    texts += list(Statement.objects.values_list("text", flat=True))
    texts += list(Statement.objects.values_list("speaker", flat=True))
    return texts


def test_nobody_of_the_seeds_by_name_address_or_phone(full_demo):
    text = "\n".join(_public_texts())

    for name in SEED_PERSONS:
        assert name not in text
    for surname in SURNAMES:
        assert not re.search(rf"\b{re.escape(surname)}\b", text), surname
    for address in ADDRESS.findall(text):
        assert address.endswith(".example"), address
    assert not PHONE.search(text)
