"""The directory in a real browser: live search, keyboard, accessibility, consent, weight."""

import pytest

BUDGET_KB = 100


def transferred_kb(page) -> float:
    return page.evaluate(
        """() => (performance.getEntriesByType('navigation')[0].transferSize
        + performance.getEntriesByType('resource')
            .reduce((sum, r) => sum + r.transferSize, 0)) / 1024"""
    )


def test_search_as_you_type_updates_results_and_address(page, corpus):
    page.goto("/angebote/")

    page.get_by_label("Wonach suchen Sie?").fill("Dolmetsch")

    page.wait_for_url("**/angebote/?q=Dolmetsch*")
    heading = page.locator("#results-heading")
    heading.filter(has_text="1 Angebot").wait_for()
    assert page.locator(".offer-card h3").all_inner_texts() == [
        "Dolmetscherpool für Kitas und Schulen"
    ]


def test_facet_checkbox_filters_without_losing_focus(page, corpus):
    page.goto("/angebote/?q=kurs")
    page.locator("summary", has_text="Filter").click()

    checkbox = page.locator("#f-ort-dorsten")
    checkbox.focus()
    page.keyboard.press("Space")

    page.wait_for_url("**ort=dorsten*")
    page.locator("#results-heading").filter(has_text="1 Angebot").wait_for()
    assert page.evaluate("document.activeElement.id") == "f-ort-dorsten"


def test_search_works_without_javascript(browser, asgi_server, transactional_db, corpus):
    context = browser.new_context(base_url=asgi_server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/angebote/")

    page.get_by_label("Wonach suchen Sie?").fill("Fussball")
    page.get_by_role("button", name="Suchen").click()

    page.wait_for_url("**/angebote/?q=Fussball*")
    assert page.locator(".offer-card h3").all_inner_texts() == ["Fußball für alle"]
    context.close()


def test_map_tiles_load_only_after_consent(page, corpus, asgi_server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(corpus["frauenkurs"].get_absolute_url())
    page.wait_for_load_state("networkidle")

    assert [url for url in requested if not url.startswith(asgi_server)] == []
    page.route("https://tile.openstreetmap.org/**", lambda route: route.fulfill(status=204))
    page.get_by_role("button", name="Karte anzeigen").click()
    page.locator(".leaflet-container").wait_for()
    page.wait_for_function("() => document.querySelectorAll('.leaflet-marker-icon').length === 1")
    assert any(url.startswith("https://tile.openstreetmap.org/") for url in requested)


@pytest.mark.parametrize("language", ["", "/ar"])
@pytest.mark.parametrize("kind", ["search", "results", "offer"])
def test_directory_pages_have_no_accessibility_violations(page, axe_audit, corpus, language, kind):
    path = {
        "search": "/angebote/",
        "results": "/angebote/?q=kurs&ort=dorsten&ort=marl",
        "offer": corpus["frauenkurs"].get_absolute_url(),
    }[kind]
    page.goto(language + path)
    page.locator("details.facets summary").first.click() if kind != "offer" else None

    assert axe_audit(page) == []


@pytest.mark.parametrize("path", ["/angebote/?q=kurs", "/angebote/1/"])
def test_directory_pages_stay_within_the_weight_budget(page, corpus, path):
    page.goto(
        path.replace("/1/", corpus["frauenkurs"].get_absolute_url().removeprefix("/angebote"))
    )
    page.wait_for_load_state("networkidle")

    assert transferred_kb(page) < BUDGET_KB
