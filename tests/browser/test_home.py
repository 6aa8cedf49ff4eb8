"""The site frame in a real browser: rendering, right-to-left, keyboard, accessibility."""

import pytest

from treffpunkt.network import demo as network_demo


@pytest.fixture
def demo_network(transactional_db):
    network_demo.load()


def test_home_page_renders_in_german(page, demo_network):
    page.goto("/")

    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").inner_text() == "Willkommen bei Treffpunkt"
    assert page.get_by_role("heading", name="Handlungsfelder").is_visible()


def test_switching_to_arabic_gives_right_to_left(page, demo_network):
    page.goto("/")

    page.get_by_role("navigation", name="Sprache").get_by_role("link", name="العربيّة").click()

    page.wait_for_url("**/ar/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"


def test_keyboard_reaches_the_language_switcher(page, demo_network):
    page.goto("/")
    reached = []
    for _ in range(15):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                "() => document.activeElement.closest('nav')?.getAttribute('aria-label') || ''"
            )
        )
        if reached[-1] == "Sprache":
            break

    assert reached[-1] == "Sprache"
    focused_language = page.evaluate("document.activeElement.getAttribute('hreflang')")
    assert focused_language == "de"


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, demo_network):
    page.goto("/")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Zum Inhalt springen"
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("path", ["/", "/ar/"])
def test_home_page_has_no_accessibility_violations(page, axe_audit, demo_network, path):
    page.goto(path)

    assert axe_audit(page) == []


def test_pages_make_no_request_to_another_origin(page, asgi_server, demo_network):
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    for path in ["/", "/ar/", "/impressum/", "/konto/login/"]:
        page.goto(path)

    assert requested, "the browser made no requests at all"
    assert [url for url in requested if not url.startswith(asgi_server)] == []
