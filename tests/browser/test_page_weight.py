"""Every public page type stays under 100 KB transferred, as production serves it (gzip by
the web server, see docs/operations.md), and works without JavaScript."""

import gzip

import pytest

from .public_site import PAGE_TYPES, public_site_fixture, visit  # noqa: F401 (a fixture)

BUDGET_KB = 100
# Types whose bodies a production server sends compressed (nginx gzip_types, gzip_static).
COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg+xml")


def transferred_kb(page) -> float:
    """What the browser received from the test server (which compresses nothing)."""
    return page.evaluate(
        """() => (performance.getEntriesByType('navigation')[0].transferSize
        + performance.getEntriesByType('resource')
            .reduce((sum, r) => sum + r.transferSize, 0)) / 1024"""
    )


def record_transfers(page) -> list[tuple[int, int]]:
    """Collect (header bytes, body bytes as gzip level 1 sends them) of every response."""
    transfers = []

    def measure(response):
        body = response.body() if response.status not in (204, 301, 302, 304) else b""
        kind = response.headers.get("content-type", "")
        if kind.startswith(COMPRESSED) and len(body) > 256:
            body = gzip.compress(body, compresslevel=1)
        headers = sum(len(h["name"]) + len(h["value"]) + 4 for h in response.headers_array())
        transfers.append((headers, len(body)))

    page.on("response", measure)
    return transfers


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_public_page_stays_within_the_weight_budget(page, browser, asgi_server, public_site, kind):
    visit(page, public_site, kind)  # for the poll: take part first (the cookie says so)
    # Measured in a context with the same cookies and an empty cache: a first visit.
    fresh = browser.new_context(
        base_url=asgi_server, storage_state=page.context.storage_state()
    ).new_page()
    transfers = record_transfers(fresh)

    fresh.goto(public_site[kind])
    fresh.wait_for_load_state("networkidle")

    kilobytes = sum(headers + body for headers, body in transfers) / 1024
    served = transferred_kb(fresh)
    print(f"page weight {kind}: {kilobytes:.1f} KB compressed ({served:.1f} KB uncompressed)")
    fresh.context.close()
    assert kilobytes < BUDGET_KB


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_public_page_works_without_javascript(browser, asgi_server, public_site, kind):
    context = browser.new_context(base_url=asgi_server, locale="de-DE", java_script_enabled=False)
    page = context.new_page()

    visit(page, public_site, kind)

    assert page.locator("main h1").count() == 1
    assert page.locator("main h1").inner_text().strip() != ""
    context.close()
