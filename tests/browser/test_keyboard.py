"""Searching, registering and voting with the keyboard alone (Tab, Enter, Space and typing),
with a visible focus at every stop."""

from django.core import mail

from treffpunkt.events.models import Registration
from treffpunkt.live.models import PollItem, Vote

from .public_site import public_site_fixture  # noqa: F401 (a fixture)

# The focused element shows an outline or a ring, and the browser counts it as keyboard focus.
FOCUS_IS_VISIBLE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body || !element.matches(':focus-visible')) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
}"""


def tab_to(page, selector: str, limit: int = 40) -> int:
    """Press Tab until the element matching `selector` has the focus; each stop on the way
    must show where the focus is. Returns how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_IS_VISIBLE), page.evaluate("document.activeElement.outerHTML")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} not reached with {limit} presses of Tab")


def public_site_item(pk: int) -> str:
    return PollItem.objects.get(pk=pk).text


def test_search_and_open_an_offer_with_the_keyboard(page, public_site):
    page.goto("/")

    tab_to(page, ".main-nav a[href='/angebote/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/angebote/")
    tab_to(page, "#search-q")
    page.keyboard.type("Fussball")
    page.keyboard.press("Enter")
    page.wait_for_url("**/angebote/?q=Fussball*")
    page.locator(".offer-card h3", has_text="Fußball für alle").wait_for()
    # The search-as-you-type request for the same words may still be under way: wait for it,
    # as a person would see the results settle before moving on.
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    tab_to(page, ".offer-card a", limit=60)
    page.keyboard.press("Enter")

    page.wait_for_url("**/angebote/*/")
    assert page.locator("h1").inner_text() == "Fußball für alle"


def test_register_for_an_event_with_the_keyboard(page, public_site):
    page.goto(public_site["event"])

    tab_to(page, "main a[href*='/anmelden/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/anmelden/*/")
    if not page.locator("input[name=events]").first.is_checked():
        tab_to(page, "input[name=events]")
        page.keyboard.press("Space")
    tab_to(page, "#id_name")
    page.keyboard.type("A. B.")
    tab_to(page, "#id_email")
    page.keyboard.type("ab@example.org")
    tab_to(page, "#id_consent_processing")
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")

    page.wait_for_url("**/anmeldung/gesendet/")
    registrations = list(Registration.objects.values_list("participant__email", "event__title"))
    assert registrations == [("ab@example.org", "Fachaustausch Sprache")]
    assert [message.to for message in mail.outbox] == [["ab@example.org"]]


def test_join_and_vote_with_the_keyboard(page, public_site):
    page.goto(public_site["join"])

    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.locator("#live-poll form").wait_for()
    tab_to(page, "#live-poll input[type=radio]")
    page.keyboard.press("Space")
    tab_to(page, "#live-poll button[type=submit]")
    page.keyboard.press("Enter")

    page.locator("#live-status-vote[data-ok]").wait_for(state="attached")
    [vote] = Vote.objects.all()
    chosen = [public_site_item(pk) for pk in vote.answer["choices"]]
    assert chosen == ["Dolmetscherpool"]
