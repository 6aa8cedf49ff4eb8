"""Term bitsets and remembered expansions: cached, kept up to date through index writes,
bounded in memory."""

import numpy as np
import pytest

from tests.factories import OfferFactory
from treffpunkt.directory.search import engine, expansion, postings
from treffpunkt.directory.search.backends import backend
from treffpunkt.directory.search.backends.base import Alternative
from treffpunkt.directory.search.bitsets import members
from treffpunkt.directory.search.facet_index import facet_index
from treffpunkt.directory.search.query import SearchQuery

KIND = Alternative("kind", prefix=True)
KINDER = Alternative("kinder", prefix=True)


def titles(text: str) -> list[str]:
    return sorted(o.title for o in engine.search(SearchQuery(text=text, language="de")).offers)


def test_alternatives_another_one_covers_are_left_out():
    exact_kinder = Alternative("kinder")
    job = Alternative("job")
    assert postings.narrowest([KINDER, KIND, exact_kinder, job, KIND]) == (KIND, job)
    assert postings.narrowest([exact_kinder, job]) == (exact_kinder, job)
    # An exact term does not cover a longer one.
    assert postings.narrowest([Alternative("kurs"), Alternative("kurse")]) == (
        Alternative("kurs"),
        Alternative("kurse"),
    )


def _cached_ids(snapshot, kind: str) -> dict[Alternative, list[int]]:
    return {
        alternative: members(bits).tolist()
        for (cached_kind, alternative), bits in snapshot.terms.items()
        if cached_kind == kind
    }


def _fresh_ids(alternatives, kind: str) -> dict[Alternative, list[int]]:
    found = backend().term_ids(list(alternatives), title=kind == postings.TITLE)
    return {a: sorted(ids.tolist()) for a, ids in zip(alternatives, found, strict=True)}


def test_cached_terms_follow_edits_without_asking_the_database_again(
    corpus, django_capture_on_commit_callbacks
):
    assert titles("Fußball") == ["Fußball für alle"]
    assert titles("Kinderbetreuung") == ["Sprachkurs für Frauen"]
    before = facet_index.current()
    cached = {key for key, _bits in before.terms.items()}
    assert cached  # the searches filled the cache

    with django_capture_on_commit_callbacks(execute=True):
        corpus["fussball"].title = "Cricket für alle"
        corpus["fussball"].save()
        corpus["abendkurs"].summary = "Mit Kinderbetreuung am Abend."
        corpus["abendkurs"].save()
        new = OfferFactory(
            organisation=corpus["frauenkurs"].organisation, title="Fußballtraining für Mädchen"
        )
    with django_capture_on_commit_callbacks(execute=True):
        corpus["bewerbung"].delete()

    after = facet_index.current()
    assert after.version > before.version
    assert {key for key, _bits in after.terms.items()} == cached  # caught up, not thrown away
    for kind in (postings.TEXT, postings.TITLE):
        caught_up = _cached_ids(after, kind)
        assert caught_up == _fresh_ids(list(caught_up), kind)
    assert titles("Fußball") == ["Fußballtraining für Mädchen"]
    assert titles("Kinderbetreuung") == ["Deutschkurs am Abend", "Sprachkurs für Frauen"]
    in_titles = _cached_ids(after, postings.TITLE)
    [fussball] = [a for a in in_titles if a.term.startswith("fussbal")]
    assert new.pk in in_titles[fussball]


def test_many_changed_offers_start_an_empty_cache(corpus, monkeypatch):
    assert titles("Fußball") == ["Fußball für alle"]
    terms = facet_index.current().terms
    monkeypatch.setattr(postings, "MAX_CATCH_UP", 1)
    assert len(terms.caught_up([1, 2])) == 0
    assert len(terms.caught_up([])) == len(terms)


def test_the_cache_keeps_to_its_budget(corpus):
    words = facet_index.current().words
    terms = postings.TermBits(words, budget=2 * words * 8)
    terms.union(postings.TEXT, [Alternative("sprachkurs", prefix=True)])
    terms.union(postings.TEXT, [Alternative("fussball", prefix=True)])
    terms.union(postings.TEXT, [Alternative("dolmetsch", prefix=True)])
    assert [a.term for (_kind, a), _bits in terms.items()] == ["fussball", "dolmetsch"]


def test_a_corrected_typo_finds_what_the_word_finds(corpus):
    assert titles("Sprachkrus") == titles("Sprachkurs") == ["Sprachkurs für Frauen"]
    [typed] = expansion.expand("Sprachkrus", "de")
    [correct] = expansion.expand("Sprachkurs", "de")
    # The corrected word brings the alternatives of the word itself, prefix included: a
    # mistyped "Kindre" finds "Kinderbetreuung" as "Kinder" does.
    assert set(postings.narrowest(correct.alternatives)) <= set(typed.alternatives)


@pytest.mark.parametrize("seed", range(5))
def test_nearest_offers_match_a_full_sort(seed):
    rng = np.random.default_rng(seed)
    places = 400
    offers = rng.integers(0, 150, places)
    # Coarse distances: many ties, as offers at a town's centre have.
    d2 = rng.integers(0, 20, places).astype(np.float64)
    order = np.argsort(d2, kind="stable")
    expected = list(dict.fromkeys(offers[order].tolist()))
    for needed in (1, 7, 20, 60, 200):
        assert engine._nearest_distinct(offers, d2, needed).tolist() == expected[:needed]


def test_a_remembered_expansion_learns_new_words(corpus, django_capture_on_commit_callbacks):
    assert titles("Crickett") == []  # no word in the offers is one edit away

    with django_capture_on_commit_callbacks(execute=True):
        corpus["fussball"].title = "Cricket für alle"
        corpus["fussball"].save()

    assert titles("Crickett") == ["Cricket für alle"]
