"""What visitors read: their language where a translation is approved, else German marked
with lang="de" and a notice; drafts never; outdated text with a notice or not at all."""

import pytest
from django.test import override_settings
from django.utils import translation

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    GoodPracticeFactory,
    OfferFactory,
    OfferTranslationFactory,
    RecommendationFactory,
)
from treffpunkt.translations import display, editing, registry

pytestmark = pytest.mark.django_db

OUTDATED = "The German original has changed since this translation was made"


def _page(client, obj, language: str) -> str:
    with translation.override(language):
        url = obj.get_absolute_url()
    return client.get(url).content.decode()


def _translate(obj, language, values, *, approve=True, user=None):
    editing.save(registry.for_object(obj), obj, language, values, user=user, approve=approve)


def test_an_approved_translation_is_shown_in_the_visitors_language(client):
    event = EventFactory(title="Fachtag Wohnen", description="Wir reden über Wohnungen.")
    _translate(event, "en", {"title": "Housing conference", "description": "About flats."})

    html = _page(client, event, "en")

    assert "<h1>Housing conference</h1>" in html
    assert '<div lang="en" dir="ltr"><p>About flats.</p></div>' in html
    assert "shown in German" not in html


def test_without_translation_the_german_source_is_marked(client):
    event = EventFactory(title="Fachtag Wohnen", description="Wir reden über Wohnungen.")

    html = _page(client, event, "ar")

    assert '<h1><span class="fallback" lang="de" dir="ltr">Fachtag Wohnen</span></h1>' in html
    assert '<div lang="de" dir="ltr"><p>Wir reden über Wohnungen.</p></div>' in html
    assert "translation-notice" in html  # the notice, in Arabic


def test_german_visitors_see_no_marker(client):
    event = EventFactory(title="Fachtag Wohnen")

    html = _page(client, event, "de")

    assert "<h1>Fachtag Wohnen</h1>" in html
    assert "fallback" not in html


def test_a_partly_translated_page_marks_the_german_parts(client):
    practice = GoodPracticeFactory(title="Lerntreff", summary="Kinder lernen", conclusion="Gut")
    _translate(practice, "tr", {"title": "Öğrenme buluşması"})

    html = _page(client, practice, "tr")

    assert '<h1 lang="tr" dir="ltr">Öğrenme buluşması</h1>' in html
    assert '<p class="lead" lang="de" dir="ltr">Kinder lernen</p>' in html
    assert "translation-notice" in html  # the notice, in Turkish


def test_right_to_left_translations_say_so(client):
    series = EventSeriesFactory(title="Online-Reihe", theme="Vielfalt")
    _translate(series, "fa", {"title": "سری آنلاین", "theme": "تنوع"})

    html = _page(client, series, "fa")

    assert '<p class="lead" lang="fa" dir="rtl">تنوع</p>' in html


def test_a_draft_is_not_shown(client):
    recommendation = RecommendationFactory(title="Dolmetscherpool", how="Bedarf erheben")
    _translate(recommendation, "en", {"title": "Interpreter pool", "how": "Survey"}, approve=False)

    html = _page(client, recommendation, "en")

    assert "Interpreter pool" not in html
    assert '<h1 lang="de" dir="ltr">Dolmetscherpool</h1>' in html
    assert '<ul lang="de" dir="ltr"><li>Bedarf erheben</li></ul>' in html


def test_recommendation_steps_come_from_the_translation(client):
    recommendation = RecommendationFactory(title="Pool", how="Bedarf erheben\nPool aufbauen")
    _translate(recommendation, "en", {"title": "Pool", "how": "- Survey needs\n- Build the pool"})

    html = _page(client, recommendation, "en")

    assert "<ul><li>Survey needs</li><li>Build the pool</li></ul>" in html


@pytest.fixture
def outdated_event():
    event = EventFactory(title="Fachtag", description="Programm")
    _translate(event, "en", {"title": "Conference", "description": "Programme"})
    event.title = "Großer Fachtag"
    event.save()
    return event


def test_an_outdated_translation_is_shown_with_a_notice(client, outdated_event):
    html = _page(client, outdated_event, "en")

    assert "<h1>Conference</h1>" in html
    assert OUTDATED in html


@override_settings(TREFFPUNKT_OUTDATED_TRANSLATIONS="source")
def test_or_the_operator_prefers_the_german_text(client, outdated_event):
    html = _page(client, outdated_event, "en")

    assert '<h1><span class="fallback" lang="de" dir="ltr">Großer Fachtag</span></h1>' in html
    assert '<div lang="en" dir="ltr"><p>Programme</p></div>' in html  # unchanged: still current
    assert OUTDATED not in html


def test_outdated_offer_translation_has_a_notice(client):
    offer = OfferFactory(title="Sprachcafé")
    OfferTranslationFactory(offer=offer, language="en", title="Language café", is_outdated=True)

    html = _page(client, offer, "en")

    assert "Language café" in html
    assert OUTDATED in html


@override_settings(TREFFPUNKT_OUTDATED_TRANSLATIONS="source")
def test_outdated_offer_translation_gives_way_to_german(client):
    offer = OfferFactory(title="Sprachcafé")
    OfferTranslationFactory(offer=offer, language="en", title="Language café", is_outdated=True)

    html = _page(client, offer, "en")

    assert "Language café" not in html
    assert "This offer is described in German." in html


def test_one_query_per_object_and_language(django_assert_num_queries):
    event = EventFactory(title="Fachtag", description="Programm")
    _translate(event, "en", {"title": "Conference"})
    event = event.__class__.objects.get(pk=event.pk)

    with translation.override("en"), django_assert_num_queries(1):
        texts = [display.translated(event, name).text for name in ("title", "description")]

    assert texts == ["Conference", "Programm"]
