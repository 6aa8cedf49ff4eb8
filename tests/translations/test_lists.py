"""List pages speak the visitor's language too: event calendar, good practices (and their
search), recommendation tracking, iCal feeds and e-mails show approved translations, mark
the German fallback with lang="de", never show drafts, and fetch translations once per list."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    GoodPracticeFactory,
    OfferFactory,
    OfferTranslationFactory,
    RecommendationFactory,
    applicant,
)
from treffpunkt.events import registration
from treffpunkt.events.registration import Choice
from treffpunkt.practice import search
from treffpunkt.translations import editing, registry

pytestmark = pytest.mark.django_db

FALLBACK = '<span class="fallback" lang="de" dir="ltr">{}</span>'


def _translate(obj, language, values, *, approve=True):
    editing.save(registry.for_object(obj), obj, language, values, user=None, approve=approve)


def _url(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


def _get(client, language: str, name: str, *args, query: str = "") -> str:
    response = client.get(_url(language, name, *args) + query)
    assert response.status_code == 200
    return response.content.decode()


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _in_month(day: int) -> datetime.datetime:
    """10:00 on `day` of next month (the month view shows one month)."""
    first = (timezone.localdate().replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    return timezone.make_aware(datetime.datetime.combine(first.replace(day=day), datetime.time(10)))


# Events ------------------------------------------------------------------------------------


def _card_titles(html: str) -> list[str]:
    return re.findall(r'<li class="event-card">\s*<article>\s*<h3><a href="[^"]*">(.*?)</a>', html)


def test_the_calendar_shows_approved_translations_in_english_and_arabic(client):
    event = EventFactory(title="Fachtag Wohnen")
    _translate(event, "en", {"title": "Housing conference"})
    _translate(event, "ar", {"title": "يوم السكن"})

    english = _get(client, "en", "events:calendar")
    arabic = _get(client, "ar", "events:calendar")
    german = _get(client, "de", "events:calendar")

    assert _card_titles(english) == ["Housing conference"]
    assert _card_titles(arabic) == ["يوم السكن"]
    assert _card_titles(german) == ["Fachtag Wohnen"]


def test_the_calendar_marks_the_german_title_and_ignores_drafts(client):
    EventFactory(title="Fachtag Wohnen", starts_at=timezone.now() + datetime.timedelta(days=3))
    drafted = EventFactory(title="Sprachcafé")
    _translate(drafted, "ar", {"title": "مقهى اللغة"}, approve=False)

    html = _get(client, "ar", "events:calendar")

    assert _card_titles(html) == [FALLBACK.format("Fachtag Wohnen"), FALLBACK.format("Sprachcafé")]
    assert "مقهى اللغة" not in html


def test_event_cards_show_the_series_in_the_visitors_language(client):
    series = EventSeriesFactory(title="Online-Reihe Vielfalt", is_public=True)
    EventFactory(title="Auftakt", series=series)
    _translate(series, "en", {"title": "Online series on diversity"})

    html = _get(client, "en", "events:calendar")

    assert '<span class="visually-hidden">Series: </span>Online series on diversity</li>' in html


def test_the_month_shows_translated_titles(client):
    event = EventFactory(title="Fachtag Wohnen", starts_at=_in_month(10))
    EventFactory(title="Sprachcafé", starts_at=_in_month(12))
    _translate(event, "en", {"title": "Housing conference"})
    day = event.starts_at

    html = _get(client, "en", "events:calendar-month", day.year, day.month)

    titles = re.findall(r'<a href="/en/veranstaltungen/\d+/">(.*?)</a>', html)
    assert titles == ["Housing conference", FALLBACK.format("Sprachcafé")]


def test_the_series_page_lists_translated_event_titles(client):
    series = EventSeriesFactory(title="Reihe", is_public=True)
    event = EventFactory(title="Auftakt", series=series)
    _translate(event, "ar", {"title": "الافتتاح"})

    html = _get(client, "ar", "events:series", series.slug)

    assert _card_titles(html) == ["الافتتاح"]


def _events(count: int, series, first: int = 0) -> None:
    for n in range(first, first + count):
        event = EventFactory(title=f"Treffen {n}", series=series, starts_at=_in_month(n + 1))
        _translate(event, "en", {"title": f"Meeting {n}"})


@pytest.mark.parametrize("page", ["list", "month", "series"])
def test_event_lists_fetch_translations_once(client, page):
    series = EventSeriesFactory(title="Reihe", is_public=True)
    _translate(series, "en", {"title": "Series"})
    day = _in_month(1)
    url = {
        "list": _url("en", "events:calendar"),
        "month": _url("en", "events:calendar-month", day.year, day.month),
        "series": _url("en", "events:series", series.slug),
    }[page]
    _events(1, series)
    client.get(url)  # warm caches (content types, sessions) before counting
    one = _queries(client, url)
    _events(4, series, first=1)

    five = _queries(client, url)

    assert "Meeting 4" in client.get(url).content.decode()
    assert five == one


def test_the_feed_has_the_titles_in_the_language_of_its_address(client):
    event = EventFactory(title="Fachtag Wohnen", description="Über Wohnungen.")
    EventFactory(title="Sprachcafé")
    _translate(event, "en", {"title": "Housing conference", "description": "About flats."})

    feed = Calendar.from_ical(client.get(_url("en", "events:feed")).content)

    entries = {str(e["SUMMARY"]): str(e["DESCRIPTION"]) for e in feed.walk("VEVENT")}
    assert sorted(entries) == ["Housing conference", "Sprachcafé"]
    assert entries["Housing conference"].startswith("About flats.")


def test_the_feed_fetches_translations_once(client):
    url = _url("en", "events:feed")
    _events(1, None)
    client.get(url)
    one = _queries(client, url)
    _events(4, None, first=1)

    assert _queries(client, url) == one


def test_the_registration_mail_uses_the_registration_language(django_capture_on_commit_callbacks):
    event = EventFactory(title="Fachtag Wohnen")
    _translate(event, "en", {"title": "Housing conference"})

    with django_capture_on_commit_callbacks(execute=True):
        registration.register(
            applicant(email="a@example.org", language="en"), [Choice(event, None)]
        )

    (message,) = mail.outbox
    (calendar,) = [Calendar.from_ical(a.content) for a in message.attachments]
    assert message.subject.startswith("Please confirm your registration: Housing conference, ")
    assert "\nHousing conference\n" in message.body
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Housing conference"]


def test_a_mail_without_translation_keeps_the_german_title(django_capture_on_commit_callbacks):
    event = EventFactory(title="Fachtag Wohnen")
    _translate(event, "ar", {"title": "يوم السكن"}, approve=False)

    with django_capture_on_commit_callbacks(execute=True):
        registration.register(
            applicant(email="a@example.org", language="ar"), [Choice(event, None)]
        )

    (message,) = mail.outbox
    assert "Fachtag Wohnen" in message.subject
    ((html, _),) = message.alternatives
    assert f"<strong>{FALLBACK.format('Fachtag Wohnen')}</strong>" in html


# Good practices ----------------------------------------------------------------------------


def _practice_cards(html: str) -> list[tuple[str, str, str]]:
    """(lang of the title, title, summary) of each card."""
    title = r'<h3 lang="([a-z]+)" dir="[a-z]+"><a href="[^"]*">(.*?)</a></h3>'
    summary = r'<p lang="[a-z]+" dir="[a-z]+">(.*?)</p>'
    return re.findall(title + r"\s*" + summary, html)


@pytest.fixture(autouse=True)
def fresh_practice_corpus():
    search.forget()
    yield
    search.forget()


def test_the_practice_list_shows_translations_in_english_and_arabic(client):
    practice = GoodPracticeFactory(title="Lerntreff", summary="Kinder lernen gemeinsam.")
    _translate(practice, "en", {"title": "Learning club", "summary": "Children learn together."})
    _translate(practice, "ar", {"title": "نادي التعلم", "summary": "يتعلم الأطفال معًا."})

    english = _get(client, "en", "practice:list")
    arabic = _get(client, "ar", "practice:list")

    assert _practice_cards(english) == [("en", "Learning club", "Children learn together.")]
    assert _practice_cards(arabic) == [("ar", "نادي التعلم", "يتعلم الأطفال معًا.")]
    assert '<h3 lang="ar" dir="rtl">' in arabic


def test_the_practice_list_marks_german_fallback_and_ignores_drafts(client):
    practice = GoodPracticeFactory(title="Lerntreff", summary="Kinder lernen gemeinsam.")
    _translate(practice, "ar", {"title": "نادي التعلم", "summary": "يتعلم"}, approve=False)

    html = _get(client, "ar", "practice:list")

    assert _practice_cards(html) == [("de", "Lerntreff", "Kinder lernen gemeinsam.")]
    assert '<h3 lang="de" dir="ltr">' in html
    assert "نادي التعلم" not in html


def test_translated_practices_are_found_in_the_visitors_language(client):
    practice = GoodPracticeFactory(title="Lerntreff", summary="Kinder lernen gemeinsam.")
    GoodPracticeFactory(title="Sprachcafé", summary="Erwachsene sprechen Deutsch.")
    _translate(practice, "en", {"title": "Homework club", "summary": "Children learn together."})

    html = _get(client, "en", "practice:list", query="?q=homework")

    assert _practice_cards(html) == [
        ("en", "<mark>Homework</mark> club", "Children learn together.")
    ]


def test_arabic_searches_find_arabic_translations(client):
    practice = GoodPracticeFactory(title="Lerntreff")
    GoodPracticeFactory(title="Sprachcafé")
    _translate(practice, "ar", {"title": "نادي الواجبات المنزلية"})

    html = _get(client, "ar", "practice:list", query="?q=الواجبات")

    assert [title for _, title, _ in _practice_cards(html)] == [
        "نادي <mark>الواجبات</mark> المنزلية"
    ]


def test_the_excerpt_comes_from_the_translation_in_its_language(client):
    practice = GoodPracticeFactory(title="Lerntreff", implementation="Ehrenamtliche helfen.")
    _translate(
        practice,
        "en",
        {"title": "Learning club", "implementation": "Volunteers help. Students tutor pupils."},
    )

    html = _get(client, "en", "practice:list", query="?q=tutor")

    excerpt = re.findall(r'<p class="practice-card__excerpt" (.*?)</p>', html)
    assert excerpt == ['lang="en" dir="ltr">… Students <mark>tutor</mark> pupils.']


def test_draft_translations_are_not_searched(client):
    practice = GoodPracticeFactory(title="Lerntreff")
    _translate(practice, "en", {"title": "Homework club"}, approve=False)

    html = _get(client, "en", "practice:list", query="?q=homework")

    assert _practice_cards(html) == []


def test_a_translation_approved_later_is_found_without_restart(client):
    practice = GoodPracticeFactory(title="Lerntreff")
    _translate(practice, "en", {"title": "Homework club"}, approve=False)
    _get(client, "en", "practice:list", query="?q=homework")  # builds the corpus

    _translate(practice, "en", {"title": "Homework club"})
    html = _get(client, "en", "practice:list", query="?q=homework")

    assert [title for _, title, _ in _practice_cards(html)] == ["<mark>Homework</mark> club"]


def _practices(count: int, first: int = 0) -> None:
    for n in range(first, first + count):
        practice = GoodPracticeFactory(title=f"Praxis {n}")
        _translate(practice, "en", {"title": f"Practice {n}", "summary": f"Summary {n}"})


@pytest.mark.parametrize("query", ["", "?q=practice"])
def test_the_practice_list_fetches_translations_once(client, query):
    url = _url("en", "practice:list") + query
    _practices(1)
    client.get(url)
    one = _queries(client, url)
    _practices(4, first=1)
    client.get(url)  # the search corpus is rebuilt once after changes

    five = _queries(client, url)

    assert len(_practice_cards(client.get(url).content.decode())) == 5
    assert five == one


# Recommendations ---------------------------------------------------------------------------


def _recommendation_titles(html: str) -> list[str]:
    return re.findall(
        r'<article class="recommendation-card"[^>]*>\s*<h3([^>]*)><a[^>]*>(.*?)</a>', html
    )


def test_tracking_shows_translated_recommendations_and_marks_fallback(client):
    translated = RecommendationFactory(title="Dolmetscherpool aufbauen")
    RecommendationFactory(title="Sprachkurse ausbauen", field_of_action=translated.field_of_action)
    drafted = RecommendationFactory(
        title="Kitas beraten", field_of_action=translated.field_of_action
    )
    _translate(translated, "ar", {"title": "إنشاء مجموعة مترجمين"})
    _translate(drafted, "ar", {"title": "مسودة"}, approve=False)

    html = _get(client, "ar", "results:tracking")

    assert sorted(_recommendation_titles(html)) == sorted(
        [
            ("", "إنشاء مجموعة مترجمين"),
            (' lang="de" dir="ltr"', "Sprachkurse ausbauen"),
            (' lang="de" dir="ltr"', "Kitas beraten"),
        ]
    )
    assert "مسودة" not in html


def test_tracking_cards_show_linked_titles_in_english(client):
    event = EventFactory(title="Fachtag Wohnen")
    practice = GoodPracticeFactory(title="Lerntreff")
    offer = OfferFactory(title="Sprachcafé")
    recommendation = RecommendationFactory(title="Pool aufbauen", event=event)
    recommendation.good_practices.add(practice)
    recommendation.offers.add(offer)
    _translate(recommendation, "en", {"title": "Build a pool"})
    _translate(event, "en", {"title": "Housing conference"})
    _translate(practice, "en", {"title": "Learning club"})
    OfferTranslationFactory(offer=offer, language="en", title="Language café")

    html = _get(client, "en", "results:tracking")

    assert _recommendation_titles(html) == [("", "Build a pool")]
    assert f'<a href="{_url("en", "events:event", event.pk)}">Housing conference</a>' in html
    assert ">Learning club</a>" in html
    assert ">Language café</a>" in html


def _recommendations(count: int, first: int = 0) -> None:
    for n in range(first, first + count):
        event = EventFactory(title=f"Treffen {n}")
        recommendation = RecommendationFactory(title=f"Empfehlung {n}", event=event)
        practice = GoodPracticeFactory(title=f"Praxis {n}")
        recommendation.good_practices.add(practice)
        for obj, title in ((recommendation, "Recommendation"), (event, "Meeting")):
            _translate(obj, "en", {"title": f"{title} {n}"})


def test_tracking_fetches_translations_once(client):
    url = _url("en", "results:tracking")
    _recommendations(1)
    client.get(url)
    one = _queries(client, url)
    _recommendations(4, first=1)

    five = _queries(client, url)

    assert len(_recommendation_titles(client.get(url).content.decode())) == 5
    assert five == one
