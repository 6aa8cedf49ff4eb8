"""An event's recording in a real browser: nothing from the video platform before the click."""

import re

import pytest

from tests.factories import EventFactory

WATCH_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
EMBED_URL = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"


@pytest.fixture
def event(transactional_db):
    return EventFactory(title="Auftakt der Reihe", recording_url=WATCH_URL)


def keep_everything_local(page, asgi_server):
    """Nothing really leaves the machine: other origins fail, the embed is answered here."""
    page.route(
        lambda url: not url.startswith(asgi_server), lambda route: route.abort("blockedbyclient")
    )
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<p id='player'>Video</p>"
        ),
    )


def test_recording_loads_from_the_provider_only_after_the_click(page, asgi_server, event):
    keep_everything_local(page, asgi_server)
    requested, violations = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    page.goto(event.get_absolute_url())
    page.wait_for_load_state("networkidle")

    assert [url for url in requested if not url.startswith(asgi_server)] == []
    assert any(url.endswith("/static/events/js/recording.js") for url in requested)
    button = page.get_by_role("button", name="Aufzeichnung anzeigen")
    assert button.is_visible()

    button.click()

    frame = page.locator("iframe.recording__frame")
    frame.wait_for()
    assert frame.get_attribute("src") == EMBED_URL
    assert frame.get_attribute("title") == "Aufzeichnung: Auftakt der Reihe"
    assert page.frame_locator("iframe.recording__frame").locator("#player").inner_text() == "Video"
    assert page.locator("[data-recording-notice]").count() == 0
    assert [url for url in requested if not url.startswith(asgi_server)] == [EMBED_URL]
    assert violations == []


def test_without_javascript_the_button_is_a_link_to_the_recording(browser, asgi_server, event):
    context = browser.new_context(base_url=asgi_server, java_script_enabled=False)
    page = context.new_page()
    keep_everything_local(page, asgi_server)
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(event.get_absolute_url())

    link = page.get_by_role("link", name="Aufzeichnung anzeigen")
    assert link.get_attribute("href") == WATCH_URL
    assert page.locator("iframe").count() == 0
    assert [url for url in requested if not re.match(re.escape(asgi_server), url)] == []
    context.close()


@pytest.mark.parametrize("language", ["", "/ar"])
def test_event_page_with_a_recording_has_no_accessibility_violations(
    page, axe_audit, event, language
):
    page.goto(language + event.get_absolute_url())

    assert axe_audit(page) == []
    page.locator("[data-show-recording]").click()
    page.locator("iframe.recording__frame").wait_for()
    assert axe_audit(page) == []
