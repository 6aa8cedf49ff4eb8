"""axe-core finds no WCAG 2.1 A/AA violation on any public page type, in German (left to
right) and in Arabic (right to left), and the Arabic pages are mirrored."""

import re

import pytest

from .public_site import LANGUAGES, PAGE_TYPES, public_site_fixture, visit  # noqa: F401 (a fixture)


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_public_page_has_no_accessibility_violations(page, axe_audit, public_site, kind, language):
    visit(page, public_site, kind, language)

    assert axe_audit(page) == []


@pytest.mark.parametrize("kind", ["search", "event", "poll"])
def test_arabic_pages_are_mirrored(page, public_site, kind):
    visit(page, public_site, kind, "ar")

    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    # The main menu starts at the right edge: its first link is right of its last.
    links = page.locator(".main-nav a")
    first, last = links.first.bounding_box(), links.last.bounding_box()
    assert first["x"] > last["x"]


# Wider than the viewport, ignoring what is deliberately scrollable (tables, code) or hidden
# (the honeypot field of forms sits off-screen on purpose).
OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')].filter(element => {
        const box = element.getBoundingClientRect();
        const exempt = 'table, pre, .visually-hidden, .skip-link, [aria-hidden=true]';
        if (!box.width || element.closest(exempt)) return false;
        return box.right > width + 1 || box.left < -1;
    }).map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
        + (element.className && typeof element.className === 'string'
            ? '.' + element.className.trim().split(/\\s+/).join('.') : ''));
}"""


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_public_page_reflows_at_320_css_pixels(browser, asgi_server, public_site, kind):
    """WCAG 1.4.10: at 320 CSS px (400 % zoom) nothing needs scrolling sideways."""
    context = browser.new_context(base_url=asgi_server, viewport={"width": 320, "height": 640})
    page = context.new_page()
    found = {}

    for language in LANGUAGES:
        visit(page, public_site, kind, language)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        found[language] = (scroll, page.evaluate(OVERFLOWING))

    context.close()
    assert found == {"de": (320, []), "ar": (320, [])}


def test_arabic_event_page_writes_the_date_in_arabic(page, public_site):
    visit(page, public_site, "event", "ar")

    when = page.locator(".event__when time").first.inner_text()
    assert re.search(r"[\u0600-\u06ff]{3,}", when), when  # the weekday and month in Arabic
    assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
