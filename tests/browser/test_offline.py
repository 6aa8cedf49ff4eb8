"""The installable web app in a browser: offer pages offline, the offline page, saved offers."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import OfferFactory

CONTROLLED = "() => navigator.serviceWorker.controller !== null"


def translated(message: str, language: str = "de") -> str:
    with translation.override(language):
        return gettext(message)


@pytest.fixture
def offers(transactional_db):
    return [OfferFactory(title="Sprachcafé am Markt"), OfferFactory(title="Fahrradwerkstatt")]


def test_viewed_offer_page_is_shown_offline_with_a_banner(page, offers):
    page.goto(offers[0].get_absolute_url())
    page.wait_for_function(CONTROLLED)

    page.context.set_offline(True)
    page.reload()

    assert page.locator("main h1").inner_text() == "Sprachcafé am Markt"
    banner = page.locator(".offline-banner")
    assert banner.inner_text().startswith(translated("You are offline — showing a saved copy."))
    assert banner.get_attribute("role") == "status"

    page.context.set_offline(False)
    banner.filter(has_text=translated("You are online again.")).wait_for()
    assert banner.get_by_role("button").inner_text() == translated("Load the current version")


def test_unvisited_page_offline_gives_the_offline_page_in_its_language(page, offers):
    page.goto(offers[0].get_absolute_url())
    page.wait_for_function(CONTROLLED)
    page.context.set_offline(True)

    page.goto(offers[1].get_absolute_url())
    german_heading = page.locator("main h1").inner_text()
    page.goto(f"/ar{offers[1].get_absolute_url()}")

    assert german_heading == translated("You are offline")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".offline-banner").inner_text() == translated("You are offline.", "ar")


def test_saved_offer_is_listed_and_readable_offline(page, offers):
    offer_url = offers[0].get_absolute_url()
    page.goto(offer_url)
    page.wait_for_function(CONTROLLED)

    save = page.get_by_role("button", name=translated("Save offer"))
    save.click()
    assert save.get_attribute("aria-pressed") == "true"
    page.get_by_role("status").filter(has_text=translated("Saved on this device.")).wait_for()
    page.reload()
    pressed = page.get_by_role("button", name=translated("Save offer")).get_attribute(
        "aria-pressed"
    )
    assert pressed == "true"

    page.goto("/merkliste/")
    saved = page.locator("#saved-offers a")
    assert saved.all_inner_texts() == ["Sprachcafé am Markt"]

    page.context.set_offline(True)
    page.reload()
    saved.first.click()
    page.wait_for_url(f"**{offer_url}")
    assert page.locator("main h1").inner_text() == "Sprachcafé am Markt"
    assert page.locator(".offline-banner").is_visible()
