"""The practices are found with the directory's text analysis: stems, prefixes, synonyms, typos;
title matches first; marked words; filters by field of action and region."""

import pytest

from tests.factories import FieldOfActionFactory, GoodPracticeFactory, MunicipalityFactory
from treffpunkt.directory.models import Synonym
from treffpunkt.practice import listing, search
from treffpunkt.practice.models import GoodPractice


def titles(query: str) -> list[str]:
    found = search.match(query)
    practices = GoodPractice.objects.in_bulk(found.ranked)
    return [practices[pk].title for pk in found.ranked]


def listed(params: dict) -> list[str]:
    return [card.practice.slug for card in listing.list_practices(params).cards]


def test_sprachmittlung_finds_interpreting_by_phone(demo_practices):
    found = titles("Sprachmittlung")

    assert found[0] == "Sprachmittlung per Telefonkonferenz für Elternbegleiter*innen"


def test_a_typo_finds_learningview(demo_practices):
    found = search.match("Lernplatfrom")

    assert titles("Lernplatfrom") == ["Learningview: Onlinebeschulung mit Begleitung und Coaching"]
    assert found.corrections == ("lernplattform",)


def test_inflected_query_finds_the_singular(demo_practices):
    assert (
        "telefonkonferenzen"
        not in GoodPractice.objects.get(
            slug="sprachmittlung-per-telefonkonferenz"
        ).implementation.casefold()
    )

    assert titles("Telefonkonferenzen") == [
        "Sprachmittlung per Telefonkonferenz für Elternbegleiter*innen"
    ]


def test_inflected_query_on_a_profile_of_its_own(db):
    GoodPracticeFactory(title="Patenschaft für Familien", situation="Eine Patin begleitet.")
    GoodPracticeFactory(title="Sprachcafé", situation="Treffen am Nachmittag.")

    assert titles("Patenschaften") == ["Patenschaft für Familien"]


def test_all_words_must_match_else_some(db):
    GoodPracticeFactory(title="Cricket im Verein", situation="Training am Abend.")
    GoodPracticeFactory(title="Schwimmen für Frauen", situation="Training am Morgen.")

    assert titles("Cricket Training") == ["Cricket im Verein"]
    relaxed = search.match("Cricket Schwimmen")
    assert relaxed.relaxed
    assert len(relaxed.ranked) == 2


def test_title_matches_come_first(db):
    GoodPracticeFactory(title="Sport im Park", implementation="Mit Cricket und Fußball.")
    GoodPracticeFactory(title="Zzz Cricket-Mannschaft", implementation="Einmal pro Woche.")

    assert titles("Cricket") == ["Zzz Cricket-Mannschaft", "Sport im Park"]


def test_prefix_while_typing_and_synonyms(db):
    GoodPracticeFactory(title="Dolmetscherpool", situation="Für Elterngespräche.")
    Synonym.objects.create(terms="Dolmetscher, Sprachmittler")

    assert titles("Dolmetsch") == ["Dolmetscherpool"]
    assert titles("Sprachmittler") == ["Dolmetscherpool"]


def test_no_words_no_match(db):
    assert search.match("  ,. ") is None


def test_changes_are_seen_without_restart(db):
    practice = GoodPracticeFactory(title="Nähcafé")
    assert titles("Nähcafé") == ["Nähcafé"]

    practice.title = "Reparaturcafé"
    practice.save()

    assert titles("Nähcafé") == []
    assert titles("Reparaturcafé") == ["Reparaturcafé"]


def test_listing_shows_published_only(db):
    GoodPracticeFactory(title="Lernpaten", slug="lernpaten")
    GoodPracticeFactory(title="Lernpaten im Entwurf", slug="entwurf", status="draft")

    assert listed({"q": "Lernpaten"}) == ["lernpaten"]
    assert listed({}) == ["lernpaten"]


def test_filters_by_field_of_action_and_region(db):
    sport = FieldOfActionFactory(name="Sport und Freizeit", slug="sport-freizeit")
    housing = FieldOfActionFactory(name="Wohnen", slug="wohnen")
    kreis = MunicipalityFactory(name="Kreis Recklinghausen", slug="kreis-re")
    dorsten = MunicipalityFactory(name="Dorsten", slug="dorsten", parent=kreis)
    borken = MunicipalityFactory(name="Kreis Borken", slug="kreis-borken")
    GoodPracticeFactory(slug="cricket", title="Cricket", region=dorsten, fields_of_action=[sport])
    GoodPracticeFactory(slug="paten", title="Wohnpaten", region=kreis, fields_of_action=[housing])
    GoodPracticeFactory(slug="webinar", title="Webinar", region=borken, fields_of_action=[sport])

    assert listed({"handlungsfeld": "sport-freizeit"}) == ["cricket", "webinar"]
    assert listed({"region": "kreis-re"}) == ["cricket", "paten"]  # the district holds Dorsten
    assert listed({"region": "dorsten"}) == ["cricket"]
    assert listed({"region": "kreis-re", "handlungsfeld": "sport-freizeit"}) == ["cricket"]

    result = listing.list_practices({"region": "kreis-re"})
    counts = {choice.value: choice.count for choice in result.field_choices}
    assert counts == {"sport-freizeit": 1, "wohnen": 1}
    regions = {choice.value: (choice.count, choice.selected) for choice in result.region_choices}
    assert regions == {"kreis-re": (2, True), "dorsten": (1, False), "kreis-borken": (1, False)}
    assert [label for label, _ in result.active_filters] == ["Kreis Recklinghausen"]


def test_search_and_filter_together_on_the_demo(demo_practices):
    assert listed({"q": "Sportverein", "region": "kreis-borken"}) == [
        "webinar-reihe-kreissportbund"
    ]
    assert listed({"q": "Sportverein", "region": "dorsten"}) == ["athletik-international-dorsten"]
    assert listed({"handlungsfeld": "beratung"}) == ["femos-aufsuchende-migrationsberatung"]


def test_matches_are_marked(db):
    GoodPracticeFactory(
        title="Elterncafé",
        summary="Eltern treffen sich.",
        implementation="Vorher gab es nichts. Eine Sprachmittlerin übersetzt <b>jede</b> Woche.",
    )

    card = listing.list_practices({"q": "Sprachmittlerin"}).cards[0]

    assert (
        card.excerpt == "Eine <mark>Sprachmittlerin</mark> übersetzt &lt;b&gt;jede&lt;/b&gt; Woche."
    )
    assert "<mark>" not in card.title


@pytest.mark.parametrize("query", ["Lernplattform", "lernplattform", "Lernplattformen"])
def test_title_and_summary_marked(demo_practices, query):
    card = listing.list_practices({"q": query}).cards[0]

    assert "<mark>Lernplattform</mark>" in card.summary
