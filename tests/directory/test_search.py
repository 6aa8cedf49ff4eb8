"""Search quality: what a person types, and what they must find."""

import pytest

from treffpunkt.directory.models import Synonym
from treffpunkt.directory.search import engine
from treffpunkt.directory.search.query import SearchQuery


def titles(text="", language="de", **filters):
    result = engine.search(SearchQuery(text=text, language=language, **filters))
    return sorted(offer.title for offer in result.offers)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sprachkurse", ["Sprachkurs für Frauen"]),  # inflection
        ("sprachkurs", ["Sprachkurs für Frauen"]),  # case
        ("SPRACHKURS FRAUEN", ["Sprachkurs für Frauen"]),
        ("Muenster", ["Beratungscafé an der Münsterstraße"]),  # umlaut typed as ue
        ("Münster", ["Beratungscafé an der Münsterstraße"]),
        ("Strasse", ["Beratungscafé an der Münsterstraße"]),  # ß typed as ss
        ("Fussball", ["Fußball für alle"]),
        ("Beratungscafe", ["Beratungscafé an der Münsterstraße"]),  # accent
    ],
)
def test_stemming_and_folding(corpus, typed, expected):
    assert titles(typed) == expected


def test_prefix_finds_compound(corpus):
    assert titles("Dolmetscher") == ["Dolmetscherpool für Kitas und Schulen"]


def test_compound_head_is_found_by_itself(corpus):
    assert titles("Kurs") == ["Deutschkurs am Abend", "Sprachkurs für Frauen"]


def test_one_typo_in_a_long_word_is_forgiven(corpus):
    result = engine.search(SearchQuery(text="Sprachkrus", language="de"))

    assert [offer.title for offer in result.offers] == ["Sprachkurs für Frauen"]
    assert result.corrections == ("sprachkurs",)


def test_typos_in_short_words_are_not_guessed(corpus):
    assert titles("Kusr") == []


def test_two_typos_are_not_forgiven_but_suggested(corpus):
    result = engine.search(SearchQuery(text="Sprchkrus", language="de"))

    assert result.total == 0
    assert result.suggestions.spelling == "sprachkurs"


def test_synonyms_maintained_as_data(corpus):
    assert titles("Deutschkurs") == ["Deutschkurs am Abend"]

    Synonym.objects.create(terms="Deutschkurs, Sprachkurs")
    Synonym.objects.create(terms="Job, Arbeit")

    assert titles("Deutschkurs") == ["Deutschkurs am Abend", "Sprachkurs für Frauen"]
    assert titles("Job") == ["Arbeit finden: Bewerbungstraining"]


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("language course", "en"),
        ("course women", "en"),
        ("دورة لغة", "ar"),
        ("мовні курси", "uk"),
        ("language course", "de"),  # an English query in the German interface
    ],
)
def test_queries_in_other_languages_find_translations(corpus, typed, language):
    assert titles(typed, language=language) == ["Sprachkurs für Frauen"]


def test_all_words_must_match(corpus):
    assert titles("Sprachkurs Gladbeck") == []
    assert titles("Kurs Dorsten") == ["Sprachkurs für Frauen"]


def test_drafts_and_expired_offers_are_not_found(corpus):
    assert "Sprachkurs im Entwurf" not in titles("Sprachkurs")
    assert "Sprachkurs 2020" not in titles("Sprachkurs")
    assert len(titles()) == 6


def test_filters_combine_within_and_across_facets(corpus):
    assert titles(fields=("sprache",)) == ["Deutschkurs am Abend", "Sprachkurs für Frauen"]
    assert titles(fields=("sprache", "sport-freizeit")) == [
        "Deutschkurs am Abend", "Fußball für alle", "Sprachkurs für Frauen",
    ]  # fmt: skip
    assert titles(fields=("sprache",), languages=("ar",)) == ["Sprachkurs für Frauen"]
    assert titles(costs=("fee",)) == ["Arbeit finden: Bewerbungstraining"]
    assert titles(formats=("phone",)) == ["Dolmetscherpool für Kitas und Schulen"]


