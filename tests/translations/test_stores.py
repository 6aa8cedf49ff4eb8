"""Translations remember the German text they translate; a change outdates them by itself."""

import pytest

from tests.factories import EventFactory, OfferFactory, OfferTranslationFactory
from treffpunkt.translations import editing, registry
from treffpunkt.translations.models import ContentTranslation
from treffpunkt.translations.status import Status

pytestmark = pytest.mark.django_db


def _events():
    return registry.get("events.event")


def test_a_saved_translation_records_the_german_text(coordinator):
    event = EventFactory(title="Fachtag", description="Programm")

    editing.save(_events(), event, "en", {"title": "Conference"}, user=coordinator, approve=True)

    row = ContentTranslation.objects.get()
    assert row.values == {"title": "Conference", "description": "", "audience_note": ""}
    assert row.source_values == {"title": "Fachtag", "description": "Programm", "audience_note": ""}
    assert (row.state, row.translated_by, row.approved_by) == ("approved", coordinator, coordinator)


def test_changing_the_german_text_outdates_only_that_field(coordinator):
    event = EventFactory(title="Fachtag", description="Programm")
    editing.save(
        _events(), event, "en", {"title": "Conference", "description": "Programme"},
        user=coordinator, approve=True,
    )  # fmt: skip

    event.description = "Neues Programm"
    event.save()

    record = editing.record_of(_events(), event, "en")
    assert record.outdated_fields == frozenset({"description"})
    assert record.source_values["description"] == "Programm"
    assert record.status == Status.OUTDATED


def test_saving_again_makes_it_current(coordinator):
    event = EventFactory(title="Fachtag")
    editing.save(_events(), event, "en", {"title": "Conference"}, user=coordinator, approve=True)
    event.title = "Großer Fachtag"
    event.save()

    editing.save(
        _events(), event, "en", {"title": "Big conference"}, user=coordinator, approve=True
    )

    assert editing.record_of(_events(), event, "en").status == Status.DONE


def test_a_draft_is_a_draft_and_empty_is_missing(coordinator):
    event = EventFactory()
    translatable = _events()

    editing.save(translatable, event, "ar", {"title": "مؤتمر"}, user=coordinator, approve=False)
    editing.save(translatable, event, "fa", {}, user=coordinator, approve=False)

    assert editing.record_of(translatable, event, "ar").status == Status.DRAFT
    assert editing.record_of(translatable, event, "fa").status == Status.MISSING


def test_offers_use_their_own_translations_and_version(coordinator):
    offer = OfferFactory(title="Sprachcafé", summary="Deutsch üben")
    translatable = registry.get("directory.offer")

    editing.save(
        translatable, offer, "en", {"title": "Language café", "summary": "Practise German"},
        user=coordinator, approve=True,
    )  # fmt: skip
    translation = offer.translations.get(language="en")
    assert (translation.state, translation.source_version, translation.is_outdated) == (
        "approved",
        offer.text_version,
        False,
    )

    offer.summary = "Deutsch sprechen"
    offer.save()

    assert editing.record_of(translatable, offer, "en").status == Status.OUTDATED


def test_offer_status_filters_match_the_records():
    offers = {name: OfferFactory(title=name) for name in ("done", "draft", "outdated", "missing")}
    OfferTranslationFactory(offer=offers["done"], language="tr")
    OfferTranslationFactory(offer=offers["draft"], language="tr", state="draft")
    OfferTranslationFactory(offer=offers["outdated"], language="tr", is_outdated=True)
    translatable = registry.get("directory.offer")

    found = {
        status: [o.title for o in translatable.store.with_status(
            translatable, translatable.public(), "tr", status
        )]
        for status in Status.values
    }  # fmt: skip

    assert found == {s: [s] for s in ("missing", "draft", "outdated", "done")}
