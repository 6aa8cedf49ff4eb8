"""One small public site with every page type a visitor sees, and how to reach each of them
in the browser (the poll page needs joining the live session first)."""

import pytest

from tests.factories import (
    EventFactory,
    GoodPracticeFactory,
    LiveSessionFactory,
    PollFactory,
    RecommendationFactory,
)
from treffpunkt.network import demo as network_demo

PAGE_TYPES = [
    "home",
    "search",
    "offer",
    "event",
    "registration",
    "join",
    "poll",
    "practice",
    "tracking",
    "statement",
]
LANGUAGES = {"de": "", "ar": "/ar"}


@pytest.fixture(name="public_site")
def public_site_fixture(transactional_db, corpus):
    """The addresses (without language prefix) of one page of every type."""
    network_demo.load()
    event = EventFactory(title="Fachaustausch Sprache")
    session = LiveSessionFactory(event=event, title="Abschlussveranstaltung")
    poll = PollFactory(
        session=session,
        kind="single",
        question="Welche Handlungsempfehlung zuerst diskutieren?",
        items=["Dolmetscherpool", "Sprachcafé", "Elternabende"],
    )
    session.current_poll = poll
    session.save()
    practice = GoodPracticeFactory(
        title="Sprachcafé im Stadtteil",
        fields_of_action=[corpus["frauenkurs"].fields_of_action.first()],
    )
    RecommendationFactory(title="Dolmetscherpool für Kitas", status="implementing")
    RecommendationFactory(title="Elternabende mehrsprachig")
    return {
        "home": "/",
        "search": "/angebote/?q=kurs",
        "offer": corpus["frauenkurs"].get_absolute_url(),
        "event": f"/veranstaltungen/{event.pk}/",
        "registration": f"/veranstaltungen/anmelden/{event.pk}/",
        "join": f"/live/{session.code}/",
        "poll": f"/live/{session.code}/",
        "practice": f"/gute-praxis/{practice.slug}/",
        "tracking": "/empfehlungen/",
        "statement": "/barrierefreiheit/",
    }


def visit(page, site: dict, kind: str, language: str = "de") -> None:
    """Open the page of this type as a visitor does; for the poll, take part first."""
    page.goto(LANGUAGES[language] + site[kind])
    if kind == "poll" and page.locator("#id_display_name").count():
        page.locator("main form button[type=submit]").click()
        page.locator("#live-poll form").wait_for()