def test_a_fresh_worker_filters_by_facets(corpus):
    """A worker process that never wrote to the index knows the masks' bits all the same."""
    from treffpunkt.directory.search.facet_index import facet_index
    from treffpunkt.directory.search.indexing import facet_bits

    facet_bits.reset()
    facet_index.reset()

    assert titles(fields=("sprache",), languages=("ar",)) == ["Sprachkurs für Frauen"]


def test_town_filter_includes_district_wide_offers(corpus):
    assert titles(towns=("dorsten",)) == [
        "Dolmetscherpool für Kitas und Schulen", "Sprachkurs für Frauen",
    ]  # fmt: skip
    assert len(titles(towns=("kreis-re",))) == 6


def test_facet_counts_leave_the_own_filter_out(corpus):
    result = engine.search(SearchQuery(fields=("sprache",), language="de"))
    counts = {f.attribute: {v.value: v.count for v in f.values} for f in result.facets}

    assert result.total == 2
    # Other fields still show what selecting them would add.
    assert counts["fields"] == {
        "sprache": 2, "beratung": 1, "kita-schule": 1, "sport-freizeit": 1, "bildung-arbeit": 1,
    }  # fmt: skip
    assert counts["languages"] == {"de": 2, "ar": 1}
    assert counts["targets"] == {"frauen": 1}
    assert counts["towns"] == {"dorsten": 1, "marl": 1}
    assert counts["costs"] == {"free": 2}


def test_facet_labels_follow_the_interface_language(corpus):
    result = engine.search(SearchQuery(language="ar"))
    fields = next(f for f in result.facets if f.attribute == "fields")

    assert [v.label for v in fields.values if v.value == "sprache"] == ["اللغة"]


def test_sort_by_distance_from_a_town(corpus):
    result = engine.search(SearchQuery(near="marl", sort="entfernung", language="de"))

    # Marl itself, Herten (8 km), Dorsten (9 km)
    assert [o.title for o in result.offers][:3] == [
        "Deutschkurs am Abend", "Arbeit finden: Bewerbungstraining", "Sprachkurs für Frauen",
    ]  # fmt: skip
    # Offers without a place (by phone) come last.
    assert result.offers[-1].title == "Dolmetscherpool für Kitas und Schulen"
    assert result.distances[corpus["abendkurs"].pk] == pytest.approx(0.0, abs=0.01)
    assert result.distances[corpus["frauenkurs"].pk] == pytest.approx(8.6, abs=0.3)


def test_unknown_place_is_reported(corpus):
    result = engine.search(SearchQuery(near="Atlantis", sort="entfernung", language="de"))

    assert result.near is None
    assert result.near_unknown is True


def test_relevance_puts_title_matches_first(corpus):
    result = engine.search(SearchQuery(text="Sprache", language="de"))

    # All three match "Sprache" (the pool through "Sprachmittlung" in its summary, the
    # evening course through its field); only the first has the word in its title.
    found = [o.title for o in result.offers]
    assert found[0] == "Sprachkurs für Frauen"
    assert sorted(found[1:]) == ["Deutschkurs am Abend", "Dolmetscherpool für Kitas und Schulen"]


def test_no_results_suggests_dropping_a_filter(corpus):
    result = engine.search(SearchQuery(text="Fußball", towns=("dorsten",), language="de"))

    assert result.total == 0
    assert result.suggestions.without_filter == [("towns", "dorsten", "Dorsten", 1)]
    assert result.suggestions.without_filters_total == 1


def test_no_results_counts_offers_with_any_word(corpus):
    result = engine.search(SearchQuery(text="Fußball Sprachkurs", language="de"))

    assert result.total == 0
    assert result.suggestions.any_word_total == 2


def test_pagination(corpus):
    first = engine.search(SearchQuery(page_size=4, language="de"))
    second = engine.search(SearchQuery(page_size=4, page=2, language="de"))

    assert first.total == second.total == 6
    assert first.pages == 2
    assert len(first.offers) == 4
    assert len(second.offers) == 2
    assert not {o.pk for o in first.offers} & {o.pk for o in second.offers}
