"""The search index follows every save, delete and relation change, after the commit."""

from django.core.management import call_command

from tests.factories import LocationFactory, OfferFactory, OfferTranslationFactory
from treffpunkt.directory.models import Offer, SearchEntry
from treffpunkt.directory.search import engine
from treffpunkt.directory.search.query import SearchQuery


def found(text, **filters) -> list[str]:
    result = engine.search(SearchQuery(text=text, language="de", **filters))
    return [offer.title for offer in result.offers]


def test_saving_an_offer_indexes_it_after_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        OfferFactory(title="Nähcafé im Quartier")
        assert found("Nähcafé") == []  # nothing before the commit

    for callback in callbacks:
        callback()
    assert found("Nähcafé") == ["Nähcafé im Quartier"]


def test_editing_archiving_and_deleting(corpus, django_capture_on_commit_callbacks):
    offer = corpus["fussball"]
    with django_capture_on_commit_callbacks(execute=True):
        offer.title = "Cricket für alle"
        offer.save()
    assert found("Cricket") == ["Cricket für alle"]
    assert found("Fußball") == []

    with django_capture_on_commit_callbacks(execute=True):
        offer.status = Offer.Status.ARCHIVED
        offer.save()
    assert found("Cricket") == []

    with django_capture_on_commit_callbacks(execute=True):
        corpus["bewerbung"].delete()
    assert found("Bewerbungstraining") == []


def test_relation_changes_reach_the_index(
    corpus, places, vocab, django_capture_on_commit_callbacks
):
    offer = corpus["fussball"]
    with django_capture_on_commit_callbacks(execute=True):
        offer.fields_of_action.add(vocab["beratung"])
    assert "Fußball für alle" in found("", fields=("beratung",))

    with django_capture_on_commit_callbacks(execute=True):
        offer.locations.add(LocationFactory(municipality=places["herten"]))
    assert "Fußball für alle" in found("", towns=("herten",))

    with django_capture_on_commit_callbacks(execute=True):
        OfferTranslationFactory(offer=offer, language="tr", title="Herkes için futbol")
    assert found(
        "futbol",
    ) == ["Fußball für alle"]


def test_renamed_location_is_found_under_its_new_name(corpus, django_capture_on_commit_callbacks):
    location = corpus["beratungscafe"].locations.get()
    with django_capture_on_commit_callbacks(execute=True):
        location.name = "Stadtteilzentrum Süd"
        location.save()

    assert found("Stadtteilzentrum") == ["Beratungscafé an der Münsterstraße"]


def test_rebuild_command_restores_a_lost_index(corpus):
    SearchEntry.objects.all().delete()
    assert found("Fußball") == []

    call_command("rebuild_search_index", verbosity=0)

    assert found("Fußball") == ["Fußball für alle"]
    assert SearchEntry.objects.count() == 7  # published, the expired one included
